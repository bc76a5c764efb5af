// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSeeder.h"
#include "reports/AuditQuery.h"
#include "reports/SupervisorReports.h"
#include "support/CatchQt.h"
#include "support/TestDatabase.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

// What makes the supervisor's views instant at a million recoveries is that every filter and report
// reads a range of one index. SQLite's plan says so even on a small database, as long as no ANALYZE
// statistics exist (none are ever gathered), so the same plans hold at any size.
namespace {

struct Plans {
    TestDatabase t;
    QStringList lines;

    Plans() {
        REQUIRE(DemoSeeder(t.db()).seed(150, 3).ok());
        t.db().setPlanLog(&lines);
    }
    ~Plans() { t.db().setPlanLog(nullptr); }

    // The plan lines of what ran since the last call, with their statements.
    QString take() {
        const QString all = lines.join(u'\n');
        lines.clear();
        return all;
    }
};

// A table read from first row to last: "SCAN x" with no index. Only the small tables of people
// (customers, employees) may be read whole, by the search box's "name contains".
bool scansWholeTable(const QString& plan, const QStringList& smallTables) {
    static const QRegularExpression scan(u"^SCAN (\\w+)$"_s, QRegularExpression::MultilineOption);
    for (auto m = scan.globalMatch(plan); m.hasNext();) {
        if (!smallTables.contains(m.next().captured(1)))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every audit filter counts and pages through an index", "[query-plan][file]") {
    Plans p;
    AuditQuery q(p.t.db());
    auto last = q.lastId();
    REQUIRE(last.ok());

    std::vector<std::pair<QString, AuditFilter>> filters;
    const auto add = [&](const QString& name, auto set) {
        AuditFilter f;
        f.upToId = last.value(); // the model always reads a snapshot
        set(f);
        filters.emplace_back(name, f);
    };
    add(u"dates"_s, [](AuditFilter& f) {
        f.from = QDate::currentDate().addDays(-30);
        f.to = QDate::currentDate();
    });
    add(u"employee"_s, [&](AuditFilter& f) {
        f.employeeId = p.t.scalar(u"SELECT id FROM employees WHERE code = 'A101'"_s);
    });
    add(u"category"_s, [](AuditFilter& f) { f.category = CategoryId(u"billing"_s); });
    add(u"action"_s, [](AuditFilter& f) { f.action = AuditAction::CompensationApprove; });
    add(u"amount"_s, [](AuditFilter& f) { f.minAmountMinor = 30000; });
    add(u"overrides"_s, [](AuditFilter& f) { f.overridesOnly = true; });
    add(u"text"_s, [](AuditFilter& f) { f.text = u"Helen Marsh"_s; });

    for (const auto& [name, filter] : filters) {
        INFO("filter: " << name.toStdString());
        auto n = q.count(filter);
        REQUIRE(n.ok());
        REQUIRE(n.value() > 0);
        const QString counted = p.take();
        INFO(counted.toStdString());
        CHECK(counted.contains(u"SEARCH a USING"_s));
        CHECK_FALSE(scansWholeTable(counted, {u"c"_s, u"employees"_s}));
        // The first page, and the last one read backwards.
        for (qint64 offset : {qint64(0), std::max<qint64>(0, n.value() - 50)}) {
            REQUIRE(q.page(filter, AuditQuery::Column::Id, false, offset, 50, n.value()).ok());
            const QString paged = p.take();
            INFO(paged.toStdString());
            // Either one index in entry order, or, for matches of the recovery-level filters (amount,
            // search) dense enough, the log itself in id order until the page is full: never a whole table.
            if (paged.contains(u"SCAN a\n"_s) || paged.endsWith(u"SCAN a"_s)) {
                CHECK((name == u"amount" || name == u"text"));
                CHECK(n.value() * 100 >= last.value());
            } else {
                CHECK(paged.contains(u"SEARCH a USING"_s));
            }
            // Sparse matches of those filters are few enough to sort.
            if (name != u"amount" && name != u"text")
                CHECK_FALSE(paged.contains(u"USE TEMP B-TREE FOR ORDER BY"_s));
            CHECK_FALSE(scansWholeTable(paged, {u"a"_s, u"c"_s, u"employees"_s}));
        }
    }

    // Unfiltered: no count at all (ids have no gaps), and the list of actions hops through its index.
    AuditFilter none;
    none.upToId = last.value();
    CHECK(q.count(none).value() == last.value());
    REQUIRE(q.actions().ok());
    const QString actions = p.take();
    INFO(actions.toStdString());
    CHECK_FALSE(actions.contains(u"count("_s));
    CHECK(actions.contains(u"SEARCH audit_log USING COVERING INDEX audit_log_action"_s));
    CHECK_FALSE(scansWholeTable(actions, {u"seen"_s}));

    // Each sortable column walks an index in its order instead of sorting the whole log.
    for (auto column : {AuditQuery::Column::Actor, AuditQuery::Column::Action, AuditQuery::Column::Recovery,
                        AuditQuery::Column::Category}) {
        REQUIRE(q.page(none, column, true, 0, 50, last.value()).ok());
        const QString sorted = p.take();
        INFO(sorted.toStdString());
        CHECK_FALSE(sorted.contains(u"USE TEMP B-TREE FOR ORDER BY"_s));
    }
}

TEST_CASE("The reports read a date range from covering indexes", "[query-plan][file]") {
    Plans p;
    SupervisorReports reports(p.t.db(), p.t.clock());
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-90);

    REQUIRE(reports.combustionPoints().ok());
    QString plan = p.take();
    INFO(plan.toStdString());
    CHECK(plan.contains(u"SEARCH incidents USING COVERING INDEX incidents_opened"_s));
    CHECK_FALSE(scansWholeTable(plan, {}));

    for (auto by : {SupervisorReports::SpendBy::Employee, SupervisorReports::SpendBy::Category,
                    SupervisorReports::SpendBy::Month}) {
        REQUIRE(reports.spend(by, from, to, u"USD"_s).ok());
        plan = p.take();
        INFO(plan.toStdString());
        CHECK(plan.contains(u"SEARCH c USING COVERING INDEX compensations_given_at"_s));
        CHECK_FALSE(scansWholeTable(plan, {}));
    }

    REQUIRE(
        reports.recoveryTimes(from, to, {{SeverityId(u"minor"_s), 10}, {SeverityId(u"major"_s), 30}}).ok());
    plan = p.take();
    INFO(plan.toStdString());
    CHECK(plan.contains(u"USING COVERING INDEX incidents_opened"_s));
    CHECK_FALSE(scansWholeTable(plan, {}));
}
