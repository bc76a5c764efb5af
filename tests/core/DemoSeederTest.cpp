// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSeeder.h"

#include "audit/AuditLog.h"
#include "demo/BulkRecoveryWriter.h"
#include "record/RecoveryRecord.h"
#include "services/PreventionService.h"
#include "services/SqlRecordSink.h"
#include "services/StoryService.h"
#include "services/VisitService.h"
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
    // The learning loop is there out of the box: stories decided both ways, actions, return visits.
    CHECK(t.scalar(u"SELECT count(*) FROM stories WHERE status = 'approved'"_s) > 0);
    CHECK(t.scalar(u"SELECT count(*) FROM prevention_actions WHERE status = 'done'"_s) > 0);
    CHECK(t.scalar(u"SELECT count(*) FROM prevention_actions WHERE status <> 'done'"_s) > 0);
    CHECK(t.scalar(u"SELECT count(*) FROM visits"_s) > 0);
    CHECK(t.scalar(u"SELECT count(*) FROM customers c WHERE NOT EXISTS "
                   "(SELECT 1 FROM incidents i WHERE i.customer_id = c.id)"_s) > 0);
    CHECK(t.scalar(u"SELECT count(*) FROM customers WHERE lifetime_value_minor > 0"_s) ==
          t.count(u"customers"_s));
    const QString last = QString::number(t.scalar(u"SELECT max(id) FROM audit_log"_s));

    // One recovery through the services: a new customer, an approval, the follow-up done.
    auto associate = t.employees().authenticate(u"A100"_s, u"4071829365"_s);
    auto supervisor = t.employees().authenticate(u"S200"_s, u"5830617294"_s);
    REQUIRE(associate.ok());
    REQUIRE(supervisor.ok());
    RecoveryDraft d = TestDatabase::draft(u"+1 555 7777"_s);
    d.customer.lifetimeValue = u"2500.00"_s;
    d.category = CategoryId(u"billing"_s);
    d.severity = SeverityId(u"major"_s);
    d.compensations = {{u"refund"_s, u"400.00"_s}};
    auto recorded = t.recoveries().record(associate.value(), d, &supervisor.value());
    REQUIRE(recorded.ok());
    REQUIRE(recorded->approvedBy.has_value());
    t.clock().advanceSecs(24 * 3600);
    REQUIRE(t.followUps()
                .complete(associate.value(), recorded->followUpId,
                          {true, 5, Verdict::BlownAway, u"All good"_s, std::nullopt})
                .ok());
    // The loop's entries: a story nominated and approved, an action opened from the recovery and moved
    // on to done, the customer back.
    auto manager = t.employees().authenticate(u"M300"_s, u"9184037265"_s);
    REQUIRE(manager.ok());
    StoryService stories(t.db(), t.clock(), t.playbooks());
    auto draft = stories.draftFor(recorded->id);
    REQUIRE(draft.ok());
    auto story = stories.nominate(associate.value(), recorded->id, draft.value());
    REQUIRE(story.ok());
    REQUIRE(stories.approve(manager.value(), story.value()).ok());
    PreventionService actions(t.db(), t.clock(), t.playbooks());
    auto action =
        actions.open(manager.value(), {CategoryId(u"billing"_s), u"Cap the quantity field"_s,
                                       associate->employee().id, t.clock().nowUtc().date().addDays(9),
                                       ActionSource::Recovery, QString::number(recorded->id)});
    REQUIRE(action.ok());
    REQUIRE(actions.start(associate.value(), action.value()).ok());
    REQUIRE(actions.close(associate.value(), action.value(), u"Capped at 10"_s).ok());
    t.clock().advanceSecs(24 * 3600);
    REQUIRE(
        VisitService(t.db(), t.clock())
            .customerIsBack(associate.value(),
                            t.scalar(u"SELECT customer_id FROM incidents WHERE id = %1"_s.arg(recorded->id)))
            .ok());

    // Every entry the services wrote has a twin of the same shape among the bulk-loaded ones.
    for (const QString& action :
         {u"customer.add"_s, u"incident.open"_s, u"incident.apologize"_s, u"incident.fix"_s,
          u"compensation.give"_s, u"compensation.approve"_s, u"incident.compensate"_s,
          u"follow_up.schedule"_s, u"follow_up.done"_s, u"incident.close"_s, u"story.nominate"_s,
          u"story.approve"_s, u"action.open"_s, u"action.status"_s, u"action.close"_s, u"customer.back"_s}) {
        INFO(action.toStdString());
        const QSet<QString> service = keySets(t, action, u"id > "_s + last);
        REQUIRE(service.size() == 1);
        CHECK(keySets(t, action, u"id <= "_s + last).contains(*service.begin()));
    }
    CHECK_FALSE(keySets(t, u"review.mark"_s, u"id <= "_s + last).isEmpty());

    // Both kinds carry their recovery's index columns, and the chain holds across the two.
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id WHERE "
                   "a.category IS DISTINCT FROM i.category OR a.total_minor IS DISTINCT FROM i.total_minor "
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

