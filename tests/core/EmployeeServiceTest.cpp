// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PinHasher.h"
#include "services/ReviewService.h"
#include "support/CatchQt.h"
#include "support/TestDatabase.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace rebound;

TEST_CASE("PINs are stored as Argon2id hashes and never in the audit log", "[employees]") {
    test::TestDatabase t;
    t.staff(u"A1"_s, Role::Associate, u"48291375"_s);
    Query q = t.db().query(u"SELECT pin_hash FROM employees WHERE code = 'A1'"_s);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.text(0).startsWith(u"$argon2id$"_s));
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE payload LIKE '%482913%'"_s) == 0);
}

TEST_CASE("A new PIN fits its power: 8 digits for an associate, 10 for a supervisor or a manager, nothing "
          "easy to guess, codes unique",
          "[employees]") {
    test::TestDatabase t;
    const Actor by = Actor::system(u"test"_s);
    const auto refused = [&](const QString& code, Role role, const QString& pin) {
        auto r = t.employees().add(by, code, u"Ana"_s, role, pin);
        INFO(pin.toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == u"pin");
        CHECK_FALSE(r.error().message.contains(pin)); // never echoed
    };
    for (const QString& pin : {u"123"_s, u"1234567890123"_s, u"12a45678"_s, u"4071829"_s})
        refused(u"A1"_s, Role::Associate, pin);
    for (const QString& pin : {u"40718293"_s, u"407182936"_s})
        refused(u"S1"_s, Role::Supervisor, pin);
    // Easy to guess: one digit, a run up or down (wrapping past 9), a pattern repeated, the own code.
    for (const QString& pin :
         {u"7777777777"_s, u"3456789012"_s, u"9876543210"_s, u"1212121212"_s, u"4071840718"_s})
        refused(u"M1"_s, Role::Manager, pin);
    refused(u"58306172"_s, Role::Associate, u"58306172"_s);
    CHECK(t.employees()
              .add(by, u"bad code"_s, u"Ana"_s, Role::Associate, u"4071829365"_s)
              .error()
              .message.startsWith(u"code:"_s));
    REQUIRE(t.employees().add(by, u"A1"_s, u"Ana"_s, Role::Associate, u"40718293"_s).ok());
    REQUIRE(t.employees().add(by, u"S1"_s, u"Sam"_s, Role::Supervisor, u"4071829365"_s).ok());
    auto dup = t.employees().add(by, u"A1"_s, u"Another"_s, Role::Associate, u"4071829365"_s);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == Error::Code::Conflict);
    CHECK(t.count(u"employees"_s) == 2);
    // A PIN chosen before the rules still signs in; the staff screen lists who is below their role's.
    Query old = t.db().query(u"UPDATE employees SET pin_hash = ? WHERE code = 'A1'"_s);
    old.bind(PinHasher::hash(u"2580"_s).value());
    REQUIRE(old.exec().ok());
    CHECK(t.employees().authenticate(u"A1"_s, u"2580"_s).ok());
    auto manager = t.staff(u"M1"_s, Role::Manager);
    REQUIRE(t.employees().setRole(manager, u"A1"_s, Role::Supervisor).ok()); // promoted with 8 digits
    auto below = t.employees().belowPinRule();
    REQUIRE(below.ok());
    CHECK(below->contains(u"A1"_s));
    CHECK_FALSE(below->contains(u"S1"_s));
    CHECK_FALSE(below->contains(u"M1"_s));
    CHECK_FALSE(t.employees().resetPin(manager, u"A1"_s, u"40718293"_s).ok()); // a supervisor's needs 10
    REQUIRE(t.employees().resetPin(manager, u"A1"_s, u"5830617294"_s).ok());
    CHECK_FALSE(t.employees().belowPinRule()->contains(u"A1"_s));
}

TEST_CASE("New PINs are hashed at the standard cost, three passes over 128 MiB", "[employees]") {
    const PinHasher::Cost fast = PinHasher::cost();
    PinHasher::setCostForTests(PinHasher::StandardCost);
    auto hash = PinHasher::hash(u"4071829365"_s);
    PinHasher::setCostForTests(fast);
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(u"$argon2id$v=19$m=131072,t=3,p=1$"_s));
    CHECK(PinHasher::verify(*hash, u"4071829365"_s));
    CHECK_FALSE(PinHasher::verify(*hash, u"4071829364"_s));
}

TEST_CASE("Wrong PINs are refused, audited, and the fifth locks the employee out", "[employees]") {
    test::TestDatabase t;
    t.staff(u"A1"_s, Role::Associate, u"4071829365"_s);
    for (int i = 0; i < 4; ++i) {
        auto r = t.employees().authenticate(u"A1"_s, u"9999"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Denied);
    }
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 4);
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE payload LIKE '%9999%'"_s) == 0);
    auto fifth = t.employees().authenticate(u"A1"_s, u"9999"_s);
    CHECK(fifth.error().message.contains(u"locked out"_s));
    // Even the right PIN is refused while locked; after 15 minutes it works again.
    CHECK_FALSE(t.employees().authenticate(u"A1"_s, u"4071829365"_s).ok());
    t.clock().advanceSecs(15 * 60 + 1);
    CHECK(t.employees().authenticate(u"A1"_s, u"4071829365"_s).ok());
    CHECK_FALSE(t.employees().authenticate(u"nobody"_s, u"4071829365"_s).ok());
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 6);
}

