// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/EmployeeService.h"

#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "security/PinHasher.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
const QString SelectEmployee =
    u"SELECT id, code, name, role, active, failed_pins, locked_until FROM employees"_s;

Employee readEmployee(const Query& q) {
    Employee e;
    e.id = q.integer(0);
    e.code = q.text(1);
    e.name = q.text(2);
    e.role = roleFromId(q.text(3)).value_or(Role::Associate);
    e.active = q.integer(4) != 0;
    e.failedPins = int(q.integer(5));
    if (!q.isNull(6))
        e.lockedUntil = TimeFormat::fromStored(q.text(6));
    return e;
}
} // namespace

Result<Employee> EmployeeService::add(const Actor& by, const QString& code, const QString& name, Role role,
                                      const QString& pin) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "adding an employee")); !r)
        return r.error();
    return addChecked(by, code, name, role, pin, false);
}

Result<void> EmployeeService::validate(const QString& code, const QString& name) {
    static const QRegularExpression codePattern(u"^[A-Za-z0-9_-]{1,16}$"_s);
    if (!codePattern.match(code).hasMatch())
        return Error::invalid(
            QCoreApplication::translate("Core", "code: \"%1\" must be 1 to 16 letters, digits, '-' or '_'")
                .arg(code));
    const QString trimmedName = name.simplified();
    if (trimmedName.isEmpty() || trimmedName.size() > 100)
        return Error::invalid(QCoreApplication::translate("Core", "name: must be 1 to 100 characters"));
    return {};
}

Result<Employee> EmployeeService::insert(const Actor& by, const QString& code, const QString& name, Role role,
                                         const QString& pinHash, const QString& pinRule) {
    if (auto existing = findIn(code); existing)
        return Error::conflict(
            QCoreApplication::translate("Core", "code: an employee with code \"%1\" already exists")
                .arg(code));
    Employee e;
    e.code = code;
    e.name = name.simplified();
    e.role = role;
    Query q = m_db.query(
        u"INSERT INTO employees (code, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(code).bind(e.name).bind(roleId(role)).bind(pinHash).bind(TimeFormat::toStored(m_clock.nowUtc()));
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::storage(u"the new employee's id was not returned"_s);
    e.id = q.integer(0);
    auto a = AuditLog(m_db, m_clock)
                 .append(by, AuditAction::EmployeeAdd, u"employee"_s, QString::number(e.id),
                         {{u"code"_s, code},
                          {u"name"_s, e.name},
                          {u"role"_s, roleId(role)},
                          {u"pin_rule"_s, pinRule}});
    if (!a)
        return a.error();
    return e;
}

Result<Employee> EmployeeService::addChecked(const Actor& by, const QString& code, const QString& name,
                                             Role role, const QString& pin, bool onlyIfFirst) {
    if (auto v = validate(code, name); !v)
        return v.error();
    if (auto strong = PinHasher::checkNew(pin, role, code); !strong)
        return strong.error();
    auto hash = PinHasher::hash(pin);
    if (!hash)
        return hash.error();
    return m_db.write([&]() -> Result<Employee> {
        if (onlyIfFirst) {
            auto staff = count();
            if (!staff)
                return staff.error();
            if (staff.value() > 0)
                return Error::conflict(QCoreApplication::translate(
                    "Core", "the first manager was already created; sign in instead"));
        }
        return insert(by, code, name, role, hash.value(), pinRule(pin, code));
    });
}

Result<QList<Employee>> EmployeeService::addMany(const Actor& by, const QList<NewEmployee>& people) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "adding employees")); !r)
        return r.error();
    for (const NewEmployee& p : people) {
        if (auto v = validate(p.code, p.name); !v)
            return v.error();
        if (auto strong = PinHasher::checkNew(p.pin, p.role, p.code); !strong)
            return Error::invalidAt(u"pin"_s, p.code + u": "_s + strong.error().message);
    }
    QList<Result<QString>> hashes(people.size(), Result<QString>(QString()));
    std::atomic<qsizetype> next = 0;
    const auto work = [&] {
        for (qsizetype i = next++; i < people.size(); i = next++)
            hashes[i] = PinHasher::hash(people[i].pin);
    };
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
        workers.emplace_back(work);
    work();
    for (std::thread& w : workers)
        w.join();
    return m_db.write([&]() -> Result<QList<Employee>> {
        QList<Employee> out;
        for (qsizetype i = 0; i < people.size(); ++i) {
            if (!hashes[i])
                return hashes[i].error();
            auto e = insert(by, people[i].code, people[i].name, people[i].role, hashes[i].value(),
                            pinRule(people[i].pin, people[i].code));
            if (!e)
                return e.error();
            out.append(e.value());
        }
        return out;
    });
}