namespace {
// Every row of a table, each value as SQLite's quote() renders it: NULL, a number or the exact text.
QStringList quotedRows(Database& db, const QString& table) {
    Query columns = db.query(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
    columns.bind(table);
    REQUIRE(columns.exec().ok());
    QStringList quoted;
    while (columns.next())
        quoted << u"quote("_s + columns.text(0) + u')';
    Query rows =
        db.query(u"SELECT "_s + quoted.join(u" || '|' || "_s) + u" FROM "_s + table + u" ORDER BY id"_s);
    REQUIRE(rows.exec().ok());
    QStringList out;
    while (rows.next())
        out << rows.text(0);
    return out;
}

RecoveryRecord sampleRecord(qint64 customerId, const RecordActor& giver, const RecordActor& approver) {
    RecoveryRecord r;
    IncidentRow& i = r.incident;
    i.uuid = "6f1c1e1a-2b1e-4c57-9a6e-0d0f5a1b2c3d";
    i.customerId = customerId;
    i.openedBy = giver.id;
    i.playbookVersion = 1;
    i.status = "follow_up_scheduled";
    i.category = "billing";
    i.severity = "major";
    i.detectedBy = "customer";
    i.description = "Charged twice — \"room 412\"\\ minibar\n\ttab \x01";
    i.preventionNote = "Check the folio before check-out";
    i.apology = "Ms Müller, I am sorry.";
    i.fixNotes = "Refunded the second charge";
    i.resolved = true;
    i.satisfaction = 4;
    i.currency = "EUR";
    i.openedAt = "2026-03-10T14:50:00.000Z";
    i.apologizedAt = "2026-03-10T14:51:00.000Z";
    i.fixedAt = "2026-03-10T14:55:00.000Z";
    i.compensatedAt = "2026-03-10T15:00:00.000Z";
    i.followUpScheduledAt = i.compensatedAt;
    i.totalMinor = 45000;
    i.override = true;
    for (const auto& [item, kind, amount, voucher] :
         {std::tuple{"refund", "refund", 40000, ""},
          std::tuple{"voucher", "voucher", 5000, "RB-7K2Q-9XWM"}}) {
        CompensationRow c;
        c.item = item;
        c.kind = kind;
        c.amountMinor = amount;
        c.costMinor = amount / 2;
        c.currency = "EUR";
        c.givenBy = giver.id;
        c.givenAt = i.compensatedAt;
        c.approvedBy = approver.id;
        c.voucherCode = voucher;
        r.compensations.push_back(c);
    }
    r.followUp.dueAt = "2026-03-11T15:00:00.000Z";
    r.followUp.channel = "phone";
    r.followUp.ownerId = giver.id;
    r.giver = giver;
    r.approver = approver;
    r.approvalReason = "above the associate's limit of 100.00";
    r.at = i.compensatedAt;
    return r;
}
} // namespace

TEST_CASE("The services' writer and the bulk writer store the same bytes for the same recovery",
          "[demo][file]") {
    TestDatabase t;
    const auto giver = t.staff(u"A1"_s, Role::Associate).employee();
    const auto approver = t.staff(u"S1"_s, Role::Supervisor).employee();
    const RecordActor by{giver.id, giver.code.toUtf8()}, approving{approver.id, approver.code.toUtf8()};
    const CustomerRow customer{"Anna Müller",
                               "+49 30 1234567",
                               "anna@example.de",
                               "",
                               "vip",
                               "Quiet room, \"no feathers\"",
                               "2026-03-10T15:00:00.000Z"};
    // The same database twice: one copy written as the services write, one as the demo's bulk load.
    const QString bulkPath = t.dir() + u"/bulk.sqlite"_s;
    REQUIRE(t.db().backupTo(bulkPath).ok());

    auto viaServices = t.db().write([&]() -> Result<RecordedIds> {
        SqlRecordSink sink(t.db(), t.clock());
        auto id = writeCustomer(sink, customer, by, customer.createdAt);
        if (!id)
            return id.error();
        RecoveryRecord r = sampleRecord(*id, by, approving);
        return writeRecovery(sink, r);
    });
    REQUIRE(viaServices.ok());

    auto bulk = Database::open(bulkPath, Database::OpenMode::ExistingOnly);
    REQUIRE(bulk.ok());
    Database& b = **bulk;
    std::optional<RecordedIds> viaBulk;
    auto loaded = b.bulkLoad({}, [&]() -> Result<void> {
        BulkRecoveryWriter w(b);
        if (auto r = w.start(); !r)
            return r;
        const qint64 id = writeCustomer(w, customer, by, customer.createdAt).value();
        RecoveryRecord r = sampleRecord(id, by, approving);
        viaBulk = writeRecovery(w, r).value();
        return w.finish();
    });
    REQUIRE(loaded.ok());
    REQUIRE(viaBulk);
    CHECK(viaBulk->incident == viaServices->incident);
    CHECK(viaBulk->compensations == viaServices->compensations);
    CHECK(viaBulk->followUp == viaServices->followUp);

    for (const QString& table :
         {u"customers"_s, u"incidents"_s, u"compensations"_s, u"follow_ups"_s, u"audit_log"_s}) {
        INFO(table.toStdString());
        const QStringList services = quotedRows(t.db(), table);
        CHECK(services.size() >= 1);
        CHECK(quotedRows(b, table) == services);
    }
    // Eight entries for the recovery and one for the customer, the same hashes, a chain that verifies.
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE incident_id = %1"_s.arg(viaServices->incident)) ==
          8);
    CHECK(AuditLog(b, t.clock()).verify().ok());
    CHECK(AuditLog(t.db(), t.clock()).verify().ok());
}
