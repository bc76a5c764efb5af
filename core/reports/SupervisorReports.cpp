// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/SupervisorReports.h"

#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "services/SiteService.h"
#include "store/Database.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rebound {

qint64 SatisfactionRow::total() const {
    qint64 n = 0;
    for (qint64 c : counts)
        n += c;
    return n;
}

double SatisfactionRow::average() const {
    const qint64 n = total();
    if (n == 0)
        return 0;
    double sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += double(counts[std::size_t(i)]) * (i + 1);
    return sum / double(n);
}

QString SupervisorReports::siteClause(const QString& alias) const {
    if (m_site.isEmpty())
        return {};
    return u" AND "_s + (alias.isEmpty() ? QString() : alias + u"."_s) + u"site = ?"_s;
}

QDate SupervisorReports::businessToday() {
    (void)dayStart(QDate());
    return m_hours->businessDate(m_clock.nowUtc());
}

QString SupervisorReports::dayStart(const QDate& day) {
    if (!m_hours) {
        // Unreadable hours (a database being set up) fall back to the standard ones, in this zone.
        auto hours = SiteService(m_db, m_clock).hours();
        m_hours = hours ? *hours : BusinessHours();
    }
    return day.isValid() ? m_hours->dayStartStored(day) : QString();
}

void SupervisorReports::bindSite(Query& q) const {
    if (!m_site.isEmpty())
        q.bind(m_site);
}

Result<QList<CombustionRow>> SupervisorReports::combustionPoints() {
    constexpr int Weeks = ControlChart::Baseline + CombustionWeeks; // the baseline is read, not shown
    const QDate today = businessToday();
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    QStringList bounds;
    for (int w = Weeks - 1; w >= 0; --w)
        bounds << dayStart(thisWeek.addDays(-7 * w));
    bounds << dayStart(thisWeek.addDays(7));
    QString sums;
    for (int w = 0; w < Weeks; ++w)
        sums += u", sum(CASE WHEN opened_at >= ? AND opened_at < ? THEN 1 ELSE 0 END)"_s;
    Query q =
        m_db.query(u"SELECT category"_s + sums + u" FROM incidents WHERE opened_at >= ? AND opened_at < ?"_s +
                   siteClause({}) + u" GROUP BY category ORDER BY category"_s);
    for (int w = 0; w < Weeks; ++w)
        q.bind(bounds[w]).bind(bounds[w + 1]);
    q.bind(bounds.first()).bind(bounds.last());
    bindSite(q);
    if (auto r = q.exec(); !r)
        return r.error();
    // Weeks before the first recovery ever recorded (at the site) are empty for want of history, not calm.
    Query first = m_db.query(u"SELECT min(opened_at) FROM incidents WHERE 1 = 1"_s + siteClause({}));
    bindSite(first);
    if (auto r = first.exec(); !r)
        return r.error();
    int firstWeek = 0;
    if (first.next() && !first.isNull(0)) {
        while (firstWeek < Weeks && bounds[firstWeek + 1] <= first.text(0))
            ++firstWeek;
    }
    QList<CombustionRow> out;
    while (q.next()) {
        QList<int> weekly;
        for (int w = 0; w < Weeks; ++w)
            weekly << int(q.integer(w + 1));
        CombustionRow row;
        row.category = CategoryId(q.text(0));
        row.weekly = weekly.mid(ControlChart::Baseline);
        row.control = ControlChart::of(weekly, firstWeek).mid(ControlChart::Baseline);
        out.append(row);
    }
    return out;
}

Result<QList<ParetoRow>> SupervisorReports::pareto(const QDate& from, const QDate& to) {
    Query q =
        m_db.query(u"SELECT category, count(*) FROM incidents WHERE opened_at >= ? AND opened_at < ?"_s +
                   siteClause({}) + u" GROUP BY category ORDER BY count(*) DESC, category"_s);
    q.bind(dayStart(from)).bind(dayStart(to.addDays(1)));
    bindSite(q);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<ParetoRow> out;
    qint64 total = 0;
    while (q.next()) {
        out.append({CategoryId(q.text(0)), q.integer(1), 0});
        total += q.integer(1);
    }
    qint64 running = 0;
    for (ParetoRow& row : out) {
        running += row.count;
        row.cumulativeShare = double(running) / double(total);
    }
    return out;
}