Result<Employee> EmployeeService::addFirstManager(const QString& code, const QString& name,
                                                  const QString& pin) {
    return addChecked(Actor::system(u"first-run"_s), code, name, Role::Manager, pin, true);
}

Result<QList<Employee>> EmployeeService::list() {
    Query q = m_db.query(SelectEmployee + u" ORDER BY name, code"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Employee> out;
    while (q.next())
        out.append(readEmployee(q));
    return out;
}

Result<Employee> EmployeeService::findIn(const QString& code) {
    Query q = m_db.query(SelectEmployee + u" WHERE code = ?"_s);
    q.bind(code);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(QCoreApplication::translate("Core", "no employee with code \"%1\"").arg(code));
    return readEmployee(q);
}

Result<Employee> EmployeeService::find(const QString& code) {
    return findIn(code);
}

Result<qint64> EmployeeService::count() {
    Query q = m_db.query(u"SELECT count(*) FROM employees"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

QString EmployeeService::pinRule(const QString& pin, const QString& code) {
    return PinHasher::checkNew(pin, Role::Supervisor, code) ? roleId(Role::Supervisor)
                                                            : roleId(Role::Associate);
}

Result<QSet<QString>> EmployeeService::belowPinRule() {
    // The last PIN each employee was given, and the rule it met then (never the PIN itself).
    Query q = m_db.query(uR"(SELECT a.entity_id, a.payload FROM audit_log a
        WHERE a.action IN ('employee.add', 'employee.pin_reset') AND a.entity = 'employee' ORDER BY a.id)"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<qint64, QString> met;
    while (q.next())
        met.insert(q.text(0).toLongLong(),
                   QJsonDocument::fromJson(q.text(1).toUtf8()).object().value(u"pin_rule"_s).toString());
    auto staff = list();
    if (!staff)
        return staff.error();
    QSet<QString> out;
    for (const Employee& e : staff.value()) {
        const QString rule = met.value(e.id);
        if (rule.isEmpty() || (e.role != Role::Associate && rule != roleId(Role::Supervisor)))
            out.insert(e.code);
    }
    return out;
}

int EmployeeService::lockoutMinutes(int failures) {
    if (failures < MaxFailedPins)
        return 0;
    if (failures == MaxFailedPins)
        return LockoutMinutes;
    return failures == MaxFailedPins + 1 ? SecondLockoutMinutes : -1;
}

std::optional<QString> EmployeeService::lockedOutBecause(const Employee& e, const QDateTime& now) {
    if (lockoutMinutes(e.failedPins) < 0)
        return QCoreApplication::translate("Core",
                                           "%1 is locked out after %2 wrong PINs until a manager unlocks")
            .arg(e.name)
            .arg(e.failedPins);
    if (e.lockedUntil.isValid() && e.lockedUntil > now)
        return QCoreApplication::translate("Core", "%1 is locked out after %2 wrong PINs until %3")
            .arg(e.name)
            .arg(e.failedPins)
            .arg(QLocale().toString(e.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    // A lockout's last try is still being checked elsewhere: nobody tries beside it.
    if (e.failedPins >= MaxFailedPins && !e.lockedUntil.isValid())
        return QCoreApplication::translate("Core", "%1's PIN is being checked on another counter; try again")
            .arg(e.name);
    return std::nullopt;
}

bool EmployeeService::isLockedOut(const Employee& e, const QDateTime& now) {
    return lockedOutBecause(e, now).has_value();
}

Result<void> EmployeeService::recordFailure(const QString& code, const std::optional<Employee>& employee,
                                            const QString& reason) {
    return m_db.write([&]() -> Result<void> {
        // A code of digits alone may be a PIN typed into the wrong field: it is never kept.
        static const QRegularExpression digitsOnly(u"^[0-9]+$"_s);
        QJsonObject payload{{u"reason"_s, reason}};
        if (employee || !digitsOnly.match(code).hasMatch())
            payload.insert(u"code"_s, code.left(16));
        const Actor actor = employee ? Actor::of(*employee) : Actor::system(u"unknown"_s);
        auto a = AuditLog(m_db, m_clock)
                     .append(actor, AuditAction::AuthFail, u"employee"_s,
                             employee ? QString::number(employee->id) : QString(), payload);
        if (!a)
            return a.error();
        return {};
    });
}

Result<int> EmployeeService::reserveAttempt(Employee& e) {
    return m_db.write([&]() -> Result<int> {
        Query now = m_db.query(SelectEmployee + u" WHERE id = ?"_s);
        now.bind(e.id);
        if (auto r = now.exec(); !r)
            return r.error();
        if (!now.next())
            return Error::notFound(
                QCoreApplication::translate("Core", "no employee with code \"%1\"").arg(e.code));
        e = readEmployee(now);
        if (auto why = lockedOutBecause(e, m_clock.nowUtc()))
            return Error::denied(*why);
        // Counted before the PIN is checked, so tries in parallel cannot pass the limit; an expired
        // lock is cleared, which marks the one try it allows as under way.
        const int failures = e.failedPins + 1;
        Query q = m_db.query(u"UPDATE employees SET failed_pins = ?, locked_until = NULL WHERE id = ?"_s);
        q.bind(failures).bind(e.id);
        if (auto r = q.exec(); !r)
            return r.error();
        return failures;
    });
}

Result<void> EmployeeService::recordWrongPin(const Employee& e, int failures) {
    return m_db.write([&]() -> Result<void> {
        QJsonObject payload{{u"code"_s, e.code}, {u"reason"_s, u"wrong PIN"_s}, {u"failures"_s, failures}};
        const int minutes = lockoutMinutes(failures);
        if (minutes > 0) {
            const QString until = TimeFormat::toStored(m_clock.nowUtc().addSecs(minutes * 60));
            payload.insert(u"locked_until"_s, until);
            Query q = m_db.query(u"UPDATE employees SET locked_until = ? WHERE id = ?"_s);
            q.bind(until).bind(e.id);
            if (auto r = q.exec(); !r)
                return r;
        } else if (minutes < 0) {
            payload.insert(u"locked_until"_s, u"unlock"_s);
        }
        auto a =
            AuditLog(m_db, m_clock)
                .append(Actor::of(e), AuditAction::AuthFail, u"employee"_s, QString::number(e.id), payload);
        if (!a)
            return a.error();
        return {};
    });
}

Result<void> EmployeeService::arriveWrongPins(const QString& code, const QStringList& times,
                                              const QString& counter) {
    Query find = m_db.query(SelectEmployee + u" WHERE code = ?"_s);
    find.bind(code);
    if (auto r = find.exec(); !r)
        return r;
    if (!find.next())
        return {};
    Employee e = readEmployee(find);
    QString lockedUntil = e.lockedUntil.isValid() ? TimeFormat::toStored(e.lockedUntil) : QString();
    for (const QString& at : times) {
        const int failures = ++e.failedPins;
        QJsonObject payload{{u"code"_s, e.code},
                            {u"counter"_s, counter},
                            {u"failures"_s, failures},
                            {u"offline"_s, true},
                            {u"reason"_s, u"wrong PIN"_s}};
        if (const int minutes = lockoutMinutes(failures); minutes > 0) {
            lockedUntil =
                std::max(lockedUntil, TimeFormat::toStored(TimeFormat::fromStored(at).addSecs(minutes * 60)));
            payload.insert(u"locked_until"_s, lockedUntil);
        } else if (minutes < 0) {
            payload.insert(u"locked_until"_s, u"unlock"_s);
        }
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(e), AuditAction::AuthFail, u"employee"_s, QString::number(e.id),
                             QJsonDocument(payload).toJson(QJsonDocument::Compact), std::nullopt, at);
        if (!a)
            return a.error();
    }
    Query up = m_db.query(u"UPDATE employees SET failed_pins = ?, locked_until = ? WHERE id = ?"_s);
    up.bind(e.failedPins)
        .bind(lockedUntil.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(lockedUntil))
        .bind(e.id);
    return up.exec();
}

Error EmployeeService::wrongPin(const Employee& e, int failures) {
    const int minutes = lockoutMinutes(failures);
    if (minutes < 0)
        return Error::denied(
            QCoreApplication::translate("Core", "wrong PIN; %1 is now locked out until a manager unlocks")
                .arg(e.name));
    if (minutes > 0)
        return Error::denied(
            QCoreApplication::translate("Core", "wrong PIN; %1 is now locked out for %2 minutes")
                .arg(e.name)
                .arg(minutes));
    const int left = MaxFailedPins - failures;
    if (left <= 2)
        return Error::denied(QCoreApplication::translate(
                                 "Core", "wrong PIN; %n attempt(s) left before %1 is locked out", "", left)
                                 .arg(e.name));
    return Error::denied(QCoreApplication::translate("Core", "unknown employee code or wrong PIN"));
}

Result<AuthenticatedEmployee> EmployeeService::authenticate(const QString& code, const QString& pin) {
    // Nothing typed is not an attempt: it neither counts towards the lockout nor is audited.
    if (pin.isEmpty())
        return Error::invalidAt(u"pin"_s, QCoreApplication::translate("Core", "type your PIN"));
    auto found = findIn(code);
    if (!found) {
        if (found.error().code != Error::Code::NotFound)
            return found.error();
        if (auto r = recordFailure(code, std::nullopt, u"unknown code"_s); !r)
            return r.error();
        return Error::denied(QCoreApplication::translate("Core", "unknown employee code or wrong PIN"));
    }
    Employee e = found.value();
    if (!e.active) {
        if (auto r = recordFailure(code, e, u"deactivated"_s); !r)
            return r.error();
        return Error::denied(QCoreApplication::translate("Core", "%1 is deactivated").arg(e.name));
    }
    auto failures = reserveAttempt(e);
    if (!failures)
        return failures.error();
    QString storedHash;
    {
        Query q = m_db.query(u"SELECT pin_hash FROM employees WHERE id = ?"_s);
        q.bind(e.id);
        if (auto r = q.exec(); !r)
            return r.error();
        if (q.next())
            storedHash = q.text(0);
    }
    // The slow hash runs outside any transaction so other counters are not held up.
    if (!PinHasher::verify(storedHash, pin)) {
        if (auto r = recordWrongPin(e, failures.value()); !r)
            return r.error();
        return wrongPin(e, failures.value());
    }
    auto r = m_db.write([&]() -> Result<void> {
        Query q = m_db.query(u"UPDATE employees SET failed_pins = 0, locked_until = NULL WHERE id = ?"_s);
        q.bind(e.id);
        return q.exec();
    });
    if (!r)
        return r.error();
    e.failedPins = 0;
    e.lockedUntil = {};
    return AuthenticatedEmployee(e);
}

Result<qint64> addCopiedEmployee(Database& db, const Clock& clock, const Actor& by, const CopiedEmployee& e) {
    Query in = db.query(u"INSERT INTO employees (code, name, role, pin_hash, active, created_at) "
                        u"VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    in.bind(e.code).bind(e.name).bind(e.role).bind(e.pinHash).bind(e.active ? 1 : 0).bind(e.createdAt);
    if (auto r = in.exec(); !r)
        return r.error();
    if (!in.next())
        return Error::storage(u"the copied employee's id was not returned"_s);
    const qint64 id = in.integer(0);
    AuditLog log(db, clock);
    auto a = log.append(by, AuditAction::EmployeeAdd, u"employee"_s, QString::number(id),
                        {{u"code"_s, e.code}, {u"name"_s, e.name}, {u"role"_s, e.role}});
    if (!a)
        return a.error();
    if (!e.active) {
        auto d = log.append(by, AuditAction::EmployeeDeactivate, u"employee"_s, QString::number(id),
                            {{u"code"_s, e.code}});
        if (!d)
            return d.error();
    }
    return id;
}

Result<AuthenticatedEmployee> EmployeeService::carryOver(const AuthenticatedEmployee& signedIn) {
    const QString code = signedIn.employee().code;
    auto found = findIn(code);
    if (!found) {
        if (found.error().code != Error::Code::NotFound)
            return found.error();
        return Error::denied(QCoreApplication::translate("Core", "%1 (%2) is not in this database yet")
                                 .arg(signedIn.employee().name, code));
    }
    Employee e = found.value();
    if (!e.active)
        return Error::denied(QCoreApplication::translate("Core", "%1 is deactivated").arg(e.name));
    if (auto why = lockedOutBecause(e, m_clock.nowUtc()))
        return Error::denied(*why);
    return AuthenticatedEmployee(e);
}

Result<void> EmployeeService::unlock(const AuthenticatedEmployee& manager, const QString& code) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "unlocking an employee")); !r)
        return r;
    if (manager.employee().role != Role::Manager)
        return Error::denied(QCoreApplication::translate("Core", "only a manager may unlock an employee"));
    return m_db.write([&]() -> Result<void> {
        auto e = findIn(code);
        if (!e)
            return e.error();
        Query q = m_db.query(u"UPDATE employees SET failed_pins = 0, locked_until = NULL WHERE id = ?"_s);
        q.bind(e->id);
        if (auto r = q.exec(); !r)
            return r;
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(manager.employee()), AuditAction::EmployeeUnlock, u"employee"_s,
                             QString::number(e->id), {{u"code"_s, code}});
        if (!a)
            return a.error();
        return {};
    });
}

