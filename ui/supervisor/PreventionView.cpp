// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/PreventionView.h"

#include "ActionDialog.h"
#include "AppContext.h"
#include "Theme.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "reports/SupervisorReports.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rebound {

PreventionView::PreventionView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_actions(ctx.db(), ctx.clock(), ctx.playbooks())
    , m_category(new QComboBox(this))
    , m_showDone(new QCheckBox(tr("Show &done ones too"), this))
    , m_table(new QTableWidget(0, 8, this))
    , m_signals(new QLabel(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("preventionView"));
    m_category->setObjectName(QStringLiteral("preventionCategory"));
    m_category->setAccessibleName(tr("Category to act on"));
    auto* open = new QPushButton(tr("&New action on it…"), this);
    open->setObjectName(QStringLiteral("newAction"));
    auto* start = new QPushButton(tr("&Started"), this);
    start->setObjectName(QStringLiteral("startAction"));
    auto* close = new QPushButton(tr("&Close with what was done…"), this);
    close->setObjectName(QStringLiteral("closeAction"));
    m_showDone->setObjectName(QStringLiteral("showDoneActions"));
    m_signals->setObjectName(QStringLiteral("preventionSignals"));
    m_signals->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Category"), tr("What to change"), tr("Owner"),
                                        tr("Due"), tr("Status"), tr("From"), tr("What was done")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("preventionMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Act on"), this));
    top->addWidget(m_category, 1);
    top->addWidget(open);
    top->addStretch(1);
    top->addWidget(m_showDone);
    auto* moves = new QHBoxLayout;
    moves->addStretch(1);
    moves->addWidget(start);
    moves->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_signals);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(moves);
    layout->addWidget(m_message);

    connect(open, &QPushButton::clicked, this, &PreventionView::openNew);
    connect(start, &QPushButton::clicked, this,
            [this] { m_message->setText(startAction(m_table->currentRow())); });
    connect(close, &QPushButton::clicked, this, &PreventionView::askAndClose);
    connect(m_showDone, &QCheckBox::toggled, this, &PreventionView::refresh);
}

void PreventionView::refresh() {
    auto pb = m_ctx.playbooks().current();
    if (!pb) {
        m_message->setText(pb.error().message);
        return;
    }
    const Playbook& playbook = *pb->playbook;
    // The categories the c-chart flags this week come first in the list, said so.
    QStringList flagged;
    if (auto points = SupervisorReports(m_ctx.db(), m_ctx.clock()).combustionPoints()) {
        for (const CombustionRow& row : points.value()) {
            if (row.signal())
                flagged << row.category.toString();
        }
    }
    const QString keep = m_category->currentData().toString();
    m_category->clear();
    for (const QString& id : std::as_const(flagged))
        m_category->addItem(
            tr("%1 — flagged by the c-chart this week").arg(PlaybookText::nameOf(playbook, CategoryId(id))),
            id);
    for (const Category& c : playbook.categories()) {
        if (!flagged.contains(c.id.toString()))
            m_category->addItem(PlaybookText::nameOf(playbook, c.id), c.id.toString());
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(keep)));
    QStringList names;
    for (const QString& id : std::as_const(flagged))
        names << PlaybookText::nameOf(playbook, CategoryId(id));
    m_signals->setText(
        flagged.isEmpty()
            ? tr("No category is flagged by the c-chart this week.")
            : tr("Combustion points this week (beyond 3σ of their last 12 weeks, or 8 weeks in a "
                 "row above their mean): %1.")
                  .arg(QLocale().createSeparatedList(names)));

    auto rows = m_actions.actions(!m_showDone->isChecked());
    if (!rows) {
        m_message->setText(rows.error().message);
        return;
    }
    m_rows = rows.value();
    const QDate today = m_ctx.clock().nowUtc().toLocalTime().date();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const PreventionAction& a = m_rows[row];
        const QString from = a.source == ActionSource::Combustion
                                 ? actionSourceName(a.source)
                                 : tr("%1 #%2").arg(actionSourceName(a.source), a.sourceRef);
        const QString status =
            a.status == ActionStatus::Done
                ? tr("Done %1").arg(QLocale().toString(a.closedAt.toLocalTime().date(), QLocale::ShortFormat))
                : actionStatusName(a.status);
        const QStringList cells = {QStringLiteral("#%1").arg(a.id),
                                   PlaybookText::nameOf(playbook, a.category),
                                   a.what,
                                   a.owner,
                                   QLocale().toString(a.due, QLocale::ShortFormat),
                                   status,
                                   from,
                                   a.done};
        for (int col = 0; col < cells.size(); ++col) {
            auto* cell = new QTableWidgetItem(cells[col]);
            cell->setToolTip(cells[col]);
            m_table->setItem(row, col, cell);
        }
        if (a.overdue(today)) {
            m_table->item(row, 4)->setForeground(Theme::late());
            m_table->item(row, 4)->setToolTip(tr("Overdue"));
        }
    }
    m_table->resizeRowsToContents();
    const qsizetype open = std::count_if(m_rows.begin(), m_rows.end(), [](const PreventionAction& a) {
        return a.status != ActionStatus::Done;
    });
    m_message->setText(open == 0 ? tr("No prevention action is open.") : tr("%L1 actions open.").arg(open));
}

void PreventionView::openNew() {
    const CategoryId category(m_category->currentData().toString());
    auto* dialog = new ActionDialog(m_ctx, m_user, ActionSource::Combustion, QString(), category, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PreventionView::refresh);
    dialog->open();
}

QString PreventionView::startAction(int row) {
    if (row < 0 || row >= m_rows.size())
        return tr("Choose an action first.");
    if (auto r = m_actions.start(m_user, m_rows[row].id); !r)
        return r.error().message;
    refresh();
    return {};
}

QString PreventionView::closeAction(int row, const QString& done) {
    if (row < 0 || row >= m_rows.size())
        return tr("Choose an action first.");
    if (auto r = m_actions.close(m_user, m_rows[row].id, done); !r)
        return r.error().message;
    refresh();
    return {};
}

void PreventionView::askAndClose() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_message->setText(tr("Choose an action first."));
        return;
    }
    bool ok = false;
    const QString done =
        QInputDialog::getMultiLineText(this, tr("Close action #%1").arg(m_rows[row].id),
                                       tr("What was done? (%1)").arg(m_rows[row].what), {}, &ok);
    if (!ok)
        return;
    const QString error = closeAction(row, done);
    if (!error.isEmpty())
        m_message->setText(error);
}

} // namespace rebound
