// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"
#include "audit/Verifier.h"
#include "domain/BusinessHours.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "policy/SecondFailure.h"
#include "reports/Exporter.h"
#include "reports/FrontDesk.h"
#include "services/CorrectionService.h"
#include "services/ReviewService.h"
#include "support/CatchQt.h"
#include "support/Csv.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

namespace {
// Nothing at all was written for a refused recovery.
void requireNothingWritten(TestDatabase& t, qint64 auditBefore) {
    CHECK(t.count(u"incidents"_s) == 0);
    CHECK(t.count(u"compensations"_s) == 0);
    CHECK(t.count(u"follow_ups"_s) == 0);
    CHECK(t.count(u"customers"_s) == 0);
    CHECK(t.count(u"audit_log"_s) == auditBefore);
}
} // namespace

TEST_CASE("A recovery within authority is recorded whole, with its audit trail", "[recovery]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    t.clock().advanceSecs(300);
    RecoveryDraft d = TestDatabase::draft();
    d.occurredAt = t.clock().nowUtc().addSecs(-600);
    d.compensations = {{u"dessert"_s, {}}, {u"voucher"_s, u"20.00"_s}};
    auto r = t.recoveries().record(associate, d);
    REQUIRE(r.ok());
    CHECK(r->total.minor() == 2900);
    CHECK_FALSE(r->approvedBy.has_value());

    Query q = t.db().query(
        u"SELECT status, category, severity, playbook_version, opened_at, apologized_at, fixed_at, "
        "compensated_at, follow_up_scheduled_at, satisfaction, apology FROM incidents"_s);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.text(0) == u"follow-up-scheduled");
    CHECK(q.text(1) == u"delay");
    CHECK(q.integer(3) == 1);
    CHECK(q.text(4) == u"2026-03-10T14:55:00.000Z");
    CHECK(q.text(8) == u"2026-03-10T15:05:00.000Z");
    CHECK(q.integer(9) == 4);
    CHECK(q.text(10).contains(u"Ana Morales"_s)); // the playbook's script, personalised
    CHECK(q.text(10).contains(u"Employee A1"_s));
    CHECK(t.count(u"compensations"_s) == 2);
    CHECK(t.scalar(u"SELECT count(*) FROM compensations WHERE voucher_code LIKE 'RB-____-____'"_s) == 1);
    // The default follow-up for a delay is the next day at the next quarter hour (inside the opening
    // hours), by phone because we have a phone number.
    Query f = t.db().query(u"SELECT due_at, channel FROM follow_ups"_s);
    REQUIRE(f.exec().ok());
    REQUIRE(f.next());
    CHECK(TimeFormat::fromStored(f.text(0)) ==
          BusinessHours().followUpDue(TimeFormat::fromStored(u"2026-03-10T15:05:00.000Z"_s), 24));
    CHECK(f.text(1) == u"phone");
    for (const auto& action : {u"customer.add"_s, u"incident.open"_s, u"incident.apologize"_s,
                               u"incident.fix"_s, u"incident.compensate"_s, u"follow_up.schedule"_s}) {
        INFO(action.toStdString());
        CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(action)) == 1);
    }
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'compensation.give'"_s) == 2);
}

