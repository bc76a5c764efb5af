// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "domain/Employee.h"
#include "domain/Result.h"

#include <QList>
#include <QSet>

namespace rebound {

class Clock;
class Database;

// An employee copied from another of the business's databases (a counter's staff moving to the server, the
// server's staff into a counter's offline copy): inserted with the PIN hash as it is, audited as an
// addition (and a deactivation), inside the caller's transaction. The new id.
struct CopiedEmployee {
    QString code, name, role, pinHash, createdAt;
    bool active = true;
};
Result<qint64> addCopiedEmployee(Database& db, const Clock& clock, const Actor& by, const CopiedEmployee& e);

// Employees, their PINs and the lockout that protects them.
class EmployeeService final {
public:
    // Five wrong PINs in a row lock for 15 minutes, the next one after that for an hour, the one after
    // that until a manager unlocks; only a right PIN, an unlock or a new PIN ends the run.
    static constexpr int MaxFailedPins = 5;
    static constexpr int LockoutMinutes = 15;
    static constexpr int SecondLockoutMinutes = 60;
    // Why `e` may not try a PIN at `now`; nullopt when they may.
    static std::optional<QString> lockedOutBecause(const Employee& e, const QDateTime& now);
    static bool isLockedOut(const Employee& e, const QDateTime& now);

    EmployeeService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<Employee> add(const Actor& by, const QString& code, const QString& name, Role role,
                         const QString& pin);
    struct NewEmployee {
        QString code;
        QString name;
        Role role = Role::Associate;
        QString pin;
    };
    // A whole team in one transaction; the PINs are hashed on every core first (each takes ~60 ms).
    Result<QList<Employee>> addMany(const Actor& by, const QList<NewEmployee>& people);
    // The first-run page: a manager, only while nobody else exists (checked inside the transaction).
    Result<Employee> addFirstManager(const QString& code, const QString& name, const QString& pin);
    Result<QList<Employee>> list();
    // The codes of those whose PIN was set before the rules for their role (or before any rule): they
    // keep signing in, and the rule applies at their next PIN.
    Result<QSet<QString>> belowPinRule();
    Result<Employee> find(const QString& code);
    Result<qint64> count();

    // Checks the PIN; a wrong one is counted and audited, and the fifth in a row locks the employee out.
    Result<AuthenticatedEmployee> authenticate(const QString& code, const QString& pin);
    // Someone signed in on another of this counter's databases (its server, or its offline copy) goes on
    // here as the employee with the same code, without typing the PIN again: the counter switched under
    // them. Refused if they are not here, or deactivated or locked out here.
    Result<AuthenticatedEmployee> carryOver(const AuthenticatedEmployee& signedIn);
    // What a manager does from the staff screen; each refused to anyone else, each audited.
    Result<Employee> hire(const AuthenticatedEmployee& manager, const QString& code, const QString& name,
                          Role role, const QString& pin);
    Result<void> unlock(const AuthenticatedEmployee& manager, const QString& code);
    Result<void> setActive(const AuthenticatedEmployee& manager, const QString& code, bool active);
    // A new PIN (the old one forgotten); the run of wrong PINs and any lockout end with it.
    Result<void> resetPin(const AuthenticatedEmployee& manager, const QString& code, const QString& pin);
    // Not their own: the last manager cannot demote themselves by mistake.
    Result<void> setRole(const AuthenticatedEmployee& manager, const QString& code, Role role);

    // Wrong PINs tried on a counter's offline copy (their times, stored form), arriving at the server:
    // each counted in the employee's run with the lockout its place calls for, and audited as tried then
    // (auth.fail naming the counter). Inside the caller's transaction; an unknown code is skipped.
    Result<void> arriveWrongPins(const QString& code, const QStringList& times, const QString& counter);
    // How long the `failures`-th wrong PIN in a row locks: 0 not at all, -1 until a manager unlocks.
    static int lockoutMinutes(int failures);

private:
    Result<Employee> findIn(const QString& code);
    Result<Employee> addChecked(const Actor& by, const QString& code, const QString& name, Role role,
                                const QString& pin, bool onlyIfFirst);
    static Result<void> validate(const QString& code, const QString& name);
    // The strongest role whose PIN rule `pin` meets: what the audit entry keeps instead of the PIN.
    static QString pinRule(const QString& pin, const QString& code);
    static Result<void> requireManager(const AuthenticatedEmployee& who, const char* what);
    // Inside a transaction: the row and its audit entry.
    Result<Employee> insert(const Actor& by, const QString& code, const QString& name, Role role,
                            const QString& pinHash, const QString& pinRule);
    // Audits a refused sign-in that is no try of a PIN (an unknown code, a deactivated employee).
    Result<void> recordFailure(const QString& code, const std::optional<Employee>& employee,
                               const QString& reason);
    // Counts a try before its PIN is checked (refused while locked out); `e` is re-read. The run's length.
    Result<int> reserveAttempt(Employee& e);
    // The try was wrong: audited, and the lockout its place in the run calls for.
    Result<void> recordWrongPin(const Employee& e, int failures);
    static Error wrongPin(const Employee& e, int failures);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
