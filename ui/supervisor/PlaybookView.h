// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rebound {

class AppContext;

// The playbook in force: import or export its JSON, and each role's limits in a table (managers change them).
class PlaybookView final : public QWidget {
    Q_OBJECT
public:
    PlaybookView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    void refresh();
    // The file operations, also used by tests; they return the message shown.
    QString importFile(const QString& path);
    QString exportFile(const QString& path);
    QString saveLimits();

private:
    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    QLabel* m_current;
    QTableWidget* m_limits;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace rebound