TEST_CASE("Over the limit a recovery needs a supervisor, without one nothing is written", "[recovery]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    RecoveryDraft d = TestDatabase::draft();
    d.customer.segment = SegmentId(u"vip"_s);
    d.category = CategoryId(u"billing"_s);
    d.severity = SeverityId(u"major"_s);
    d.compensations = {{u"credit"_s, u"1800.00"_s}};
    const qint64 before = t.count(u"audit_log"_s);

    auto refused = t.recoveries().record(associate, d);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Denied);
    CHECK(refused.error().message.contains(u"a supervisor must approve"_s));
    requireNothingWritten(t, before);

    auto self = t.recoveries().record(supervisor, d, &supervisor);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(u"their own"_s));
    requireNothingWritten(t, before);

    // An approval covers the customer and the gestures the approver saw: another customer, another
    // amount, or the same total made of other gestures, must be approved again.
    auto seen = t.recoveries().giftOf(d);
    REQUIRE(seen.ok());
    CHECK(seen->gestures == QStringList{u"credit 1800.00"_s});
    RecoveryDraft otherGuest = d;
    otherGuest.customer.name = u"Someone Else"_s;
    otherGuest.customer.phone = u"+1 555 0999"_s;
    RecoveryDraft moreCredit = d;
    moreCredit.compensations = {{u"credit"_s, u"1900.00"_s}};
    RecoveryDraft sameTotal = d;
    sameTotal.compensations = {{u"credit"_s, u"1700.00"_s}, {u"refund"_s, u"100.00"_s}};
    for (const RecoveryDraft& changed : {otherGuest, moreCredit, sameTotal}) {
        auto stale = t.recoveries().record(associate, changed, &supervisor, *seen);
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().message.contains(u"must be approved again"_s));
        requireNothingWritten(t, before);
    }

    auto approved = t.recoveries().record(associate, d, &supervisor, *seen);
    REQUIRE(approved.ok());
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'compensation.approve' AND payload LIKE "
                   u"'%\"gestures\":[\"credit 1800.00\"]%' AND payload LIKE '%\"customer_id\":%'"_s) == 1);
    CHECK(approved->approvedBy == supervisor.employee().id);
    CHECK(t.scalar(u"SELECT approved_by FROM compensations"_s) == supervisor.employee().id);
    CHECK(t.scalar(
              u"SELECT count(*) FROM audit_log WHERE action = 'compensation.approve' AND actor = 'S1'"_s) ==
          1);
}

TEST_CASE("The daily cap applies across recoveries on the same day only", "[recovery]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    RecoveryDraft d = TestDatabase::draft();
    d.compensations = {{u"refund"_s, u"150.00"_s}};
    for (int i = 0; i < 3; ++i)
        REQUIRE(t.recoveries().record(associate, d).ok());
    CHECK(t.recoveries().spentToday(associate.employee())->minor() == 45000);
    auto capped = t.recoveries().record(associate, d);
    REQUIRE_FALSE(capped.ok());
    CHECK(capped.error().message.contains(u"daily authority"_s));
    t.clock().advanceSecs(24 * 3600);
    CHECK(t.recoveries().record(associate, d).ok());
}

TEST_CASE("Bad drafts are refused with the field named and nothing written", "[recovery]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    const qint64 before = t.count(u"audit_log"_s);
    const auto reason = [&](const std::function<void(RecoveryDraft&)>& change) {
        RecoveryDraft d = TestDatabase::draft();
        change(d);
        auto r = t.recoveries().record(associate, d);
        REQUIRE_FALSE(r.ok());
        requireNothingWritten(t, before);
        return r.error().message;
    };
    CHECK(reason([](auto& d) { d.category = CategoryId(u"weather"_s); }) ==
          u"category: unknown category \"weather\"");
    CHECK(reason([](auto& d) { d.severity = SeverityId(u"apocalyptic"_s); }).startsWith(u"severity:"_s));
    CHECK(reason([](auto& d) {
              d.compensations = {{u"spa"_s, u"10"_s}};
          }) == u"compensations[0].item: unknown catalog item \"spa\"");
    CHECK(reason([](auto& d) {
              d.compensations = {{u"credit"_s, u"-5"_s}};
          }).startsWith(u"compensations[0].amount:"_s));
    CHECK(reason([](auto& d) {
              d.compensations = {{u"credit"_s, u"5.005"_s}};
          }).contains(u"decimal places"_s));
    CHECK(reason([](auto& d) { d.compensations = {{u"credit"_s, {}}}; }).contains(u"needs an amount"_s));
    CHECK(reason([](auto& d) { d.compensations = {{u"dessert"_s, u"50.00"_s}}; }).contains(u"fixed price"_s));
    CHECK(reason([](auto& d) {
              d.customer.segment = SegmentId(u"gold"_s);
          }).startsWith(u"customer.segment:"_s));
    CHECK(reason([](auto& d) { d.description.clear(); }).startsWith(u"description:"_s));
    CHECK(reason([&](auto& d) { d.occurredAt = t.clock().nowUtc().addSecs(60); }) ==
          u"occurred_at: is in the future");
    CHECK(reason([](auto& d) { d.customer.name.clear(); }) ==
          u"customer.name: who was let down? Type their name");
}

