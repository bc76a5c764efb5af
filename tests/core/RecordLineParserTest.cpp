// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/RecordLineParser.h"

#include "support/CatchQt.h"

using namespace Qt::StringLiterals;
using namespace rebound;

TEST_CASE("A record line becomes a complete draft", "[record]") {
    auto d = RecordLineParser::parse(
        R"({"customer": {"name": "Helen Marsh", "phone": "+1 555 0101", "email": "helen@example.com", "segment": "vip",
             "preferences": "prefers email"},
            "category": "billing", "severity": "major", "detected_by": "staff", "description": "Hundredfold order",
            "occurred_at": "2026-03-10T09:30:00Z", "apology": "I'm sorry.", "fix": {"notes": "Cancelled", "resolved": true},
            "compensations": [{"item": "credit", "amount": "120.00"}, {"item": "dessert"}],
            "follow_up": {"due": "2026-03-11T10:00:00+01:00", "channel": "email"}, "satisfaction": 5})");
    REQUIRE(d.ok());
    CHECK(d->customer.name == u"Helen Marsh");
    CHECK(d->customer.segment.toString() == u"vip");
    CHECK(d->detectedBy == DetectedBy::Staff);
    CHECK(d->occurredAt == QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC));
    CHECK(d->resolved);
    REQUIRE(d->compensations.size() == 2);
    CHECK(d->compensations[0].amount == u"120.00");
    CHECK(d->compensations[1].amount.isEmpty());
    CHECK(d->followUpDue == QDateTime(QDate(2026, 3, 11), QTime(9, 0), Qt::UTC));
    CHECK(d->followUpChannel == Channel::Email);
    CHECK(d->satisfaction == 5);
}

TEST_CASE("A bad record line is refused with the field named", "[record]") {
    const auto reason = [](const QByteArray& line) {
        auto r = RecordLineParser::parse(line);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(reason("{\"customer\": ").startsWith(u"malformed JSON"_s));
    CHECK(reason("[1, 2]") == u"expected one JSON object per line");
    CHECK(reason(R"({"category": "delay", "severity": "minor"})") == u"customer: missing or not an object");
    CHECK(reason(R"({"customer": {"name": "A"}, "severity": "minor"})") == u"category: missing");
    CHECK(reason(R"({"customer": {"name": "A", "shoe": 9}, "category": "delay", "severity": "minor"})") ==
          u"customer.shoe: unknown field");
    CHECK(reason(R"({"customer": {"name": "A"}, "category": "delay", "severity": "minor",
                     "compensations": [{"item": "credit", "amount": 12.5}]})")
              .startsWith(u"compensations[0].amount: must be a decimal string"_s));
    CHECK(
        reason(
            R"({"customer": {"name": "A"}, "category": "delay", "severity": "minor", "satisfaction": 9})") ==
        u"satisfaction: must be a whole number from 1 to 5");
    CHECK(
        reason(
            R"({"customer": {"name": "A"}, "category": "delay", "severity": "minor", "detected_by": "ghost"})") ==
        u"detected_by: must be \"customer\" or \"staff\", not \"ghost\"");
    CHECK(reason(R"({"customer": {"name": "A"}, "category": "delay", "severity": "minor",
                     "follow_up": {"channel": "pigeon"}})") ==
          u"follow_up.channel: unknown channel \"pigeon\" (one of phone, email, sms, in-person)");
    CHECK(
        reason(
            R"({"customer": {"name": "A"}, "category": "delay", "severity": "minor", "occurred_at": "yesterday"})")
            .startsWith(u"occurred_at: "_s));
}
