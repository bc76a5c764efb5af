// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/LearningReports.h"

#include "domain/Clock.h"
#include "domain/FollowUpOutcome.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

std::optional<double> share(qint64 part, qint64 whole) {
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// A stored time moved in SQL, in the stored form (so text comparison is time order): "+30 days".
QString moved(const QString& column, const QString& by) {
    return u"strftime('%Y-%m-%dT%H:%M:%fZ', %1, '%2')"_s.arg(column, by);
}

// Did the customer `c` come back within n days of the stored time `at`: a visit, or another recovery
// at least 12 hours later (one opened the same afternoon is the same visit).
QString cameBack(const QString& c, const QString& at, int days) {
    const QString until = moved(at, u"+%1 days"_s.arg(days));
    return u"(EXISTS (SELECT 1 FROM visits v WHERE v.customer_id = %1 AND v.at > %2 AND v.at <= %3) OR "
           u"EXISTS (SELECT 1 FROM incidents k WHERE k.customer_id = %1 AND k.opened_at >= %4 AND k.opened_at <= %3))"_s
        .arg(c, at, until, moved(at, u"+12 hours"_s));
}

double percentile(const QList<double>& sorted, double p) {
    if (sorted.isEmpty())
        return 0;
    return sorted[std::max<qsizetype>(0, qsizetype(std::ceil(p * double(sorted.size()))) - 1)];
}

} // namespace

std::optional<double> ReturnRow::share30() const {
    return share(back30, eligible30);
}

std::optional<double> ReturnRow::share90() const {
    return share(back90, eligible90);
}

QString returnGroupName(ReturnRow::Group group) {
    switch (group) {
    case ReturnRow::Group::BlownAway:
        return QCoreApplication::translate("Core", "Recovered, blown away");
    case ReturnRow::Group::Satisfied:
        return QCoreApplication::translate("Core", "Recovered, satisfied");
    case ReturnRow::Group::NotSatisfied:
        return QCoreApplication::translate("Core", "Recovered, not satisfied");
    case ReturnRow::Group::NoVerdict:
        return QCoreApplication::translate("Core", "Recovered, no verdict heard");
    case ReturnRow::Group::AllRecovered:
        return QCoreApplication::translate("Core", "All recovered customers");
    case ReturnRow::Group::NeverFailed:
        return QCoreApplication::translate("Core", "Customers never let down");
    }
    return {};
}

std::optional<Money> EconomicsRow::costPerRecovery() const {
    if (recoveries == 0)
        return std::nullopt;
    return Money(qint64(std::llround(double(cost.minor()) / double(recoveries))), cost.currency());
}

std::optional<Money> EconomicsRow::costPerReturning() const {
    if (returning == 0)
        return std::nullopt;
    return Money(qint64(std::llround(double(cost.minor()) / double(returning))), cost.currency());
}

std::optional<Money> EconomicsRow::averageLifetimeValue() const {
    if (valuedCustomers == 0)
        return std::nullopt;
    return Money(qint64(std::llround(double(lifetimeValue.minor()) / double(valuedCustomers))),
                 lifetimeValue.currency());
}

std::optional<double> EconomicsRow::costShareOfValue() const {
    const auto value = averageLifetimeValue();
    if (!value || value->minor() <= 0 || customers == 0)
        return std::nullopt;
    return double(cost.minor()) / double(customers) / double(value->minor());
}

