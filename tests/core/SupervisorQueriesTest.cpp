// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"
#include "demo/DemoSeeder.h"
#include "reports/AuditQuery.h"
#include "reports/ExportJob.h"
#include "reports/SupervisorReports.h"
#include "services/ReviewService.h"
#include "support/CatchQt.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QFile>

#include <optional>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

namespace {
// A database with a realistic history, shared by the read-only checks below.
TestDatabase& seeded() {
    static TestDatabase* t = [] {
        auto* db = new TestDatabase;
        // The seeder wants an empty staff list and installs the playbook itself (already there: kept).
        auto summary = DemoSeeder(db->db()).seed(150, 11);
        REQUIRE(summary.ok());
        return db;
    }();
    return *t;
}

qint64 count(AuditQuery& q, const AuditFilter& f) {
    auto n = q.count(f);
    REQUIRE(n.ok());
    return n.value();
}
} // namespace

TEST_CASE("Audit filters narrow to exactly the matching entries", "[audit-query]") {
    TestDatabase& t = seeded();
    AuditQuery q(t.db());
    CHECK(count(q, {}) == t.count(u"audit_log"_s));
    AuditFilter billing;
    billing.category = CategoryId(u"billing"_s);
    CHECK(count(q, billing) ==
          t.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                   "WHERE i.category = 'billing'"_s));
    CHECK(count(q, billing) > 0);
    AuditFilter overrides;
    overrides.overridesOnly = true;
    overrides.action = AuditAction::CompensationApprove;
    CHECK(count(q, overrides) ==
          t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'compensation.approve'"_s));
    AuditFilter big;
    big.minAmountMinor = 30000;
    CHECK(count(q, big) ==
          t.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                   "WHERE i.total_minor >= 30000"_s));
    AuditFilter who;
    who.employeeId = t.scalar(u"SELECT id FROM employees WHERE code = 'S200'"_s);
    CHECK(count(q, who) == t.scalar(u"SELECT count(*) FROM audit_log WHERE actor = 'S200'"_s));
    // The search box: a customer finds every entry of their recoveries (the customer with the most of them:
    // which ones the seeder makes depends on the day it runs)...
    const QString customerOf =
        u"SELECT c.%1 FROM customers c JOIN incidents i ON i.customer_id = c.id WHERE c.phone <> '' "
        u"GROUP BY c.id, c.%1 ORDER BY count(*) DESC, c.id LIMIT 1"_s;
    const QString name = t.text(customerOf.arg(u"name"_s));
    const QString phone = t.text(customerOf.arg(u"phone"_s));
    REQUIRE_FALSE(name.isEmpty());
    const auto entriesOf = [&](const QString& column, const QString& value) {
        return t.scalar(
            u"SELECT count(*) FROM audit_log WHERE incident_id IN (SELECT i.id FROM incidents i "
            u"JOIN customers c ON c.id = i.customer_id WHERE c.%1 LIKE '%%2%')"_s.arg(column, value));
    };
    AuditFilter text;
    text.text = name;
    CHECK(entriesOf(u"name"_s, name) > 0);
    CHECK(count(q, text) == entriesOf(u"name"_s, name));
    text.text = phone;
    CHECK(count(q, text) == entriesOf(u"phone"_s, phone));
    // ...a voucher code its recovery's entries...
    const QString voucher =
        t.text(u"SELECT voucher_code FROM compensations WHERE voucher_code <> '' ORDER BY id LIMIT 1"_s);
    REQUIRE_FALSE(voucher.isEmpty());
    text.text = voucher.toLower();
    CHECK(count(q, text) == t.scalar(u"SELECT count(*) FROM audit_log WHERE incident_id = (SELECT "
                                     "incident_id FROM compensations WHERE voucher_code = '"_s +
                                     voucher + u"')"_s));
    // ...a recovery number its history, an employee's code or name everything they did.
    text.text = u"42"_s;
    CHECK(count(q, text) == t.scalar(u"SELECT count(*) FROM audit_log WHERE incident_id = 42 "
                                     "OR actor IN (SELECT code FROM employees WHERE name LIKE '%42%')"_s));
    text.text = u"Priya Patel"_s;
    CHECK(count(q, text) == t.scalar(u"SELECT count(*) FROM audit_log WHERE actor = 'S200'"_s));
    AuditFilter injected;
    injected.text = u"%' OR 1=1 --"_s;
    CHECK(count(q, injected) == 0);
}