TEST_CASE("A lockout does not end the run: the next wrong PIN locks for an hour, the one after until a "
          "manager unlocks",
          "[employees]") {
    test::TestDatabase t;
    auto manager = t.staff(u"M1"_s, Role::Manager);
    t.staff(u"A1"_s, Role::Associate, u"4071829365"_s);
    for (int i = 0; i < 5; ++i)
        REQUIRE_FALSE(t.employees().authenticate(u"A1"_s, u"9999"_s).ok());
    t.clock().advanceSecs(15 * 60 + 1);
    auto sixth = t.employees().authenticate(u"A1"_s, u"9999"_s);
    CHECK(sixth.error().message.contains(u"locked out for 60 minutes"_s));
    CHECK_FALSE(t.employees().authenticate(u"A1"_s, u"4071829365"_s).ok());
    t.clock().advanceSecs(60 * 60 + 1);
    auto seventh = t.employees().authenticate(u"A1"_s, u"9999"_s);
    CHECK(seventh.error().message.contains(u"until a manager unlocks"_s));
    t.clock().advanceSecs(7 * 24 * 3600);
    auto stillLocked = t.employees().authenticate(u"A1"_s, u"4071829365"_s);
    CHECK(stillLocked.error().message.contains(u"until a manager unlocks"_s));
    auto a1 = t.employees().find(u"A1"_s);
    CHECK(EmployeeService::isLockedOut(a1.value(), t.clock().nowUtc()));
    // Seven guesses in all, not 480 a day; only the right PIN after an unlock ends the run.
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 7);
    // The day's wrong PINs wait in the review queue.
    auto queue = ReviewService(t.db(), t.clock(), t.playbooks()).queue(manager);
    REQUIRE(queue.ok());
    const auto signIns = std::find_if(queue->cbegin(), queue->cend(), [](const ReviewItem& i) {
        return i.kind == ReviewItem::Kind::FailedSignIns;
    });
    REQUIRE(signIns != queue->cend());
    CHECK(signIns->employee == u"Employee A1");
    CHECK(signIns->reason == u"7 wrong PIN(s) in one day"_s);
    REQUIRE(t.employees().unlock(manager, u"A1"_s).ok());
    CHECK(t.employees().authenticate(u"A1"_s, u"4071829365"_s).ok());
    CHECK(t.scalar(u"SELECT failed_pins FROM employees WHERE code = 'A1'"_s) == 0);
}

TEST_CASE("Wrong PINs tried in parallel from many connections never pass five", "[employees]") {
    test::TestDatabase t;
    t.staff(u"A1"_s, Role::Associate, u"4071829365"_s);
    const QString path = t.path();
    std::atomic<int> checked = 0;
    std::vector<std::thread> tries;
    for (int i = 0; i < 12; ++i) {
        tries.emplace_back([&, i] {
            auto db = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!db)
                return;
            ManualClock clock(test::TestDatabase::defaultNow());
            auto r = EmployeeService(**db, clock).authenticate(u"A1"_s, u"%1"_s.arg(5000 + i));
            // The PIN was checked, not refused as locked out ("… after 5 wrong PINs …").
            if (!r && (r.error().message.startsWith(u"wrong PIN"_s) ||
                       r.error().message == u"unknown employee code or wrong PIN"_s))
                ++checked;
        });
    }
    for (std::thread& th : tries)
        th.join();
    CHECK(checked <= EmployeeService::MaxFailedPins);
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) <=
          EmployeeService::MaxFailedPins);
    CHECK(t.scalar(u"SELECT failed_pins FROM employees WHERE code = 'A1'"_s) ==
          EmployeeService::MaxFailedPins);
    CHECK_FALSE(t.employees().authenticate(u"A1"_s, u"4071829365"_s).ok());
}

TEST_CASE("A PIN typed into the code field is refused and kept nowhere", "[employees]") {
    test::TestDatabase t;
    t.staff(u"A1"_s, Role::Associate, u"48291375"_s);
    CHECK_FALSE(t.employees().authenticate(u"48291375"_s, u"48291375"_s).ok());
    CHECK_FALSE(t.employees().authenticate(u"Z-9"_s, u"48291375"_s).ok());
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 2);
    CHECK(t.scalar(
              u"SELECT count(*) FROM audit_log WHERE payload LIKE '%482913%' OR actor LIKE '%482913%'"_s) ==
          0);
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE payload LIKE '%Z-9%'"_s) == 1); // a code is kept
}

TEST_CASE("A manager can unlock and deactivate, a deactivated employee cannot log in", "[employees]") {
    test::TestDatabase t;
    auto manager = t.staff(u"M1"_s, Role::Manager);
    auto associate = t.staff(u"A1"_s, Role::Associate);
    CHECK_FALSE(t.employees().setActive(associate, u"M1"_s, false).ok());
    REQUIRE(t.employees().setActive(manager, u"A1"_s, false).ok());
    auto login = t.employees().authenticate(u"A1"_s, u"4071829365"_s);
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.contains(u"deactivated"_s));
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'employee.deactivate'"_s) == 1);
}
