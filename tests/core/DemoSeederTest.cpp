// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSeeder.h"

#include "audit/AuditLog.h"
#include "support/CatchQt.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

namespace {
// The payload keys of each entry with this action, in the order the stored bytes have them (what the
// hash covers), as one comma-joined line per entry. They must also be the keys a JSON parser reads.
QSet<QString> keySets(TestDatabase& t, const QString& action, const QString& idRange) {
    Query q = t.db().query(u"SELECT payload FROM audit_log WHERE action = ? AND "_s + idRange);
    q.bind(action);
    REQUIRE(q.exec().ok());
    static const QRegularExpression key(uR"re("([a-z_]+)":)re"_s);
    QSet<QString> out;
    while (q.next()) {
        QStringList stored;
        for (const auto& m : key.globalMatch(q.text(0)))
            stored << m.captured(1);
        CHECK(stored == QJsonDocument::fromJson(q.text(0).toUtf8()).object().keys());
        out.insert(stored.join(u','));
    }
    return out;
}
} // namespace

TEST_CASE("The bulk-loaded demo writes the rows and audit entries the services write", "[demo]") {
    TestDatabase t;
    auto seeded = DemoSeeder(t.db()).seed(400, 5);
    REQUIRE(seeded.ok());
    CHECK(seeded->incidents == 400);
    CHECK(seeded->followUpsDone > 0);
    CHECK(t.count(u"incidents"_s) == 400);
    CHECK(t.scalar(u"SELECT count(*) FROM reviews"_s) > 0);
    const QString last = QString::number(t.scalar(u"SELECT max(id) FROM audit_log"_s));

    // One recovery through the services: a new customer, an approval, the follow-up done.
    auto associate = t.employees().authenticate(u"A100"_s, u"1234"_s);
    auto supervisor = t.employees().authenticate(u"S200"_s, u"5678"_s);
    REQUIRE(associate.ok());
    REQUIRE(supervisor.ok());
    RecoveryDraft d = TestDatabase::draft(u"+1 555 7777"_s);
    d.category = u"billing"_s;
    d.severity = u"major"_s;
    d.compensations = {{u"refund"_s, u"400.00"_s}};
    auto recorded = t.recoveries().record(associate.value(), d, &supervisor.value());
    REQUIRE(recorded.ok());
    REQUIRE(recorded->approvedBy.has_value());
    t.clock().advanceSecs(24 * 3600);
    REQUIRE(t.recoveries().completeFollowUp(associate.value(), recorded->followUpId, u"All good"_s).ok());

    // Every entry the services wrote has a twin of the same shape among the bulk-loaded ones.
    for (const QString& action :
         {u"customer.add"_s, u"incident.open"_s, u"incident.apologize"_s, u"incident.fix"_s,
          u"compensation.give"_s, u"compensation.approve"_s, u"incident.compensate"_s,
          u"follow_up.schedule"_s, u"follow_up.done"_s, u"incident.close"_s}) {
        INFO(action.toStdString());
        const QSet<QString> service = keySets(t, action, u"id > "_s + last);
        REQUIRE(service.size() == 1);
        CHECK(keySets(t, action, u"id <= "_s + last).contains(*service.begin()));
    }
    CHECK_FALSE(keySets(t, u"review.mark"_s, u"id <= "_s + last).isEmpty());

    // Both kinds carry their recovery's index columns, and the chain holds across the two.
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id WHERE "
                   "a.category IS NOT i.category OR a.total_minor IS NOT i.total_minor "
                   "OR a.override <> i.override"_s) == 0);
    CHECK(t.scalar(u"SELECT count(*) FROM incidents WHERE override = 1"_s) ==
          t.scalar(u"SELECT count(DISTINCT incident_id) FROM compensations WHERE approved_by IS NOT NULL"_s));
    CHECK(t.scalar(
              u"SELECT count(*) FROM incidents i WHERE total_minor <> (SELECT coalesce(sum(amount_minor), 0) "
              "FROM compensations c WHERE c.incident_id = i.id)"_s) == 0);
    CHECK(t.scalar(u"SELECT count(*) FROM incidents WHERE status = 'closed'"_s) ==
          t.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL"_s));
    auto verified = AuditLog(t.db(), t.clock()).verify();
    INFO((verified.ok() ? QString() : verified.error().message).toStdString());
    CHECK(verified.ok());
}
