// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/Verifier.h"
#include "reports/Exporter.h"
#include "reports/LearningReports.h"
#include "reports/LineUpSheet.h"
#include "services/PreventionService.h"
#include "services/StoryService.h"
#include "services/VisitService.h"
#include "support/CatchQt.h"
#include "support/Csv.h"
#include "support/TestDatabase.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

namespace {

constexpr qint64 Day = 24 * 3600;

// Verified the way `reboundctl verify` does: the chain, and every table against it.
void requireVerified(TestDatabase& t) {
    auto v = Verifier(t.db(), t.clock()).run({false, {}, true});
    INFO((v ? QString() : v.error().message).toStdString());
    REQUIRE(v.ok());
}

qint64 count(TestDatabase& t, const QString& action) {
    return t.scalar(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(action));
}

} // namespace

TEST_CASE("Stories: anyone nominates, a supervisor not in the story approves, edits or declines", "[loop]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    auto a2 = t.staff(u"A2"_s, Role::Associate);
    auto s1 = t.staff(u"S1"_s, Role::Supervisor);
    auto s2 = t.staff(u"S2"_s, Role::Supervisor);
    auto m1 = t.staff(u"M1"_s, Role::Manager);
    // A1's recovery needed S1's approval: both worked it.
    RecoveryDraft d = TestDatabase::draft(u"+1 555 0101"_s);
    d.category = CategoryId(u"billing"_s);
    d.severity = SeverityId(u"major"_s);
    d.description = u"Charged twice for the same payment"_s;
    d.preventionNote = u"Gateway retried without an idempotency key"_s;
    d.compensations = {{u"refund"_s, u"400.00"_s}};
    auto first = t.recoveries().record(a1, d, &s1);
    REQUIRE(first.ok());
    REQUIRE(
        t.followUps().complete(a1, first->followUpId, {true, 5, Verdict::BlownAway, u"Thrilled"_s, {}}).ok());
    auto second = t.recoveries().record(a2, TestDatabase::draft(u"+1 555 0102"_s));
    REQUIRE(second.ok());

    StoryService stories(t.db(), t.clock(), t.playbooks());
    auto text = stories.draftFor(first->id);
    REQUIRE(text.ok());
    CHECK(text->happened == u"Charged twice for the same payment"_s);
    CHECK(text->did.contains(u"Gave: "_s));
    CHECK(text->did.contains(u"400.00"_s));
    CHECK(text->reaction.contains(u"blown away"_s));
    CHECK(text->reaction.contains(u"Thrilled"_s));
    CHECK(text->learned == u"Gateway retried without an idempotency key"_s);

    SECTION("what happened and what was done are required, and nothing is written without them") {
        StoryText empty = text.value();
        empty.happened = u"  "_s;
        auto refused = stories.nominate(a1, first->id, empty);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == u"happened"_s);
        CHECK(t.count(u"stories"_s) == 0);
        CHECK(count(t, u"story.nominate"_s) == 0);
        CHECK(stories.nominate(a1, 999, text.value()).error().code == Error::Code::NotFound);
    }

    auto story = stories.nominate(a1, first->id, text.value());
    REQUIRE(story.ok());
    CHECK(stories.nominate(a2, first->id, text.value()).error().code == Error::Code::Conflict);
    auto nominated = stories.story(story.value());
    REQUIRE(nominated.ok());
    REQUIRE(nominated->recognized.size() == 2); // A1 gave, S1 approved
    CHECK(nominated->status == Story::Status::Nominated);

    // Nobody decides on a story they nominated or that names them; associates decide on none.
    CHECK(stories.approve(a2, story.value()).error().code == Error::Code::Denied);
    auto own = stories.approve(s1, story.value());
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().code == Error::Code::Denied);
    CHECK(own.error().message.contains(u"recognises you"_s));
    auto byS2 = stories.nominate(s2, second->id, stories.draftFor(second->id).value());
    REQUIRE(byS2.ok());
    CHECK(stories.approve(s2, byS2.value()).error().code == Error::Code::Denied);
    CHECK(stories.decline(s2, byS2.value(), u"no"_s).error().code == Error::Code::Denied);
    CHECK(t.scalar(u"SELECT count(*) FROM stories WHERE status <> 'nominated'"_s) == 0);

    // S2 approves A1's story with an edit: both are audited, the edit apart.
    StoryText edited = text.value();
    edited.learned = u"Ask the gateway team for idempotency keys"_s;
    REQUIRE(stories.approve(s2, story.value(), edited).ok());
    auto approved = stories.story(story.value());
    CHECK(approved->status == Story::Status::Approved);
    CHECK(approved->decidedBy == u"Employee S2"_s);
    CHECK(approved->text.learned == u"Ask the gateway team for idempotency keys"_s);
    CHECK(count(t, u"story.edit"_s) == 1);
    CHECK(count(t, u"story.approve"_s) == 1);
    CHECK(stories.approve(m1, story.value()).error().code == Error::Code::Conflict);
    CHECK(stories.decline(m1, story.value(), u"changed my mind"_s).error().code == Error::Code::Conflict);

    // Declining needs a reason; a declined recovery may be nominated again.
    auto noReason = stories.decline(m1, byS2.value(), u" "_s);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == u"reason"_s);
    REQUIRE(stories.decline(m1, byS2.value(), u"A routine fix"_s).ok());
    CHECK(stories.story(byS2.value())->reason == u"A routine fix"_s);
    CHECK(stories.nominate(a2, second->id, stories.draftFor(second->id).value()).ok());

    // The board: this week, then earlier this month, then gone.
    auto board = stories.board();
    REQUIRE(board.ok());
    REQUIRE(board->thisWeek.size() == 1);
    CHECK(board->thisWeek.first().id == story.value());
    CHECK(board->earlierThisMonth.isEmpty());
    t.clock().advanceSecs(8 * Day); // Tuesday 10 March → Wednesday 18 March
    board = stories.board();
    CHECK(board->thisWeek.isEmpty());
    CHECK(board->earlierThisMonth.size() == 1);
    t.clock().advanceSecs(20 * Day); // April
    CHECK(stories.board()->earlierThisMonth.isEmpty());

    // Recognitions: everyone who worked an approved story, next to the recoveries they opened.
    const QDate from = TestDatabase::defaultNow().date();
    auto rows = LearningReports(t.db(), t.clock()).recognitions(from, from.addDays(30));
    REQUIRE(rows.ok());
    QHash<QString, RecognitionRow> byCode;
    for (const RecognitionRow& r : rows.value())
        byCode.insert(r.code, r);
    CHECK(byCode.value(u"A1"_s).recognitions == 1);
    CHECK(byCode.value(u"A1"_s).recoveries == 1);
    CHECK(byCode.value(u"S1"_s).recognitions == 1);
    CHECK(byCode.value(u"A2"_s).recognitions == 0);
    CHECK(byCode.value(u"A2"_s).recoveries == 1);
    CHECK(byCode.value(u"S2"_s).nominated == 1);
    const auto roles = LearningReports::byRole(rows.value());
    REQUIRE(roles.size() == 3);
    CHECK(roles[0].role == Role::Associate);
    CHECK(roles[0].employees == 2);
    CHECK(roles[0].recognized == 1);
    CHECK(roles[1].recognitions == 1);
    requireVerified(t);
}

