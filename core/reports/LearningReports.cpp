// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/LearningReports.h"

#include "domain/Clock.h"
#include "domain/FollowUpOutcome.h"
#include "domain/TimeFormat.h"
#include "services/StoryService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
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
    // Each approved story once for every employee who worked its recovery.
    QHash<qint64, qint64> recognized;
    {
        Query q = m_db.query(u"SELECT e.id, count(*) FROM stories s JOIN employees e ON e.id IN ("_s +
                             workedRecoverySql(u"s.incident_id"_s) +
                             u") WHERE s.status = 'approved' AND s.decided_at >= ? AND s.decided_at < ? "
                             u"GROUP BY e.id"_s);
        q.bind(start).bind(end);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next())
            recognized.insert(q.integer(0), q.integer(1));
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
    std::stable_sort(out.begin(), out.end(), [](const RecognitionRow& a, const RecognitionRow& b) {
        return int(a.role) < int(b.role);
    });
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

namespace {

constexpr qint64 DayMs = 86'400'000;

// A customer's first recovery in a range (or first visit, for a customer never let down), and when
// they next came back after it, if they did.
struct FirstContact {
    qint64 customer = 0;
    qint64 atMs = 0;
    std::optional<qint64> nextMs;
    QString verdict; // what the first recovery's follow-up heard
    bool backWithin(int days) const { return nextMs && *nextMs <= atMs + days * DayMs; }
};

std::optional<qint64> msecs(const Query& q, int column) {
    if (q.isNull(column))
        return std::nullopt;
    return TimeFormat::msecsFromStored(q.text(column).toLatin1());
}

// Each customer's first recovery in [start, end): its follow-up's verdict, and the next visit or
// recovery (one at least 12 hours later: one the same afternoon is the same visit). One seek each
// through visits (customer_id, at) and incidents (customer_id, opened_at).
Result<QList<FirstContact>> firstRecoveries(Database& db, const QString& start, const QString& end,
                                            bool withVerdict) {
    // SQLite takes the bare id from the row that holds the min(); PostgreSQL says DISTINCT ON.
    const QString firsts =
        db.dialect().isServer()
            ? u"SELECT DISTINCT ON (customer_id) customer_id AS c, opened_at AS at, id FROM incidents "
              u"WHERE opened_at >= ? AND opened_at < ? ORDER BY customer_id, opened_at, id"_s
            : u"SELECT customer_id AS c, min(opened_at) AS at, id FROM incidents "
              u"WHERE opened_at >= ? AND opened_at < ? GROUP BY customer_id"_s;
    Query q = db.query(u"WITH firsts AS ("_s + firsts + uR"()
        SELECT f.c, f.at,
               (SELECT min(v.at) FROM visits v WHERE v.customer_id = f.c AND v.at > f.at),
               (SELECT min(k.opened_at) FROM incidents k WHERE k.customer_id = f.c
                  AND k.opened_at >= )"_s +
                       db.dialect().plusHours(u"f.at"_s, 12) + u"), "_s +
                       (withVerdict ? uR"((SELECT fu.verdict FROM follow_ups fu WHERE fu.incident_id = f.id
                  AND fu.done_at IS NOT NULL ORDER BY fu.done_at DESC LIMIT 1))"_s
                                    : u"NULL"_s) +
                       u" FROM firsts f"_s);
    q.bind(start).bind(end);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<FirstContact> out;
    while (q.next()) {
        FirstContact f;
        f.customer = q.integer(0);
        f.atMs = msecs(q, 1).value_or(0);
        const auto visit = msecs(q, 2);
        const auto recovery = msecs(q, 3);
        if (visit || recovery)
            f.nextMs = std::min(visit.value_or(recovery.value_or(0)), recovery.value_or(visit.value_or(0)));
        f.verdict = q.text(4);
        out.append(f);
    }
    return out;
}

} // namespace

Result<QList<ReturnRow>> LearningReports::returnVisits(const QDate& from, const QDate& to) {
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const QString start = TimeFormat::localDayStartStored(from);
    const QString end = TimeFormat::localDayStartStored(to.addDays(1));
    QList<ReturnRow> out;
    for (auto g :
         {ReturnRow::Group::BlownAway, ReturnRow::Group::Satisfied, ReturnRow::Group::NotSatisfied,
          ReturnRow::Group::NoVerdict, ReturnRow::Group::AllRecovered, ReturnRow::Group::NeverFailed}) {
        ReturnRow row;
        row.group = g;
        out.append(row);
    }
    // Counted only once the customer's 30 or 90 days are over.
    const auto count = [&](ReturnRow& row, const FirstContact& f) {
        ++row.customers;
        for (auto [days, eligible, back] : {std::tuple{30, &ReturnRow::eligible30, &ReturnRow::back30},
                                            std::tuple{90, &ReturnRow::eligible90, &ReturnRow::back90}}) {
            if (f.atMs + days * DayMs > nowMs)
                continue;
            ++(row.*eligible);
            if (f.backWithin(days))
                ++(row.*back);
        }
    };
    auto recovered = firstRecoveries(m_db, start, end, true);
    if (!recovered)
        return recovered.error();
    for (const FirstContact& f : recovered.value()) {
        const auto verdict = verdictFromId(f.verdict);
        count(out[!verdict                         ? 3
                  : *verdict == Verdict::BlownAway ? 0
                  : *verdict == Verdict::Satisfied ? 1
                                                   : 2],
              f);
        count(out[4], f);
    }
    // The comparison: customers never let down, from their first recorded visit.
    Query never = m_db.query(uR"(WITH firsts AS (SELECT v.customer_id AS c, min(v.at) AS at FROM visits v
                WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.customer_id = v.customer_id)
                GROUP BY v.customer_id)
        SELECT f.c, f.at, (SELECT min(w.at) FROM visits w WHERE w.customer_id = f.c AND w.at > f.at)
        FROM firsts f WHERE f.at >= ? AND f.at < ?)"_s);
    never.bind(start).bind(end);
    if (auto r = never.exec(); !r)
        return r.error();
    while (never.next()) {
        FirstContact f;
        f.customer = never.integer(0);
        f.atMs = msecs(never, 1).value_or(0);
        f.nextMs = msecs(never, 2);
        count(out[5], f);
    }
    return out;
}

