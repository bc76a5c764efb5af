// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpsTable.h"

#include "AppContext.h"
#include "FollowUpDialog.h"
#include "Theme.h"
#include "TimeText.h"
#include "playbook/PlaybookText.h"

#include <QHeaderView>
#include <QPushButton>

namespace rebound {

FollowUpsTable::FollowUpsTable(AppContext& ctx, QWidget* parent)
    : QTableWidget(0, 6, parent)
    , m_ctx(ctx) {
    setObjectName(QStringLiteral("followUps"));
    setHorizontalHeaderLabels(
        {tr("Due"), tr("Customer"), tr("Contact"), tr("Category"), tr("Owner"), QString()});
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(38); // room for the "Done…" button
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setStretchLastSection(false);
    // Double-click or Enter on a row opens its recovery.
    connect(this, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* it) {
        if (const QTableWidgetItem* first = item(it->row(), 0))
            Q_EMIT openRecoveryRequested(first->data(Qt::UserRole).toLongLong());
    });
}

void FollowUpsTable::refresh() {
    auto due = m_ctx.frontDesk().followUpsDue();
    if (!due) {
        Q_EMIT failed(due.error().message);
        return;
    }
    auto pb = m_ctx.playbooks().current();
    const QDateTime now = m_ctx.clock().nowUtc();
    setRowCount(int(due->size()));
    for (int row = 0; row < due->size(); ++row) {
        const DueFollowUp& f = due->at(row);
        const QString channel = channelName(f.channel);
        const QString contact = f.channel == Channel::Email ? f.email : f.phone;
        const QStringList cells = {
            TimeText::relative(f.due, now), f.customer,
            f.channel == Channel::InPerson ? channel : tr("%1 · %2").arg(channel, contact),
            pb ? PlaybookText::nameOf(*pb->playbook, f.category) : f.category.toString(), f.owner};
        for (int col = 0; col < cells.size(); ++col)
            setItem(row, col, new QTableWidgetItem(cells[col]));
        item(row, 0)->setData(Qt::UserRole, f.incidentId);
        item(row, 0)->setForeground(f.due < now ? Theme::late() : Theme::warning());
        item(row, 0)->setToolTip(f.due < now ? tr("Overdue") : tr("Due today"));
        auto* done = new QPushButton(tr("Done…"), this);
        done->setObjectName(QStringLiteral("followUpDone%1").arg(f.id));
        done->setAccessibleName(tr("Mark the follow-up with %1 done").arg(f.customer));
        done->setEnabled(m_user.has_value());
        connect(done, &QPushButton::clicked, this,
                [this, id = f.id, name = f.customer] { markDone(id, name); });
        setCellWidget(row, 5, done);
    }
}

void FollowUpsTable::markDone(qint64 followUpId, const QString& customer) {
    if (!m_user)
        return;
    FollowUpDialog dialog(m_ctx, *m_user, followUpId, customer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    Q_EMIT changed();
}

} // namespace rebound
