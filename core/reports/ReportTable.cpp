// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportTable.h"

#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "reports/LearningReports.h"
#include "reports/SupervisorReports.h"
#include "services/PlaybookService.h"
#include "services/PreventionService.h"

#include <map>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

QString number(qint64 n) {
    return QString::number(n);
}

QString share(std::optional<double> s) {
    return s ? QString::number(*s, 'f', 4) : QString();
}

QString money(const std::optional<Money>& m) {
    return m ? m->toDecimalString() : QString();
}

QString stored(const QDateTime& t) {
    return t.isValid() ? TimeFormat::toStored(t) : QString();
}

QString groupId(ReturnRow::Group g) {
    switch (g) {
    case ReturnRow::Group::BlownAway:
        return u"blown-away"_s;
    case ReturnRow::Group::Satisfied:
        return u"satisfied"_s;
    case ReturnRow::Group::NotSatisfied:
        return u"not-satisfied"_s;
    case ReturnRow::Group::NoVerdict:
        return u"no-verdict"_s;
    case ReturnRow::Group::AllRecovered:
        return u"all-recovered"_s;
    case ReturnRow::Group::NeverFailed:
        return u"never-failed"_s;
    }
    return {};
}

const QStringList RecognitionColumns = {u"code"_s,         u"name"_s,       u"role"_s,
                                        u"recognitions"_s, u"recoveries"_s, u"stories_nominated"_s};
const QStringList ReturnColumns = {u"group"_s,        u"customers"_s,     u"eligible_30_days"_s,
                                   u"back_30_days"_s, u"share_30_days"_s, u"eligible_90_days"_s,
                                   u"back_90_days"_s, u"share_90_days"_s};
const QStringList EconomicsColumns = {u"segment"_s,
                                      u"recoveries"_s,
                                      u"customers"_s,
                                      u"returning_customers"_s,
                                      u"given"_s,
                                      u"cost"_s,
                                      u"cost_per_recovery"_s,
                                      u"cost_per_returning_customer"_s,
                                      u"customers_with_value"_s,
                                      u"average_lifetime_value"_s,
                                      u"cost_share_of_value"_s,
                                      u"minutes_to_recover_p50"_s,
                                      u"minutes_to_recover_p90"_s,
                                      u"currency"_s};
const QStringList OutcomeColumns = {
    u"by"_s,         u"key"_s,       u"reached"_s,       u"tries_not_reached"_s,
    u"blown_away"_s, u"satisfied"_s, u"not_satisfied"_s, u"average_satisfaction"_s};
const QStringList VoidColumns = {u"code"_s,     u"name"_s,  u"role"_s,         u"voids"_s,   u"voided"_s,
                                 u"gestures"_s, u"given"_s, u"voided_share"_s, u"currency"_s};
const QStringList ActionColumns = {u"id"_s,
                                   u"category"_s,
                                   u"what"_s,
                                   u"owner"_s,
                                   u"due_on"_s,
                                   u"status"_s,
                                   u"source"_s,
                                   u"source_ref"_s,
                                   u"opened_by"_s,
                                   u"opened_at"_s,
                                   u"closed_by"_s,
                                   u"closed_at"_s,
                                   u"done"_s,
                                   u"recoveries_28_days_before"_s,
                                   u"recoveries_after"_s,
                                   u"days_after"_s};

} // namespace

bool isComputed(ExportKind kind) {
    return !computedColumns(kind).isEmpty();
}

QStringList computedColumns(ExportKind kind) {
    switch (kind) {
    case ExportKind::Recognitions:
        return RecognitionColumns;
    case ExportKind::ReturnVisits:
        return ReturnColumns;
    case ExportKind::Economics:
        return EconomicsColumns;
    case ExportKind::Outcomes:
        return OutcomeColumns;
    case ExportKind::Actions:
        return ActionColumns;
    case ExportKind::Voids:
        return VoidColumns;
    default:
        return {};
    }
}

