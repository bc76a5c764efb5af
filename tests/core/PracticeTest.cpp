// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/Verifier.h"
#include "playbook/Playbook.h"
#include "practice/Drill.h"
#include "practice/DrillFromRecovery.h"
#include "practice/DrillScore.h"
#include "practice/PracticeSandbox.h"
#include "practice/PracticeService.h"
#include "support/CatchQt.h"
#include "support/Files.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

namespace {

const Drill& birthday() {
    static const DrillLibrary library = DrillLibrary::builtIn(u"en"_s, Playbook::builtIn()).value();
    return *library.drill(u"late-birthday-delivery"_s);
}

const QStringList& blameWords() {
    static const QStringList words = DrillLibrary::builtIn(u"en"_s, Playbook::builtIn()).value().blameWords();
    return words;
}

// Everything the rubric asks for, on the birthday drill (Ana Costa, regular, delay/moderate, by phone).
PracticeAttempt perfect() {
    PracticeAttempt a;
    a.customerName = u"Ana Costa"_s;
    a.category = CategoryId(u"delay"_s);
    a.severity = SeverityId(u"moderate"_s);
    a.apology = u"Ana Costa, I'm so sorry the flowers for Sofia's birthday are late."_s;
    a.fixNotes = u"✓ Sent now with a driver"_s;
    a.resolved = true;
    a.startedAt = TestDatabase::defaultNow();
    a.fixedAt = a.startedAt.addSecs(40);
    a.compensatedAt = a.startedAt.addSecs(60);
    a.recordedAt = a.startedAt.addSecs(80);
    a.gestures = {{u"flowers"_s, Money(3000, u"USD"_s)}};
    a.followUpDue = a.recordedAt.addSecs(6 * 3600);
    a.followUpChannel = Channel::Phone;
    return a;
}

const CriterionResult& criterionOf(const DrillResult& r, const QString& id) {
    for (const CriterionResult& c : r.criteria) {
        if (c.id == id)
            return c;
    }
    FAIL("no criterion " << id.toStdString());
    return r.criteria.first();
}

DrillResult scored(const PracticeAttempt& a, Role role = Role::Associate) {
    return scoreDrill(birthday(), blameWords(), Playbook::builtIn(), role, a);
}

QByteArray withDrill(const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = QJsonDocument::fromJson(DrillLibrary::builtInJson(u"en"_s)).object();
    QJsonArray drills = root.value(u"drills"_s).toArray();
    QJsonObject first = drills.at(0).toObject();
    change(first);
    drills[0] = first;
    root.insert(u"drills"_s, drills);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("The eight shipped drills load in English, Spanish and German, the same drills in each",
          "[practice]") {
    QSet<QString> english;
    for (const QString& language : {u"en"_s, u"es"_s, u"de"_s}) {
        auto library = DrillLibrary::builtIn(language, Playbook::builtIn());
        INFO(language.toStdString());
        REQUIRE(library.ok());
        CHECK(library->language() == language);
        CHECK(library->drills().size() == 8);
        CHECK_FALSE(library->blameWords().isEmpty());
        QSet<QString> ids;
        for (const Drill& d : library->drills()) {
            ids.insert(d.id);
            CHECK_FALSE(d.opening.isEmpty());
            CHECK_FALSE(d.afterGesture.isEmpty());
            CHECK_FALSE(d.ideal.isEmpty());
            // A perfect trainee must be able to meet "apologised using the name" in this language.
            CHECK_FALSE(d.customer.name.isEmpty());
        }
        if (english.isEmpty())
            english = ids;
        CHECK(ids == english);
    }
    // The drill of the day is stable for a day and moves on.
    const DrillLibrary library = DrillLibrary::builtIn(u"en"_s, Playbook::builtIn()).value();
    const QDate day(2026, 12, 1);
    CHECK(library.drillOfTheDay(7, day) == library.drillOfTheDay(7, day));
    CHECK(library.drillOfTheDay(7, day) != library.drillOfTheDay(7, day.addDays(1)));
}

TEST_CASE("Bad drill files are refused with the path of the field", "[practice]") {
    const Playbook& pb = Playbook::builtIn();
    const auto refused = [&](const QByteArray& json) {
        auto r = DrillLibrary::fromJson(json, pb);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Invalid);
        return r.error();
    };
    CHECK(refused("{\"format\": ").message.startsWith(u"not a drill file: "_s));
    CHECK(refused("[1, 2]").message == u"not a drill file: not a JSON object");
    Error e = refused(withDrill([](QJsonObject& d) {
        QJsonObject expected = d.value(u"expected"_s).toObject();
        expected.insert(u"category"_s, u"weather"_s);
        d.insert(u"expected"_s, expected);
    }));
    CHECK(e.message == u"drills[0].expected.category: unknown category \"weather\"");
    CHECK(e.field == u"drills[0].expected.category");
    e = refused(withDrill([](QJsonObject& d) {
        QJsonObject g = d.value(u"gestures"_s).toObject();
        g.insert(u"delight"_s, QJsonArray{u"credit"_s, u"yacht"_s});
        d.insert(u"gestures"_s, g);
    }));
    CHECK(e.message == u"drills[0].gestures.delight[1]: \"yacht\" is not in the playbook's catalog");
    e = refused(withDrill([](QJsonObject& d) {
        QJsonObject says = d.value(u"says"_s).toObject();
        says.remove(u"fix"_s);
        d.insert(u"says"_s, says);
    }));
    CHECK(e.message == u"drills[0].says.fix: must be a text, not empty");
    e = refused(withDrill([](QJsonObject& d) {
        QJsonObject c = d.value(u"customer"_s).toObject();
        c.insert(u"segment"_s, u"gold"_s);
        d.insert(u"customer"_s, c);
    }));
    CHECK(e.message == u"drills[0].customer.segment: unknown segment \"gold\"");
    e = refused(withDrill([](QJsonObject& d) { d.insert(u"mood"_s, u"angry"_s); }));
    CHECK(e.message == u"drills[0].mood: unknown field");
    e = refused(withDrill([](QJsonObject& d) {
        d.insert(u"pressure"_s, QJsonArray{QJsonObject{
                                    {u"step"_s, u"lunch"_s}, {u"kind"_s, u"blame"_s}, {u"text"_s, u"x"_s}}});
    }));
    CHECK(e.message.startsWith(u"drills[0].pressure[0].step: one of situation"_s));
}

TEST_CASE("Each criterion of the rubric is met or missed as the trainee did", "[practice]") {
    const Playbook& pb = Playbook::builtIn();
    DrillResult best = scored(perfect());
    CHECK(best.score == 100);
    CHECK(best.criteria.size() == criterionIds().size());
    for (const CriterionResult& c : best.criteria) {
        INFO(c.id.toStdString() << ": " << c.feedback.toStdString());
        CHECK(c.met);
        CHECK_FALSE(c.feedback.isEmpty());
    }

    SECTION("the name") {
        PracticeAttempt a = perfect();
        a.apology = u"I'm so sorry the flowers are late."_s;
        const DrillResult r = scored(a);
        CHECK_FALSE(criterionOf(r, u"apology-name"_s).met);
        CHECK(r.score == 90);
    }
    SECTION("blame") {
        PracticeAttempt a = perfect();
        a.apology += u" Our new guy forgot it."_s;
        CHECK_FALSE(criterionOf(scored(a), u"apology-no-blame"_s).met);
    }
    SECTION("category and severity") {
        PracticeAttempt a = perfect();
        a.category = CategoryId(u"defect"_s);
        a.severity = SeverityId(u"minor"_s);
        const DrillResult r = scored(a);
        CHECK_FALSE(criterionOf(r, u"category"_s).met);
        CHECK_FALSE(criterionOf(r, u"severity"_s).met);
        CHECK(r.score == 80);
    }
    SECTION("fixed before compensating") {
        PracticeAttempt a = perfect();
        a.resolved = false;
        CHECK_FALSE(criterionOf(scored(a), u"fixed-first"_s).met);
    }
    SECTION("a gesture exactly at the overreact notch is in range; a cent more is not") {
        const Money notch = pb.overreactBudget(SeverityId(u"moderate"_s), SegmentId(u"regular"_s));
        PracticeAttempt a = perfect();
        a.gestures = {{u"gift"_s, notch}};
        CHECK(criterionOf(scored(a), u"gesture-range"_s).met);
        a.gestures = {{u"gift"_s, Money(notch.minor() + 1, u"USD"_s)}};
        CHECK_FALSE(criterionOf(scored(a), u"gesture-range"_s).met);
        a.gestures = {{u"flowers"_s, Money(3000, u"USD"_s)}, {u"driver-day"_s, Money(22000, u"USD"_s)}};
        const CriterionResult excessive = criterionOf(scored(a), u"gesture-range"_s);
        CHECK_FALSE(excessive.met);
        CHECK(excessive.feedback.contains(u"driver-day"_s));
        a.gestures.clear();
        CHECK_FALSE(criterionOf(scored(a), u"gesture-range"_s).met);
    }
    SECTION("a personal touch") {
        PracticeAttempt a = perfect();
        a.apology = u"Ana Costa, I'm sorry your order is late."_s;
        a.gestures = {{u"voucher"_s, Money(2000, u"USD"_s)}}; // not a delight for this drill
        CHECK_FALSE(criterionOf(scored(a), u"personal-touch"_s).met);
        a.fixNotes += u"\nAdded a card for Sofia"_s;
        CHECK(criterionOf(scored(a), u"personal-touch"_s).met);
    }
    SECTION("over-authority gestures need an approval") {
        PracticeAttempt a = perfect();
        a.gestures = {{u"gift"_s, Money(15001, u"USD"_s)}}; // above the associate's 150.00
        CHECK_FALSE(criterionOf(scored(a), u"approval"_s).met);
        CHECK(criterionOf(scored(a, Role::Supervisor), u"approval"_s).met);
        a.approver = u"S1"_s;
        CHECK(criterionOf(scored(a), u"approval"_s).met);
    }
    SECTION("a follow-up at 24 h is in time; at 24 h 1 min it is not; the channel must be the customer's") {
        PracticeAttempt a = perfect();
        a.followUpDue = a.recordedAt.addSecs(24 * 3600);
        CHECK(criterionOf(scored(a), u"follow-up"_s).met);
        a.followUpDue = a.recordedAt.addSecs(24 * 3600 + 60);
        CHECK_FALSE(criterionOf(scored(a), u"follow-up"_s).met);
        a.followUpDue = a.recordedAt.addSecs(3600);
        a.followUpChannel = Channel::Email;
        CHECK_FALSE(criterionOf(scored(a), u"follow-up"_s).met);
    }
    SECTION("time against the target: full points in time, half up to twice, none beyond") {
        PracticeAttempt a = perfect();
        a.recordedAt = a.startedAt.addSecs(birthday().targetSeconds);
        a.followUpDue = a.recordedAt.addSecs(3600);
        CHECK(criterionOf(scored(a), u"time"_s).points == 10);
        a.recordedAt = a.startedAt.addSecs(2 * birthday().targetSeconds);
        a.followUpDue = a.recordedAt.addSecs(3600);
        CHECK(criterionOf(scored(a), u"time"_s).points == 5);
        a.recordedAt = a.startedAt.addSecs(2 * birthday().targetSeconds + 1);
        a.followUpDue = a.recordedAt.addSecs(3600);
        CHECK(criterionOf(scored(a), u"time"_s).points == 0);
    }
}

TEST_CASE("A drill runs in a sandbox: the real database gains only the practice result, audited and verified",
          "[practice]") {
    TestDatabase t;
    auto trainee = t.staff(u"A1"_s, Role::Associate);
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    const auto counts = [&] {
        return QList<qint64>{t.count(u"incidents"_s), t.count(u"compensations"_s), t.count(u"follow_ups"_s),
                             t.count(u"customers"_s), t.count(u"audit_log"_s)};
    };
    const QList<qint64> before = counts();
    auto sandbox = PracticeSandbox::create(t.db(), birthday());
    REQUIRE(sandbox.ok());
    CHECK((*sandbox)->path() != t.path());
    {
        auto db = Database::open((*sandbox)->path(), Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        // The real limits and staff, and the drill's customer waiting to be found.
        PlaybookService playbooks(**db, t.clock());
        CHECK(playbooks.current()->playbook->json() == t.playbooks().current()->playbook->json());
        auto practising = PracticeSandbox::trainee(**db, u"A1"_s);
        REQUIRE(practising.ok());
        CHECK(EmployeeService(**db, t.clock()).authenticate(u"S1"_s, u"4071829365"_s).ok());
        RecoveryDraft d = TestDatabase::draft(u"+1 555 0108"_s);
        d.compensations = {{u"flowers"_s, {}}};
        RecoveryService service(**db, t.clock(), playbooks);
        auto recorded = service.record(*practising, d);
        REQUIRE(recorded.ok());
        CHECK(test::scalarIn((*sandbox)->path(), u"SELECT count(*) FROM incidents"_s) == 1);
    }
    CHECK(counts() == before); // nothing of the drill reached the real file

    PracticeService practice(t.db(), t.clock());
    const DrillResult result = scored(perfect());
    auto id = practice.record(trainee, birthday(), result, perfect());
    REQUIRE(id.ok());
    QList<qint64> after = before;
    after[4] += 1; // one audit entry: the result
    CHECK(counts() == after);
    CHECK(t.text(u"SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"_s) == u"practice.result");
    auto history = practice.results(trainee.employee().id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().score == 100);
    CHECK(history->first().choices.value(u"apology"_s).toString() == perfect().apology);
    CHECK(history->first().criteria.size() == 10);

    auto readiness = practice.readiness(supervisor);
    REQUIRE(readiness.ok());
    CHECK(readiness->cells.value(Readiness::key(trainee.employee().id, birthday().id)).last == 100);
    CHECK(readiness->notPractisedLately.size() == 1); // the supervisor has not practised
    CHECK_FALSE(practice.readiness(trainee).ok());

    SystemClock clock;
    CHECK(Verifier(t.db(), clock).run({}).ok());
    test::tamper(t.path(), {u"UPDATE practice_results SET score = 40"_s});
    auto v = Verifier(t.db(), clock).run({});
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().message.startsWith(
        u"practice result %1: score 40 in the table, 100 in audit entry"_s.arg(*id)));
}

TEST_CASE("A business's own drills join the library, audited, and go out as a drill file", "[practice]") {
    TestDatabase t;
    auto manager = t.staff(u"M1"_s, Role::Manager);
    auto associate = t.staff(u"A1"_s, Role::Associate);
    PracticeService practice(t.db(), t.clock());
    const Playbook& pb = Playbook::builtIn();
    const QByteArray own = withDrill([](QJsonObject& d) {
        d.insert(u"id"_s, u"spilled-coffee"_s);
        d.insert(u"title"_s, u"Spilled coffee"_s);
    });
    CHECK(practice.importDrillsAs(associate, own, pb).error().code == Error::Code::Denied);
    auto ids = practice.importDrillsAs(manager, own, pb);
    REQUIRE(ids.ok());
    CHECK(ids->contains(u"spilled-coffee"_s));
    auto library = practice.library(u"en"_s, pb);
    REQUIRE(library.ok());
    REQUIRE(library->drill(u"spilled-coffee"_s));
    CHECK(library->drill(u"spilled-coffee"_s)->title == u"Spilled coffee");
    auto exported = practice.exportOwnDrills(pb);
    REQUIRE(exported.ok());
    auto back = DrillLibrary::fromJson(*exported, pb);
    REQUIRE(back.ok());
    CHECK(back->drill(u"spilled-coffee"_s));
    SystemClock clock;
    CHECK(Verifier(t.db(), clock).run({}).ok());
    test::tamper(t.path(), {u"UPDATE drill_library SET json = replace(json, 'Spilled', 'Spoiled')"_s});
    auto v = Verifier(t.db(), clock).run({});
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().message.startsWith(u"drill spilled-coffee: SHA-256 of the drill"_s));
}