TEST_CASE("The line-up sheet takes two stories that recognise different people", "[loop]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    auto a2 = t.staff(u"A2"_s, Role::Associate);
    auto s1 = t.staff(u"S1"_s, Role::Supervisor);
    StoryService stories(t.db(), t.clock(), t.playbooks());
    const auto approvedStory = [&](const AuthenticatedEmployee& by, const QString& phone) {
        auto r = t.recoveries().record(by, TestDatabase::draft(phone));
        REQUIRE(r.ok());
        auto id = stories.nominate(by, r->id, stories.draftFor(r->id).value());
        REQUIRE(id.ok());
        REQUIRE(stories.approve(s1, id.value()).ok());
        t.clock().advanceSecs(3600);
        return id.value();
    };
    CHECK(stories.lineUp()->isEmpty());
    const qint64 byA2 = approvedStory(a2, u"+1 555 0201"_s);
    approvedStory(a1, u"+1 555 0202"_s);
    const qint64 newest = approvedStory(a1, u"+1 555 0203"_s);
    auto lineUp = stories.lineUp();
    REQUIRE(lineUp.ok());
    REQUIRE(lineUp->size() == 2);
    CHECK(lineUp->at(0).id == newest);
    CHECK(lineUp->at(1).id == byA2); // not A1's other story
    const QString html = lineUpSheetHtml(lineUp.value(), Playbook::builtIn(), u"Harbour Hotel"_s,
                                         t.clock().nowUtc().date(), QLocale::c());
    CHECK(html.contains(u"Harbour Hotel"_s));
    CHECK(html.contains(u"Employee A2"_s));
    CHECK(html.contains(u"Cake delivered two hours late"_s));
}

