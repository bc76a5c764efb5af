// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/PracticeView.h"

#include "AppContext.h"
#include "Deferred.h"
#include "Theme.h"
#include "practice/DrillCard.h"
#include "practice/DrillFromRecovery.h"
#include "practice/DrillScore.h"
#include "practice/PracticeService.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rebound {

namespace {

QString language() {
    return QLocale().name().section(u'_', 0, 0);
}

// A manager edits a drill's JSON; it is saved through the same loader as an import.
class DrillEditor final : public QDialog {
public:
    DrillEditor(const QByteArray& json, QWidget* parent)
        : QDialog(parent)
        , m_text(new QPlainTextEdit(this))
        , m_error(new QLabel(this)) {
        setObjectName(QStringLiteral("drillEditor"));
        setWindowTitle(PracticeView::tr("Edit the drill, then add it to the library"));
        resize(820, 640);
        m_text->setObjectName(QStringLiteral("drillJson"));
        m_text->setPlainText(QString::fromUtf8(json));
        m_error->setObjectName(QStringLiteral("drillError"));
        m_error->setWordWrap(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        buttons->addButton(PracticeView::tr("&Add to the library"), QDialogButtonBox::AcceptRole);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(
            new QLabel(PracticeView::tr("Names and contact details were replaced; read the text once "
                                        "more for anything else that could identify the customer."),
                       this));
        layout->addWidget(m_text, 1);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
    }
    QByteArray json() const { return m_text->toPlainText().toUtf8(); }
    void showError(const QString& message) { Theme::showOutcome(m_error, false, message); }

private:
    QPlainTextEdit* m_text;
    QLabel* m_error;
};

} // namespace

PracticeView::PracticeView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_matrix(new QTableWidget(this))
    , m_lately(new QLabel(this))
    , m_missed(new QLabel(this))
    , m_drills(new QComboBox(this))
    , m_card(new QPushButton(tr("Drill &card as PDF…"), this))
    , m_fromRecovery(new QPushButton(tr("Drill from a &recovery…"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("practiceView"));
    m_matrix->setObjectName(QStringLiteral("readinessMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setMinimumSectionSize(90);
    m_lately->setObjectName(QStringLiteral("practiceLately"));
    m_lately->setWordWrap(true);
    m_missed->setObjectName(QStringLiteral("practiceMissed"));
    m_missed->setWordWrap(true);
    m_drills->setObjectName(QStringLiteral("practiceCardDrill"));
    m_card->setObjectName(QStringLiteral("practiceCard"));
    m_fromRecovery->setObjectName(QStringLiteral("practiceFromRecovery"));
    m_fromRecovery->setVisible(user.employee().role == Role::Manager);
    m_message->setObjectName(QStringLiteral("practiceMessage"));
    m_message->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_drills, 1);
    actions->addWidget(m_card);
    actions->addStretch(1);
    actions->addWidget(m_fromRecovery);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Last score and days since each drill was practised; an empty cell was never "
                      "practised."),
                   this));
    layout->addWidget(m_matrix, 1);
    layout->addWidget(m_lately);
    layout->addWidget(m_missed);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    connect(m_card, &QPushButton::clicked, this, [this] {
        const Drill* d = m_library ? m_library->drill(m_drills->currentData().toString()) : nullptr;
        auto pb = m_ctx.playbooks().current();
        if (d && pb)
            m_message->setText(Deferred::saveHtmlAsPdf(drillCardHtml(*d, *pb->playbook),
                                                       QStringLiteral("drill-%1.pdf").arg(d->id), this)
                                   .toHtmlEscaped());
    });
    connect(m_fromRecovery, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int id = QInputDialog::getInt(this, tr("Drill from a recovery"),
                                            tr("Recovery number (closed):"), 1, 1, INT_MAX, 1, &ok);
        if (ok)
            Theme::showOutcome(m_message, false, drillFromRecovery(id));
    });
}

