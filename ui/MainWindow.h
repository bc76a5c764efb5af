// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QMainWindow>

#include <optional>

class QStackedWidget;
class QAction;

namespace rebound {

class AppContext;
class FirstRunPage;
class HomePage;
class LoginPage;
class RecoveryWizard;
class SupervisorWorkspace;

// The counter's window: first run, login, and the main screen; the wizard opens over it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext& ctx, QWidget* parent = nullptr);

    const std::optional<AuthenticatedEmployee>& user() const { return m_user; }
    RecoveryWizard* newRecovery();
    void lock();
    // Supervisors and managers only; returns the workspace, or null when refused.
    SupervisorWorkspace* showWorkspace();

private:
    void showStart();
    void signedIn(const AuthenticatedEmployee& who);

    AppContext& m_ctx;
    std::optional<AuthenticatedEmployee> m_user;
    QStackedWidget* m_stack;
    FirstRunPage* m_firstRun;
    LoginPage* m_login;
    HomePage* m_home;
    SupervisorWorkspace* m_workspace = nullptr;
    QAction* m_newRecovery;
    QAction* m_lock;
};

} // namespace rebound
