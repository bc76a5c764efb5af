// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CopyRefresh.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "record/RecoveryRecord.h"
#include "services/PlaybookService.h"
#include "services/SqlRecordSink.h"
#include "store/Database.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

struct StaffRow {
    QString code, name, role, pinHash, createdAt, lockedUntil;
    bool active = true;
    qint64 failedPins = 0;
};

} // namespace

Result<RefreshSummary> CopyRefresh::run(const QString& site) {
    RefreshSummary out;
    // Read from the server first, in one consistent view; then written in the copy in one transaction.
    QList<StaffRow> staff;
    QList<CustomerRow> customers;
    QByteArray playbookJson;
    QString playbookSha;
    {
        Query q = m_server.query(
            u"SELECT code, name, role, pin_hash, active, failed_pins, locked_until, created_at "
            u"FROM employees ORDER BY id"_s);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next())
            staff.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(7), q.text(6), q.integer(4) != 0,
                          q.integer(5)});
        Query p =
            m_server.query(u"SELECT json, sha256 FROM playbook_versions ORDER BY version DESC LIMIT 1"_s);
        if (auto r = p.exec(); !r)
            return r.error();
        if (p.next()) {
            playbookJson = p.text(0).toUtf8();
            playbookSha = p.text(1);
        }
        Query c = m_server.query(
            u"SELECT name, phone, email, account_ref, segment, preferences, created_at, lifetime_value_minor "
            u"FROM customers c WHERE EXISTS (SELECT 1 FROM incidents i WHERE i.customer_id = c.id AND i.site "
            u"= ?) "
            u"ORDER BY id"_s);
        c.bind(site);
        if (auto r = c.exec(); !r)
            return r.error();
        while (c.next())
            customers.append({c.text(0).toUtf8(), c.text(1).toUtf8(), c.text(2).toUtf8(), c.text(3).toUtf8(),
                              c.text(4).toUtf8(), c.text(5).toUtf8(), c.text(6).toUtf8(), c.integer(7)});
    }
    const Actor by = Actor::system(u"sync:refresh"_s);
    const QString now = TimeFormat::toStored(m_clock.nowUtc());
    auto written = m_local.write([&]() -> Result<void> {
        AuditLog log(m_local, m_clock);
        for (const StaffRow& s : std::as_const(staff)) {
            Query find = m_local.query(u"SELECT id, role, pin_hash, active FROM employees WHERE code = ?"_s);
            find.bind(s.code);
            if (auto r = find.exec(); !r)
                return r;
            qint64 id = 0;
            bool changed = false;
            if (!find.next()) {
                Query in =
                    m_local.query(u"INSERT INTO employees (code, name, role, pin_hash, active, created_at) "
                                  u"VALUES (?, ?, ?, ?, 1, ?) RETURNING id"_s);
                in.bind(s.code).bind(s.name).bind(s.role).bind(s.pinHash).bind(s.createdAt);
                if (auto r = in.exec(); !r)
                    return r;
                if (!in.next())
                    return Error::storage(u"the copied employee's id was not returned"_s);
                id = in.integer(0);
                auto a = log.append(by, AuditAction::EmployeeAdd, u"employee"_s, QString::number(id),
                                    {{u"code"_s, s.code}, {u"name"_s, s.name}, {u"role"_s, s.role}});
                if (!a)
                    return a.error();
                ++out.employeesAdded;
                if (!s.active) {
                    Query off = m_local.query(u"UPDATE employees SET active = 0 WHERE id = ?"_s);
                    off.bind(id);
                    if (auto r = off.exec(); !r)
                        return r;
                    auto d = log.append(by, AuditAction::EmployeeDeactivate, u"employee"_s,
                                        QString::number(id), {{u"code"_s, s.code}});
                    if (!d)
                        return d.error();
                }
            } else {
                id = find.integer(0);
                const QString role = find.text(1);
                if (role != s.role) {
                    Query up = m_local.query(u"UPDATE employees SET role = ? WHERE id = ?"_s);
                    up.bind(s.role).bind(id);
                    if (auto r = up.exec(); !r)
                        return r;
                    auto a = log.append(by, AuditAction::EmployeeRole, u"employee"_s, QString::number(id),
                                        {{u"code"_s, s.code}, {u"from"_s, role}, {u"to"_s, s.role}});
                    if (!a)
                        return a.error();
                    changed = true;
                }
                if (find.text(2) != s.pinHash) {
                    Query up = m_local.query(u"UPDATE employees SET pin_hash = ? WHERE id = ?"_s);
                    up.bind(s.pinHash).bind(id);
                    if (auto r = up.exec(); !r)
                        return r;
                    auto a = log.append(by, AuditAction::EmployeePinReset, u"employee"_s, QString::number(id),
                                        {{u"code"_s, s.code}});
                    if (!a)
                        return a.error();
                    changed = true;
                }
                if ((find.integer(3) != 0) != s.active) {
                    Query up = m_local.query(u"UPDATE employees SET active = ? WHERE id = ?"_s);
                    up.bind(s.active ? 1 : 0).bind(id);
                    if (auto r = up.exec(); !r)
                        return r;
                    auto a = log.append(
                        by, s.active ? AuditAction::EmployeeActivate : AuditAction::EmployeeDeactivate,
                        u"employee"_s, QString::number(id), {{u"code"_s, s.code}});
                    if (!a)
                        return a.error();
                    changed = true;
                }
            }
            // Lockouts are the server's state of the moment, not an audited change.
            Query lock =
                m_local.query(u"UPDATE employees SET failed_pins = ?, locked_until = ? WHERE id = ?"_s);
            lock.bind(s.failedPins)
                .bind(s.lockedUntil.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(s.lockedUntil))
                .bind(id);
            if (auto r = lock.exec(); !r)
                return r;
            out.employeesChanged += changed ? 1 : 0;
        }
        SqlRecordSink sink(m_local, m_clock);
        for (const CustomerRow& c : std::as_const(customers)) {
            Query find = m_local.query(
                u"SELECT count(*) FROM customers WHERE (phone <> '' AND phone = ?) OR (email <> '' AND email = ?)"_s);
            find.bind(QString::fromUtf8(c.phone)).bind(QString::fromUtf8(c.email));
            if (auto r = find.exec(); !r)
                return r;
            if (find.next() && find.integer(0) > 0)
                continue;
            auto added = writeCustomer(sink, c, {0, by.name.toUtf8()}, now.toLatin1());
            if (!added)
                return added.error();
            ++out.customersAdded;
        }
        return {};
    });
    if (!written)
        return written.error();
    // The playbook in force at the server, if the copy's differs (its own transaction, audited there).
    if (!playbookJson.isEmpty()) {
        Query mine = m_local.query(u"SELECT sha256 FROM playbook_versions ORDER BY version DESC LIMIT 1"_s);
        if (auto r = mine.exec(); !r)
            return r.error();
        if (!mine.next() || mine.text(0) != playbookSha) {
            PlaybookService playbooks(m_local, m_clock);
            if (auto v = playbooks.import(by, playbookJson); !v)
                return v.error();
            out.playbookChanged = true;
        }
    }
    return out;
}

} // namespace rebound
