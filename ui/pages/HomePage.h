// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"
#include "domain/Employee.h"
#include "record/DraftStore.h"
#include "reports/FrontDesk.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rebound {

class AppContext;
class Playbook;
class FollowUpsTable;

// The main screen: a big "New recovery", open recoveries with their clocks, follow-ups due, customer search.
class HomePage final : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(AppContext& ctx, QWidget* parent = nullptr);

    void setUser(const AuthenticatedEmployee& who);
    void clearUser();
    void focusNewRecovery();
    void refresh();
    // "Customer is back" on the customer chosen in the search results: the message shown.
    QString markCustomerBack();
    // One of the employee's own prevention actions moved on: closed with `done` when it is given, else
    // the employee is asked (started, or closed with what was done). The message shown.
    QString moveAction(qint64 actionId, const std::optional<QString>& done = std::nullopt);
    // An unfinished recovery kept for this employee: "New recovery" becomes "Continue".
    void showKeptDraft(const std::optional<SavedDraft>& kept);

Q_SIGNALS:
    void newRecoveryRequested();
    void practiceRequested();
    void discardDraftRequested();
    void openRecoveryRequested(qint64 incidentId);
    void lockRequested();
    void workspaceRequested();

private:
    void layOut(QPushButton* settings, QPushButton* lock);
    void updateClocks();
    void search(const QString& text);
    void addCustomer(const Customer& customer, const Playbook& names);
    void addRecovery(const PastRecovery& recovery, const Playbook& names, bool underCustomer);
    void refreshBoard(const Playbook& names);
    void updateBackButton();

    AppContext& m_ctx;
    std::optional<AuthenticatedEmployee> m_user;
    QLabel* m_greeting;
    QPushButton* m_newRecovery;
    QLabel* m_kept;
    QPushButton* m_discardKept;
    QPushButton* m_workspace;
    QTableWidget* m_open;
    FollowUpsTable* m_followUps;
    QLineEdit* m_search;
    QListWidget* m_results;
    QPushButton* m_back;
    QListWidget* m_board;
    QLabel* m_error;
    QTimer* m_clock;
    QList<OpenRecovery> m_openRows;
    int m_ticks = 0;
};

} // namespace rebound
