// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/HomePage.h"

#include "AppContext.h"
#include "FollowUpsTable.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "TimeText.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "services/PreventionService.h"
#include "services/ReviewService.h"
#include "services/StoryService.h"
#include "services/VisitService.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rebound {

namespace {
QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(30);
    return t;
}

// A customer line of the search results carries the customer's id and name.
constexpr int CustomerRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
// A line of the board that is one of the employee's own prevention actions.
constexpr int ActionRole = Qt::UserRole + 3;

QLabel* section(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setProperty("role", QStringLiteral("section"));
    return l;
}
} // namespace

HomePage::HomePage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_greeting(new QLabel(this))
    , m_newRecovery(new QPushButton(this))
    , m_open(makeTable(this, QStringLiteral("openRecoveries"),
                       {tr("Opened"), tr("Customer"), tr("Category"), tr("Severity"), tr("Recovered in"),
                        tr("Follow-up due")}))
    , m_followUps(new FollowUpsTable(ctx, this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_back(new QPushButton(tr("Customer is &back"), this))
    , m_board(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_clock(new QTimer(this)) {
    setObjectName(QStringLiteral("homePage"));
    m_greeting->setProperty("role", QStringLiteral("title"));
    m_workspace = new QPushButton(tr("Supervisor &workspace"), this);
    m_workspace->setObjectName(QStringLiteral("openWorkspace"));
    m_workspace->hide();
    auto* settings = new QPushButton(tr("Se&ttings…"), this);
    settings->setObjectName(QStringLiteral("openSettings"));
    settings->setFocusPolicy(Qt::TabFocus);
    auto* lock = new QPushButton(tr("&Lock  (Ctrl+L)"), this);
    lock->setObjectName(QStringLiteral("lock"));
    lock->setFocusPolicy(Qt::TabFocus);
    m_kept = new QLabel(this);
    m_kept->setObjectName(QStringLiteral("keptDraft"));
    m_kept->setWordWrap(true);
    m_kept->hide();
    m_discardKept = new QPushButton(tr("Discard it…"), this);
    m_discardKept->setObjectName(QStringLiteral("discardKeptDraft"));
    m_discardKept->hide();
    m_newRecovery->setObjectName(QStringLiteral("newRecovery"));
    m_newRecovery->setText(tr("New recovery   Ctrl+N"));
    m_newRecovery->setAccessibleName(tr("New recovery"));
    m_newRecovery->setMinimumHeight(64);
    m_newRecovery->setAutoDefault(true);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(
        tr("Find a customer or a recovery: name, phone, email, room, #number, date"));
    m_search->setAccessibleName(tr("Customer search"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("customerBack"));
    m_back->setToolTip(tr("The customer chosen above came back: one click records the visit, so the reports "
                          "show whether recoveries win customers back"));
    m_back->setEnabled(false);
    m_board->setObjectName(QStringLiteral("recognitionBoard"));
    m_board->setWordWrap(true);
    m_board->setSpacing(3);
    m_board->setAccessibleName(tr("Recoveries to be proud of"));
    connect(m_results, &QListWidget::currentItemChanged, this, &HomePage::updateBackButton);
    connect(m_back, &QPushButton::clicked, this, &HomePage::markCustomerBack);
    connect(m_board, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(ActionRole).isValid())
            moveAction(item->data(ActionRole).toLongLong());
        else if (item->data(Qt::UserRole).isValid())
            Q_EMIT openRecoveryRequested(item->data(Qt::UserRole).toLongLong());
    });
    // A recovery in the results, or a row of open recoveries or follow-ups: double-click or Enter opens it.
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(Qt::UserRole).isValid())
            Q_EMIT openRecoveryRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_open, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (const QTableWidgetItem* first = m_open->item(item->row(), 0))
            Q_EMIT openRecoveryRequested(first->data(Qt::UserRole).toLongLong());
    });
    connect(m_followUps, &FollowUpsTable::openRecoveryRequested, this, &HomePage::openRecoveryRequested);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);

    layOut(settings, lock);

    m_open->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_open->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_open->horizontalHeader()->setStretchLastSection(false);
    connect(m_followUps, &FollowUpsTable::changed, this, &HomePage::refresh);
    connect(m_followUps, &FollowUpsTable::failed, m_error, &QLabel::setText);

    connect(m_newRecovery, &QPushButton::clicked, this, &HomePage::newRecoveryRequested);
    connect(m_discardKept, &QPushButton::clicked, this, &HomePage::discardDraftRequested);
    connect(lock, &QPushButton::clicked, this, &HomePage::lockRequested);
    connect(m_workspace, &QPushButton::clicked, this, &HomePage::workspaceRequested);
    connect(settings, &QPushButton::clicked, this, [this] {
        if (!m_user)
            return;
        SettingsDialog dialog(m_ctx, *m_user, this);
        dialog.exec();
    });
    connect(m_search, &QLineEdit::textChanged, this, &HomePage::search);
    m_clock->setInterval(15'000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        // Other counters write to the same database: reload every minute, re-tint every 15 s.
        if (++m_ticks % 4 == 0)
            refresh();
        else
            updateClocks();
    });
}

