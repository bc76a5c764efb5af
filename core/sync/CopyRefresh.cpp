// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CopyRefresh.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/Incident.h"
#include "domain/TimeFormat.h"
#include "record/RecoveryRecord.h"
#include "services/EmployeeService.h"
#include "services/PlaybookService.h"
#include "services/RecoveryTransfer.h"
#include "services/SqlRecordSink.h"
#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

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
    QHash<QString, QString> settings; // the site's opening hours and time zone
    {
        Query h = m_server.query(
            u"SELECT key, value FROM settings WHERE key IN ('business.hours', 'business.time_zone')"_s);
        if (auto r = h.exec(); !r)
            return r.error();
        while (h.next())
            settings.insert(h.text(0), h.text(1));
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
        // The site's customers seen since the last refresh (a day's margin for the counters' clocks).
        QString since;
        if (m_local.keepsOutbox()) {
            Query last = m_local.query(u"SELECT value FROM sync_state WHERE key = 'last_refresh'"_s);
            if (auto r = last.exec(); !r)
                return r.error();
            if (last.next())
                since = TimeFormat::toStored(TimeFormat::fromStored(last.text(0)).addDays(-1));
        }
        Query c = m_server.query(
            u"SELECT name, phone, email, account_ref, segment, preferences, created_at, lifetime_value_minor "
            u"FROM customers c WHERE c.id IN (SELECT i.customer_id FROM incidents i WHERE i.site = ? AND "
            u"i.opened_at >= ?) ORDER BY id"_s);
        c.bind(site).bind(since);
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
                auto added = addCopiedEmployee(m_local, m_clock, by,
                                               {s.code, s.name, s.role, s.pinHash, s.createdAt, s.active});
                if (!added)
                    return added.error();
                id = *added;
                ++out.employeesAdded;
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
        // The opening hours the server's follow-ups are due in.
        QHash<QString, QString> mine;
        Query h = m_local.query(
            u"SELECT key, value FROM settings WHERE key IN ('business.hours', 'business.time_zone')"_s);
        if (auto r = h.exec(); !r)
            return r;
        while (h.next())
            mine.insert(h.text(0), h.text(1));
        if (!settings.isEmpty() && settings != mine) {
            for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
                Query up = m_local.query(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                         u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
                up.bind(it.key()).bind(it.value());
                if (auto r = up.exec(); !r)
                    return r;
            }
            auto a = log.append(by, AuditAction::BusinessHours, u"settings"_s, u"business.hours"_s,
                                {{u"before"_s, mine.value(u"business.hours"_s)},
                                 {u"after"_s, settings.value(u"business.hours"_s)},
                                 {u"time_zone"_s, settings.value(u"business.time_zone"_s)}});
            if (!a)
                return a.error();
            out.hoursChanged = true;
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
    if (auto r = recoveries(site, out); !r)
        return r.error();
    if (auto r = followUps(out); !r)
        return r.error();
    if (m_local.keepsOutbox()) {
        auto noted = m_local.write([&]() -> Result<void> {
            Query q = m_local.query(u"INSERT INTO sync_state (key, value) VALUES ('last_refresh', ?) "
                                    u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            q.bind(now);
            return q.exec();
        });
        if (!noted)
            return noted.error();
    }
    return out;
}

Result<void> CopyRefresh::recoveries(const QString& site, RefreshSummary& out) {
    QSet<QString> have;
    {
        Query q = m_local.query(u"SELECT uuid FROM incidents"_s);
        if (auto r = q.exec(); !r)
            return r;
        while (q.next())
            have.insert(q.text(0));
    }
    QList<qint64> missing;
    {
        // Two index ranges, not a scan of every recovery: the site's recent ones, and the ones still open.
        QStringList open;
        for (IncidentStatus st : {IncidentStatus::Open, IncidentStatus::Apologized, IncidentStatus::Fixed,
                                  IncidentStatus::Compensated, IncidentStatus::FollowUpScheduled})
            open << u"'%1'"_s.arg(statusId(st));
        Query q = m_server.query(
            u"SELECT id, uuid FROM incidents WHERE site = ? AND opened_at >= ? UNION "
            u"SELECT id, uuid FROM incidents WHERE status IN (%1) AND site = ? ORDER BY 1"_s.arg(
                open.join(u", "_s)));
        q.bind(site).bind(TimeFormat::toStored(m_clock.nowUtc().addDays(-RecentDays))).bind(site);
        if (auto r = q.exec(); !r)
            return r;
        while (q.next()) {
            if (!have.contains(q.text(1)))
                missing.append(q.integer(0));
        }
    }
    if (missing.isEmpty())
        return {};
    // The server's recoveries into the copy, the way a counter's go to the server.
    return m_local.write([&]() -> Result<void> {
        ImportSummary counts;
        RecoveryTransfer transfer(m_local, m_server, m_clock, Actor::system(u"sync:refresh"_s), counts);
        transfer.keepSourcePlace(); // made at other counters of the site: they say so in the copy too
        if (auto r = transfer.employees(RecoveryTransfer::Staff::MatchOnly); !r)
            return r;
        for (qint64 id : std::as_const(missing)) {
            if (auto r = transfer.recovery(id); !r)
                return r.error();
        }
        out.recoveriesAdded = counts.recoveries;
        return {};
    });
}

Result<void> CopyRefresh::followUps(RefreshSummary& out) {
    // The copy's follow-ups still open that the server owns now: not waiting in the outbox themselves.
    struct Open {
        qint64 followUp, incident, attempts;
        QString uuid;
        RecoveryRef ref;
        qint64 place; // among its recovery's follow-ups, from 1: the same at the server
    };
    QList<Open> open;
    {
        Query q = m_local.query(
            u"SELECT f.id, i.id, f.attempts, i.uuid, i.category, i.total_minor, i.override, "
            u"(SELECT count(*) FROM follow_ups g WHERE g.incident_id = i.id AND g.id <= f.id) FROM "
            u"follow_ups f "
            u"JOIN incidents i ON i.id = f.incident_id WHERE f.done_at IS NULL "
            u"AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.sent_at IS NULL AND (o.uuid = i.uuid OR "
            u"o.follow_up_id = f.id)) ORDER BY f.id"_s);
        if (auto r = q.exec(); !r)
            return r;
        while (q.next())
            open.append({q.integer(0), q.integer(1), q.integer(2), q.text(3),
                         RecoveryRef{q.integer(1), q.text(4).toUtf8(), q.integer(5), q.integer(6) != 0},
                         q.integer(7)});
    }
    if (open.isEmpty())
        return {};
    QHash<QString, qint64> staff; // code → the copy's id
    {
        Query q = m_local.query(u"SELECT code, id FROM employees"_s);
        if (auto r = q.exec(); !r)
            return r;
        while (q.next())
            staff.insert(q.text(0), q.integer(1));
    }
    return m_local.write([&]() -> Result<void> {
        SqlRecordSink sink(m_local, m_clock);
        // Closed at the server: closed here once its follow-ups are all brought over.
        struct Close {
            QString at;
            RecordActor who;
            RecoveryRef ref;
        };
        QMap<qint64, Close> closed;
        for (const Open& o : std::as_const(open)) {
            Query s = m_server.query(
                u"SELECT f.due_at, f.done_at, e.code, f.outcome, f.reached, f.attempts, f.satisfaction, "
                u"f.verdict, i.status, i.closed_at FROM incidents i JOIN follow_ups f ON f.incident_id = "
                u"i.id "
                u"LEFT JOIN employees e ON e.id = f.done_by WHERE i.uuid = ? ORDER BY f.id LIMIT 1 OFFSET ?"_s);
            s.bind(o.uuid).bind(o.place - 1);
            if (auto r = s.exec(); !r)
                return r;
            if (!s.next())
                continue; // not on the server (yet)
            const QString doneAt = s.text(1);
            const qint64 attempts = s.integer(5);
            if (doneAt.isEmpty() && attempts <= o.attempts)
                continue;
            if (doneAt.isEmpty()) {
                // Tried again at the server, not reached: the next try as the server has it.
                Query up = m_local.query(u"UPDATE follow_ups SET attempts = ?, due_at = ? WHERE id = ?"_s);
                up.bind(attempts).bind(s.text(0)).bind(o.followUp);
                if (auto r = up.exec(); !r)
                    return r;
                JsonPayload p;
                p.add("attempt", attempts)
                    .add("incident_id", o.incident)
                    .add("next_due", s.text(0).toUtf8())
                    .add("outcome", "");
                auto a = sink.audit(TimeFormat::toStored(m_clock.nowUtc()).toUtf8(),
                                    {0, QByteArrayLiteral("sync:refresh")}, AuditAction::FollowUpAttempt,
                                    "follow_up", o.followUp, p.bytes(), &o.ref);
                if (!a)
                    return a;
                ++out.followUpsUpdated;
                continue;
            }
            const QString code = s.text(2);
            FollowUpRow done;
            done.doneAt = doneAt.toUtf8();
            done.doneBy = staff.value(code);
            done.outcome = s.text(3).toUtf8();
            done.reached = s.isNull(4) ? std::optional<bool>() : std::optional<bool>(s.integer(4) != 0);
            done.attempts = attempts;
            if (!s.isNull(6))
                done.satisfaction = int(s.integer(6));
            done.verdict = s.text(7).toUtf8();
            Query up =
                m_local.query(u"UPDATE follow_ups SET done_at = ?, done_by = ?, outcome = ?, reached = ?, "
                              u"attempts = ?, satisfaction = ?, verdict = ? WHERE id = ?"_s);
            up.bind(doneAt)
                .bind(done.doneBy ? QVariant(done.doneBy) : QVariant(QMetaType::fromType<qint64>()))
                .bind(s.text(3))
                .bind(done.reached ? QVariant(*done.reached ? 1 : 0) : QVariant(QMetaType::fromType<int>()))
                .bind(attempts)
                .bind(done.satisfaction ? QVariant(*done.satisfaction) : QVariant(QMetaType::fromType<int>()))
                .bind(s.text(7))
                .bind(o.followUp);
            if (auto r = up.exec(); !r)
                return r;
            const RecordActor who{done.doneBy, code.toUtf8()};
            if (auto a = sink.audit(done.doneAt, who, AuditAction::FollowUpDone, "follow_up", o.followUp,
                                    followUpDonePayload(o.incident, done), &o.ref);
                !a)
                return a;
            if (s.text(8) == statusId(IncidentStatus::Closed))
                closed.insert(o.incident, {s.text(9), who, o.ref});
            ++out.followUpsUpdated;
        }
        for (auto it = closed.cbegin(); it != closed.cend(); ++it) {
            Query close = m_local.query(
                u"UPDATE incidents SET status = ?, closed_at = ? WHERE id = ? AND status <> ? AND NOT EXISTS "
                u"(SELECT 1 FROM follow_ups f WHERE f.incident_id = incidents.id AND f.done_at IS NULL)"_s);
            close.bind(statusId(IncidentStatus::Closed))
                .bind(it->at)
                .bind(it.key())
                .bind(statusId(IncidentStatus::Closed));
            if (auto r = close.exec(); !r)
                return r;
            if (close.rowsAffected() < 1)
                continue;
            if (auto a = sink.audit(it->at.toUtf8(), it->who, AuditAction::IncidentClose, "incident",
                                    it.key(), "{}", &it->ref);
                !a)
                return a;
        }
        return {};
    });
}

} // namespace rebound
