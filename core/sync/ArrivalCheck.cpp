// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ArrivalCheck.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "services/SiteService.h"
#include "store/Database.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// The playbook in force when the recovery was opened: the newest imported by then (the first one for a
// recovery older than every playbook).
Result<Playbook> playbookAt(Database& server, const QString& at) {
    for (const QString& sql :
         {u"SELECT json FROM playbook_versions WHERE imported_at <= ? ORDER BY version DESC "
          u"LIMIT 1"_s,
          u"SELECT json FROM playbook_versions WHERE imported_at > ? ORDER BY version LIMIT 1"_s}) {
        Query q = server.query(sql);
        q.bind(at);
        if (auto r = q.exec(); !r)
            return r.error();
        if (q.next())
            return Playbook::fromJson(q.text(0).toUtf8());
    }
    return Error::notFound(u"the server has no playbook"_s);
}

// Everything one employee gave on their own offline in the business day, at every counter. Bound: the
// employee, the day's range.
Result<qint64> givenOfflineThatDay(Database& server, qint64 giver, const BusinessHours& hours,
                                   const QDate& day) {
    Query q = server.query(
        u"SELECT coalesce(sum(c.amount_minor), 0) FROM compensations c JOIN incidents i ON i.id = "
        u"c.incident_id "
        u"WHERE i.offline = 1 AND c.given_by = ? AND c.approved_by IS NULL AND c.given_at >= ? AND c.given_at < ?"_s);
    q.bind(giver).bind(hours.dayStartStored(day)).bind(hours.dayStartStored(day.addDays(1)));
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

} // namespace

Result<int> ArrivalCheck::check(qint64 incidentId, const Actor& by) {
    Query inc = m_server.query(u"SELECT opened_at FROM incidents WHERE id = ?"_s);
    inc.bind(incidentId);
    if (auto r = inc.exec(); !r)
        return r.error();
    if (!inc.next())
        return Error::notFound(u"recovery #%1"_s.arg(incidentId));
    auto pb = playbookAt(m_server, inc.text(0));
    if (!pb)
        return pb.error();
    auto hours = SiteService(m_server, m_clock).hours();
    if (!hours)
        return hours.error();
    // Each giver's gestures by approver, with the roles and flags the server holds.
    Query g = m_server.query(
        u"SELECT c.given_by, coalesce(c.approved_by, 0), sum(c.amount_minor), min(c.given_at), e.role, "
        u"coalesce(a.role, ''), coalesce(a.active, 0) FROM compensations c JOIN employees e ON e.id = "
        u"c.given_by "
        u"LEFT JOIN employees a ON a.id = c.approved_by WHERE c.incident_id = ? "
        u"GROUP BY c.given_by, c.approved_by, e.role, a.role, a.active"_s);
    g.bind(incidentId);
    if (auto r = g.exec(); !r)
        return r.error();
    QList<Found> found;
    while (g.next()) {
        const qint64 giver = g.integer(0);
        const qint64 approver = g.integer(1);
        const qint64 total = g.integer(2);
        const RoleLimits away = pb->limits(roleFromId(g.text(4)).value_or(Role::Associate)).offline();
        if (total > away.perRecovery.minor()) {
            const auto approverRole = roleFromId(g.text(5));
            const bool approved = approver != 0 && approver != giver && g.integer(6) != 0 && approverRole &&
                                  pb->limits(*approverRole).approveUpTo.minor() >= total;
            if (!approved)
                found.append({giver, u"authority"_s, total - away.perRecovery.minor()});
        }
        if (approver == 0 && away.perDay) {
            const QDate day = hours->businessDate(TimeFormat::fromStored(g.text(3)));
            auto given = givenOfflineThatDay(m_server, giver, *hours, day);
            if (!given)
                return given.error();
            if (*given > away.perDay->minor())
                found.append({giver, u"offline_allowance"_s, std::min(total, *given - away.perDay->minor())});
        }
    }
    for (const Found& f : std::as_const(found)) {
        if (auto r = record(incidentId, f, by); !r)
            return r.error();
    }
    return int(found.size());
}

Result<void> ArrivalCheck::record(qint64 incidentId, const Found& f, const Actor& by) {
    const QString now = TimeFormat::toStored(m_clock.nowUtc());
    Query q = m_server.query(u"INSERT INTO breaches (incident_id, employee_id, rule, over_minor, found_at) "
                             u"VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(incidentId).bind(f.giver).bind(f.rule).bind(f.overMinor).bind(now);
    if (auto r = q.exec(); !r)
        return r;
    if (!q.next())
        return Error::storage(u"breaches: no id returned"_s);
    const qint64 id = q.integer(0);
    auto a = AuditLog(m_server, m_clock)
                 .append(by, AuditAction::RecoveryBreach, u"breach"_s, QString::number(id),
                         QJsonObject{{u"employee_id"_s, f.giver},
                                     {u"incident_id"_s, incidentId},
                                     {u"over_minor"_s, f.overMinor},
                                     {u"rule"_s, f.rule}});
    if (!a)
        return a.error();
    return {};
}

} // namespace rebound
