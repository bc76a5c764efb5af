// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "support/CatchQt.h"
#include "support/Files.h"
#include "support/TestDatabase.h"


using namespace Qt::StringLiterals;
using namespace rebound;

using test::tamper;

TEST_CASE("Every change leaves a chained audit entry that verifies", "[audit]") {
    test::TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    REQUIRE(t.recoveries().record(associate, test::TestDatabase::draft()).ok());
    const qint64 entries = t.count(u"audit_log"_s);
    CHECK(entries >= 8); // playbook, employee, customer, open, apologize, fix, give, compensate, follow-up
    auto v = AuditLog(t.db(), t.clock()).verify();
    REQUIRE(v.ok());
    CHECK(v->entries == entries);
    Query q = t.db().query(u"SELECT prev_hash, hash FROM audit_log ORDER BY id"_s);
    REQUIRE(q.exec().ok());
    QString prev = QString::fromLatin1(AuditLog::genesisHash());
    while (q.next()) {
        CHECK(q.text(0) == prev);
        CHECK(q.text(1).size() == 64);
        prev = q.text(1);
    }
}

TEST_CASE("The audit log refuses UPDATE and DELETE", "[audit]") {
    test::TestDatabase t;
    Query upd = t.db().query(u"UPDATE audit_log SET actor = 'someone else'"_s);
    auto u = upd.exec();
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().message.contains(u"append-only"_s));
    Query del = t.db().query(u"DELETE FROM audit_log"_s);
    CHECK_FALSE(del.exec().ok());
    CHECK(t.count(u"audit_log"_s) == 1);
}

TEST_CASE("A row changed behind the application's back is found and named", "[audit]") {
    test::TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    REQUIRE(t.recoveries().record(associate, test::TestDatabase::draft()).ok());
    // An unfinished statement would pin this connection to an old snapshot, so the scalar helper is used.
    const qint64 id = t.scalar(u"SELECT id FROM audit_log WHERE action = 'compensation.give'"_s);

    SECTION("a payload edited") {
        tamper(t.path(),
               {u"DROP TRIGGER audit_log_no_update"_s,
                u"UPDATE audit_log SET payload = replace(payload, '9.00', '0.90') WHERE id = %1"_s.arg(id)});
        auto v = AuditLog(t.db(), t.clock()).verify();
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().code == Error::Code::Corrupt);
        CHECK(v.error().message.startsWith(u"audit entry %1 (compensation.give"_s.arg(id)));
        CHECK(v.error().message.contains(u"changed after it was written"_s));
    }
    SECTION("an entry deleted") {
        tamper(t.path(),
               {u"DROP TRIGGER audit_log_no_delete"_s, u"DELETE FROM audit_log WHERE id = %1"_s.arg(id)});
        auto v = AuditLog(t.db(), t.clock()).verify();
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().message ==
              u"audit entry %1 is missing: the log jumps from entry %2 to entry %3"_s.arg(id).arg(id - 1).arg(
                  id + 1));
    }
    SECTION("an entry rewritten with a fresh hash") {
        // Recomputing one hash does not help: the next entry's link gives it away.
        tamper(t.path(),
               {u"DROP TRIGGER audit_log_no_update"_s,
                u"UPDATE audit_log SET hash = '%1' WHERE id = %2"_s.arg(QString(64, u'f')).arg(id)});
        auto v = AuditLog(t.db(), t.clock()).verify();
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().message.startsWith(u"audit entry %1 "_s.arg(id)));
    }
}