TEST_CASE("A closed recovery becomes a drill without the customer's name, phone or e-mail", "[practice]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto manager = t.staff(u"M1"_s, Role::Manager);
    RecoveryDraft d = TestDatabase::draft(u"+1 555 0101"_s);
    d.customer.name = u"Helen Marsh"_s;
    d.customer.preferences = u"Helen runs a bakery; call +1 555 0101"_s;
    d.description =
        u"Helen Marsh ordered 100 boxes; she wrote from helen.marsh@example.com and 555-0101-22"_s;
    auto recorded = t.recoveries().record(associate, d);
    REQUIRE(recorded.ok());
    const Playbook& pb = *t.playbooks().current()->playbook;
    auto open = drillFromRecovery(t.db(), recorded->id, pb);
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().code == Error::Code::Conflict); // not over yet
    REQUIRE(t.followUps()
                .complete(associate, recorded->followUpId, {true, 5, Verdict::BlownAway, u"Thanks"_s, {}})
                .ok());

    auto drill = drillFromRecovery(t.db(), recorded->id, pb);
    REQUIRE(drill.ok());
    for (const QString& text : {drill->customer.name, drill->customer.notes, drill->whatWentWrong,
                                drill->opening, drill->ideal.join(u'\n')}) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(u"Helen"_s));
        CHECK_FALSE(text.contains(u"Marsh"_s));
        CHECK_FALSE(text.contains(u"555"_s));
        CHECK_FALSE(text.contains(u"example.com"_s));
        CHECK_FALSE(text.contains(u"Employee A1"_s)); // the associate's name, from the apology script
    }
    CHECK(drill->whatWentWrong.contains(u"ordered 100 boxes"_s));
    CHECK(drill->category == d.category);
    CHECK(drill->severity == d.severity);
    // The pre-filled drill is a valid drill file, and the manager adds it to the library.
    const QByteArray json = DrillLibrary::toJson({*drill}, u"en"_s, blameWords());
    auto added = PracticeService(t.db(), t.clock()).importDrillsAs(manager, json, pb);
    REQUIRE(added.ok());
    CHECK(added->first() == u"recovery-%1"_s.arg(recorded->id));
}
