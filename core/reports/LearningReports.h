// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Money.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"
#include "services/PreventionService.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rebound {

class Clock;
class Database;

// Approved stories naming each employee, next to the recoveries they opened, so quiet staff show too.
struct RecognitionRow {
    qint64 employeeId = 0;
    QString name;
    QString code;
    Role role = Role::Associate;
    qint64 recognitions = 0; // approved stories that name them
    qint64 recoveries = 0;   // recoveries they opened
    qint64 nominated = 0;    // stories they nominated
};

struct RoleRecognitionRow {
    Role role = Role::Associate;
    qint64 employees = 0;
    qint64 recognized = 0; // employees with at least one recognition
    qint64 recognitions = 0;
    qint64 recoveries = 0;
};

// Customers who came back after a recovery, grouped by what the follow-up heard, and customers who never
// had a failure as the comparison. "Within n days" counts only customers whose n days are over.
struct ReturnRow {
    enum class Group { BlownAway, Satisfied, NotSatisfied, NoVerdict, AllRecovered, NeverFailed };
    Group group = Group::AllRecovered;
    qint64 customers = 0;
    qint64 eligible30 = 0, back30 = 0;
    qint64 eligible90 = 0, back90 = 0;
    std::optional<double> share30() const;
    std::optional<double> share90() const;
};

QString returnGroupName(ReturnRow::Group group);

// Money given against what the customers are worth, per segment (the last row is every segment).
struct EconomicsRow {
    SegmentId segment; // empty on the total row
    qint64 recoveries = 0;
    qint64 customers = 0;
    qint64 returning = 0; // customers back within 90 days of their first recovery in the range
    Money given;          // face value of the gestures
    Money cost;           // what they cost the business
    qint64 valuedCustomers = 0;
    Money lifetimeValue;                   // summed over the customers whose value is known
    double p50Minutes = 0, p90Minutes = 0; // from the failure to the customer leaving with the follow-up set
    std::optional<Money> costPerRecovery() const;
    std::optional<Money> costPerReturning() const;
    std::optional<Money> averageLifetimeValue() const;
    // Cost per customer as a share of their average lifetime value.
    std::optional<double> costShareOfValue() const;
};

// A prevention action with the category's recoveries in the 4 weeks before it was opened and in the
// weeks after it was closed (up to 4, fewer while they are not over yet).
struct ActionImpactRow {
    PreventionAction action;
    qint64 before = 0;
    std::optional<qint64> after; // none while the action is open
    int afterDays = 0;
};

// The learning loop's numbers: recognition, return visits, economics, prevention. Ranges are local
// calendar days, inclusive.
class LearningReports final {
public:
    static constexpr int ImpactDays = 28;

    LearningReports(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    // Active employees (and anyone recognised in the range), by role then name.
    Result<QList<RecognitionRow>> recognitions(const QDate& from, const QDate& to);
    static QList<RoleRecognitionRow> byRole(const QList<RecognitionRow>& rows);
    // Customers whose first recovery in the range was opened then, and customers never let down whose
    // first recorded visit falls in it. A later visit, or a recovery 12 hours or more later, is a return.
    Result<QList<ReturnRow>> returnVisits(const QDate& from, const QDate& to);
    Result<QList<EconomicsRow>> economics(const QDate& from, const QDate& to, const QString& currency);
    // The actions (PreventionService::actions) with their category's counts before and after.
    Result<QList<ActionImpactRow>> preventionImpact(const QList<PreventionAction>& actions);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