Result<void> EmployeeService::setActive(const AuthenticatedEmployee& manager, const QString& code,
                                        bool active) {
    if (auto r = refuseOffline(m_db,
                               QCoreApplication::translate("Core", "activating or deactivating an employee"));
        !r)
        return r;
    if (manager.employee().role != Role::Manager)
        return Error::denied(
            QCoreApplication::translate("Core", "only a manager may activate or deactivate an employee"));
    if (manager.employee().code == code && !active)
        return Error::denied(QCoreApplication::translate("Core", "a manager may not deactivate themselves"));
    return m_db.write([&]() -> Result<void> {
        auto e = findIn(code);
        if (!e)
            return e.error();
        Query q = m_db.query(u"UPDATE employees SET active = ? WHERE id = ?"_s);
        q.bind(active ? 1 : 0).bind(e->id);
        if (auto r = q.exec(); !r)
            return r;
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(manager.employee()),
                             active ? AuditAction::EmployeeActivate : AuditAction::EmployeeDeactivate,
                             u"employee"_s, QString::number(e->id), {{u"code"_s, code}});
        if (!a)
            return a.error();
        return {};
    });
}

Result<void> EmployeeService::requireManager(const AuthenticatedEmployee& who, const char* what) {
    if (who.employee().role != Role::Manager)
        return Error::denied(QCoreApplication::translate("Core", what));
    return {};
}

