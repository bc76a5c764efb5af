// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "record/DraftStore.h"

#include <QMainWindow>

#include <optional>

class QStackedWidget;
class QAction;
class QTimer;

namespace rebound {

class AppContext;
class CounterSync;
class FirstRunPage;
class HomePage;
class LoginPage;
class RecoveryDialog;
class PracticeRun;
class RecoveryWizard;
class SupervisorWorkspace;

// The counter's window: first run, login, and the main screen; the wizard opens over it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    CounterSync* counterSync() const { return m_sync; }
    explicit MainWindow(AppContext& ctx, QWidget* parent = nullptr);

    const std::optional<AuthenticatedEmployee>& user() const { return m_user; }
    // A new recovery, or the one this employee left unfinished, taken up where it was.
    RecoveryWizard* newRecovery();
    // Picks a drill (or takes `drillId`) and runs it in a sandbox; the run, or null when none was started.
    PracticeRun* practice(const QString& drillId = {});
    // A saved recovery: its story, the note again, another follow-up, a correction.
    RecoveryDialog* openRecovery(qint64 incidentId);
    void lock();
    // Supervisors and managers only; returns the workspace, or null when refused.
    SupervisorWorkspace* showWorkspace();
    // Idle time after which a shared counter locks itself; 0 when it never does.
    int autoLockMilliseconds() const;
    bool autoLockRunning() const;
    // What the idle timer does: lock; a recovery being typed is kept for the next sign-in.
    void lockWhenIdle();

    // The server stopped answering while the app ran: the counter goes on with its offline copy (if it
    // has one), whoever is signed in carried over. False when it could not.
    bool goOffline(const QString& why);

    // What a timer does every minute: a database file moved, replaced or deleted while open (or its WAL
    // removed) stops the app with a message, a recovery being typed kept as a draft, before anything is
    // written into a file nobody will read again. False when it stopped.
    bool checkDatabaseFile();

    // The first show maps the window, then builds and shows the first-run or sign-in page.
    void setVisible(bool visible) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // Back on the server once the copy's recoveries are all on it; only between two people, so no window
    // holds the copy's ids.
    void goOnlineWhenFree();
    void dropWorkspace();
    FirstRunPage* firstRun();
    HomePage* home();
    LoginPage* login();
    void showStart();
    void signedIn(const AuthenticatedEmployee& who);
    // The signed-in employee's kept draft, shown on the main screen.
    std::optional<SavedDraft> keptDraft();
    void discardKeptDraft();

    AppContext& m_ctx;
    std::optional<AuthenticatedEmployee> m_user;
    QStackedWidget* m_stack;
    FirstRunPage* m_firstRun = nullptr;
    LoginPage* m_login = nullptr;
    HomePage* m_home = nullptr;
    SupervisorWorkspace* m_workspace = nullptr;
    QAction* m_newRecovery;
    QAction* m_lock;
    QAction* m_practice;
    QTimer* m_idle;
    QTimer* m_fileWatch;
    CounterSync* m_sync = nullptr; // a central server's counter only
    bool m_serverBack = false;     // on the copy, the server answers and nothing waits
    bool m_started = false;
    void applyAutoLock();
};

} // namespace rebound
