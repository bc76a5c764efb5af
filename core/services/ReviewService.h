// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Money.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>

namespace rebound {

class Clock;
class Database;
class PlaybookService;

struct ReviewItem {
    // Offline: gestures given at a counter whose server was away, reviewed when they arrive.
    // EmployeeDay: an employee's day over the daily cap, which counters offline together allowed.
    // Void: a gesture taken back after it was recorded (its ref "giver-id:void:amendment-id").
    // FailedSignIns: three or more wrong PINs for one employee on one business day ("id:signins:day").
    // Breach: a recovery from an offline counter over a limit the server checked ("giver-id:breach:id").
    // CopyRefused: a counter's offline copy failed its own check and sent nothing ("copy:entry-id").
    enum class Kind {
        Override,
        HighAmount,
        EmployeeWeek,
        Offline,
        EmployeeDay,
        FollowUpTwice,
        Void,
        FailedSignIns,
        Breach,
        CopyRefused
    };
    Kind kind = Kind::Override;
    QString
        ref; // incident id, "employee-id:week-start" for a week's spend, "employee-id:day:day" for a day's
    qint64 incidentId = 0;
    QDateTime when;
    QString employee;
    QString customer;
    CategoryId category;
    Money amount;
    QString reason;
    QString site; // where the recovery was made; empty for a week's spend, which spans every site
};

// After-the-fact review: recoveries that needed an override, gave a lot or gave while their counter was
// offline, employees whose spend this week is more than twice their usual, and days an employee went
// over the daily cap at counters that were offline together (nothing is refused after the fact). Only
// supervisors and managers may read or mark it.
class ReviewService final {
public:
    static constexpr qint64 DefaultThresholdMinor = 50000; // 500.00

    ReviewService(Database& db, const Clock& clock, PlaybookService& playbooks)
        : m_db(db)
        , m_clock(clock)
        , m_playbooks(playbooks) {}

    // site: only that site's recoveries (a week's spend is an employee's, at every site); empty: all.
    Result<QList<ReviewItem>> queue(const AuthenticatedEmployee& by, const QString& site = {});
    Result<void> markReviewed(const AuthenticatedEmployee& by, const ReviewItem& item, const QString& note);

    Result<Money> threshold();
    Result<void> setThreshold(const AuthenticatedEmployee& by, const Money& amount);

private:
    // Arrived from offline counters: their recoveries with gestures, and the days they took a giver
    // over the daily cap.
    Result<void> offlineItems(const QString& site, QList<ReviewItem>& out);
    // Follow-ups done offline after the server had done them: the customer may have been called twice.
    Result<void> twiceItems(const QString& site, QList<ReviewItem>& out);
    // Each giver's business day of an offline gesture, against their role's daily cap, at every counter.
    Result<void> dayItems(const QString& site, QList<ReviewItem>& out);
    // Every voided gesture not yet reviewed, named with its giver, who voided it and why.
    Result<void> voidItems(const QString& site, QList<ReviewItem>& out);
    // Repeated wrong PINs in the last two weeks: someone guessing, or an employee who needs a new PIN.
    Result<void> signInItems(QList<ReviewItem>& out);
    // Recoveries from offline counters that broke a rule when they arrived (sync/ArrivalCheck).
    Result<void> breachItems(const QString& site, QList<ReviewItem>& out);
    // Counters whose offline copy failed its own check before sending.
    Result<void> copyItems(const QString& site, QList<ReviewItem>& out);
    // Employees whose spend this week is more than twice the average of the eight before.
    Result<void> weekItems(const QString& currency, QList<ReviewItem>& out);

    Database& m_db;
    const Clock& m_clock;
    PlaybookService& m_playbooks;
};

// Supervisors and managers only: the one check every supervisor view shares.
Result<void> requireSupervisor(const AuthenticatedEmployee& by);

} // namespace rebound
