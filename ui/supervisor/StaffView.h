// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rebound {

class AppContext;

// The team: who may sign in, in which role, who is locked out. Managers add, deactivate, unlock,
// reset a PIN and change a role here; everyone else reads. Every change goes through EmployeeService.
class StaffView final : public QWidget {
    Q_OBJECT
public:
    StaffView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    void refresh();

    // What the buttons do, also used by tests; each returns the message shown.
    QString addEmployee();
    QString changeRole();
    QString resetPin();
    QString unlock();
    QString toggleActive();

private:
    void layOut(QWidget* selected, QWidget* add);
    QWidget* buildSelected();
    QWidget* buildAdd();
    void selectionChanged();
    const Employee* selected() const;
    // The outcome of a change: refreshed table and a message, red when refused.
    QString report(const Result<void>& outcome, const QString& done);

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    QList<Employee> m_staff;
    QTableWidget* m_table;
    QLabel* m_selectedName;
    QComboBox* m_role;
    QLineEdit* m_newPin;
    QLineEdit* m_newPinRepeat;
    QPushButton* m_changeRole;
    QPushButton* m_resetPin;
    QPushButton* m_unlock;
    QPushButton* m_active;
    QLineEdit* m_addCode;
    QLineEdit* m_addName;
    QComboBox* m_addRole;
    QLineEdit* m_addPin;
    QLineEdit* m_addPinRepeat;
    QPushButton* m_add;
    QLabel* m_message;
};

} // namespace rebound