TEST_CASE("Audit pages read from either end agree with one full ordered read", "[audit-query]") {
    TestDatabase& t = seeded();
    AuditQuery q(t.db());
    AuditFilter f;
    f.category = CategoryId(u"delay"_s);
    const qint64 total = count(q, f);
    REQUIRE(total > 40);
    auto all = q.page(f, AuditQuery::Column::Id, true, 0, int(total), 0);
    REQUIRE(all.ok());
    REQUIRE(all->size() == total);
    for (qint64 offset : {qint64(0), qint64(7), total / 2 + 1, total - 10}) {
        auto page = q.page(f, AuditQuery::Column::Id, true, offset, 10, total);
        REQUIRE(page.ok());
        REQUIRE(page->size() == std::min<qint64>(10, total - offset));
        for (qsizetype i = 0; i < page->size(); ++i)
            CHECK(page->at(i).id == all->at(offset + i).id);
    }
    auto newest = q.page(f, AuditQuery::Column::Id, false, 0, 1, total);
    CHECK(newest->first().id == all->last().id);
    auto history = q.history(all->first().incidentId.value());
    REQUIRE(history.ok());
    CHECK(history->first().action == AuditAction::IncidentOpen);
}

TEST_CASE("The review queue lists overrides and big gestures until they are reviewed", "[review]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    auto manager = t.staff(u"M1"_s, Role::Manager);
    ReviewService reviews(t.db(), t.clock(), t.playbooks());
    CHECK(reviews.queue(associate).error().code == Error::Code::Denied);

    RecoveryDraft d = TestDatabase::draft();
    d.compensations = {{u"credit"_s, u"300.00"_s}};
    auto big = t.recoveries().record(associate, d, &supervisor);
    REQUIRE(big.ok());
    auto queue = reviews.queue(supervisor);
    REQUIRE(queue.ok());
    // The override itself, and A1's week: 300.00 against nothing in the eight weeks before.
    REQUIRE(queue->size() == 2);
    CHECK(queue->at(0).kind == ReviewItem::Kind::EmployeeWeek);
    const ReviewItem item = queue->at(1);
    CHECK(item.kind == ReviewItem::Kind::Override);
    CHECK(item.incidentId == big->id);

    CHECK_FALSE(reviews.markReviewed(manager, item, u" "_s).ok());
    // S1 approved it: someone else reviews it.
    auto own = reviews.markReviewed(supervisor, item, u"Looks fine to me"_s);
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().code == Error::Code::Denied);
    REQUIRE(reviews.markReviewed(manager, item, u"Scenario 1, fine"_s).ok());
    REQUIRE(reviews.markReviewed(supervisor, queue->at(0), u"One big recovery this week"_s).ok());
    CHECK(reviews.queue(supervisor)->isEmpty());
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'review.mark' AND actor = 'M1' "
                   "AND incident_id = %1"_s.arg(big->id)) == 1);
    CHECK(reviews.markReviewed(manager, item, u"again"_s).error().code == Error::Code::Conflict);

    REQUIRE(reviews.setThreshold(supervisor, Money(10000, u"USD"_s)).ok());
    d.compensations = {{u"refund"_s, u"120.00"_s}};
    REQUIRE(t.recoveries().record(associate, d).ok());
    auto after = reviews.queue(supervisor);
    REQUIRE(after->size() == 1);
    CHECK(after->first().kind == ReviewItem::Kind::HighAmount);
}

TEST_CASE("An employee spending more than twice their usual week is flagged", "[review]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto supervisor = t.staff(u"S1"_s, Role::Supervisor);
    ReviewService reviews(t.db(), t.clock(), t.playbooks());
    RecoveryDraft d = TestDatabase::draft();
    d.compensations = {{u"refund"_s, u"40.00"_s}};
    // One 40.00 gesture a week for eight weeks, then 100.00 this week.
    const QDateTime now = t.clock().nowUtc();
    for (int week = 8; week >= 1; --week) {
        t.clock().set(now.addDays(-7 * week));
        REQUIRE(t.recoveries().record(associate, d).ok());
    }
    t.clock().set(now);
    CHECK(reviews.queue(supervisor)->isEmpty());
    d.compensations = {{u"refund"_s, u"100.00"_s}};
    REQUIRE(t.recoveries().record(associate, d).ok());
    auto queue = reviews.queue(supervisor);
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().kind == ReviewItem::Kind::EmployeeWeek);
    CHECK(queue->first().reason.contains(u"100.00"_s));
}

TEST_CASE("Reports count what the recoveries hold", "[reports]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    RecoveryDraft d = TestDatabase::draft();
    const QDateTime now = t.clock().nowUtc();
    for (int minutes : {5, 10, 20, 40}) {
        d.occurredAt = now.addSecs(-60 * minutes);
        d.detectedBy = minutes == 5 ? DetectedBy::Staff : DetectedBy::Customer;
        REQUIRE(t.recoveries().record(associate, d).ok());
    }
    SupervisorReports reports(t.db(), t.clock());
    const QDate today = now.toLocalTime().date();
    auto times = reports.recoveryTimes(today, today, {{SeverityId(u"minor"_s), 15}});
    REQUIRE(times.ok());
    REQUIRE(times->size() == 1);
    CHECK(times->first().count == 4);
    CHECK(std::abs(times->first().medianMinutes - 10) < 0.01);
    CHECK(std::abs(times->first().p90Minutes - 40) < 0.01);
    CHECK(times->first().withinTarget == Approx(0.5));
    auto combustion = reports.combustionPoints();
    REQUIRE(combustion->size() == 1);
    CHECK(combustion->first().weekly.size() == SupervisorReports::CombustionWeeks);
    CHECK(combustion->first().weekly.last() == 4);
    // A first week of recoveries has no history to be judged against.
    CHECK_FALSE(combustion->first().control.last().judged);
    CHECK_FALSE(combustion->first().signal());
    auto pareto = reports.pareto(today, today);
    REQUIRE(pareto->size() == 1);
    CHECK(pareto->first().count == 4);
    CHECK(pareto->first().cumulativeShare == Approx(1.0));
    auto proactive = reports.proactive(today, today);
    CHECK(proactive->first().total == 4);
    CHECK(proactive->first().byStaff == 1);
    auto spend = reports.spend(SupervisorReports::SpendBy::Employee, today, today, u"USD"_s);
    CHECK(spend->first().total.minor() == 4 * 900);
    auto happy = reports.satisfaction(today, today);
    CHECK(happy->first().counts[3] == 4);
}