TEST_CASE("A returning customer is matched by phone or email, names are stored as written", "[recovery]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    RecoveryDraft d = TestDatabase::draft(u"+1 555 0199"_s);
    d.customer.name = u"Robert'); DROP TABLE incidents;--"_s;
    d.customer.email = u"Bobby@Example.com"_s;
    REQUIRE(t.recoveries().record(associate, d).ok());
    RecoveryDraft again = TestDatabase::draft(u""_s);
    again.customer.email = u"bobby@example.com"_s;
    REQUIRE(t.recoveries().record(associate, again).ok());
    CHECK(t.count(u"customers"_s) == 1);
    CHECK(t.count(u"incidents"_s) == 2);
    auto found = t.recoveries().findCustomers(u"Robert'"_s);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().name == u"Robert'); DROP TABLE incidents;--");
}

TEST_CASE("A follow-up records reached or not, satisfaction and verdict, and closes the recovery",
          "[recovery][followup]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    auto r = t.recoveries().record(associate, TestDatabase::draft());
    REQUIRE(r.ok());
    t.clock().advanceSecs(26 * 3600);
    FollowUpService& f = t.followUps();

    // Reached, but the satisfaction and the verdict are what it is for: each named when missing.
    auto missing = f.complete(associate, r->followUpId, {true, std::nullopt, Verdict::Satisfied, {}, {}});
    CHECK(missing.error().field == u"satisfaction");
    missing = f.complete(associate, r->followUpId, {true, 4, std::nullopt, {}, {}});
    CHECK(missing.error().field == u"verdict");

    // Not reached twice: counted, moved inside the opening hours, the recovery still open.
    const QString dueBefore = t.text(u"SELECT due_at FROM follow_ups"_s);
    REQUIRE(f.complete(associate, r->followUpId, {false, {}, {}, u"Voicemail"_s, {}}).ok());
    REQUIRE(f.complete(associate, r->followUpId, {false, {}, {}, u"No answer"_s, {}}).ok());
    CHECK(t.scalar(u"SELECT attempts FROM follow_ups WHERE done_at IS NULL"_s) == 2);
    CHECK(t.text(u"SELECT due_at FROM follow_ups"_s) != dueBefore);
    CHECK(BusinessHours().isOpenAt(TimeFormat::fromStored(t.text(u"SELECT due_at FROM follow_ups"_s))));
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.attempt'"_s) == 2);
    CHECK(t.scalar(u"SELECT count(*) FROM incidents WHERE status = 'closed'"_s) == 0);
    auto past = f.complete(associate, r->followUpId, {false, {}, {}, {}, t.clock().nowUtc().addSecs(-60)});
    CHECK(past.error().field == u"retry_at");

    REQUIRE(f.complete(associate, r->followUpId, {true, 5, Verdict::BlownAway, u"Happy with the cake"_s, {}})
                .ok());
    CHECK(t.scalar(u"SELECT count(*) FROM follow_ups WHERE reached = 1 AND satisfaction = 5 "
                   "AND verdict = 'blown-away' AND attempts = 2 AND outcome = 'Happy with the cake'"_s) == 1);
    CHECK(t.scalar(u"SELECT count(*) FROM incidents WHERE status = 'closed' AND closed_at IS NOT NULL"_s) ==
          1);
    CHECK(f.complete(associate, r->followUpId, {true, 5, Verdict::BlownAway, {}, {}}).error().code ==
          Error::Code::Conflict);

    // Only a supervisor reopens, with a reason; the recovery is open again.
    CHECK(f.reopen(associate, r->followUpId, u"wrong verdict"_s).error().code == Error::Code::Denied);
    CHECK(f.reopen(supervisor, r->followUpId, u" "_s).error().field == u"reason");
    REQUIRE(f.reopen(supervisor, r->followUpId, u"The customer called back, still upset"_s).ok());
    CHECK(t.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND verdict IS NULL"_s) == 1);
    CHECK(
        t.scalar(
            u"SELECT count(*) FROM incidents WHERE status = 'follow-up-scheduled' AND closed_at IS NULL"_s) ==
        1);
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.reopen' AND actor = 'S1'"_s) ==
          1);
    CHECK(AuditLog(t.db(), t.clock()).verify().ok());
}

