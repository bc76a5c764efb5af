// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/ReviewQueueView.h"

#include "AppContext.h"
#include "TimeText.h"
#include "playbook/PlaybookText.h"
#include "reports/AuditQuery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rebound {

ReviewQueueView::ReviewQueueView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_reviews(ctx.db(), ctx.clock(), ctx.playbooks())
    , m_threshold(new QLineEdit(this))
    , m_site(new QComboBox(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("reviewQueueView"));
    m_threshold->setObjectName(QStringLiteral("reviewThreshold"));
    m_threshold->setAccessibleName(tr("Review recoveries that give at least"));
    m_threshold->setMaximumWidth(120);
    auto* save = new QPushButton(tr("&Set"), this);
    save->setObjectName(QStringLiteral("saveThreshold"));
    auto* mark = new QPushButton(tr("&Mark reviewed…"), this);
    mark->setObjectName(QStringLiteral("markReviewed"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Why"), tr("Employee"), tr("Customer"), tr("Category"), tr("Amount")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_site->setObjectName(QStringLiteral("reviewSite"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setVisible(false);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Review every recovery that gives at least"), this));
    top->addWidget(m_threshold);
    top->addWidget(save);
    top->addStretch(1);
    top->addWidget(m_site);
    top->addWidget(mark);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(save, &QPushButton::clicked, this, &ReviewQueueView::saveThreshold);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ReviewQueueView::refresh);
    connect(mark, &QPushButton::clicked, this, &ReviewQueueView::askAndMark);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ReviewQueueView::askAndMark);
}

void ReviewQueueView::refresh() {
    if (auto t = m_reviews.threshold())
        m_threshold->setText(t->toDecimalString());
    {
        const QVariant site = m_site->currentData();
        const QSignalBlocker quiet(m_site);
        m_site->clear();
        m_site->addItem(tr("All sites"));
        if (auto sites = AuditQuery(m_ctx.db()).sites()) {
            for (const QString& name : sites.value())
                m_site->addItem(name, name);
            m_site->setVisible(sites->size() > 1);
        }
        m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    }
    auto items = m_reviews.queue(m_user, m_site->currentData().toString());
    if (!items) {
        m_message->setText(items.error().message);
        return;
    }
    m_items = items.value();
    auto pb = m_ctx.playbooks().current();
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const ReviewItem& item = m_items[row];
        const QString recovery = !item.incidentId ? QString()
                                 : item.site.isEmpty() || m_site->isHidden()
                                     ? tr("Recovery #%1 ").arg(item.incidentId)
                                     : tr("Recovery #%1 (%2) ").arg(item.incidentId).arg(item.site);
        const QString when =
            item.kind == ReviewItem::Kind::EmployeeWeek
                ? tr("week of %1")
                      .arg(QLocale().toString(item.when.toLocalTime().date(), QStringLiteral("d MMM")))
            : item.kind == ReviewItem::Kind::EmployeeDay
                ? QLocale().toString(item.when.toLocalTime().date(), QLocale::ShortFormat)
                : TimeText::relative(item.when, m_ctx.clock().nowUtc());
        const QStringList cells = {
            when,
            recovery + item.reason,
            item.employee,
            item.customer,
            pb ? PlaybookText::nameOf(*pb->playbook, item.category) : item.category.toString(),
            item.amount.currency().isEmpty() ? QString() : item.amount.toDisplayString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto* cell = new QTableWidgetItem(cells[col]);
            cell->setToolTip(cells[col]);
            m_table->setItem(row, col, cell);
        }
    }
    m_message->setText(m_items.isEmpty() ? tr("Nothing waits for review.")
                                         : tr("%L1 items wait for review.").arg(m_items.size()));
}

QString ReviewQueueView::markReviewed(int row, const QString& note) {
    if (row < 0 || row >= m_items.size())
        return tr("Choose an item first.");
    auto r = m_reviews.markReviewed(m_user, m_items[row], note);
    if (!r)
        return r.error().message;
    refresh();
    return {};
}

void ReviewQueueView::askAndMark() {
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Choose an item first."));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Mark reviewed"), tr("What did you find? (%1)").arg(m_items[row].reason), {}, &ok);
    if (!ok)
        return;
    const QString error = markReviewed(row, note);
    if (!error.isEmpty())
        m_message->setText(error);
}

void ReviewQueueView::saveThreshold() {
    auto pb = m_ctx.playbooks().current();
    if (!pb)
        return;
    auto amount = Money::parseTyped(m_threshold->text(), pb->playbook->currency(), QLocale());
    if (!amount) {
        m_message->setText(amount.error().message);
        return;
    }
    if (auto r = m_reviews.setThreshold(m_user, amount.value()); !r) {
        m_message->setText(r.error().message);
        return;
    }
    refresh();
}

} // namespace rebound
