// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AuditQuery.h"
#include "reports/Exporter.h"
#include "reports/SupervisorReports.h"
#include "services/ReviewService.h"
#include "support/CatchQt.h"
#include "support/Csv.h"
#include "support/TestDatabase.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

namespace {

// The rows of an export, header first; or the error's field and message.
Result<QList<QStringList>> exported(TestDatabase& t, ExportKind kind, const QString& site) {
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ExportRequest request;
    request.kind = kind;
    request.site = site;
    auto rows = Exporter(t.db(), t.clock()).write(t.auditor(), request, csv);
    if (!rows)
        return rows.error();
    auto count = Exporter(t.db(), t.clock()).count(request);
    if (!count)
        return count.error();
    const auto read = test::readCsv(csv.data());
    if (*count != rows.value() || read.size() != rows.value() + 1)
        return Error::invalid(u"the count and the rows disagree"_s);
    return read;
}

} // namespace

TEST_CASE("Recoveries, follow-ups and audit entries record their site and counter: the audit search and the "
          "exports filter by site",
          "[sites]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    t.db().setPlace({u"Lisbon"_s, u"front-desk"_s});
    REQUIRE(t.recoveries().record(a1, TestDatabase::draft(u"+351 1"_s)).ok());
    t.db().setPlace({u"Porto"_s, u"till-2"_s});
    REQUIRE(t.recoveries().record(a1, TestDatabase::draft(u"+351 2"_s)).ok());
    REQUIRE(t.recoveries().record(a1, TestDatabase::draft(u"+351 3"_s)).ok());

    CHECK(t.scalar(u"SELECT count(*) FROM incidents WHERE site = 'Porto' AND counter = 'till-2'"_s) == 2);
    CHECK(t.scalar(u"SELECT count(*) FROM follow_ups WHERE site = 'Lisbon' AND counter = 'front-desk'"_s) ==
          1);
    CHECK(t.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                   u"WHERE a.site <> i.site OR a.counter <> i.counter"_s) == 0);
    CHECK(t.text(u"SELECT last_write FROM counters WHERE name = 'till-2'"_s) ==
          t.text(u"SELECT max(at) FROM audit_log WHERE counter = 'till-2'"_s));

    AuditQuery audit(t.db());
    auto sites = audit.sites();
    REQUIRE(sites.ok());
    CHECK(sites->contains(u"Lisbon"_s));
    CHECK(sites->contains(u"Porto"_s));
    AuditFilter porto;
    porto.site = u"Porto"_s;
    const qint64 portoEntries = t.scalar(u"SELECT count(*) FROM audit_log WHERE site = 'Porto'"_s);
    CHECK(portoEntries >= 10);
    CHECK(audit.count(porto).value() == portoEntries);
    auto page = audit.page(porto, AuditQuery::Column::Id, false, 0, 100, portoEntries);
    REQUIRE(page.ok());
    CHECK(page->size() == portoEntries);

    for (const auto& [kind, rows] :
         {std::pair{ExportKind::Incidents, 2}, std::pair{ExportKind::Compensations, 2},
          std::pair{ExportKind::FollowUps, 2}}) {
        auto r = exported(t, kind, u"Porto"_s);
        INFO(Exporter::kindId(kind).toStdString());
        REQUIRE(r.ok());
        CHECK(r->size() == rows + 1);
        auto all = exported(t, kind, {});
        REQUIRE(all.ok());
        CHECK(all->size() == 3 + 1);
    }
    auto lisbonAudit = exported(t, ExportKind::Audit, u"Lisbon"_s);
    REQUIRE(lisbonAudit.ok());
    CHECK(lisbonAudit->size() == t.scalar(u"SELECT count(*) FROM audit_log WHERE site = 'Lisbon'"_s) + 1);
    auto nowhere = exported(t, ExportKind::Incidents, u"Faro"_s);
    REQUIRE(nowhere.ok());
    CHECK(nowhere->size() == 1);

    // The review queue: each site's recoveries, or every site's.
    auto s1 = t.staff(u"S1"_s, Role::Supervisor);
    ReviewService reviews(t.db(), t.clock(), t.playbooks());
    REQUIRE(reviews.setThreshold(s1, Money(100, t.playbooks().currency())).ok());
    // (A1's week, far above their usual, is theirs at every site: it stays in each list, without a site.)
    const auto recoveries = [&](const QString& site) {
        QStringList sites;
        const QList<ReviewItem> queue = reviews.queue(s1, site).value();
        for (const ReviewItem& item : queue) {
            if (item.kind == ReviewItem::Kind::EmployeeWeek)
                CHECK(item.site.isEmpty());
            else
                sites << item.site;
        }
        sites.sort();
        return sites;
    };
    CHECK(recoveries({}) == QStringList{u"Lisbon"_s, u"Porto"_s, u"Porto"_s});
    CHECK(recoveries(u"Porto"_s) == QStringList{u"Porto"_s, u"Porto"_s});
    CHECK(recoveries(u"Lisbon"_s) == QStringList{u"Lisbon"_s});

    // What is not kept per site is refused with the field named, not exported whole.
    auto visits = exported(t, ExportKind::Visits, u"Porto"_s);
    REQUIRE_FALSE(visits.ok());
    CHECK(visits.error().field == u"site");
    auto economics = exported(t, ExportKind::Economics, u"Porto"_s);
    REQUIRE_FALSE(economics.ok());
    CHECK(economics.error().field == u"site");
}