TEST_CASE("An export job writes the file only when it completes", "[export]") {
    TestDatabase& t = seeded();
    QBuffer reference;
    reference.open(QIODevice::WriteOnly);
    REQUIRE(Exporter(t.db(), t.clock())
                .write(t.auditor(), {ExportKind::Incidents, {}, {}, false, {}}, reference)
                .ok());

    const QString path = t.dir() + u"/job.csv"_s;
    ExportJob job(t.path(), {ExportKind::Incidents, {}, {}, false, {}}, path, t.auditor());
    std::optional<ExportJob::Outcome> outcome;
    QObject::connect(&job, &ExportJob::finished,
                     [&](ExportJob::Outcome o, qint64, const QString&) { outcome = o; });
    job.run();
    REQUIRE(outcome == ExportJob::Outcome::Written);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == reference.data());

    const QString cancelled = t.dir() + u"/cancelled.csv"_s;
    ExportJob stopped(t.path(), {ExportKind::Audit, {}, {}, false, {}}, cancelled, t.auditor());
    QObject::connect(&stopped, &ExportJob::finished,
                     [&](ExportJob::Outcome o, qint64, const QString&) { outcome = o; });
    stopped.cancel();
    stopped.run();
    CHECK(outcome == ExportJob::Outcome::Cancelled);
    CHECK_FALSE(QFile::exists(cancelled));
}

TEST_CASE("Managers change limits as a new, audited playbook version", "[playbook]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    auto manager = t.staff(u"M1"_s, Role::Manager);
    RecoveryDraft d = TestDatabase::draft();
    d.compensations = {{u"credit"_s, u"200.00"_s}};
    REQUIRE_FALSE(t.recoveries().record(associate, d).ok());

    QList<RoleLimits> limits = t.playbooks().current()->playbook->roles();
    limits[0].perRecovery = Money(25000, u"USD"_s);
    CHECK(t.playbooks().updateLimits(associate, limits).error().code == Error::Code::Denied);
    auto version = t.playbooks().updateLimits(manager, limits);
    REQUIRE(version.ok());
    CHECK(version.value() == 2);
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'playbook.limits' AND actor = 'M1'"_s) ==
          1);
    auto recorded = t.recoveries().record(associate, d);
    REQUIRE(recorded.ok());
    CHECK(t.scalar(u"SELECT playbook_version FROM incidents"_s) == 2);

    limits[0].perDay = Money(100, u"USD"_s); // below the per-recovery limit
    auto refused = t.playbooks().updateLimits(manager, limits);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(u"roles[0].per_day:"_s));
    CHECK(t.playbooks().current()->version == 2);
}

TEST_CASE("A burst after months of calm is a combustion point, the calm weeks are not", "[reports]") {
    TestDatabase t;
    auto associate = t.staff(u"A1"_s, Role::Associate);
    const QDateTime now = t.clock().nowUtc();
    RecoveryDraft d = TestDatabase::draft();
    d.category = CategoryId(u"billing"_s);
    // One billing recovery a week for fourteen weeks, then six this week.
    for (int week = 14; week >= 1; --week) {
        t.clock().set(now.addDays(-7 * week));
        REQUIRE(t.recoveries().record(associate, d).ok());
    }
    t.clock().set(now);
    for (int i = 0; i < 6; ++i)
        REQUIRE(t.recoveries().record(associate, d).ok());
    auto rows = SupervisorReports(t.db(), t.clock()).combustionPoints();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const CombustionRow& billing = rows->first();
    CHECK(billing.weekly.last() == 6);
    const ControlPoint& thisWeek = billing.control.last();
    CHECK(thisWeek.judged);
    CHECK(thisWeek.mean == Approx(1.0));
    CHECK(thisWeek.limit == Approx(4.0));
    CHECK(thisWeek.beyond);
    CHECK(billing.signal());
    for (qsizetype w = 0; w + 1 < billing.control.size(); ++w)
        CHECK_FALSE(billing.control[w].signal());
}