TEST_CASE("The incidents export has the agreed columns and neutralises formulas", "[export]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    RecoveryDraft d = TestDatabase::draft();
    d.description = u"=cmd|' /C calc'!A0"_s;
    d.occurredAt = t.clock().nowUtc().addSecs(-25 * 60);
    REQUIRE(t.recoveries().record(associate, d).ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportRequest request{ExportKind::Incidents, QDate(2026, 3, 10), QDate(2026, 3, 10), false, {}};
    Exporter exporter(t.db(), t.clock());
    auto rows = exporter.write(t.auditor(), request, buffer);
    REQUIRE(rows.ok());
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s) == 0);
    REQUIRE(exporter.recordExport(request, rows.value(), t.auditor()).ok());
    CHECK(rows.value() == 1);
    const auto csv = test::readCsv(buffer.data());
    REQUIRE(csv.size() == 2);
    const QStringList header = csv[0];
    for (const auto& column :
         {u"id"_s, u"opened_at"_s, u"closed_at"_s, u"status"_s, u"category"_s, u"severity"_s,
          u"detected_by"_s, u"customer_name"_s, u"customer_phone"_s, u"segment"_s, u"description"_s,
          u"opened_by"_s, u"compensation_total"_s, u"approved_by"_s, u"follow_up_due"_s, u"satisfaction"_s,
          u"minutes_to_recover"_s})
        CHECK(header.contains(column));
    const auto cell = [&](const QString& column) { return csv[1].at(header.indexOf(column)); };
    CHECK(cell(u"description"_s) == u"'=cmd|' /C calc'!A0");
    CHECK(cell(u"compensation_total"_s) == u"9.00");
    CHECK(cell(u"minutes_to_recover"_s) == u"25");
    CHECK(cell(u"opened_by"_s) == u"A1");
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s) == 1);

    QBuffer other;
    other.open(QIODevice::WriteOnly);
    auto none =
        exporter.write(t.auditor(), {ExportKind::Incidents, QDate(2026, 3, 11), {}, false, {}}, other);
    CHECK(none.value() == 0);
}

TEST_CASE("An empty follow-up gets the defaults the wizard offers", "[recovery]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    RecoveryDraft d = TestDatabase::draft();
    d.customer.phone.clear();
    d.customer.email = u"guest@example.org"_s;
    auto r = t.recoveries().record(associate, d);
    REQUIRE(r.ok());

    const Category* category = Playbook::builtIn().category(d.category);
    REQUIRE(category);
    const QDateTime expectedDue =
        RecoveryService::defaultFollowUpDue(*category, t.clock().nowUtc(), BusinessHours());
    CHECK(BusinessHours().isOpenAt(expectedDue));
    CHECK(expectedDue >= t.clock().nowUtc().addSecs(qint64(category->followUpHours.first()) * 3600));
    CHECK(t.text(u"SELECT channel FROM follow_ups"_s) == u"email");
    CHECK(t.text(u"SELECT due_at FROM follow_ups"_s) == TimeFormat::toStored(expectedDue));

    CHECK(RecoveryService::defaultFollowUpChannel(u"+1 555 0100"_s, u"a@example.org"_s) == Channel::Phone);
    CHECK(RecoveryService::defaultFollowUpChannel({}, {}) == Channel::InPerson);
    CHECK(Playbook::builtIn().defaultSegment() == Playbook::builtIn().segments().first().id);
}

TEST_CASE("The fix is recorded as the steps done, ticked, then the employee's notes", "[recovery]") {
    CHECK(RecoveryDraft::fixNotesFrom({u"Apologise"_s, u"Move the guest"_s}, u"  Room 12 instead  "_s) ==
          u"✓ Apologise\n✓ Move the guest\nRoom 12 instead");
    CHECK(RecoveryDraft::fixNotesFrom({}, u"   "_s).isEmpty());
}

TEST_CASE("Each part of a draft is checked on its own, naming its field, with nothing written",
          "[recovery]") {
    TestDatabase t;
    RecoveryDraft d = TestDatabase::draft();
    d.description = QString(4001, u'x');
    auto situation = t.recoveries().checkPart(d, DraftPart::Situation);
    REQUIRE_FALSE(situation.ok());
    CHECK(situation.error().field == u"description");
    CHECK(situation.error().message.startsWith(u"description: "_s));
    CHECK(t.recoveries().checkPart(d, DraftPart::Fix).ok()); // the other parts do not look at it

    d.fixNotes = QString(4001, u'x');
    CHECK(t.recoveries().checkPart(d, DraftPart::Fix).error().field == u"fix.notes");
    d.apology = QString(4001, u'x');
    CHECK(t.recoveries().checkPart(d, DraftPart::Apology).error().field == u"apology");
    d.followUpDue = t.clock().nowUtc().addSecs(-60);
    CHECK(t.recoveries().checkPart(d, DraftPart::FollowUp).error().field == u"follow_up.due");
    d.category = CategoryId(u"weather"_s);
    CHECK(t.recoveries().checkPart(d, DraftPart::Situation).error().field == u"category");
    CHECK(t.count(u"incidents"_s) == 0);
}

