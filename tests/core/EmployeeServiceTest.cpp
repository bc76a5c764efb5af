// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace rebound;

TEST_CASE("PINs are stored as Argon2id hashes and never in the audit log", "[employees]") {
    test::TestDatabase t;
    t.staff(u"A1"_s, Role::Associate, u"482913"_s);
    Query q = t.db().query(u"SELECT pin_hash FROM employees WHERE code = 'A1'"_s);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.text(0).startsWith(u"$argon2id$"_s));
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE payload LIKE '%482913%'"_s) == 0);
}

TEST_CASE("PINs must be 4 to 8 digits and codes unique", "[employees]") {
    test::TestDatabase t;
    const Actor by = Actor::system(u"test"_s);
    CHECK(t.employees()
              .add(by, u"A1"_s, u"Ana"_s, Role::Associate, u"123"_s)
              .error()
              .message.startsWith(u"PIN:"_s));
    CHECK(t.employees()
              .add(by, u"A1"_s, u"Ana"_s, Role::Associate, u"123456789"_s)
              .error()
              .message.startsWith(u"PIN:"_s));
    CHECK(t.employees()
              .add(by, u"A1"_s, u"Ana"_s, Role::Associate, u"12a4"_s)
              .error()
              .message.startsWith(u"PIN:"_s));
    CHECK(t.employees()
              .add(by, u"bad code"_s, u"Ana"_s, Role::Associate, u"1234"_s)
              .error()
              .message.startsWith(u"code:"_s));
    REQUIRE(t.employees().add(by, u"A1"_s, u"Ana"_s, Role::Associate, u"1234"_s).ok());
    auto dup = t.employees().add(by, u"A1"_s, u"Another"_s, Role::Associate, u"1234"_s);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == Error::Code::Conflict);
    CHECK(t.count(u"employees"_s) == 1);
}

TEST_CASE("Wrong PINs are refused, audited, and the fifth locks the employee out", "[employees]") {
    test::TestDatabase t;
    t.staff(u"A1"_s, Role::Associate, u"1234"_s);
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
    CHECK_FALSE(t.employees().authenticate(u"A1"_s, u"1234"_s).ok());
    t.clock().advanceSecs(15 * 60 + 1);
    CHECK(t.employees().authenticate(u"A1"_s, u"1234"_s).ok());
    CHECK_FALSE(t.employees().authenticate(u"nobody"_s, u"1234"_s).ok());
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 6);
}

TEST_CASE("A manager can unlock and deactivate, a deactivated employee cannot log in", "[employees]") {
    test::TestDatabase t;
    auto manager = t.staff(u"M1"_s, Role::Manager);
    auto associate = t.staff(u"A1"_s, Role::Associate);
    CHECK_FALSE(t.employees().setActive(associate, u"M1"_s, false).ok());
    REQUIRE(t.employees().setActive(manager, u"A1"_s, false).ok());
    auto login = t.employees().authenticate(u"A1"_s, u"1234"_s);
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.contains(u"deactivated"_s));
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'employee.deactivate'"_s) == 1);
}
