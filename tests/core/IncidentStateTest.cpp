// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Incident.h"
#include "domain/RecoveryClock.h"
#include "support/CatchQt.h"

using namespace Qt::StringLiterals;
using namespace rebound;

TEST_CASE("A recovery takes its steps in order, each stamped once", "[incident]") {
    const QDateTime t0(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
    IncidentState s(t0);
    CHECK(s.status() == IncidentStatus::Open);
    REQUIRE(s.advanceTo(IncidentStatus::Apologized, t0.addSecs(60)).ok());
    REQUIRE(s.advanceTo(IncidentStatus::Fixed, t0.addSecs(120)).ok());
    REQUIRE(s.advanceTo(IncidentStatus::Compensated, t0.addSecs(180)).ok());
    REQUIRE(s.advanceTo(IncidentStatus::FollowUpScheduled, t0.addSecs(240)).ok());
    REQUIRE(s.advanceTo(IncidentStatus::Closed, t0.addDays(1)).ok());
    CHECK(s.status() == IncidentStatus::Closed);
    CHECK(s.at(IncidentStatus::Open) == t0);
    CHECK(s.at(IncidentStatus::Fixed) == t0.addSecs(120));
    CHECK(s.at(IncidentStatus::Closed) == t0.addDays(1));
}

TEST_CASE("A recovery cannot skip, repeat or go back a step", "[incident]") {
    const QDateTime t0(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
    IncidentState s(t0);
    auto skip = s.advanceTo(IncidentStatus::Fixed, t0.addSecs(60));
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().message == u"status: a recovery that is open cannot become fixed");
    REQUIRE(s.advanceTo(IncidentStatus::Apologized, t0.addSecs(60)).ok());
    CHECK_FALSE(s.advanceTo(IncidentStatus::Apologized, t0.addSecs(70)).ok());
    CHECK_FALSE(s.advanceTo(IncidentStatus::Open, t0.addSecs(80)).ok());
    auto early = s.advanceTo(IncidentStatus::Fixed, t0.addSecs(30));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(u"cannot happen before"_s));
    CHECK(s.status() == IncidentStatus::Apologized);
}

TEST_CASE("Status and detected-by ids round-trip", "[incident]") {
    for (auto st : {IncidentStatus::Open, IncidentStatus::Apologized, IncidentStatus::Fixed,
                    IncidentStatus::Compensated, IncidentStatus::FollowUpScheduled, IncidentStatus::Closed})
        CHECK(statusFromId(statusId(st)) == st);
    CHECK(statusId(IncidentStatus::FollowUpScheduled) == u"follow-up-scheduled");
    CHECK_FALSE(statusFromId(u"reopened"_s).has_value());
    CHECK(detectedByFromId(u"staff"_s) == DetectedBy::Staff);
    CHECK_FALSE(detectedByFromId(u"manager"_s).has_value());
}

TEST_CASE("A recovery's clock nears at three quarters of its target and is late past it", "[incident]") {
    // A 20-minute target: nearing after 15 minutes, late after 20.
    CHECK(RecoveryClock::running(0, 20) == ClockState::Within);
    CHECK(RecoveryClock::running(15 * 60, 20) == ClockState::Within);
    CHECK(RecoveryClock::running(15 * 60 + 1, 20) == ClockState::Nearing);
    CHECK(RecoveryClock::running(20 * 60, 20) == ClockState::Nearing);
    CHECK(RecoveryClock::running(20 * 60 + 1, 20) == ClockState::Late);
    // Once recovered, whole minutes count and nothing is nearing.
    CHECK(RecoveryClock::recovered(20 * 60 + 59, 20) == ClockState::Within);
    CHECK(RecoveryClock::recovered(21 * 60, 20) == ClockState::Late);
    // A follow-up nears in its last hour and is late once due.
    CHECK(RecoveryClock::followUp(3600) == ClockState::Within);
    CHECK(RecoveryClock::followUp(3599) == ClockState::Nearing);
    CHECK(RecoveryClock::followUp(0) == ClockState::Nearing);
    CHECK(RecoveryClock::followUp(-1) == ClockState::Late);
}