TEST_CASE(
    "Prevention actions: a supervisor opens one, its owner moves it on and closes it with what was done",
    "[loop]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    auto a2 = t.staff(u"A2"_s, Role::Associate);
    auto s1 = t.staff(u"S1"_s, Role::Supervisor);
    for (const QString& phone : {u"+1 555 0301"_s, u"+1 555 0302"_s, u"+1 555 0303"_s})
        REQUIRE(t.recoveries().record(a1, TestDatabase::draft(phone)).ok());
    t.clock().advanceSecs(Day);
    PreventionService actions(t.db(), t.clock(), t.playbooks());
    const QDate today = t.clock().nowUtc().toLocalTime().date();
    ActionDraft draft{CategoryId(u"delay"_s),   u"Stagger the Saturday delivery slots"_s,
                      a1.employee().id,         today.addDays(14),
                      ActionSource::Combustion, {}};

    const auto refusedAt = [&](const AuthenticatedEmployee& by, const ActionDraft& d) {
        auto r = actions.open(by, d);
        REQUIRE_FALSE(r.ok());
        return r.error().field.isEmpty() ? QString::number(int(r.error().code)) : r.error().field;
    };
    CHECK(refusedAt(a1, draft) == QString::number(int(Error::Code::Denied)));
    ActionDraft bad = draft;
    bad.category = CategoryId(u"weather"_s);
    CHECK(refusedAt(s1, bad) == u"category"_s);
    bad = draft;
    bad.due = today.addDays(-1);
    CHECK(refusedAt(s1, bad) == u"due"_s);
    bad = draft;
    bad.what = u" "_s;
    CHECK(refusedAt(s1, bad) == u"what"_s);
    bad = draft;
    bad.source = ActionSource::Recovery;
    bad.sourceRef = u"999"_s;
    CHECK(refusedAt(s1, bad) == u"source"_s);
    bad = draft;
    bad.ownerId = 999;
    CHECK(refusedAt(s1, bad) == u"owner"_s);
    CHECK(t.count(u"prevention_actions"_s) == 0);

    auto id = actions.open(s1, draft);
    REQUIRE(id.ok());
    auto open = actions.actions(true);
    REQUIRE(open->size() == 1);
    CHECK(open->first().owner == u"Employee A1"_s);
    CHECK(open->first().status == ActionStatus::Open);
    CHECK(actions.start(a2, id.value()).error().code == Error::Code::Denied); // not the owner
    REQUIRE(actions.start(a1, id.value()).ok());
    CHECK(actions.action(id.value())->status == ActionStatus::InProgress);
    auto noDone = actions.close(a1, id.value(), u""_s);
    REQUIRE_FALSE(noDone.ok());
    CHECK(noDone.error().field == u"done"_s);
    t.clock().advanceSecs(Day);
    REQUIRE(actions.close(a1, id.value(), u"Slots of 30 minutes, 8 deliveries each at most"_s).ok());
    CHECK(actions.close(s1, id.value(), u"again"_s).error().code == Error::Code::Conflict);
    CHECK(actions.actions(true)->isEmpty());
    const PreventionAction done = actions.action(id.value()).value();
    CHECK(done.status == ActionStatus::Done);
    CHECK(done.done == u"Slots of 30 minutes, 8 deliveries each at most"_s);
    CHECK(done.closedBy == u"Employee A1"_s);

    // Three delays in the 28 days before it was opened; one in the two days since it was closed.
    t.clock().advanceSecs(Day);
    REQUIRE(t.recoveries().record(a1, TestDatabase::draft(u"+1 555 0304"_s)).ok());
    t.clock().advanceSecs(Day);
    auto impact = LearningReports(t.db(), t.clock()).preventionImpact(actions.actions(false).value());
    REQUIRE(impact.ok());
    REQUIRE(impact->size() == 1);
    CHECK(impact->first().before == 3);
    REQUIRE(impact->first().after.has_value());
    CHECK(*impact->first().after == 1);
    CHECK(impact->first().afterDays == 2);
    requireVerified(t);
}