// The greeting and buttons on top; recoveries and follow-ups on the left, customers on the right.
void HomePage::layOut(QPushButton* settings, QPushButton* lock) {
    auto* header = new QHBoxLayout;
    header->addWidget(m_greeting, 1);
    header->addWidget(m_workspace);
    header->addWidget(settings);
    header->addWidget(lock);

    auto* kept = new QHBoxLayout;
    kept->addWidget(m_kept, 1);
    kept->addWidget(m_discardKept);
    auto* practice = new QPushButton(tr("Practice a &drill   Ctrl+D"), this);
    practice->setObjectName(QStringLiteral("practice"));
    practice->setToolTip(tr("Rehearse a recovery in the real wizard, scored, without touching real data"));
    connect(practice, &QPushButton::clicked, this, &HomePage::practiceRequested);
    auto* start = new QHBoxLayout;
    start->addWidget(m_newRecovery, 3);
    start->addWidget(practice, 1);
    auto* left = new QVBoxLayout;
    left->addLayout(start);
    left->addLayout(kept);
    left->addWidget(section(tr("Open recoveries"), this));
    left->addWidget(m_open, 3);
    left->addWidget(section(tr("Follow-ups due today and overdue"), this));
    left->addWidget(m_followUps, 2);

    auto* right = new QVBoxLayout;
    right->addWidget(section(tr("Customers"), this));
    right->addWidget(m_search);
    right->addWidget(m_results, 3);
    right->addWidget(m_back);
    right->addWidget(section(tr("Recoveries to be proud of"), this));
    right->addWidget(m_board, 2);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addLayout(columns, 1);
}

void HomePage::setUser(const AuthenticatedEmployee& who) {
    m_user = who;
    m_followUps->setUser(who);
    m_workspace->setVisible(requireSupervisor(who).ok());
    m_greeting->setText(tr("Hello, %1").arg(who.employee().name));
    m_search->clear();
    search(QString());
    refresh();
    m_clock->start();
}

void HomePage::clearUser() {
    m_user.reset();
    m_followUps->setUser(std::nullopt);
    m_workspace->hide();
    m_clock->stop();
    m_open->setRowCount(0);
    m_followUps->setRowCount(0);
    m_results->clear();
    m_board->clear();
    m_search->clear();
    showKeptDraft(std::nullopt);
}

void HomePage::showKeptDraft(const std::optional<SavedDraft>& kept) {
    m_kept->setVisible(kept.has_value());
    m_discardKept->setVisible(kept.has_value());
    if (!kept) {
        m_newRecovery->setText(tr("New recovery   Ctrl+N"));
        m_newRecovery->setAccessibleName(tr("New recovery"));
        return;
    }
    const QString who = kept->draft.customer.name.trimmed().isEmpty() ? tr("a customer not named yet")
                                                                      : kept->draft.customer.name.trimmed();
    m_newRecovery->setText(tr("Continue the recovery for %1   Ctrl+N").arg(who));
    m_newRecovery->setAccessibleName(tr("Continue the unfinished recovery"));
    m_kept->setText(tr("Unfinished, kept at %1: everything typed is still there.")
                        .arg(QLocale().toString(kept->savedAt.toLocalTime(), QLocale::ShortFormat)));
}

void HomePage::focusNewRecovery() {
    m_newRecovery->setFocus();
}