Result<QList<VoidRow>> SupervisorReports::voidsByEmployee(const QDate& from, const QDate& to) {
    const QString site = m_site.isEmpty() ? QString() : u" AND i.site = ?"_s;
    const QString voided =
        u"FROM amendments a JOIN compensations c ON c.id = a.compensation_id JOIN incidents i "
        u"ON i.id = c.incident_id WHERE c.given_by = e.id AND a.amended_at >= ? AND "
        u"a.amended_at < ?"_s +
        site;
    const QString given =
        u"FROM compensations c JOIN incidents i ON i.id = c.incident_id WHERE c.given_by = e.id "
        u"AND c.given_at >= ? AND c.given_at < ?"_s +
        site;
    const QString start = dayStart(from);
    const QString end = dayStart(to.addDays(1));
    Query rows =
        m_db.query(u"SELECT e.code, e.name, e.role, (SELECT count(*) "_s + voided +
                   u"), (SELECT coalesce(sum(c.amount_minor), 0) "_s + voided + u"), (SELECT count(*) "_s +
                   given + u"), (SELECT coalesce(sum(c.amount_minor), 0) "_s + given +
                   u") FROM employees e ORDER BY 4 DESC, e.code"_s);
    for (int i = 0; i < 4; ++i) {
        rows.bind(start).bind(end);
        if (!m_site.isEmpty())
            rows.bind(m_site);
    }
    if (auto r = rows.exec(); !r)
        return r.error();
    QList<VoidRow> out;
    while (rows.next()) {
        if (rows.integer(3) == 0 && rows.integer(5) == 0)
            continue;
        out.append({rows.text(0), rows.text(1), roleFromId(rows.text(2)).value_or(Role::Associate),
                    rows.integer(3), rows.integer(4), rows.integer(5), rows.integer(6)});
    }
    return out;
}

Result<QList<SpendRow>> SupervisorReports::spend(SpendBy by, const QDate& from, const QDate& to,
                                                 const QString& currency) {
    QString key;
    QString join;
    switch (by) {
    case SpendBy::Employee:
        key = u"e.name"_s;
        join = u" JOIN employees e ON e.id = c.given_by"_s;
        break;
    case SpendBy::Category:
        key = u"i.category"_s;
        join = u" JOIN incidents i ON i.id = c.incident_id"_s;
        break;
    case SpendBy::Month:
        key = u"substr(c.given_at, 1, 7)"_s;
        break;
    }
    if (!m_site.isEmpty() && by != SpendBy::Category)
        join += u" JOIN incidents i ON i.id = c.incident_id"_s;
    Query q = m_db.query(
        u"SELECT "_s + key +
        u", count(DISTINCT c.incident_id), sum(c.amount_minor), sum(c.cost_minor) FROM compensations c"_s +
        join +
        u" WHERE c.given_at >= ? AND c.given_at < ? AND NOT EXISTS (SELECT 1 FROM amendments w WHERE w.compensation_id = c.id)"_s +
        siteClause(u"i"_s) + u" GROUP BY 1 ORDER BY "_s + (by == SpendBy::Month ? u"1"_s : u"3 DESC"_s));
    q.bind(dayStart(from)).bind(dayStart(to.addDays(1)));
    bindSite(q);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<SpendRow> out;
    while (q.next())
        out.append({q.text(0), q.integer(1), Money(q.integer(2), currency), Money(q.integer(3), currency)});
    return out;
}

Result<QList<RecoveryTimeRow>>
SupervisorReports::recoveryTimes(const QDate& from, const QDate& to,
                                 const QList<std::pair<SeverityId, int>>& severityTargets) {
    QList<RecoveryTimeRow> out;
    for (const auto& [severity, target] : severityTargets) {
        // Sorted minutes of one severity; the percentiles are read off the sorted list as it streams by.
        Query q =
            m_db.query(u"SELECT "_s +
                       m_db.dialect().minutesBetween(u"opened_at"_s, u"follow_up_scheduled_at"_s) + uR"( AS m
            FROM incidents WHERE severity = ? AND opened_at >= ? AND opened_at < ?
              AND follow_up_scheduled_at IS NOT NULL)"_s +
                       siteClause({}) + u" ORDER BY m"_s);
        q.bind(severity.toString()).bind(dayStart(from)).bind(dayStart(to.addDays(1)));
        bindSite(q);
        if (auto r = q.exec(); !r)
            return r.error();
        QList<double> minutes;
        while (q.next())
            minutes.append(q.value(0).toDouble());
        RecoveryTimeRow row;
        row.severity = severity;
        row.count = minutes.size();
        if (!minutes.isEmpty()) {
            const auto at = [&](double p) {
                return minutes[qsizetype(std::ceil(p * double(minutes.size()))) - 1];
            };
            row.medianMinutes = at(0.5);
            row.p90Minutes = at(0.9);
            const auto within =
                std::upper_bound(minutes.begin(), minutes.end(), double(target)) - minutes.begin();
            row.withinTarget = double(within) / double(minutes.size());
        }
        out.append(row);
    }
    return out;
}

