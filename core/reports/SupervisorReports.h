// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusinessHours.h"
#include "domain/Employee.h"
#include "domain/Money.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"
#include "reports/ControlChart.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rebound {

class Clock;
class Database;
class Query;

struct CombustionRow {
    CategoryId category;
    QList<int> weekly;           // the weeks shown, oldest first
    QList<ControlPoint> control; // the c-chart of those weeks (each against the 12 before it)
    // This week signals: beyond the 3σ limit, or the 8th week in a row above the mean.
    bool signal() const { return !control.isEmpty() && control.last().signal(); }
};

struct ParetoRow {
    CategoryId category;
    qint64 count = 0;
    double cumulativeShare = 0; // of all recoveries in the range, this category and the ones before it
};

// One giver's voided gestures beside all they gave: voids counted on the day they were made, gestures on
// the day they were given; both amounts in the playbook's currency.
struct VoidRow {
    QString code;
    QString name;
    Role role = Role::Associate;
    qint64 voids = 0;
    qint64 voidedMinor = 0;
    qint64 gestures = 0; // given in the range: the n of the voids' share
    qint64 givenMinor = 0;
};

struct SpendRow {
    QString label;
    qint64 recoveries = 0;
    Money total;
    Money cost;
};

struct RecoveryTimeRow {
    SeverityId severity;
    qint64 count = 0;
    double medianMinutes = 0;
    double p90Minutes = 0;
    double withinTarget = 0; // share, 0..1
};

struct SatisfactionRow {
    CategoryId category;
    std::array<qint64, 5> counts{}; // satisfaction 1..5
    qint64 total() const;
    double average() const;
};

// What the follow-ups heard, per category: reached or not, satisfaction then, the verdict.
struct FollowUpOutcomeRow {
    QString key; // the category, segment or catalog item id, or the employee's name
    qint64 reached = 0;
    qint64 notReachedTries = 0;       // tries that did not reach the customer, on done and open follow-ups
    std::array<qint64, 3> verdicts{}; // blown away, satisfied, not satisfied
    double averageSatisfaction = 0;   // of the reached ones
};

struct ProactiveRow {
    QString month; // YYYY-MM (UTC)
    qint64 total = 0;
    qint64 byStaff = 0;
};

// The numbers behind the supervisor's reports. Ranges are local calendar days, inclusive.
// With a site, only the recoveries opened there count (and their gestures and follow-ups); else every site.
class SupervisorReports final {
public:
    enum class SpendBy { Employee, Category, Month };
    enum class OutcomeBy { Category, Segment, Gesture, Employee };
    static constexpr int CombustionWeeks = 8;

    SupervisorReports(Database& db, const Clock& clock, QString site = {})
        : m_db(db)
        , m_clock(clock)
        , m_site(std::move(site)) {}

    // Recoveries per category per week (weeks start on Monday), the current week last, each week on a
    // c-chart against the mean of the 12 weeks before it (read too, not shown).
    Result<QList<CombustionRow>> combustionPoints();
    // Categories by recoveries in the range, most first, with the cumulative share: the vital few.
    Result<QList<ParetoRow>> pareto(const QDate& from, const QDate& to);
    Result<QList<SpendRow>> spend(SpendBy by, const QDate& from, const QDate& to, const QString& currency);
    // Voids by employee, most voids first: everyone who gave or had a gesture voided in the range.
    Result<QList<VoidRow>> voidsByEmployee(const QDate& from, const QDate& to);
    // Per severity: from opening to the scheduled follow-up; targets from severityTargets (id -> minutes).
    Result<QList<RecoveryTimeRow>> recoveryTimes(const QDate& from, const QDate& to,
                                                 const QList<std::pair<SeverityId, int>>& severityTargets);
    Result<QList<SatisfactionRow>> satisfaction(const QDate& from, const QDate& to);
    Result<QList<ProactiveRow>> proactive(const QDate& from, const QDate& to);
    // Follow-ups done in the range (open ones with tries by their due time), per category of their
    // recovery; reported apart from the satisfaction given at the counter.
    // By the recovery's category, the customer's segment, each gesture given (a recovery counts once per
    // item it gave, withdrawn ones left out) or the employee who opened it.
    Result<QList<FollowUpOutcomeRow>> followUpOutcomes(const QDate& from, const QDate& to,
                                                       OutcomeBy by = OutcomeBy::Category);

private:
    // " AND alias.site = ?" when a site is asked for; bindSite binds it after the clause's other values.
    QString siteClause(const QString& alias) const;
    void bindSite(Query& q) const;
    // The business's day (its zone, set with the opening hours), whatever zone this process runs in.
    QDate businessToday();
    QString dayStart(const QDate& day);

    Database& m_db;
    const Clock& m_clock;
    QString m_site;
    std::optional<BusinessHours> m_hours; // read once, at the first report that needs a day
};

} // namespace rebound