TEST_CASE("Return visits: recovered customers back within 30 and 90 days, next to customers never let down",
          "[loop]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    const QDate day0 = t.clock().nowUtc().toLocalTime().date();
    auto recovered = [&](const QString& phone) {
        auto r = t.recoveries().record(a1, TestDatabase::draft(phone));
        REQUIRE(r.ok());
        return r.value();
    };
    const auto a = recovered(u"+1 555 0401"_s); // blown away, back on day 10
    const auto b = recovered(u"+1 555 0402"_s); // satisfied, back on day 45
    recovered(u"+1 555 0403"_s);                // no verdict, let down again on day 20
    const auto customerOf = [&](qint64 incident) {
        return t.scalar(u"SELECT customer_id FROM incidents WHERE id = %1"_s.arg(incident));
    };
    VisitService visits(t.db(), t.clock());
    t.clock().advanceSecs(Day);
    REQUIRE(t.followUps().complete(a1, a.followUpId, {true, 5, Verdict::BlownAway, {}, {}}).ok());
    REQUIRE(t.followUps().complete(a1, b.followUpId, {true, 4, Verdict::Satisfied, {}, {}}).ok());
    CustomerDraft regular;
    regular.name = u"Hannah Berg"_s;
    regular.phone = u"+1 555 0501"_s;
    auto d = visits.visitOf(a1, regular, t.playbooks()); // never let down: back on day 25
    REQUIRE(d.ok());
    const qint64 dCustomer = t.scalar(u"SELECT customer_id FROM visits WHERE id = %1"_s.arg(d.value()));
    CHECK(visits.customerIsBack(a1, dCustomer).error().code == Error::Code::Conflict); // once a day
    t.clock().advanceSecs(Day);
    regular.name = u"Omar Haddad"_s;
    regular.phone = u"+1 555 0502"_s;
    REQUIRE(visits.visitOf(a1, regular, t.playbooks()).ok()); // never let down, never back
    t.clock().advanceSecs(8 * Day);                           // day 10
    REQUIRE(visits.customerIsBack(a1, customerOf(a.id)).ok());
    t.clock().advanceSecs(10 * Day); // day 20
    recovered(u"+1 555 0403"_s);
    t.clock().advanceSecs(5 * Day); // day 25
    REQUIRE(visits.customerIsBack(a1, dCustomer).ok());
    t.clock().advanceSecs(20 * Day); // day 45
    REQUIRE(visits.customerIsBack(a1, customerOf(b.id)).ok());
    CHECK(visits.customerIsBack(a1, 999).error().code == Error::Code::NotFound);

    LearningReports reports(t.db(), t.clock());
    const auto row = [](const QList<ReturnRow>& rows, ReturnRow::Group g) {
        for (const ReturnRow& r : rows) {
            if (r.group == g)
                return r;
        }
        FAIL("no such row");
        return ReturnRow{};
    };
    t.clock().advanceSecs(5 * Day); // day 50: the 90 days are not over for anyone
    auto early = reports.returnVisits(day0, day0.addDays(3));
    REQUIRE(early.ok());
    const ReturnRow all50 = row(early.value(), ReturnRow::Group::AllRecovered);
    CHECK(all50.customers == 3);
    CHECK(all50.eligible30 == 3);
    CHECK(all50.back30 == 2); // A (visit) and C (came back, let down again); B on day 45
    CHECK(all50.eligible90 == 0);
    CHECK_FALSE(all50.share90().has_value());

    t.clock().advanceSecs(50 * Day); // day 100
    auto late = reports.returnVisits(day0, day0.addDays(3));
    REQUIRE(late.ok());
    const ReturnRow blown = row(late.value(), ReturnRow::Group::BlownAway);
    CHECK(blown.customers == 1);
    CHECK(blown.back30 == 1);
    const ReturnRow satisfied = row(late.value(), ReturnRow::Group::Satisfied);
    CHECK(satisfied.back30 == 0);
    CHECK(satisfied.back90 == 1);
    CHECK(row(late.value(), ReturnRow::Group::NoVerdict).back30 == 1);
    CHECK(row(late.value(), ReturnRow::Group::NotSatisfied).customers == 0);
    const ReturnRow all = row(late.value(), ReturnRow::Group::AllRecovered);
    CHECK(all.share30().value() == Approx(2.0 / 3.0));
    CHECK(all.share90().value() == Approx(1.0));
    const ReturnRow never = row(late.value(), ReturnRow::Group::NeverFailed);
    CHECK(never.customers == 2);
    CHECK(never.back30 == 1);
    CHECK(never.share90().value() == Approx(0.5));
    requireVerified(t);
}