Result<QList<RecognitionRow>> LearningReports::recognitions(const QDate& from, const QDate& to) {
    const QString start = TimeFormat::localDayStartStored(from);
    const QString end = TimeFormat::localDayStartStored(to.addDays(1));
    // Stories are few: each approved one's people are read on their own.
    QHash<qint64, qint64> recognized;
    {
        Query stories = m_db.query(
            u"SELECT incident_id FROM stories WHERE status = 'approved' AND decided_at >= ? AND decided_at < ?"_s);
        stories.bind(start).bind(end);
        if (auto r = stories.exec(); !r)
            return r.error();
        QList<qint64> incidents;
        while (stories.next())
            incidents.append(stories.integer(0));
        for (qint64 incident : std::as_const(incidents)) {
            Query people = m_db.query(uR"(SELECT opened_by FROM incidents WHERE id = ?
                UNION SELECT given_by FROM compensations WHERE incident_id = ?
                UNION SELECT approved_by FROM compensations WHERE incident_id = ? AND approved_by IS NOT NULL
                UNION SELECT done_by FROM follow_ups WHERE incident_id = ? AND done_by IS NOT NULL)"_s);
            people.bind(incident).bind(incident).bind(incident).bind(incident);
            if (auto r = people.exec(); !r)
                return r.error();
            while (people.next())
                ++recognized[people.integer(0)];
        }
    }
    const auto counts = [&](const QString& sql) -> Result<QHash<qint64, qint64>> {
        Query q = m_db.query(sql);
        q.bind(start).bind(end);
        if (auto r = q.exec(); !r)
            return r.error();
        QHash<qint64, qint64> out;
        while (q.next())
            out.insert(q.integer(0), q.integer(1));
        return out;
    };
    auto opened = counts(
        u"SELECT opened_by, count(*) FROM incidents WHERE opened_at >= ? AND opened_at < ? GROUP BY opened_by"_s);
    if (!opened)
        return opened.error();
    auto nominated = counts(u"SELECT nominated_by, count(*) FROM stories WHERE nominated_at >= ? AND "
                            u"nominated_at < ? GROUP BY nominated_by"_s);
    if (!nominated)
        return nominated.error();
    Query staff = m_db.query(u"SELECT id, name, code, role, active FROM employees ORDER BY name, id"_s);
    if (auto r = staff.exec(); !r)
        return r.error();
    QList<RecognitionRow> out;
    while (staff.next()) {
        RecognitionRow row;
        row.employeeId = staff.integer(0);
        row.name = staff.text(1);
        row.code = staff.text(2);
        row.role = roleFromId(staff.text(3)).value_or(Role::Associate);
        row.recognitions = recognized.value(row.employeeId);
        row.recoveries = opened->value(row.employeeId);
        row.nominated = nominated->value(row.employeeId);
        if (staff.integer(4) == 1 || row.recognitions > 0 || row.recoveries > 0)
            out.append(row);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RecognitionRow& a, const RecognitionRow& b) { return int(a.role) < int(b.role); });
    return out;
}

QList<RoleRecognitionRow> LearningReports::byRole(const QList<RecognitionRow>& rows) {
    QList<RoleRecognitionRow> out;
    for (Role role : {Role::Associate, Role::Supervisor, Role::Manager}) {
        RoleRecognitionRow r;
        r.role = role;
        for (const RecognitionRow& e : rows) {
            if (e.role != role)
                continue;
            ++r.employees;
            r.recognized += e.recognitions > 0 ? 1 : 0;
            r.recognitions += e.recognitions;
            r.recoveries += e.recoveries;
        }
        if (r.employees > 0)
            out.append(r);
    }
    return out;
}