namespace {

// The Recognitions report's rows.
Result<void> recognitionsTable(Database& db, const Clock& clock, const QDate& from, const QDate& to,
                               ReportTable& t) {
    t.types = u"tttnnn"_s;
    auto rows = LearningReports(db, clock).recognitions(from, to);
    if (!rows)
        return rows.error();
    for (const RecognitionRow& r : rows.value())
        t.rows.append({r.code, r.name, roleId(r.role), number(r.recognitions), number(r.recoveries),
                       number(r.nominated)});
    return {};
}

// The ReturnVisits report's rows.
Result<void> returnVisitsTable(Database& db, const Clock& clock, const QDate& from, const QDate& to,
                               ReportTable& t) {
    t.types = u"tnnnnnnn"_s;
    auto rows = LearningReports(db, clock).returnVisits(from, to);
    if (!rows)
        return rows.error();
    for (const ReturnRow& r : rows.value())
        t.rows.append({groupId(r.group), number(r.customers), number(r.eligible30), number(r.back30),
                       share(r.share30()), number(r.eligible90), number(r.back90), share(r.share90())});
    return {};
}

// The Economics report's rows.
Result<void> economicsTable(Database& db, const Clock& clock, const QDate& from, const QDate& to,
                            ReportTable& t) {
    t.types = u"tnnnnnnnnnnnnt"_s;
    auto pb = PlaybookService(db, clock).current();
    if (!pb)
        return pb.error();
    const QString currency = pb->playbook->currency();
    auto rows = LearningReports(db, clock).economics(from, to, currency);
    if (!rows)
        return rows.error();
    for (const EconomicsRow& r : rows.value())
        t.rows.append({r.segment.isEmpty() ? u"all"_s : r.segment.toString(), number(r.recoveries),
                       number(r.customers), number(r.returning), r.given.toDecimalString(),
                       r.cost.toDecimalString(), money(r.costPerRecovery()), money(r.costPerReturning()),
                       number(r.valuedCustomers), money(r.averageLifetimeValue()),
                       share(r.costShareOfValue()), QString::number(r.p50Minutes, 'f', 1),
                       QString::number(r.p90Minutes, 'f', 1), currency});
    return {};
}

// The Outcomes report's rows.
Result<void> outcomesTable(Database& db, const Clock& clock, const QDate& from, const QDate& to,
                           ReportTable& t) {
    t.types = u"ttnnnnnn"_s;
    SupervisorReports reports(db, clock);
    for (const auto& [by, id] : {std::pair{SupervisorReports::OutcomeBy::Category, u"category"_s},
                                 std::pair{SupervisorReports::OutcomeBy::Segment, u"segment"_s},
                                 std::pair{SupervisorReports::OutcomeBy::Gesture, u"gesture"_s},
                                 std::pair{SupervisorReports::OutcomeBy::Employee, u"employee"_s}}) {
        auto rows = reports.followUpOutcomes(from, to, by);
        if (!rows)
            return rows.error();
        for (const FollowUpOutcomeRow& r : rows.value())
            t.rows.append({id, r.key, number(r.reached), number(r.notReachedTries), number(r.verdicts[0]),
                           number(r.verdicts[1]), number(r.verdicts[2]),
                           r.reached ? QString::number(r.averageSatisfaction, 'f', 2) : QString()});
    }
    return {};
}

// The Voids report's rows.
Result<void> voidsTable(Database& db, const Clock& clock, const QDate& from, const QDate& to,
                        ReportTable& t) {
    t.types = u"tttnnnnnt"_s;
    auto pb = PlaybookService(db, clock).current();
    if (!pb)
        return pb.error();
    const QString currency = pb->playbook->currency();
    auto rows = SupervisorReports(db, clock).voidsByEmployee(from, to);
    if (!rows)
        return rows.error();
    for (const VoidRow& r : rows.value()) {
        const std::optional<double> voided =
            r.givenMinor > 0 ? std::optional(double(r.voidedMinor) / double(r.givenMinor)) : std::nullopt;
        t.rows.append({r.code, r.name, roleId(r.role), number(r.voids),
                       Money(r.voidedMinor, currency).toDecimalString(), number(r.gestures),
                       Money(r.givenMinor, currency).toDecimalString(), share(voided), currency});
    }
    return {};
}

// The Actions report's rows.
Result<void> actionsTable(Database& db, const Clock& clock, const QDate& from, const QDate& to,
                          ReportTable& t) {
    t.types = u"nttttttttttttnnn"_s;
    PlaybookService playbooks(db, clock);
    auto inRange = PreventionService(db, clock, playbooks).openedBetween(from, to);
    if (!inRange)
        return inRange.error();
    auto rows = LearningReports(db, clock).preventionImpact(inRange.value());
    if (!rows)
        return rows.error();
    for (const ActionImpactRow& r : rows.value()) {
        const PreventionAction& a = r.action;
        t.rows.append({number(a.id), a.category.toString(), a.what, a.owner, a.due.toString(Qt::ISODate),
                       actionStatusId(a.status), actionSourceId(a.source), a.sourceRef, a.openedBy,
                       stored(a.openedAt), a.closedBy, stored(a.closedAt), a.done, number(r.before),
                       r.after ? number(*r.after) : QString(), r.after ? number(r.afterDays) : QString()});
    }
    return {};
}

} // namespace

Result<ReportTable> computeReport(Database& db, const Clock& clock, ExportKind kind, const QDate& from,
                                  const QDate& to) {
    using Rows = Result<void> (*)(Database&, const Clock&, const QDate&, const QDate&, ReportTable&);
    const std::map<ExportKind, Rows> reports = {{ExportKind::Recognitions, &recognitionsTable},
                                                {ExportKind::ReturnVisits, &returnVisitsTable},
                                                {ExportKind::Economics, &economicsTable},
                                                {ExportKind::Outcomes, &outcomesTable},
                                                {ExportKind::Voids, &voidsTable},
                                                {ExportKind::Actions, &actionsTable}};
    ReportTable t;
    t.columns = computedColumns(kind);
    if (auto it = reports.find(kind); it != reports.end()) {
        if (auto r = it->second(db, clock, from, to, t); !r)
            return r.error();
    }
    return t;
}

} // namespace rebound
