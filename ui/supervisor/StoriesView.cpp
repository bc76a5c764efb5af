// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/StoriesView.h"

#include "ActionDialog.h"
#include "AppContext.h"
#include "Deferred.h"
#include "StoryDialog.h"
#include "TimeText.h"
#include "playbook/PlaybookText.h"
#include "reports/LineUpSheet.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebound {

namespace {
QString peopleOf(const Story& s) {
    QStringList names;
    for (const StoryPerson& p : s.recognized)
        names << p.name;
    return QLocale().createSeparatedList(names);
}

// The story as the line-up sheet tells it, and why it was declined.
QString storyHtml(const Story& s) {
    QString html = storyPartsHtml(s.text);
    if (s.status == Story::Status::Declined)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(StoriesView::tr("Declined by %1").arg(s.decidedBy).toHtmlEscaped(),
                         s.reason.toHtmlEscaped());
    return html;
}
} // namespace

StoriesView::StoriesView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_stories(ctx.db(), ctx.clock(), ctx.playbooks())
    , m_filter(new QComboBox(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_text(new QTextBrowser(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("storiesView"));
    m_filter->setObjectName(QStringLiteral("storyFilter"));
    m_filter->addItem(tr("Waiting for a supervisor"), storyStatusId(Story::Status::Nominated));
    m_filter->addItem(tr("Approved"), storyStatusId(Story::Status::Approved));
    m_filter->addItem(tr("Declined"), storyStatusId(Story::Status::Declined));
    m_filter->addItem(tr("All stories"), QString());
    auto* review = new QPushButton(tr("&Review…"), this);
    review->setObjectName(QStringLiteral("reviewStory"));
    auto* action = new QPushButton(tr("Prevention &action…"), this);
    action->setObjectName(QStringLiteral("actionFromStory"));
    action->setToolTip(tr("Open a prevention action on what this story teaches"));
    auto* lineUp = new QPushButton(tr("&Line-up sheet as PDF…"), this);
    lineUp->setObjectName(QStringLiteral("printLineUp"));
    lineUp->setToolTip(tr("Two approved stories of the week, recognising different people, for the team "
                          "briefing"));
    m_table->setObjectName(QStringLiteral("storyTable"));
    m_table->setHorizontalHeaderLabels({tr("Story"), tr("Recovery"), tr("Category"), tr("Recognises"),
                                        tr("Nominated by"), tr("When"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_text->setObjectName(QStringLiteral("storyText"));
    m_message->setObjectName(QStringLiteral("storiesMessage"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(review);
    top->addWidget(action);
    top->addWidget(lineUp);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_text);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &StoriesView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StoriesView::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &StoriesView::review);
    connect(review, &QPushButton::clicked, this, &StoriesView::review);
    connect(action, &QPushButton::clicked, this, &StoriesView::openAction);
    connect(lineUp, &QPushButton::clicked, this, &StoriesView::printLineUp);
}

void StoriesView::refresh() {
    const QString filter = m_filter->currentData().toString();
    auto rows = m_stories.stories(storyStatusFromId(filter));
    if (!rows) {
        m_message->setText(rows.error().message);
        return;
    }
    m_rows = rows.value();
    auto pb = m_ctx.playbooks().current();
    const QDateTime now = m_ctx.clock().nowUtc();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Story& s = m_rows[row];
        const QStringList cells = {QStringLiteral("#%1").arg(s.id),
                                   QStringLiteral("#%1 · %2").arg(s.incidentId).arg(s.customer),
                                   pb ? PlaybookText::nameOf(*pb->playbook, s.category)
                                      : s.category.toString(),
                                   peopleOf(s),
                                   s.nominatedBy,
                                   TimeText::relative(s.nominatedAt, now),
                                   storyStatusName(s.status)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* cell = new QTableWidgetItem(cells[col]);
            cell->setToolTip(cells[col]);
            m_table->setItem(row, col, cell);
        }
    }
    m_text->clear();
    m_message->setText(m_rows.isEmpty()
                           ? tr("No story here yet. Anyone nominates one from a recovery: open it "
                                "from the main screen and choose “Nominate as a story”.")
                           : tr("%L1 stories.").arg(m_rows.size()));
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
}

qint64 StoriesView::storyAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

void StoriesView::showSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_text->clear();
        return;
    }
    m_text->setHtml(storyHtml(m_rows[row]));
}

void StoriesView::review() {
    const qint64 id = storyAt(m_table->currentRow());
    if (!id) {
        m_message->setText(tr("Choose a story first."));
        return;
    }
    auto* dialog = StoryDialog::toDecide(m_ctx, m_user, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dialog->open();
}

void StoriesView::openAction() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_message->setText(tr("Choose a story first."));
        return;
    }
    const Story& s = m_rows[row];
    auto* dialog =
        new ActionDialog(m_ctx, m_user, ActionSource::Story, QString::number(s.id), s.category, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_message->setText(tr("Prevention action opened; it is on the Prevention tab."));
        Q_EMIT changed();
    });
    dialog->open();
}

QString StoriesView::lineUpHtml() {
    auto lineUp = m_stories.lineUp();
    auto pb = m_ctx.playbooks().current();
    if (!lineUp || !pb)
        return {};
    const QDate today = m_ctx.clock().nowUtc().toLocalTime().date();
    return lineUpSheetHtml(lineUp.value(), *pb->playbook, m_ctx.settings().businessName(),
                           today.addDays(1 - today.dayOfWeek()), QLocale());
}

QString StoriesView::writeLineUp(const QString& path) {
    const QString html = lineUpHtml();
    if (html.isEmpty())
        return tr("The line-up could not be read.");
    auto written = Deferred::writeHtmlPdf(html, path, tr("Line-up"));
    m_message->setText(written ? tr("Line-up sheet written to %1.").arg(path) : written.error().message);
    return m_message->text();
}

void StoriesView::printLineUp() {
    const QString html = lineUpHtml();
    if (html.isEmpty()) {
        m_message->setText(tr("The line-up could not be read."));
        return;
    }
    const QString saved = Deferred::saveHtmlAsPdf(html, tr("line-up.pdf"), this);
    if (!saved.isEmpty())
        m_message->setText(saved);
}

} // namespace rebound