TEST_CASE("A correction is an audited amendment with its reason; a void needs a supervisor other than the "
          "giver and leaves the recovery's total",
          "[recovery][correction]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto other = t.staff(u"A2"_s, Role::Associate);
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    RecoveryDraft d = TestDatabase::draft();
    d.compensations = {{u"dessert"_s, {}}, {u"credit"_s, u"40.00"_s}};
    auto r = t.recoveries().record(associate, d);
    REQUIRE(r.ok());
    const qint64 credit = t.scalar(u"SELECT id FROM compensations WHERE item = 'credit'"_s);
    const qint64 spentBefore = t.recoveries().spentToday(associate.employee())->minor();
    CorrectionService corrections(t.db(), t.clock(), t.playbooks());

    Correction c;
    c.category = CategoryId(u"billing"_s);
    c.withdrawGestures = {credit};
    CHECK(corrections.correct(associate, r->id, c).error().field == u"reason");
    c.reason = u"Wrong category; the credit was typed twice"_s;
    CHECK(corrections.correct(other, r->id, c).error().code == Error::Code::Denied); // not theirs
    Correction unknown = c;
    unknown.category = CategoryId(u"no-such"_s);
    CHECK(corrections.correct(associate, r->id, unknown, &supervisor).error().field == u"category");
    // The giver alone, or with another associate, may not void.
    CHECK(corrections.correct(associate, r->id, c).error().field == u"approver");
    CHECK(corrections.correct(associate, r->id, c, &other).error().field == u"approver");
    CHECK(t.count(u"amendments"_s) == 0); // nothing half-written

    REQUIRE(corrections.correct(associate, r->id, c, &supervisor).ok());
    CHECK(t.text(u"SELECT category FROM incidents"_s) == u"billing");
    CHECK(t.count(u"amendments"_s) == 2);
    CHECK(t.scalar(u"SELECT count(*) FROM amendments WHERE field = 'category' AND before = 'delay'"_s) == 1);
    CHECK(t.count(u"compensations"_s) == 2);                                        // the row stays, voided
    CHECK(t.recoveries().spentToday(associate.employee())->minor() == spentBefore); // still the giver's day
    CHECK(t.scalar(u"SELECT total_minor FROM incidents"_s) ==
          t.scalar(u"SELECT amount_minor FROM compensations WHERE item = 'dessert'"_s));
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'incident.amend' AND actor = 'A1' "
                   u"AND payload LIKE '%\"void_approved_by\":\"S1\"%'"_s) == 1);

    // Again: already voided; nothing else changes; a supervisor may correct anyone's.
    CHECK(corrections.correct(associate, r->id, c, &supervisor).error().code == Error::Code::Conflict);
    Correction typo;
    typo.description = u"Cake delivered two hours late, candles missing"_s;
    typo.reason = u"Typo"_s;
    REQUIRE(corrections.correct(supervisor, r->id, typo).ok());
    CHECK(corrections.correct(supervisor, r->id, typo).error().message ==
          QCoreApplication::translate("Core", "the correction changes nothing"));
    CHECK(AuditLog(t.db(), t.clock()).verify().ok());
}