Result<QList<ReturnRow>> LearningReports::returnVisits(const QDate& from, const QDate& to) {
    const QDateTime now = m_clock.nowUtc();
    const QString cut30 = TimeFormat::toStored(now.addDays(-30));
    const QString cut90 = TimeFormat::toStored(now.addDays(-90));
    const QString start = TimeFormat::localDayStartStored(from);
    const QString end = TimeFormat::localDayStartStored(to.addDays(1));
    QList<ReturnRow> out;
    for (auto g : {ReturnRow::Group::BlownAway, ReturnRow::Group::Satisfied, ReturnRow::Group::NotSatisfied,
                   ReturnRow::Group::NoVerdict}) {
        ReturnRow row;
        row.group = g;
        out.append(row);
    }
    // Each customer once, from their first recovery in the range, grouped by what its follow-up heard.
    Query q = m_db.query(
        uR"(WITH firsts AS (SELECT customer_id AS c, min(opened_at) AS at FROM incidents
                            WHERE opened_at >= ? AND opened_at < ? GROUP BY customer_id),
            ref AS (SELECT f.c, f.at, (SELECT fu.verdict FROM incidents j JOIN follow_ups fu ON fu.incident_id = j.id
                        WHERE j.customer_id = f.c AND j.opened_at = f.at AND fu.done_at IS NOT NULL
                        ORDER BY fu.done_at DESC LIMIT 1) AS verdict FROM firsts f)
        SELECT coalesce(r.verdict, ''), count(*), sum(r.at <= ?), sum(r.at <= ? AND )"_s +
        cameBack(u"r.c"_s, u"r.at"_s, 30) + u"), sum(r.at <= ?), sum(r.at <= ? AND "_s +
        cameBack(u"r.c"_s, u"r.at"_s, 90) + u") FROM ref r GROUP BY 1"_s);
    q.bind(start).bind(end).bind(cut30).bind(cut30).bind(cut90).bind(cut90);
    if (auto r = q.exec(); !r)
        return r.error();
    ReturnRow all;
    all.group = ReturnRow::Group::AllRecovered;
    while (q.next()) {
        const auto verdict = verdictFromId(q.text(0));
        ReturnRow& row = out[!verdict                          ? 3
                             : *verdict == Verdict::BlownAway ? 0
                             : *verdict == Verdict::Satisfied ? 1
                                                              : 2];
        row.customers += q.integer(1);
        row.eligible30 += q.integer(2);
        row.back30 += q.integer(3);
        row.eligible90 += q.integer(4);
        row.back90 += q.integer(5);
    }
    for (const ReturnRow& row : std::as_const(out)) {
        all.customers += row.customers;
        all.eligible30 += row.eligible30;
        all.back30 += row.back30;
        all.eligible90 += row.eligible90;
        all.back90 += row.back90;
    }
    out.append(all);
    // The comparison: customers never let down, from their first recorded visit.
    Query never = m_db.query(
        uR"(WITH firsts AS (SELECT v.customer_id AS c, min(v.at) AS at FROM visits v
                WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.customer_id = v.customer_id)
                GROUP BY v.customer_id)
        SELECT count(*), sum(f.at <= ?), sum(f.at <= ? AND )"_s +
        cameBack(u"f.c"_s, u"f.at"_s, 30) + u"), sum(f.at <= ?), sum(f.at <= ? AND "_s +
        cameBack(u"f.c"_s, u"f.at"_s, 90) + u") FROM firsts f WHERE f.at >= ? AND f.at < ?"_s);
    never.bind(cut30).bind(cut30).bind(cut90).bind(cut90).bind(start).bind(end);
    if (auto r = never.exec(); !r)
        return r.error();
    ReturnRow baseline;
    baseline.group = ReturnRow::Group::NeverFailed;
    if (never.next()) {
        baseline.customers = never.integer(0);
        baseline.eligible30 = never.integer(1);
        baseline.back30 = never.integer(2);
        baseline.eligible90 = never.integer(3);
        baseline.back90 = never.integer(4);
    }
    out.append(baseline);
    return out;
}