void HomePage::refresh() {
    if (!m_user)
        return;
    m_error->clear();
    auto open = m_ctx.frontDesk().openRecoveries();
    auto pb = m_ctx.playbooks().current();
    if (!open || !pb) {
        m_error->setText(!open ? open.error().message : pb.error().message);
        return;
    }
    const Playbook& playbook = *pb->playbook;
    m_openRows = open.value();
    m_open->setRowCount(int(m_openRows.size()));
    for (int row = 0; row < m_openRows.size(); ++row) {
        const OpenRecovery& r = m_openRows[row];
        const QStringList cells = {QString(),
                                   r.customer,
                                   PlaybookText::nameOf(playbook, r.category),
                                   PlaybookText::nameOf(playbook, r.severity),
                                   QString(),
                                   QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_open->setItem(row, col, new QTableWidgetItem(cells[col]));
        m_open->item(row, 0)->setData(Qt::UserRole, r.id);
        const Severity* sev = playbook.severity(r.severity);
        if (r.recoveredAt.isValid() && sev) {
            const qint64 took = r.openedAt.secsTo(r.recoveredAt);
            auto* item = m_open->item(row, 4);
            item->setText(TimeText::duration(took));
            item->setForeground(
                Theme::clock(RecoveryClock::recovered(took, sev->targetMinutes), Theme::ok()));
            item->setToolTip(tr("Target: %1").arg(TimeText::duration(qint64(sev->targetMinutes) * 60)));
        }
    }
    m_followUps->refresh();
    refreshBoard(playbook);
    updateClocks();
}

// Approved stories of this week and of the month so far, naming the people who made them.
void HomePage::refreshBoard(const Playbook& names) {
    auto board = StoryService(m_ctx.db(), m_ctx.clock(), m_ctx.playbooks()).board();
    m_board->clear();
    if (!board) {
        m_board->addItem(board.error().message);
        return;
    }
    const auto add = [&](const QString& heading, const QList<Story>& stories) {
        if (stories.isEmpty())
            return;
        auto* head = new QListWidgetItem(heading, m_board);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        head->setFlags(Qt::ItemIsEnabled);
        for (const Story& s : stories) {
            QStringList people;
            for (const StoryPerson& p : s.recognized)
                people << p.name;
            QString what = s.text.happened.simplified();
            if (what.size() > 90)
                what = what.left(88) + QStringLiteral("…");
            auto* item = new QListWidgetItem(
                tr("%1 — %2\n%3 (#%4)")
                    .arg(QLocale().createSeparatedList(people), PlaybookText::nameOf(names, s.category), what)
                    .arg(s.incidentId),
                m_board);
            item->setData(Qt::UserRole, s.incidentId);
            item->setToolTip(s.text.did);
        }
    };
    // The employee's own prevention actions first: associates own some too, and never see the workspace.
    if (m_user) {
        auto mine = PreventionService(m_ctx.db(), m_ctx.clock(), m_ctx.playbooks()).actions(true);
        const QDate today = m_ctx.clock().nowUtc().toLocalTime().date();
        bool headed = false;
        for (const PreventionAction& a : mine ? mine.value() : QList<PreventionAction>()) {
            if (a.ownerId != m_user->employee().id)
                continue;
            if (!headed) {
                auto* head = new QListWidgetItem(tr("Your prevention actions"), m_board);
                QFont bold = head->font();
                bold.setBold(true);
                head->setFont(bold);
                head->setFlags(Qt::ItemIsEnabled);
                headed = true;
            }
            auto* item = new QListWidgetItem(
                tr("#%1 · %2, due %3: %4")
                    .arg(a.id)
                    .arg(actionStatusName(a.status), QLocale().toString(a.due, QLocale::ShortFormat), a.what),
                m_board);
            item->setData(ActionRole, a.id);
            item->setToolTip(tr("Double-click or Enter: mark it started, or close it with what was done"));
            if (a.overdue(today))
                item->setForeground(Theme::late());
        }
    }
    add(tr("This week"), board->thisWeek);
    add(tr("Earlier this month"), board->earlierThisMonth);
    if (m_board->count() == 0)
        m_board->addItem(tr("No story approved this month yet. Proud of a recovery? Open it and nominate it "
                            "as a story."));
}

QString HomePage::moveAction(qint64 id, const std::optional<QString>& done) {
    if (!m_user)
        return {};
    PreventionService actions(m_ctx.db(), m_ctx.clock(), m_ctx.playbooks());
    auto action = actions.action(id);
    if (!action) {
        Theme::showOutcome(m_error, false, action.error().message);
        return m_error->text();
    }
    bool start = false;
    QString what = done.value_or(QString());
    if (!done) {
        // Asked here: started, or closed with what was done.
        QMessageBox ask(QMessageBox::Question, tr("Prevention action #%1").arg(id), action->what,
                        QMessageBox::Cancel, this);
        QPushButton* started = ask.addButton(tr("&Started"), QMessageBox::ActionRole);
        QPushButton* close = ask.addButton(tr("&Close with what was done…"), QMessageBox::AcceptRole);
        started->setEnabled(action->status == ActionStatus::Open);
        ask.exec();
        if (ask.clickedButton() == started) {
            start = true;
        } else if (ask.clickedButton() == close) {
            bool ok = false;
            what = QInputDialog::getMultiLineText(this, tr("Close action #%1").arg(id), tr("What was done?"),
                                                  {}, &ok);
            if (!ok)
                return {};
        } else {
            return {};
        }
    }
    const Status moved = start ? actions.start(*m_user, id) : actions.close(*m_user, id, what);
    Theme::showOutcome(m_error, moved.ok(),
                       !moved  ? moved.error().message
                       : start ? tr("Action #%1 started.").arg(id)
                               : tr("Action #%1 closed: %2").arg(id).arg(what.trimmed()));
    if (moved)
        refresh();
    return m_error->text();
}

void HomePage::updateBackButton() {
    const QListWidgetItem* item = m_results->currentItem();
    m_back->setEnabled(item && item->data(CustomerRole).isValid());
}

QString HomePage::markCustomerBack() {
    const QListWidgetItem* item = m_results->currentItem();
    if (!m_user || !item || !item->data(CustomerRole).isValid())
        return tr("Choose a customer in the search results first.");
    const qint64 customer = item->data(CustomerRole).toLongLong();
    auto visit = VisitService(m_ctx.db(), m_ctx.clock()).customerIsBack(*m_user, customer);
    Theme::showOutcome(
        m_error, visit.ok(),
        visit ? tr("Welcome back: the visit of %1 is recorded.").arg(item->data(NameRole).toString())
              : visit.error().message);
    return m_error->text();
}

void HomePage::updateClocks() {
    const QDateTime now = m_ctx.clock().nowUtc();
    auto pb = m_ctx.playbooks().current();
    for (int row = 0; row < m_openRows.size() && row < m_open->rowCount(); ++row) {
        const OpenRecovery& r = m_openRows[row];
        auto* opened = m_open->item(row, 0);
        opened->setText(TimeText::relative(r.openedAt, now));
        auto* due = m_open->item(row, 5);
        if (r.followUpDue.isValid()) {
            due->setText(TimeText::relative(r.followUpDue, now));
            due->setForeground(
                Theme::clock(RecoveryClock::followUp(now.secsTo(r.followUpDue)), palette().text().color()));
        }
        // Still at the counter: the clock runs against the severity's target.
        if (!r.recoveredAt.isValid() && pb) {
            if (const Severity* sev = pb->playbook->severity(r.severity)) {
                const qint64 elapsed = r.openedAt.secsTo(now);
                auto* clock = m_open->item(row, 4);
                clock->setText(tr("running %1").arg(TimeText::duration(elapsed)));
                clock->setForeground(Theme::clock(RecoveryClock::running(elapsed, sev->targetMinutes),
                                                  palette().text().color()));
            }
        }
    }
}

void HomePage::search(const QString& text) {
    m_results->clear();
    if (text.trimmed().size() < 2 && !text.trimmed().startsWith(u'#')) {
        m_results->addItem(
            tr("Type two letters or digits of a name, phone, email or room to see a customer's "
               "notes and past recoveries; #12 or a date finds a recovery."));
        return;
    }
    // Read once for every line below: each read of the playbook in force is a query.
    auto pb = m_ctx.playbooks().current();
    const Playbook& names = pb ? *pb->playbook : Playbook::builtIn();
    auto direct = m_ctx.frontDesk().findRecoveries(text);
    for (const PastRecovery& r : direct ? direct.value() : QList<PastRecovery>())
        addRecovery(r, names, false);
    auto found = m_ctx.recoveries().findCustomers(text);
    if (!found) {
        m_error->setText(found.error().message);
        return;
    }
    for (const Customer& c : found.value())
        addCustomer(c, names);
    if (m_results->count() == 0)
        m_results->addItem(tr("Nothing matches “%1”.").arg(text));
}

// A customer with their notes, then each of their recoveries (the same count the wizard shows).
void HomePage::addCustomer(const Customer& c, const Playbook& names) {
    QString line = c.name;
    for (const QString& extra : {c.phone, c.email, c.accountRef}) {
        if (!extra.isEmpty())
            line += QStringLiteral(" · ") + extra;
    }
    auto history = m_ctx.frontDesk().history(c.id, 50);
    if (history && !history->isEmpty())
        line += QLatin1Char('\n') + TimeText::pastRecoveries(int(history->size()));
    if (!c.preferences.isEmpty())
        line += QLatin1Char('\n') + tr("Notes: %1").arg(c.preferences);
    auto* item = new QListWidgetItem(line, m_results);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setData(CustomerRole, c.id);
    item->setData(NameRole, c.name);
    item->setToolTip(tr("Customer is back (Alt+B): record this visit"));
    for (const PastRecovery& r : history ? history.value() : QList<PastRecovery>())
        addRecovery(r, names, true);
}

void HomePage::addRecovery(const PastRecovery& r, const Playbook& names, bool underCustomer) {
    const QString category = PlaybookText::nameOf(names, r.category);
    const QString when = QLocale().toString(r.openedAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString line =
        underCustomer ? tr("    #%1 · %2 · %3 · %4").arg(r.id).arg(when, category, r.given.toDisplayString())
                      : tr("#%1 · %2 · %3 · %4 · %5")
                            .arg(r.id)
                            .arg(r.customer, when, category, r.given.toDisplayString());
    auto* item = new QListWidgetItem(line, m_results);
    item->setData(Qt::UserRole, r.id);
    item->setToolTip(tr("Double-click or Enter: open recovery #%1").arg(r.id));
}

} // namespace rebound