Result<QList<EconomicsRow>> LearningReports::economics(const QDate& from, const QDate& to,
                                                       const QString& currency) {
    const QString start = TimeFormat::localDayStartStored(from);
    const QString end = TimeFormat::localDayStartStored(to.addDays(1));
    QSet<qint64> returning;
    {
        auto firsts = firstRecoveries(m_db, start, end, false);
        if (!firsts)
            return firsts.error();
        for (const FirstContact& f : firsts.value()) {
            if (f.backWithin(90))
                returning.insert(f.customer);
        }
    }
    // What each recovery gave and cost, from the gestures given since the range began (a gesture is
    // given after its recovery opens), withdrawn ones left out.
    QHash<qint64, std::pair<qint64, qint64>> gestures;
    {
        Query q = m_db.query(
            u"SELECT x.incident_id, sum(x.amount_minor), sum(x.cost_minor) FROM compensations x "
            u"WHERE x.given_at >= ? AND x.currency = ? AND NOT EXISTS "
            u"(SELECT 1 FROM amendments w WHERE w.compensation_id = x.id) GROUP BY x.incident_id"_s);
        q.bind(start).bind(currency);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next())
            gestures.insert(q.integer(0), {q.integer(1), q.integer(2)});
    }
    Query q = m_db.query(u"SELECT c.segment, i.customer_id, c.lifetime_value_minor, i.id, " +
                         m_db.dialect().minutesBetween(u"i.opened_at"_s, u"i.follow_up_scheduled_at"_s) +
                         u" FROM incidents i JOIN customers c ON c.id = i.customer_id "
                         u"WHERE i.opened_at >= ? AND i.opened_at < ?"_s);
    q.bind(start).bind(end);
    if (auto r = q.exec(); !r)
        return r.error();
    // Sums in minor units while the rows stream by; Money is made once per row of the report.
    struct Acc {
        QString segment;
        qint64 recoveries = 0, given = 0, cost = 0, returning = 0, valued = 0, value = 0;
        QSet<qint64> customers;
        QList<double> minutes;
    };
    QMap<QString, Acc> segments; // by id, so the rows come in a stable order
    Acc total;
    const auto add = [&](Acc& a, qint64 customer, qint64 value, std::pair<qint64, qint64> gave, bool timed,
                         double minutes) {
        ++a.recoveries;
        a.given += gave.first;
        a.cost += gave.second;
        if (timed)
            a.minutes.append(minutes);
        if (a.customers.contains(customer))
            return;
        a.customers.insert(customer);
        a.returning += returning.contains(customer) ? 1 : 0;
        if (value > 0) {
            ++a.valued;
            a.value += value;
        }
    };
    while (q.next()) {
        const QString segment = q.text(0);
        auto it = segments.find(segment);
        if (it == segments.end()) {
            it = segments.insert(segment, Acc());
            it->segment = segment;
        }
        const auto gave = gestures.value(q.integer(3), {0, 0});
        // A recovery still at the counter has no time to recover yet.
        const bool timed = !q.isNull(4);
        const double minutes = timed ? q.value(4).toDouble() : 0;
        add(*it, q.integer(1), q.integer(2), gave, timed, minutes);
        add(total, q.integer(1), q.integer(2), gave, timed, minutes);
    }
    QList<EconomicsRow> out;
    QList<Acc*> all;
    for (Acc& a : segments)
        all.append(&a);
    all.append(&total);
    for (Acc* a : std::as_const(all)) {
        std::sort(a->minutes.begin(), a->minutes.end());
        EconomicsRow row;
        row.segment = SegmentId(a->segment);
        row.recoveries = a->recoveries;
        row.customers = a->customers.size();
        row.returning = a->returning;
        row.given = Money(a->given, currency);
        row.cost = Money(a->cost, currency);
        row.valuedCustomers = a->valued;
        row.lifetimeValue = Money(a->value, currency);
        row.p50Minutes = percentile(a->minutes, 0.5);
        row.p90Minutes = percentile(a->minutes, 0.9);
        out.append(row);
    }
    return out;
}

Result<QList<ActionImpactRow>> LearningReports::preventionImpact(const QList<PreventionAction>& actions) {
    const QDateTime now = m_clock.nowUtc();
    QList<ActionImpactRow> out;
    const auto countIn = [&](const CategoryId& category, const QDateTime& a,
                             const QDateTime& b) -> Result<qint64> {
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
        auto before =
            countIn(row.action.category, row.action.openedAt.addDays(-ImpactDays), row.action.openedAt);
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