Result<QList<SatisfactionRow>> SupervisorReports::satisfaction(const QDate& from, const QDate& to) {
    Query q = m_db.query(uR"(SELECT category, satisfaction, count(*) FROM incidents
        WHERE satisfaction IS NOT NULL AND opened_at >= ? AND opened_at < ?)"_s +
                         siteClause({}) + u" GROUP BY 1, 2 ORDER BY 1, 2"_s);
    q.bind(dayStart(from)).bind(dayStart(to.addDays(1)));
    bindSite(q);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<SatisfactionRow> out;
    while (q.next()) {
        const CategoryId category(q.text(0));
        if (out.isEmpty() || out.last().category != category)
            out.append({category, {}});
        const qint64 score = q.integer(1);
        if (score >= 1 && score <= 5)
            out.last().counts[std::size_t(score - 1)] = q.integer(2);
    }
    return out;
}

Result<QList<FollowUpOutcomeRow>> SupervisorReports::followUpOutcomes(const QDate& from, const QDate& to,
                                                                      OutcomeBy by) {
    // Done in the range, or still open with tries by a due time in it: two index ranges, done_at and due_at.
    const QString inRange = u"((f.done_at >= ? AND f.done_at < ?) OR "
                            u"(f.done_at IS NULL AND f.attempts > 0 AND f.due_at >= ? AND f.due_at < ?))"_s;
    QString key = u"i.category"_s;
    QString join;
    switch (by) {
    case OutcomeBy::Category:
        break;
    case OutcomeBy::Segment:
        key = u"cu.segment"_s;
        join = u" JOIN customers cu ON cu.id = i.customer_id"_s;
        break;
    case OutcomeBy::Gesture:
        key = u"g.item"_s;
        // Each item once per recovery, read only for the recoveries whose follow-ups are in the range.
        join = u" JOIN (SELECT DISTINCT c.incident_id, c.item FROM compensations c WHERE c.incident_id IN "
               u"(SELECT f.incident_id FROM follow_ups f WHERE "_s +
               inRange +
               u") AND NOT EXISTS (SELECT 1 FROM amendments a WHERE a.compensation_id = c.id)) g "
               u"ON g.incident_id = i.id"_s;
        break;
    case OutcomeBy::Employee:
        key = u"e.name"_s;
        join = u" JOIN employees e ON e.id = i.opened_by"_s;
        break;
    }
    Query q = m_db.query(u"SELECT "_s + key + uR"(, count(f.done_at), sum(f.attempts),
               sum(CASE WHEN f.verdict = 'blown-away' THEN 1 ELSE 0 END),
               sum(CASE WHEN f.verdict = 'satisfied' THEN 1 ELSE 0 END),
               sum(CASE WHEN f.verdict = 'not-satisfied' THEN 1 ELSE 0 END),
               avg(f.satisfaction)
        FROM follow_ups f JOIN incidents i ON i.id = f.incident_id)"_s +
                         join + uR"(
        WHERE )"_s + inRange +
                         siteClause(u"i"_s) + uR"(
        GROUP BY 1 ORDER BY 1)"_s);
    const QString start = dayStart(from);
    const QString end = dayStart(to.addDays(1));
    if (by == OutcomeBy::Gesture)
        q.bind(start).bind(end).bind(start).bind(end);
    q.bind(start).bind(end).bind(start).bind(end);
    bindSite(q);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<FollowUpOutcomeRow> out;
    while (q.next()) {
        FollowUpOutcomeRow row{q.text(0),
                               q.integer(1),
                               q.integer(2),
                               {q.integer(3), q.integer(4), q.integer(5)},
                               q.value(6).toDouble()};
        out.append(row);
    }
    return out;
}

Result<QList<ProactiveRow>> SupervisorReports::proactive(const QDate& from, const QDate& to) {
    Query q = m_db.query(
        uR"(SELECT substr(opened_at, 1, 7), count(*), sum(CASE WHEN detected_by = 'staff' THEN 1 ELSE 0 END)
        FROM incidents WHERE opened_at >= ? AND opened_at < ?)"_s +
        siteClause({}) + u" GROUP BY 1 ORDER BY 1"_s);
    q.bind(dayStart(from)).bind(dayStart(to.addDays(1)));
    bindSite(q);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<ProactiveRow> out;
    while (q.next())
        out.append({q.text(0), q.integer(1), q.integer(2)});
    return out;
}

} // namespace rebound
