// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/PlaybookView.h"

#include "AppContext.h"
#include "Theme.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rebound {

PlaybookView::PlaybookView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_current(new QLabel(this))
    , m_limits(new QTableWidget(3, 4, this))
    , m_save(new QPushButton(tr("&Save limits"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("playbookView"));
    const bool manager = user.employee().role == Role::Manager;
    auto* import = new QPushButton(tr("&Import playbook…"), this);
    import->setObjectName(QStringLiteral("importPlaybook"));
    import->setEnabled(manager);
    auto* exportButton = new QPushButton(tr("E&xport playbook…"), this);
    exportButton->setObjectName(QStringLiteral("exportPlaybook"));
    m_current->setObjectName(QStringLiteral("playbookCurrent"));
    m_current->setWordWrap(true);
    m_limits->setObjectName(QStringLiteral("limitsTable"));
    m_limits->setHorizontalHeaderLabels(
        {tr("Role"), tr("Per recovery"), tr("Per day (empty: no cap)"), tr("May approve up to")});
    m_limits->verticalHeader()->hide();
    m_limits->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_limits->setEditTriggers(manager ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
    m_limits->setMaximumHeight(150);
    m_save->setObjectName(QStringLiteral("saveLimits"));
    m_save->setEnabled(manager);
    m_message->setObjectName(QStringLiteral("playbookMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    auto* limitsTitle = new QLabel(tr("Spending limits"), this);
    limitsTitle->setProperty("role", QStringLiteral("section"));
    auto* help = new QLabel(
        manager ? tr("Within these limits the front line acts at once; above them a supervisor "
                     "approves on the spot. Every change makes a new playbook version and is audited.")
                : tr("Only a manager may change the playbook and the limits."),
        this);
    help->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(limitsTitle);
    layout->addWidget(help);
    layout->addWidget(m_limits);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import playbook"), {}, tr("Playbook (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export playbook"), QStringLiteral("playbook.json"), tr("Playbook (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_save, &QPushButton::clicked, this, &PlaybookView::saveLimits);
}

void PlaybookView::refresh() {
    auto pb = m_ctx.playbooks().current();
    if (!pb) {
        m_message->setText(pb.error().message);
        return;
    }
    const Playbook& p = *pb->playbook;
    m_current->setText(tr("<b>In force:</b> “%1”, version %2 — %3 categories, %4 catalog items, %5 segments, "
                          "currency %6.")
                           .arg(p.name().toHtmlEscaped())
                           .arg(pb->version)
                           .arg(p.categories().size())
                           .arg(p.catalog().size())
                           .arg(p.segments().size())
                           .arg(p.currency()));
    m_limits->setRowCount(int(p.roles().size()));
    for (int row = 0; row < p.roles().size(); ++row) {
        const RoleLimits& l = p.roles()[row];
        auto* role = new QTableWidgetItem(roleId(l.role));
        role->setFlags(role->flags() & ~Qt::ItemIsEditable);
        role->setData(Qt::UserRole, int(l.role));
        m_limits->setItem(row, 0, role);
        m_limits->setItem(row, 1, new QTableWidgetItem(l.perRecovery.toDecimalString()));
        m_limits->setItem(row, 2, new QTableWidgetItem(l.perDay ? l.perDay->toDecimalString() : QString()));
        m_limits->setItem(row, 3, new QTableWidgetItem(l.approveUpTo.toDecimalString()));
    }
}

QString PlaybookView::importFile(const QString& path) {
    QFile f(path);
    QString message;
    if (!f.open(QIODevice::ReadOnly)) {
        message = tr("Cannot read %1: %2").arg(path, f.errorString());
    } else if (auto version = m_ctx.playbooks().importAs(m_user, f.readAll()); !version) {
        message =
            tr("Not imported; the playbook in force is unchanged. %1: %2").arg(path, version.error().message);
    } else {
        message = tr("Playbook version %1 is now in force.").arg(version.value());
    }
    m_message->setText(message);
    refresh();
    return message;
}

QString PlaybookView::exportFile(const QString& path) {
    auto pb = m_ctx.playbooks().current();
    QSaveFile out(path);
    QString message;
    if (!pb)
        message = pb.error().message;
    else if (!out.open(QIODevice::WriteOnly) || out.write(pb->playbook->json()) < 0 || !out.commit())
        message = tr("Cannot write %1: %2").arg(path, out.errorString());
    else
        message = tr("Playbook version %1 written to %2.").arg(pb->version).arg(path);
    m_message->setText(message);
    return message;
}

QString PlaybookView::saveLimits() {
    auto pb = m_ctx.playbooks().current();
    if (!pb)
        return pb.error().message;
    const QString currency = pb->playbook->currency();
    QList<RoleLimits> limits;
    QString message;
    for (int row = 0; row < m_limits->rowCount() && message.isEmpty(); ++row) {
        RoleLimits l;
        l.role = Role(m_limits->item(row, 0)->data(Qt::UserRole).toInt());
        const auto cell = [&](int col) {
            return m_limits->item(row, col) ? m_limits->item(row, col)->text().trimmed() : QString();
        };
        const QStringList columns = {QString(), tr("per recovery"), tr("per day"), tr("may approve up to")};
        for (int col = 1; col <= 3 && message.isEmpty(); ++col) {
            if (col == 2 && cell(col).isEmpty())
                continue;
            auto amount = Money::parseTyped(cell(col), currency, QLocale());
            if (!amount) {
                message = tr("%1, %2: %3").arg(roleId(l.role), columns[col], amount.error().message);
                break;
            }
            (col == 1 ? l.perRecovery : col == 2 ? l.perDay.emplace() : l.approveUpTo) = amount.value();
        }
        limits.append(l);
    }
    if (message.isEmpty()) {
        auto version = m_ctx.playbooks().updateLimits(m_user, limits);
        message = version ? tr("Limits saved as playbook version %1; they apply to the next recovery.")
                                .arg(version.value())
                          : tr("Not saved: %1").arg(version.error().message);
        if (version)
            refresh();
    }
    m_message->setText(message);
    return message;
}

} // namespace rebound