void PracticeView::refresh() {
    auto pb = m_ctx.playbooks().current();
    if (!pb)
        return;
    PracticeService practice(m_ctx.db(), m_ctx.clock());
    auto library = practice.library(language(), *pb->playbook);
    auto readiness = practice.readiness(m_user);
    if (!library || !readiness) {
        Theme::showOutcome(m_message, false, (!library ? library.error() : readiness.error()).message);
        return;
    }
    m_library = std::move(library).value();
    const QList<Drill>& drills = m_library->drills();
    m_matrix->clear();
    m_matrix->setRowCount(int(readiness->employees.size()));
    m_matrix->setColumnCount(int(drills.size()));
    QStringList titles;
    for (const Drill& d : drills)
        titles << d.title;
    m_matrix->setHorizontalHeaderLabels(titles);
    const QDateTime now = m_ctx.clock().nowUtc();
    for (int row = 0; row < readiness->employees.size(); ++row) {
        const Employee& e = readiness->employees[row];
        m_matrix->setVerticalHeaderItem(row, new QTableWidgetItem(tr("%1 (%2)").arg(e.name, e.code)));
        for (int col = 0; col < drills.size(); ++col) {
            const auto cell = readiness->cells.constFind(Readiness::key(e.id, drills[col].id));
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (cell != readiness->cells.cend()) {
                item->setText(tr("%1 · %2 d").arg(cell->last).arg(cell->lastPlayed.daysTo(now)));
                item->setToolTip(
                    tr("last %1, best %2, played %3 times").arg(cell->last).arg(cell->best).arg(cell->plays));
                item->setBackground((cell->last >= 80   ? Theme::ok()
                                     : cell->last >= 50 ? Theme::warning()
                                                        : Theme::late())
                                        .lighter(185));
            } else {
                item->setText(QStringLiteral("—"));
            }
            m_matrix->setItem(row, col, item);
        }
    }
    QStringList lately;
    for (const Employee& e : readiness->notPractisedLately)
        lately << e.name;
    m_lately->setText(lately.isEmpty() ? tr("Everyone has practised in the last 30 days.")
                                       : tr("<b>Not practised in 30 days:</b> %1")
                                             .arg(lately.join(QStringLiteral(", ")).toHtmlEscaped()));
    QStringList missed;
    for (const auto& [id, count] : readiness->missedMost.mid(0, 4))
        missed << tr("%1 (%2)").arg(criterionName(id)).arg(count);
    m_missed->setText(missed.isEmpty() ? tr("No criterion missed yet.")
                                       : tr("<b>Missed most by the team:</b> %1")
                                             .arg(missed.join(QStringLiteral("; ")).toHtmlEscaped()));
    const QString current = m_drills->currentData().toString();
    m_drills->clear();
    for (const Drill& d : drills)
        m_drills->addItem(d.title, d.id);
    m_drills->setCurrentIndex(std::max(0, m_drills->findData(current)));
}

QString PracticeView::drillFromRecovery(qint64 incidentId) {
    auto pb = m_ctx.playbooks().current();
    if (!pb)
        return pb.error().message;
    auto drill = rebound::drillFromRecovery(m_ctx.db(), incidentId, *pb->playbook);
    if (!drill)
        return drill.error().message;
    const QStringList blame = m_library ? m_library->blameWords() : QStringList();
    DrillEditor editor(DrillLibrary::toJson({*drill}, language(), blame), this);
    while (editor.exec() == QDialog::Accepted) {
        auto added =
            PracticeService(m_ctx.db(), m_ctx.clock()).importDrillsAs(m_user, editor.json(), *pb->playbook);
        if (added) {
            refresh();
            Theme::showOutcome(m_message, true,
                               tr("Added to the library: %1").arg(added->join(QStringLiteral(", "))));
            return {};
        }
        editor.showError(added.error().message);
    }
    return {};
}

} // namespace rebound