TEST_CASE(
    "Correct... replaces a gesture: the void and the new gesture are one amendment, the new one under the "
    "spending rules",
    "[recovery][correction]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate); // 150.00 a recovery, 500.00 a day
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    auto other = t.staff(u"A2"_s, Role::Associate);
    CorrectionService corrections(t.db(), t.clock(), t.playbooks());
    RecoveryDraft d = TestDatabase::draft();
    d.compensations = {{u"credit"_s, u"140.00"_s}};
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto r = t.recoveries().record(associate, d);
        REQUIRE(r.ok());
        ids << r->id;
    }
    const auto gestureOf = [&](qint64 incident) {
        return t.scalar(u"SELECT min(id) FROM compensations WHERE incident_id = %1"_s.arg(incident));
    };
    const qint64 entries = t.count(u"audit_log"_s);
    Correction c;
    c.withdrawGestures = {gestureOf(ids[0])};
    c.replacement = CompensationDraft{u"credit"_s, u"60.00"_s};
    c.reason = u"Credit on the wrong night: 60.00 was the right amount"_s;
    // A replacement without a void, or with a void nobody may approve: refused, nothing written.
    Correction alone = c;
    alone.withdrawGestures.clear();
    CHECK(corrections.correct(associate, ids[0], alone, &supervisor).error().field == u"replacement");
    CHECK(corrections.correct(associate, ids[0], c, &other).error().field == u"approver");
    CHECK(t.count(u"audit_log"_s) == entries);
    // 420.00 + 60.00 is within the day's 500.00: A1 gives it on their own, S1 approves only the void.
    REQUIRE(corrections.correct(associate, ids[0], c, &supervisor).ok());
    CHECK(t.scalar(u"SELECT total_minor FROM incidents WHERE id = %1"_s.arg(ids[0])) == 6000);
    CHECK(t.scalar(u"SELECT count(*) FROM amendments WHERE incident_id = %1"_s.arg(ids[0])) == 1);
    CHECK(t.scalar(u"SELECT count(*) FROM compensations WHERE incident_id = %1 AND approved_by IS NULL AND "
                   u"amount_minor = 6000"_s.arg(ids[0])) == 1);
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'compensation.give' AND payload LIKE "
                   u"'%\"replaces\":%1%'"_s.arg(c.withdrawGestures.first())) == 1);
    CHECK(t.recoveries().spentToday(associate.employee())->minor() == 48000);
    // Past the cap now: a replacement of 140.00 needs the approver's authority too, and gets it.
    Correction again;
    again.withdrawGestures = {gestureOf(ids[1])};
    again.replacement = CompensationDraft{u"credit"_s, u"140.00"_s};
    again.reason = u"Same credit, other voucher"_s;
    REQUIRE(corrections.correct(associate, ids[1], again, &supervisor).ok());
    CHECK(t.scalar(
              u"SELECT approved_by FROM compensations WHERE incident_id = %1 AND id <> %2"_s.arg(ids[1]).arg(
                  again.withdrawGestures.first())) == supervisor.employee().id);
    CHECK(t.scalar(u"SELECT override FROM incidents WHERE id = %1"_s.arg(ids[1])) == 1);
    // Above every limit: refused whoever approves.
    Correction huge;
    huge.withdrawGestures = {gestureOf(ids[2])};
    huge.replacement = CompensationDraft{u"credit"_s, u"99999.00"_s};
    huge.reason = u"Too much"_s;
    CHECK(corrections.correct(associate, ids[2], huge, &supervisor).error().field == u"replacement");
    VerifyOptions options;
    options.skipReceipts = true;
    auto verified = Verifier(t.db(), t.clock()).run(options);
    INFO((verified ? QString() : verified.error().message).toStdString());
    CHECK(verified.ok());
}