TEST_CASE("The supervisor's reports count one site's recoveries, gestures and follow-ups, or every site's",
          "[sites]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    const auto record = [&](const QString& site, const QString& phone, const QString& category) {
        t.db().setPlace({site, u"till"_s});
        RecoveryDraft d = TestDatabase::draft(phone);
        d.category = CategoryId(category);
        d.satisfaction = site == u"Porto" ? 2 : 5;
        REQUIRE(t.recoveries().record(a1, d).ok());
    };
    record(u"Lisbon"_s, u"+351 1"_s, u"billing"_s);
    record(u"Porto"_s, u"+351 2"_s, u"delay"_s);
    record(u"Porto"_s, u"+351 3"_s, u"delay"_s);
    const QDate today = t.clock().nowUtc().toLocalTime().date();
    const auto pareto = [&](const QString& site) {
        QStringList out;
        auto rows = SupervisorReports(t.db(), t.clock(), site).pareto(today, today);
        REQUIRE(rows.ok());
        for (const ParetoRow& r : rows.value())
            out << u"%1=%2"_s.arg(r.category.toString()).arg(r.count);
        return out;
    };
    CHECK(pareto({}) == QStringList{u"delay=2"_s, u"billing=1"_s});
    CHECK(pareto(u"Porto"_s) == QStringList{u"delay=2"_s});
    CHECK(pareto(u"Lisbon"_s) == QStringList{u"billing=1"_s});
    CHECK(pareto(u"Faro"_s).isEmpty());

    const QString currency = t.playbooks().currency();
    const auto given = [&](const QString& site, SupervisorReports::SpendBy by) {
        qint64 recoveries = 0;
        qint64 minor = 0;
        auto rows = SupervisorReports(t.db(), t.clock(), site).spend(by, today, today, currency);
        REQUIRE(rows.ok());
        for (const SpendRow& r : rows.value()) {
            recoveries += r.recoveries;
            minor += r.total.minor();
        }
        return std::pair{recoveries, minor};
    };
    const qint64 lisbonMinor =
        t.scalar(u"SELECT coalesce(sum(c.amount_minor), 0) FROM compensations c "
                 u"JOIN incidents i ON i.id = c.incident_id WHERE i.site = 'Lisbon'"_s);
    const qint64 allMinor = t.scalar(u"SELECT coalesce(sum(amount_minor), 0) FROM compensations"_s);
    REQUIRE(lisbonMinor > 0);
    for (auto by : {SupervisorReports::SpendBy::Employee, SupervisorReports::SpendBy::Category,
                    SupervisorReports::SpendBy::Month}) {
        INFO("spend by " << int(by));
        CHECK(given(u"Lisbon"_s, by) == std::pair<qint64, qint64>{1, lisbonMinor});
        CHECK(given({}, by).second == allMinor);
    }

    const auto satisfaction = [&](const QString& site) {
        double sum = 0;
        qint64 n = 0;
        auto rows = SupervisorReports(t.db(), t.clock(), site).satisfaction(today, today);
        REQUIRE(rows.ok());
        for (const SatisfactionRow& r : rows.value()) {
            sum += r.average() * double(r.total());
            n += r.total();
        }
        return n ? sum / double(n) : 0.0;
    };
    CHECK(satisfaction(u"Porto"_s) == 2.0);
    CHECK(satisfaction(u"Lisbon"_s) == 5.0);
    CHECK(satisfaction({}) == 3.0);

    const auto proactive = [&](const QString& site) {
        qint64 n = 0;
        auto rows = SupervisorReports(t.db(), t.clock(), site).proactive(today, today);
        REQUIRE(rows.ok());
        for (const ProactiveRow& r : rows.value())
            n += r.total;
        return n;
    };
    CHECK(proactive(u"Porto"_s) == 2);
    CHECK(proactive({}) == 3);

    const auto combustion = [&](const QString& site) {
        qint64 n = 0;
        auto rows = SupervisorReports(t.db(), t.clock(), site).combustionPoints();
        REQUIRE(rows.ok());
        for (const CombustionRow& r : rows.value())
            n += r.weekly.last();
        return n;
    };
    CHECK(combustion(u"Lisbon"_s) == 1);
    CHECK(combustion({}) == 3);

    QList<std::pair<SeverityId, int>> targets{{TestDatabase::draft({}).severity, 60}};
    auto times = SupervisorReports(t.db(), t.clock(), u"Porto"_s).recoveryTimes(today, today, targets);
    REQUIRE(times.ok());
    CHECK(times->first().count == 2);

    // A follow-up done at Lisbon counts at Lisbon only.
    const qint64 lisbonFollowUp = t.scalar(
        u"SELECT f.id FROM follow_ups f JOIN incidents i ON i.id = f.incident_id WHERE i.site = 'Lisbon'"_s);
    REQUIRE(t.followUps()
                .complete(a1, lisbonFollowUp, {true, 5, Verdict::BlownAway, u"Thanks"_s, std::nullopt})
                .ok());
    const QDate later = t.clock().nowUtc().toLocalTime().date().addDays(30);
    const auto reached = [&](const QString& site) {
        qint64 n = 0;
        auto rows = SupervisorReports(t.db(), t.clock(), site).followUpOutcomes(today.addDays(-1), later);
        REQUIRE(rows.ok());
        for (const FollowUpOutcomeRow& r : rows.value())
            n += r.reached;
        return n;
    };
    CHECK(reached(u"Lisbon"_s) == 1);
    CHECK(reached(u"Porto"_s) == 0);
    CHECK(reached({}) == 1);
}
