// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/BusinessHours.h"

#include "support/CatchQt.h"

using namespace Qt::StringLiterals;
using namespace rebound;

namespace {
const QString Standard = u"mon 09:00-18:00, tue 09:00-18:00, wed 09:00-18:00, thu 09:00-18:00, "
                         "fri 09:00-18:00, sat 10:00-16:00, sun closed"_s;

QDateTime at(const BusinessHours& h, int day, int hour, int minute) {
    return QDateTime(QDate(2026, 11, 29).addDays(day), QTime(hour, minute), h.zone())
        .toUTC(); // day 1: Monday 30 Nov
}
} // namespace

TEST_CASE("Opening hours are read and written as text, and bad text is refused naming the day", "[hours]") {
    auto h = BusinessHours::fromText(Standard, "Europe/Berlin");
    REQUIRE(h.ok());
    CHECK(h->toText() == Standard);
    CHECK(h->zone().id() == "Europe/Berlin");
    CHECK(BusinessHours().toText() == Standard); // the standard hours until a manager sets others

    const auto reason = [](const QString& text, const QByteArray& zone = "UTC") {
        auto r = BusinessHours::fromText(text, zone);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(reason(QString(Standard).replace(u", sun closed"_s, QString())).contains(u"sun is missing"_s));
    CHECK(reason(Standard + u", mon closed"_s).contains(u"mon is given twice"_s));
    CHECK(reason(QString(Standard).replace(u"tue 09:00-18:00"_s, u"tue 18:00-09:00"_s)).contains(u"tue"_s));
    CHECK(reason(QString(Standard).replace(u"wed"_s, u"wednesday"_s)).contains(u"wednesday"_s));
    CHECK(reason(Standard, "Mars/Olympus").contains(u"Mars/Olympus"_s));
}

TEST_CASE("A follow-up falls inside the opening hours, never at night", "[hours]") {
    const BusinessHours h = BusinessHours::fromText(Standard, "Europe/Berlin").value();
    // Night: a day later is still night; the next morning an hour after opening instead.
    CHECK(h.followUpDue(at(h, 1, 4, 1), 24) == at(h, 2, 10, 0));
    // Inside the hours: the offset as it is, at the next quarter hour.
    CHECK(h.followUpDue(at(h, 2, 10, 7), 24) == at(h, 3, 10, 15));
    // Less than an hour before closing: the next open day.
    CHECK(h.followUpDue(at(h, 2, 17, 30), 24) == at(h, 4, 10, 0));
    // Friday evening: Saturday has closed by then, Sunday is closed: Monday.
    CHECK(h.followUpDue(at(h, 5, 17, 30), 24) == at(h, 8, 10, 0));
    // Early on a working day, a few hours on: later that same day.
    CHECK(h.followUpDue(at(h, 1, 9, 0), 2) == at(h, 1, 11, 0));
    for (int hour = 0; hour < 24; ++hour)
        CHECK(h.isOpenAt(h.followUpDue(at(h, 3, hour, 40), 24)));
}

TEST_CASE("One open day later keeps the time when it can, and skips closed days", "[hours]") {
    const BusinessHours h = BusinessHours::fromText(Standard, "Europe/Berlin").value();
    CHECK(h.nextOpenDay(at(h, 5, 15, 0)) == at(h, 6, 15, 0));  // Friday -> Saturday, inside its hours
    CHECK(h.nextOpenDay(at(h, 5, 17, 30)) == at(h, 6, 11, 0)); // Saturday closes at 16:00
    CHECK(h.nextOpenDay(at(h, 6, 15, 0)) == at(h, 8, 15, 0));  // Sunday is closed: Monday
}

TEST_CASE("The customer is promised a window in words, cut at closing time", "[hours]") {
    const BusinessHours h = BusinessHours::fromText(Standard, "Europe/Berlin").value();
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    CHECK(h.promise(at(h, 2, 10, 0), at(h, 1, 16, 0), en) ==
          u"tomorrow, Tuesday 1 December, between 10:00 and 12:00");
    CHECK(h.promise(at(h, 1, 17, 0), at(h, 1, 16, 0), en) ==
          u"today, Monday 30 November, between 17:00 and 18:00");
    CHECK(h.promise(at(h, 6, 15, 0), at(h, 1, 16, 0), en) == u"Saturday 5 December, between 15:00 and 16:00");
}