Result<QList<EconomicsRow>> LearningReports::economics(const QDate& from, const QDate& to,
                                                       const QString& currency) {
    const QString start = TimeFormat::localDayStartStored(from);
    const QString end = TimeFormat::localDayStartStored(to.addDays(1));
    QSet<qint64> returning;
    {
        Query q = m_db.query(u"WITH firsts AS (SELECT customer_id AS c, min(opened_at) AS at FROM incidents "
                             u"WHERE opened_at >= ? AND opened_at < ? GROUP BY customer_id) "
                             u"SELECT f.c FROM firsts f WHERE "_s +
                             cameBack(u"f.c"_s, u"f.at"_s, 90));
        q.bind(start).bind(end);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next())
            returning.insert(q.integer(0));
    }
    const QString gestures = u"FROM compensations g WHERE g.incident_id = i.id AND g.currency = ? AND NOT EXISTS "
                             u"(SELECT 1 FROM amendments w WHERE w.compensation_id = g.id)"_s;
    Query q = m_db.query(u"SELECT c.segment, i.customer_id, c.lifetime_value_minor, "
                         u"coalesce((SELECT sum(g.amount_minor) "_s +
                         gestures + u"), 0), coalesce((SELECT sum(g.cost_minor) "_s + gestures +
                         u"), 0), (julianday(i.follow_up_scheduled_at) - julianday(i.opened_at)) * 1440.0 "
                         u"FROM incidents i JOIN customers c ON c.id = i.customer_id "
                         u"WHERE i.opened_at >= ? AND i.opened_at < ? ORDER BY c.segment"_s);
    q.bind(currency).bind(currency).bind(start).bind(end);
    if (auto r = q.exec(); !r)
        return r.error();
    struct Acc {
        EconomicsRow row;
        QSet<qint64> customers;
        QList<double> minutes;
    };
    QList<Acc> segments;
    Acc total;
    total.row.given = total.row.cost = total.row.lifetimeValue = Money(0, currency);
    const auto add = [&](Acc& a, qint64 customer, qint64 value, qint64 given, qint64 cost,
                         bool timed, double minutes) {
        ++a.row.recoveries;
        a.row.given = Money(a.row.given.minor() + given, currency);
        a.row.cost = Money(a.row.cost.minor() + cost, currency);
        if (timed)
            a.minutes.append(minutes);
        if (a.customers.contains(customer))
            return;
        a.customers.insert(customer);
        ++a.row.customers;
        a.row.returning += returning.contains(customer) ? 1 : 0;
        if (value > 0) {
            ++a.row.valuedCustomers;
            a.row.lifetimeValue = Money(a.row.lifetimeValue.minor() + value, currency);
        }
    };
    while (q.next()) {
        const SegmentId segment(q.text(0));
        if (segments.isEmpty() || segments.last().row.segment != segment) {
            Acc a;
            a.row.segment = segment;
            a.row.given = a.row.cost = a.row.lifetimeValue = Money(0, currency);
            segments.append(a);
        }
        // A recovery still at the counter has no time to recover yet.
        const bool timed = !q.isNull(5);
        const double minutes = timed ? q.value(5).toDouble() : 0;
        add(segments.last(), q.integer(1), q.integer(2), q.integer(3), q.integer(4), timed, minutes);
        add(total, q.integer(1), q.integer(2), q.integer(3), q.integer(4), timed, minutes);
    }
    QList<EconomicsRow> out;
    for (Acc* a : [&] {
             QList<Acc*> all;
             for (Acc& s : segments)
                 all.append(&s);
             all.append(&total);
             return all;
         }()) {
        std::sort(a->minutes.begin(), a->minutes.end());
        a->row.p50Minutes = percentile(a->minutes, 0.5);
        a->row.p90Minutes = percentile(a->minutes, 0.9);
        out.append(a->row);
    }
    return out;
}

Result<QList<ActionImpactRow>> LearningReports::preventionImpact(const QList<PreventionAction>& actions) {
    const QDateTime now = m_clock.nowUtc();
    QList<ActionImpactRow> out;
    const auto countIn = [&](const CategoryId& category, const QDateTime& a, const QDateTime& b) -> Result<qint64> {
        Query q = m_db.query(
            u"SELECT count(*) FROM incidents WHERE category = ? AND opened_at >= ? AND opened_at < ?"_s);
        q.bind(category.toString()).bind(TimeFormat::toStored(a)).bind(TimeFormat::toStored(b));
        if (auto r = q.exec(); !r)
            return r.error();
        return q.next() ? q.integer(0) : 0;
    };
    for (const PreventionAction& action : actions) {
        ActionImpactRow row;
        row.action = action;
        auto before = countIn(row.action.category, row.action.openedAt.addDays(-ImpactDays), row.action.openedAt);
        if (!before)
            return before.error();
        row.before = before.value();
        if (row.action.closedAt.isValid()) {
            const QDateTime until = std::min(row.action.closedAt.addDays(ImpactDays), now);
            auto after = countIn(row.action.category, row.action.closedAt, until);
            if (!after)
                return after.error();
            row.after = after.value();
            row.afterDays = int(row.action.closedAt.daysTo(until));
        }
        out.append(row);
    }
    return out;
}

} // namespace rebound