TEST_CASE("Void and give again does not pass the daily cap, a supervisor does not void their own gesture, "
          "and every void waits for another's review",
          "[recovery][correction]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    auto manager = t.staff(u"M1"_s, Role::Manager);
    CorrectionService corrections(t.db(), t.clock(), t.playbooks());
    RecoveryDraft d = TestDatabase::draft();
    d.compensations = {{u"credit"_s, u"140.00"_s}};
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto r = t.recoveries().record(associate, d);
        REQUIRE(r.ok());
        ids << r->id;
    }
    const qint64 gesture = t.scalar(u"SELECT id FROM compensations WHERE incident_id = %1"_s.arg(ids[0]));
    Correction c;
    c.withdrawGestures = {gesture};
    c.reason = u"The guest said no after all"_s;
    REQUIRE(corrections.correct(associate, ids[0], c, &supervisor).ok());
    // 420.00 of 500.00 is still used: a fourth 140.00 needs a supervisor.
    CHECK(t.recoveries().spentToday(associate.employee())->minor() == 42000);
    CHECK_FALSE(t.recoveries().record(associate, d).ok());

    // A supervisor's own gesture: voided only with someone else's approval.
    auto own = t.recoveries().record(supervisor, d);
    REQUIRE(own.ok());
    Correction mine;
    mine.withdrawGestures = {t.scalar(u"SELECT id FROM compensations WHERE incident_id = %1"_s.arg(own->id))};
    mine.reason = u"Typed on the wrong guest"_s;
    CHECK(corrections.correct(supervisor, own->id, mine).error().field == u"approver");
    CHECK(corrections.correct(supervisor, own->id, mine, &supervisor).error().field == u"approver");
    REQUIRE(corrections.correct(supervisor, own->id, mine, &manager).ok());

    ReviewService reviews(t.db(), t.clock(), t.playbooks());
    auto queue = reviews.queue(manager);
    REQUIRE(queue.ok());
    QList<ReviewItem> voids;
    for (const ReviewItem& item : *queue) {
        if (item.kind == ReviewItem::Kind::Void)
            voids << item;
    }
    REQUIRE(voids.size() == 2);
    CHECK(voids[1].employee == u"Employee A1");
    CHECK(voids[1].amount.minor() == 14000);
    CHECK(voids[1].reason.contains(u"The guest said no after all"_s));
    // The giver's void is reviewed by someone else; a supervisor's own void by a manager.
    CHECK_FALSE(reviews.markReviewed(supervisor, voids[0], u"Mine"_s).ok());
    REQUIRE(reviews.markReviewed(manager, voids[0], u"Checked with the guest"_s).ok());
    REQUIRE(reviews.markReviewed(supervisor, voids[1], u"Fine"_s).ok());

    // The voids-by-employee export: each giver's voids beside what they gave, the share with its n.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    const QDate today = t.clock().nowUtc().toLocalTime().date();
    REQUIRE(
        Exporter(t.db(), t.clock()).write(manager, {ExportKind::Voids, today, today, false, {}}, csv).ok());
    const auto rows = test::readCsv(csv.data());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == QStringList{u"code"_s, u"name"_s, u"role"_s, u"voids"_s, u"voided"_s, u"gestures"_s,
                                 u"given"_s, u"voided_share"_s, u"currency"_s});
    CHECK(rows[1] == QStringList{u"A1"_s, u"Employee A1"_s, u"associate"_s, u"1"_s, u"140.00"_s, u"3"_s,
                                 u"420.00"_s, u"0.3333"_s, u"USD"_s});
    CHECK(rows[2].mid(0, 4) == QStringList{u"S1"_s, u"Employee S1"_s, u"supervisor"_s, u"1"_s});
    CHECK(AuditLog(t.db(), t.clock()).verify().ok());
}

TEST_CASE("A customer let down again within 90 days is a second failure, suggested one notch up",
          "[recovery]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    const QDateTime now = t.clock().nowUtc();
    t.clock().set(now.addDays(-91));
    auto first = t.recoveries().record(associate, TestDatabase::draft(u"+1 555 0199"_s));
    REQUIRE(first.ok());
    t.clock().set(now);
    const qint64 customer = t.scalar(u"SELECT customer_id FROM incidents WHERE id = %1"_s.arg(first->id));
    FrontDesk desk(t.db(), t.clock());
    auto history = desk.history(customer);
    REQUIRE(history.ok());
    CHECK_FALSE(SecondFailure::previous(*history, now).has_value()); // 91 days ago: not a second failure
    t.clock().set(now.addDays(-89));
    auto second = t.recoveries().record(associate, TestDatabase::draft(u"+1 555 0199"_s));
    REQUIRE(second.ok());
    t.clock().set(now);
    history = desk.history(customer);
    REQUIRE(history.ok());
    const auto previous = SecondFailure::previous(*history, now);
    REQUIRE(previous.has_value());
    CHECK(previous->id == second->id);
    const Playbook& pb = Playbook::builtIn();
    CHECK(SecondFailure::suggestedSeverity(pb, SeverityId(u"minor"_s), true) == SeverityId(u"moderate"_s));
    CHECK(SecondFailure::suggestedSeverity(pb, SeverityId(u"minor"_s), false) == SeverityId(u"minor"_s));
    CHECK(SecondFailure::suggestedSeverity(pb, SeverityId(u"critical"_s), true) == SeverityId(u"critical"_s));
}
