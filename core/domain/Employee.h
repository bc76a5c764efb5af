// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rebound {

enum class Role { Associate, Supervisor, Manager };

QString roleId(Role role);
std::optional<Role> roleFromId(const QString& id);
// In words, in the user's language: "Supervisor"; and all of them: "Supervisors".
QString roleName(Role role);
QString rolePluralName(Role role);

struct Employee {
    qint64 id = 0;
    QString code;
    QString name;
    Role role = Role::Associate;
    bool active = true;
    int failedPins = 0;
    QDateTime lockedUntil; // invalid when not locked
};

// An employee whose PIN was just checked by EmployeeService. Services that spend or approve
// take one, so no caller can act for someone without their PIN.
class AuthenticatedEmployee final {
public:
    const Employee& employee() const { return m_employee; }

private:
    friend class EmployeeService;
    friend class PracticeSandbox; // the trainee, already signed in at the real counter
    explicit AuthenticatedEmployee(Employee e)
        : m_employee(std::move(e)) {}
    Employee m_employee;
};

} // namespace rebound