TEST_CASE("Recovery economics on a small dataset computed by hand", "[loop]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    const QDateTime now = t.clock().nowUtc();
    // P (standard, spent 1,000.00): two desserts (9.00 each, costing 3.00), recovered in 10 and 30 minutes.
    RecoveryDraft p = TestDatabase::draft(u"+1 555 0601"_s);
    p.customer.lifetimeValue = u"1000.00"_s;
    for (int minutes : {10, 30}) {
        p.occurredAt = now.addSecs(-60 * minutes);
        REQUIRE(t.recoveries().record(a1, p).ok());
    }
    // Q (VIP, spent 20,000.00): a refund of 100.00 in 60 minutes; back five days later.
    RecoveryDraft q = TestDatabase::draft(u"+1 555 0602"_s);
    q.customer.segment = SegmentId(u"vip"_s);
    q.customer.lifetimeValue = u"20000.00"_s;
    q.compensations = {{u"refund"_s, u"100.00"_s}};
    q.occurredAt = now.addSecs(-3600);
    auto recorded = t.recoveries().record(a1, q);
    REQUIRE(recorded.ok());
    RecoveryDraft bad = TestDatabase::draft(u"+1 555 0603"_s);
    bad.customer.lifetimeValue = u"a lot"_s;
    auto refused = t.recoveries().record(a1, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"customer.lifetime_value"_s);
    t.clock().advanceSecs(5 * Day);
    REQUIRE(VisitService(t.db(), t.clock())
                .customerIsBack(
                    a1, t.scalar(u"SELECT customer_id FROM incidents WHERE id = %1"_s.arg(recorded->id)))
                .ok());

    const QDate day = now.toLocalTime().date();
    auto rows = LearningReports(t.db(), t.clock()).economics(day, day, u"USD"_s);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    const EconomicsRow& standard = rows->at(0);
    CHECK(standard.segment == SegmentId(u"standard"_s));
    CHECK(standard.recoveries == 2);
    CHECK(standard.customers == 1);
    CHECK(standard.given.minor() == 1800);
    CHECK(standard.cost.minor() == 600);
    CHECK(standard.costPerRecovery()->minor() == 300);
    CHECK(standard.returning == 0);
    CHECK_FALSE(standard.costPerReturning().has_value());
    CHECK(standard.averageLifetimeValue()->minor() == 100000);
    CHECK(standard.costShareOfValue().value() == Approx(0.006));
    CHECK(standard.p50Minutes == Approx(10).margin(0.01));
    CHECK(standard.p90Minutes == Approx(30).margin(0.01));
    const EconomicsRow& vip = rows->at(1);
    CHECK(vip.segment == SegmentId(u"vip"_s));
    CHECK(vip.cost.minor() == 10000);
    CHECK(vip.returning == 1);
    CHECK(vip.costPerReturning()->minor() == 10000);
    CHECK(vip.p50Minutes == Approx(60).margin(0.01));
    const EconomicsRow& total = rows->at(2);
    CHECK(total.segment.isEmpty());
    CHECK(total.recoveries == 3);
    CHECK(total.customers == 2);
    CHECK(total.given.minor() == 11800);
    CHECK(total.cost.minor() == 10600);
    CHECK(total.costPerReturning()->minor() == 10600);
    CHECK(total.averageLifetimeValue()->minor() == 1050000);
    CHECK(total.p50Minutes == Approx(30).margin(0.01));
    CHECK(total.p90Minutes == Approx(60).margin(0.01));
    requireVerified(t);
}

TEST_CASE("Stories export with their people, a formula in a story stays text", "[loop][export]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    auto s1 = t.staff(u"S1"_s, Role::Supervisor);
    auto r = t.recoveries().record(a1, TestDatabase::draft());
    REQUIRE(r.ok());
    StoryService stories(t.db(), t.clock(), t.playbooks());
    StoryText text = stories.draftFor(r->id).value();
    text.happened = u"=HYPERLINK(\"http://evil\")"_s;
    auto id = stories.nominate(a1, r->id, text);
    REQUIRE(id.ok());
    REQUIRE(stories.approve(s1, id.value()).ok());
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    auto rows = Exporter(t.db(), t.clock()).write(t.auditor(), {ExportKind::Stories, {}, {}, false, {}}, csv);
    REQUIRE(rows.ok());
    CHECK(rows.value() == 1);
    const auto read = test::readCsv(csv.data());
    REQUIRE(read.size() == 2);
    CHECK(read[1].at(read[0].indexOf(u"what_happened"_s)) == u"'=HYPERLINK(\"http://evil\")"_s);
    CHECK(read[1].at(read[0].indexOf(u"recognized"_s)) == u"A1"_s);
    CHECK(read[1].at(read[0].indexOf(u"status"_s)) == u"approved"_s);
}