Result<Employee> EmployeeService::hire(const AuthenticatedEmployee& manager, const QString& code,
                                       const QString& name, Role role, const QString& pin) {
    if (auto r = requireManager(manager, QT_TRANSLATE_NOOP("Core", "only a manager may add an employee")); !r)
        return r.error();
    return add(Actor::of(manager.employee()), code, name, role, pin);
}

Result<void> EmployeeService::resetPin(const AuthenticatedEmployee& manager, const QString& code,
                                       const QString& pin) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "resetting a PIN")); !r)
        return r;
    if (auto r = requireManager(manager, QT_TRANSLATE_NOOP("Core", "only a manager may reset a PIN")); !r)
        return r;
    auto who = findIn(code);
    if (!who)
        return who.error();
    // Checked against the role now; a role changed meanwhile is checked again at the next PIN change.
    if (auto strong = PinHasher::checkNew(pin, who->role, code); !strong)
        return strong;
    auto hash = PinHasher::hash(pin); // slow, so outside the transaction
    if (!hash)
        return hash.error();
    return m_db.write([&]() -> Result<void> {
        auto e = findIn(code);
        if (!e)
            return e.error();
        Query q = m_db.query(
            u"UPDATE employees SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE id = ?"_s);
        q.bind(hash.value()).bind(e->id);
        if (auto r = q.exec(); !r)
            return r;
        auto a =
            AuditLog(m_db, m_clock)
                .append(Actor::of(manager.employee()), AuditAction::EmployeePinReset, u"employee"_s,
                        QString::number(e->id), {{u"code"_s, code}, {u"pin_rule"_s, pinRule(pin, code)}});
        if (!a)
            return a.error();
        return {};
    });
}

Result<void> EmployeeService::setRole(const AuthenticatedEmployee& manager, const QString& code, Role role) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "changing a role")); !r)
        return r;
    if (auto r = requireManager(manager, QT_TRANSLATE_NOOP("Core", "only a manager may change a role")); !r)
        return r;
    if (manager.employee().code == code)
        return Error::denied(QCoreApplication::translate("Core", "a manager may not change their own role"));
    return m_db.write([&]() -> Result<void> {
        auto e = findIn(code);
        if (!e)
            return e.error();
        if (e->role == role)
            return {}; // nothing changes, nothing to audit
        Query q = m_db.query(u"UPDATE employees SET role = ? WHERE id = ?"_s);
        q.bind(roleId(role)).bind(e->id);
        if (auto r = q.exec(); !r)
            return r;
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(manager.employee()), AuditAction::EmployeeRole, u"employee"_s,
                             QString::number(e->id),
                             {{u"code"_s, code}, {u"from"_s, roleId(e->role)}, {u"to"_s, roleId(role)}});
        if (!a)
            return a.error();
        return {};
    });
}

} // namespace rebound
