// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deferred.h"
#include "GuiFixture.h"
#include "Theme.h"
#include "Tr.h"
#include "deferred/ReportsView.h"
#include "demo/DemoSeeder.h"
#include "domain/TimeFormat.h"
#include "playbook/PlaybookText.h"
#include "reports/ClosingSlip.h"
#include "reports/SupervisorReports.h"
#include "services/ClosingService.h"
#include "supervisor/AuditLogModel.h"
#include "supervisor/AuditLogView.h"
#include "supervisor/ExportDialog.h"
#include "supervisor/PlaybookEditor.h"
#include "supervisor/PlaybookView.h"
#include "supervisor/ReviewQueueView.h"
#include "supervisor/StaffView.h"
#include "supervisor/SupervisorWorkspace.h"
#include "support/CatchQt.h"
#include "support/Files.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::GuiFixture;

namespace {

// A few recoveries of different kinds, one of them over the associate's limit.
void someHistory(GuiFixture& g) {
    auto associate = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    auto supervisor = g.ctx().employees().authenticate(u"S1"_s, u"5830617294"_s);
    REQUIRE(associate.ok());
    REQUIRE(supervisor.ok());
    const QList<std::tuple<QString, QString, QString>> cases = {
        {u"delay"_s, u"dessert"_s, QString()},
        {u"billing"_s, u"refund"_s, u"40.00"_s},
        {u"billing"_s, u"credit"_s, u"1800.00"_s},
        {u"facility"_s, u"breakfast"_s, QString()},
    };
    int n = 0;
    for (const auto& [category, item, amount] : cases) {
        RecoveryDraft d;
        d.customer.name = u"Customer %1"_s.arg(++n);
        d.customer.phone = u"+1 555 01%1"_s.arg(n);
        d.customer.segment = SegmentId(u"vip"_s);
        d.category = CategoryId(category);
        d.severity = SeverityId(u"major"_s);
        d.description = u"What happened %1"_s.arg(n);
        d.compensations = {{item, amount}};
        d.satisfaction = 2 + n % 4;
        REQUIRE(g.ctx().recoveries().record(associate.value(), d, &supervisor.value()).ok());
    }
}

SupervisorWorkspace* openAs(GuiFixture& g, const QString& code, const QString& pin) {
    g.login(code, pin);
    SupervisorWorkspace* w = g.window().showWorkspace();
    REQUIRE(w);
    REQUIRE(w->isVisible());
    return w;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Associates never see the supervisor workspace", "[supervisor]") {
    GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    CHECK_FALSE(g.window().findChild<QPushButton*>(u"openWorkspace"_s)->isVisible());
    CHECK(g.window().showWorkspace() == nullptr);
    CHECK(g.window().findChild<SupervisorWorkspace*>() == nullptr);
    g.window().lock();
    g.login(u"S1"_s, u"5830617294"_s);
    CHECK(g.window().findChild<QPushButton*>(u"openWorkspace"_s)->isVisible());
    CHECK(g.window().showWorkspace() != nullptr);
}

TEST_CASE("Filters narrow the audit view to the expected rows", "[supervisor]") {
    GuiFixture g;
    someHistory(g);
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    AuditLogModel* model = w->audit()->model();
    const qint64 all = g.scalar(u"SELECT count(*) FROM audit_log"_s);
    CHECK(model->rowCount() == all);

    auto* category = w->findChild<QComboBox*>(u"filterCategory"_s);
    category->setCurrentIndex(category->findData(u"billing"_s));
    const qint64 billing =
        g.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                 "WHERE i.category = 'billing'"_s);
    CHECK(model->rowCount() == billing);
    CHECK(billing < all);
    w->findChild<QCheckBox*>(u"filterOverrides"_s)->setChecked(true);
    const qint64 overrides =
        g.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                 "WHERE i.category = 'billing' AND i.override = 1"_s);
    CHECK(model->rowCount() == overrides);
    CHECK(overrides < billing);
    auto* action = w->findChild<QComboBox*>(u"filterAction"_s);
    action->setCurrentIndex(action->findData(u"compensation.approve"_s));
    REQUIRE(model->rowCount() == 1);
    // Names and words, not codes and ids; the raw entry behind a tooltip.
    CHECK(model->data(model->index(0, AuditLogModel::Actor)).toString() == u"Priya Patel");
    CHECK(model->data(model->index(0, AuditLogModel::Actor), Qt::ToolTipRole).toString() == u"S1");
    CHECK(model->data(model->index(0, AuditLogModel::Amount)).toString() == u"1800.00");
    CHECK(model->data(model->index(0, AuditLogModel::Category)).toString() == PlaybookText::tr(u"Billing"_s));
    CHECK(model->data(model->index(0, AuditLogModel::Action)).toString() ==
          auditActionName(AuditAction::CompensationApprove));
    const QString sentence = model->data(model->index(0, AuditLogModel::Details)).toString();
    CHECK(sentence.startsWith(u"Priya Patel "_s));
    CHECK(sentence.contains(Money(180000, u"USD"_s).toDisplayString()));
    CHECK(sentence.contains(u"Alex Rivera"_s));
    CHECK(model->data(model->index(0, AuditLogModel::Details), Qt::ToolTipRole)
              .toString()
              .contains(u"given_by"_s));

    action->setCurrentIndex(0);
    w->findChild<QCheckBox*>(u"filterOverrides"_s)->setChecked(false);
    category->setCurrentIndex(0);
    auto* text = w->findChild<QLineEdit*>(u"filterText"_s);
    // A customer's name finds every entry of their recoveries.
    text->setText(u"Customer 4"_s);
    QMetaObject::invokeMethod(text, "editingFinished");
    const qint64 fourth = g.scalar(u"SELECT count(*) FROM audit_log WHERE incident_id = (SELECT i.id "
                                   "FROM incidents i JOIN customers c ON c.id = i.customer_id "
                                   "WHERE c.name = 'Customer 4')"_s);
    CHECK(fourth > 3);
    CHECK(model->rowCount() == fourth);
    auto* amount = w->findChild<QLineEdit*>(u"filterMinAmount"_s);
    text->clear();
    QMetaObject::invokeMethod(text, "editingFinished");
    amount->setText(u"1000"_s);
    QMetaObject::invokeMethod(amount, "editingFinished");
    CHECK(model->rowCount() ==
          g.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                   "WHERE i.total_minor >= 100000"_s));
}

TEST_CASE("The audit model passes Qt's model tester, also when jumping to the end", "[supervisor]") {
    GuiFixture g;
    someHistory(g);
    AuditLogModel model(g.ctx().db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = model.rowCount();
    REQUIRE(rows > 20);
    CHECK(model.data(model.index(rows - 1, AuditLogModel::Id)).toLongLong() ==
          1); // newest first: the end is entry 1
    model.sort(AuditLogModel::Id, Qt::AscendingOrder);
    CHECK(model.data(model.index(0, AuditLogModel::Id)).toLongLong() == 1);
    CHECK(model.data(model.index(rows - 1, AuditLogModel::Id)).toLongLong() == rows);
    AuditFilter f;
    f.category = CategoryId(u"delay"_s);
    model.setFilter(f);
    CHECK(model.rowCount() ==
          g.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                   "WHERE i.category = 'delay'"_s));
}

TEST_CASE("Marking a review item is audited", "[supervisor]") {
    GuiFixture g;
    someHistory(g);
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    w->showTab(SupervisorWorkspace::Review);
    auto* table = w->findChild<QTableWidget*>(u"reviewTable"_s);
    const int before = table->rowCount();
    REQUIRE(before >= 1);
    CHECK(w->review()->markReviewed(0, u""_s) == test::C("note: say what you found"));
    CHECK(w->review()->markReviewed(0, u"Checked the receipt with the customer"_s).isEmpty());
    CHECK(table->rowCount() == before - 1);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'review.mark' AND actor = 'S1' "
                   "AND payload LIKE '%Checked the receipt%'"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM reviews"_s) == 1);
}

TEST_CASE("An invalid playbook import is refused and the old one still applies", "[supervisor]") {
    GuiFixture g;
    SupervisorWorkspace* w = openAs(g, u"M1"_s, u"9184037265"_s);
    w->showTab(SupervisorWorkspace::PlaybookTab);
    QTemporaryDir dir;
    const QString bad = dir.path() + u"/bad.json"_s;
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(Playbook::builtInJson().replace("\"fee-waiver\", \"voucher\"", "\"fee-waiver\", \"spa\""));
    }
    const QString message = w->playbook()->importFile(bad);
    CHECK(message.contains(
        test::C("%1: unknown item \"%2\"").arg(u"categories[0].suggestions.minor[1]"_s, u"spa"_s)));
    CHECK(
        message.startsWith(test::T("PlaybookView", "Not imported; the playbook in force is unchanged. %1: %2")
                               .section(u'%', 0, 0)));
    CHECK(g.ctx().playbooks().current()->version == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'playbook.import'"_s) == 1);
    // A recovery still follows version 1.
    auto associate = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    RecoveryDraft d;
    d.customer.name = u"Ana"_s;
    d.category = CategoryId(u"billing"_s);
    d.severity = SeverityId(u"minor"_s);
    d.description = u"Charged twice"_s;
    d.compensations = {{u"fee-waiver"_s, u"5.00"_s}};
    REQUIRE(g.ctx().recoveries().record(associate.value(), d).ok());
    CHECK(g.scalar(u"SELECT playbook_version FROM incidents"_s) == 1);
}

TEST_CASE("A limit changed in the workspace takes effect in the next recovery", "[supervisor]") {
    GuiFixture g;
    SupervisorWorkspace* w = openAs(g, u"M1"_s, u"9184037265"_s);
    w->showTab(SupervisorWorkspace::PlaybookTab);
    auto associate = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    RecoveryDraft d;
    d.customer.name = u"Ana"_s;
    d.category = CategoryId(u"billing"_s);
    d.severity = SeverityId(u"moderate"_s);
    d.description = u"Charged twice"_s;
    d.compensations = {{u"refund"_s, u"200.00"_s}};
    REQUIRE_FALSE(g.ctx().recoveries().record(associate.value(), d).ok());

    auto* limits = w->findChild<QTableWidget*>(u"limitsTable"_s);
    REQUIRE(limits->item(0, 0)->text() == u"associate");
    limits->item(0, 1)->setText(u"250.00"_s);
    CHECK(w->playbook()->saveLimits() ==
          test::T("PlaybookView", "Limits saved as playbook version %1; they apply to the next recovery.")
              .arg(2));
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'playbook.limits' AND actor = 'M1'"_s) ==
          1);
    // Saved again unchanged: no new version, nothing audited.
    CHECK(w->playbook()->saveLimits() ==
          test::T("PlaybookView", "Limits saved as playbook version %1; they apply to the next recovery.")
              .arg(2));
    CHECK(g.scalar(u"SELECT count(*) FROM playbook_versions"_s) == 2);
    auto recorded = g.ctx().recoveries().record(associate.value(), d);
    REQUIRE(recorded.ok());
    CHECK_FALSE(recorded->approvedBy.has_value());

    limits->item(0, 1)->setText(u"12.3456"_s); // too many decimals, read either way
    CHECK(w->playbook()->saveLimits().contains(test::T("PlaybookView", "per recovery")));
    CHECK(g.ctx().playbooks().current()->version == 2);
}

TEST_CASE("An export from the dialog equals reboundctl export, and a cancelled one leaves no file",
          "[supervisor]") {
    GuiFixture g;
    someHistory(g);
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    w->openExport();
    auto* dialog = w->findChild<ExportDialog*>();
    REQUIRE(dialog);
    QTemporaryDir dir;
    const QDate today = g.ctx().clock().nowUtc().toLocalTime().date();
    dialog->findChild<QDateEdit*>(u"exportFrom"_s)->setDate(today.addDays(-7));
    dialog->findChild<QDateEdit*>(u"exportTo"_s)->setDate(today);
    const QString fromDialog = dir.path() + u"/dialog.csv"_s;
    dialog->findChild<QLineEdit*>(u"exportFile"_s)->setText(fromDialog);
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"startExport"_s), Qt::LeftButton);
    REQUIRE(done.wait(20000));
    CHECK(done.first().first().toBool());

    const QString fromCli = dir.path() + u"/cli.csv"_s;
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REBOUND_PIN"_s, u"5830617294"_s);
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(REBOUNDCTL_PATH),
              {u"--db"_s, g.path(), u"--as"_s, u"S1"_s, u"export"_s, u"incidents"_s, u"--from"_s,
               today.addDays(-7).toString(Qt::ISODate), u"--to"_s, today.toString(Qt::ISODate), u"--out"_s,
               fromCli});
    REQUIRE(ctl.waitForFinished(30000));
    REQUIRE(ctl.exitCode() == 0);
    const QByteArray csv = readAll(fromDialog);
    CHECK(csv.count("\r\n") == 5); // header and four recoveries
    CHECK(csv == readAll(fromCli));
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'export' AND actor = 'S1'"_s) ==
          2); // the dialog's and the command's, each the signed-in supervisor's

    // Cancelled while running: the audit log is exported into a file that must never appear. The job
    // is held at its first checkpoint until Cancel has been clicked, however fast or slow the machine.
    auto* report = dialog->findChild<QComboBox*>(u"exportReport"_s);
    report->setCurrentIndex(report->findData(u"audit"_s));
    const QString cancelled = dir.path() + u"/cancelled.csv"_s;
    dialog->findChild<QLineEdit*>(u"exportFile"_s)->setText(cancelled);
    QSemaphore clicked;
    std::atomic<bool> held = false;
    QObject::connect(dialog, &ExportDialog::jobStarting, dialog, [&](ExportJob* job) {
        job->setCheckpoint([&](qint64) {
            held = true;
            if (clicked.tryAcquire(1, 20000)) // never hang the suite if the test fails before releasing
                clicked.release();
        });
    });
    done.clear();
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"startExport"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return held.load(); }, 20000));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelExport"_s), Qt::LeftButton);
    clicked.release();
    REQUIRE(done.wait(20000));
    CHECK_FALSE(done.first().first().toBool());
    CHECK(done.first().at(1).toString() == test::T("ExportDialog", "Cancelled; no file was written."));
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("Each report shows a chart and a table", "[supervisor]") {
    GuiFixture g;
    someHistory(g);
    // One follow-up done: the customer was blown away.
    auto alex = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    REQUIRE(g.ctx()
                .followUps()
                .complete(alex.value(), g.scalar(u"SELECT min(id) FROM follow_ups"_s),
                          {true, 5, Verdict::BlownAway, u"Thank you!"_s, std::nullopt})
                .ok());
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    w->showTab(SupervisorWorkspace::Reports);
    // The module of the charts, loaded as the program loads it: the view is the module's own class.
    auto* reports = qobject_cast<ReportsView*>(w->reports());
    REQUIRE(reports);
    CHECK(reports->findChild<QChartView*>());
    for (auto report :
         {ReportsView::Combustion, ReportsView::Spend, ReportsView::RecoveryTime, ReportsView::Satisfaction,
          ReportsView::Proactive, ReportsView::AfterFollowUp, ReportsView::Pareto, ReportsView::ReturnVisits,
          ReportsView::Economics, ReportsView::Recognitions}) {
        reports->show(report);
        INFO("report " << int(report));
        CHECK(reports->table()->rowCount() > 0);
    }
    reports->show(ReportsView::AfterFollowUp);
    REQUIRE(reports->table()->rowCount() == 1);
    CHECK(reports->table()->item(0, 1)->text() == u"1"); // reached
    CHECK(reports->table()->item(0, 4)->text() == u"1"); // blown away
    CHECK(reports->table()->item(0, 3)->text() == QString::number(5.0, 'f', 2));
    // The same verdict by the gesture that was given and by who gave it.
    auto* by = reports->findChild<QComboBox*>(u"outcomeBy"_s);
    REQUIRE(by);
    CHECK(by->isVisibleTo(reports));
    by->setCurrentIndex(int(SupervisorReports::OutcomeBy::Gesture));
    REQUIRE(reports->table()->rowCount() == 1);
    CHECK(reports->table()->item(0, 0)->text() == PlaybookText::tr(u"Dessert on the house"_s));
    CHECK(reports->table()->item(0, 4)->text() == u"1");
    by->setCurrentIndex(int(SupervisorReports::OutcomeBy::Employee));
    CHECK(reports->table()->item(0, 0)->text() == u"Alex Rivera");
    by->setCurrentIndex(int(SupervisorReports::OutcomeBy::Segment));
    CHECK(reports->table()->item(0, 0)->text() ==
          PlaybookText::nameOf(*g.ctx().playbooks().current()->playbook, SegmentId(u"vip"_s)));
    by->setCurrentIndex(int(SupervisorReports::OutcomeBy::Category));
    reports->show(ReportsView::Combustion);
    auto* table = reports->table();
    bool billing = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == PlaybookText::tr(u"Billing"_s)) {
            billing = true;
            CHECK(table->item(r, table->columnCount() - 5)->text() == u"2"); // this week
            // A new database: no history yet to judge this week against.
            CHECK(table->item(r, table->columnCount() - 2)->text() ==
                  test::T("ReportsView", "not judged: less than 12 weeks of history"));
        }
    }
    CHECK(billing);
    reports->show(ReportsView::Pareto);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == PlaybookText::tr(u"Billing"_s)); // most first
    CHECK(table->item(0, 1)->text() == u"2");
    CHECK(table->item(2, 2)->text() == u"100 %");
}

TEST_CASE("With several sites, a report shows one site, all of them, or the sites side by side",
          "[supervisor]") {
    GuiFixture g;
    someHistory(g); // at this counter's site
    const QString home = g.ctx().db().place().site;
    g.ctx().db().setPlace({u"Harbour"_s, u"kiosk"_s});
    auto associate = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    for (int n = 0; n < 3; ++n) {
        RecoveryDraft d;
        d.customer.name = u"Harbour guest %1"_s.arg(n);
        d.customer.phone = u"+1 555 09%1"_s.arg(n);
        d.category = CategoryId(u"delay"_s);
        d.severity = SeverityId(u"minor"_s);
        d.description = u"Ferry tickets late"_s;
        d.compensations = {{u"dessert"_s, {}}};
        d.satisfaction = 3;
        REQUIRE(g.ctx().recoveries().record(associate.value(), d).ok());
    }
    // One harbour customer answered the follow-up: blown away.
    REQUIRE(g.ctx()
                .followUps()
                .complete(associate.value(), g.scalar(u"SELECT max(id) FROM follow_ups"_s),
                          {true, 5, Verdict::BlownAway, u"Thank you!"_s, std::nullopt})
                .ok());
    g.ctx().db().setPlace({home, u"desk"_s});
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    w->showTab(SupervisorWorkspace::Reports);
    auto* reports = qobject_cast<ReportsView*>(w->reports());
    REQUIRE(reports);
    reports->show(ReportsView::Pareto);
    auto* site = reports->findChild<QComboBox*>(u"reportSite"_s);
    REQUIRE(site);
    CHECK(site->isVisibleTo(reports));
    QTableWidget* table = reports->table();
    const QString delay = PlaybookText::tr(u"Delay"_s);
    const auto rowOf = [&](const QString& label) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == label)
                return r;
        }
        return -1;
    };
    // Every site together: the harbour's three delays and the home site's one.
    REQUIRE(rowOf(delay) >= 0);
    CHECK(table->item(rowOf(delay), 1)->text() == u"4");
    site->setCurrentIndex(site->findData(u"Harbour"_s));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == delay);
    CHECK(table->item(0, 1)->text() == u"3");
    site->setCurrentIndex(site->findData(home));
    CHECK(table->item(rowOf(delay), 1)->text() == u"1");
    CHECK(rowOf(PlaybookText::tr(u"Billing"_s)) >= 0);

    // Side by side: a column and a bar set per site, "—" where a site has none.
    site->setCurrentIndex(site->findData(ReportsView::SideBySide));
    REQUIRE(table->columnCount() == 3);
    const QStringList sites{table->horizontalHeaderItem(1)->text(), table->horizontalHeaderItem(2)->text()};
    CHECK(sites.contains(home));
    CHECK(sites.contains(u"Harbour"_s));
    const int harbour = sites.indexOf(u"Harbour"_s) + 1;
    CHECK(table->item(rowOf(delay), harbour)->text() == u"3");
    CHECK(table->item(rowOf(delay), 3 - harbour)->text() == u"1");
    CHECK(table->item(rowOf(PlaybookText::tr(u"Billing"_s)), harbour)->text() == u"—");
    auto* bars = qobject_cast<QBarSeries*>(reports->chartView()->chart()->series().value(0));
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);
    CHECK(bars->barSets().at(harbour - 1)->label() == u"Harbour");

    // Every per-site report compares the sites; the learning loop's reports count every site, without the
    // box.
    for (auto report : {ReportsView::Combustion, ReportsView::Spend, ReportsView::RecoveryTime,
                        ReportsView::Satisfaction, ReportsView::Proactive, ReportsView::AfterFollowUp}) {
        reports->show(report);
        INFO("report " << int(report));
        CHECK(table->columnCount() == 3);
        CHECK(table->rowCount() > 0);
    }
    reports->show(ReportsView::Satisfaction);
    CHECK(table->item(rowOf(delay), harbour)->text() == QLocale().toString(3.0, 'f', 2));
    reports->show(ReportsView::AfterFollowUp);
    CHECK(table->item(rowOf(delay), harbour)->text() == u"100");
    CHECK(table->item(rowOf(delay), 3 - harbour)->text() == u"—");
    reports->show(ReportsView::ReturnVisits);
    CHECK_FALSE(site->isVisibleTo(reports));
    CHECK(table->columnCount() == 4);
}

TEST_CASE("Sorting by recovery total is refused over too many entries, and allowed once filtered",
          "[supervisor]") {
    test::TestDatabase t;
    REQUIRE(DemoSeeder(t.db()).seed(12000, 9).ok());
    AuditLogModel model(t.db());
    QSignalSpy refused(&model, &AuditLogModel::sortRefused);
    model.sort(AuditLogModel::Id, Qt::DescendingOrder);
    REQUIRE(model.rowCount() > AuditQuery::MaxSortedByAmount);
    const QVariant newest = model.data(model.index(0, AuditLogModel::Id));

    // The whole log: the order stays newest first, and the view is told so.
    model.sort(AuditLogModel::Amount, Qt::DescendingOrder);
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toInt() == AuditLogModel::Id);
    CHECK(model.data(model.index(0, AuditLogModel::Id)) == newest);

    // One category is few enough: largest totals first.
    AuditFilter billing;
    billing.category = CategoryId(u"billing"_s);
    model.setFilter(billing);
    REQUIRE(model.rowCount() <= AuditQuery::MaxSortedByAmount);
    model.sort(AuditLogModel::Amount, Qt::DescendingOrder);
    CHECK(refused.count() == 1);
    const auto total = [&](int row) { return model.rowAt(row)->totalMinor.value_or(0); };
    CHECK(total(0) >= total(1));
    CHECK(total(1) >= total(model.rowCount() - 1));
    CHECK(total(0) > total(model.rowCount() - 1));

    // Clearing the filter again falls back to newest first rather than sorting every entry.
    model.setFilter({});
    CHECK(refused.count() == 2);
    CHECK(model.data(model.index(0, AuditLogModel::Id)) == newest);
}

namespace {
// Selects the employee with this code in the staff table, as a click would.
void selectStaff(QTableWidget* table, const QString& code) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == code) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualItemRect(table->item(row, 0)).center());
            return;
        }
    }
    FAIL("no employee " << code.toStdString());
}
} // namespace

TEST_CASE("A manager runs the team from the staff screen, every change audited, a supervisor only reads",
          "[supervisor][staff]") {
    GuiFixture g;
    g.login(u"S1"_s, u"5830617294"_s);
    SupervisorWorkspace* w = g.window().showWorkspace();
    REQUIRE(w);
    w->showTab(SupervisorWorkspace::Staff);
    CHECK_FALSE(w->findChild<QPushButton*>(u"staffAdd"_s)->isEnabled());
    CHECK(w->findChild<QTableWidget*>(u"staffTable"_s)->rowCount() == 3);
    g.window().lock();

    // Alex forgets the PIN and locks themself out.
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(g.ctx().employees().authenticate(u"A1"_s, u"0000"_s).ok());
    g.login(u"M1"_s, u"9184037265"_s);
    w = g.window().showWorkspace();
    w->showTab(SupervisorWorkspace::Staff);
    auto* table = w->findChild<QTableWidget*>(u"staffTable"_s);
    selectStaff(table, u"A1"_s);
    CHECK(table->item(table->currentRow(), 3)
              ->text()
              .startsWith(test::T("StaffView", "Locked out until %1").section(u'%', 0, 0)));
    auto* unlock = w->findChild<QPushButton*>(u"staffUnlock"_s);
    REQUIRE(unlock->isVisible());
    QTest::mouseClick(unlock, Qt::LeftButton);
    CHECK(
        g.scalar(
            u"SELECT count(*) FROM employees WHERE code = 'A1' AND locked_until IS NULL AND failed_pins = 0"_s) ==
        1);

    // A new PIN, typed twice; a mismatch is refused first.
    w->findChild<QLineEdit*>(u"staffNewPin"_s)->setText(u"3726159048"_s);
    w->findChild<QLineEdit*>(u"staffNewPinRepeat"_s)->setText(u"3726159049"_s);
    CHECK(w->staff()->resetPin() == test::T("StaffView", "The two PINs differ; type them again."));
    w->findChild<QLineEdit*>(u"staffNewPinRepeat"_s)->setText(u"3726159048"_s);
    QTest::mouseClick(w->findChild<QPushButton*>(u"staffResetPin"_s), Qt::LeftButton);
    CHECK(g.ctx().employees().authenticate(u"A1"_s, u"3726159048"_s).ok());
    CHECK_FALSE(g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s).ok());

    // A role change, then a deactivation.
    auto* role = w->findChild<QComboBox*>(u"staffRole"_s);
    role->setCurrentIndex(role->findData(u"supervisor"_s));
    QTest::mouseClick(w->findChild<QPushButton*>(u"staffChangeRole"_s), Qt::LeftButton);
    CHECK(g.ctx().employees().find(u"A1"_s)->role == Role::Supervisor);
    QTest::mouseClick(w->findChild<QPushButton*>(u"staffActive"_s), Qt::LeftButton);
    CHECK_FALSE(g.ctx().employees().find(u"A1"_s)->active);

    // Their own role stays: no manager demotes themself by a slip.
    selectStaff(table, u"M1"_s);
    role->setCurrentIndex(role->findData(u"associate"_s));
    CHECK(w->staff()->changeRole() == test::C("a manager may not change their own role"));
    CHECK(g.ctx().employees().find(u"M1"_s)->role == Role::Manager);

    // A new colleague, who can sign in at once.
    w->findChild<QLineEdit*>(u"staffAddCode"_s)->setText(u"A7"_s);
    w->findChild<QLineEdit*>(u"staffAddName"_s)->setText(u"Sam Okafor"_s);
    w->findChild<QLineEdit*>(u"staffAddPin"_s)->setText(u"2508136479"_s);
    w->findChild<QLineEdit*>(u"staffAddPinRepeat"_s)->setText(u"2508136479"_s);
    QTest::mouseClick(w->findChild<QPushButton*>(u"staffAdd"_s), Qt::LeftButton);
    CHECK(table->rowCount() == 4);
    CHECK(g.ctx().employees().authenticate(u"A7"_s, u"2508136479"_s).ok());

    for (const char* action :
         {"employee.unlock", "employee.pin_reset", "employee.role", "employee.deactivate", "employee.add"})
        CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = '%1' AND actor = 'M1'"_s.arg(
                  QLatin1String(action))) == 1);
    CHECK(g.scalar(
              u"SELECT count(*) FROM audit_log WHERE payload LIKE '%4321%' OR payload LIKE '%2580%'"_s) == 0);
}

TEST_CASE("A recovery's history reads as sentences with names and local times, raw entries behind a toggle",
          "[supervisor]") {
    GuiFixture g;
    someHistory(g);
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    AuditLogModel* model = w->audit()->model();
    auto* action = w->findChild<QComboBox*>(u"filterAction"_s);
    action->setCurrentIndex(action->findData(u"compensation.approve"_s));
    REQUIRE(model->rowCount() == 1);
    auto* table = w->audit()->findChild<QTableView*>();
    table->setCurrentIndex(model->index(0, AuditLogModel::Action));
    auto* history = w->findChild<QTextBrowser*>(u"recoveryHistory"_s);
    const QString text = history->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(u"Alex Rivera"_s));
    CHECK(text.contains(u"Customer 3"_s));
    CHECK(text.contains(u"What happened 3"_s));
    CHECK(text.contains(u"Priya Patel"_s));
    CHECK_FALSE(text.contains(u"customer_id"_s));
    CHECK_FALSE(text.contains(u"incident.open"_s));
    Query opened =
        g.ctx().db().query(u"SELECT min(at) FROM audit_log WHERE action = 'compensation.approve'"_s);
    REQUIRE(opened.exec().ok());
    REQUIRE(opened.next());
    CHECK(text.contains(
        QLocale().toString(TimeFormat::fromStored(opened.text(0)).toLocalTime(), QLocale::ShortFormat)));
    w->findChild<QCheckBox*>(u"historyDetails"_s)->setChecked(true);
    CHECK(history->toPlainText().contains(u"incident.open"_s));
    CHECK(history->toPlainText().contains(u"customer_id"_s));
}

TEST_CASE("A manager edits categories, scripts, checklists and gestures in forms, validated like an import",
          "[supervisor][playbook]") {
    GuiFixture g;
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    w->showTab(SupervisorWorkspace::PlaybookEdit);
    CHECK_FALSE(w->findChild<QPushButton*>(u"editorSave"_s)->isEnabled()); // a supervisor reads
    g.window().lock();
    w = openAs(g, u"M1"_s, u"9184037265"_s);
    w->showTab(SupervisorWorkspace::PlaybookEdit);
    PlaybookEditor* editor = w->editor();
    const int before = g.ctx().playbooks().current()->version;

    // Unchanged: no version.
    CHECK(editor->save().contains(QString::number(before)));
    CHECK(g.ctx().playbooks().current()->version == before);

    auto* categories = w->findChild<QListWidget*>(u"editorCategories"_s);
    const auto delay = categories->findItems(u"Delay"_s, Qt::MatchExactly);
    REQUIRE(delay.size() == 1);
    categories->setCurrentItem(delay.first());
    w->findChild<QLineEdit*>(u"editorName"_s)->setText(u"Late service"_s);
    auto* apologies = w->findChild<QPlainTextEdit*>(u"editorApologies"_s);
    apologies->setPlainText(apologies->toPlainText() +
                            u"\n{customer}, we kept you waiting; that is on us."_s);
    auto* catalog = w->findChild<QTableWidget*>(u"editorCatalog"_s);
    int dessert = -1;
    for (int r = 0; r < catalog->rowCount(); ++r)
        if (catalog->item(r, 0)->text() == u"dessert")
            dessert = r;
    REQUIRE(dessert >= 0);
    catalog->item(dessert, 3)->setText(QLocale().toString(12.5, 'f', 2)); // as this language writes it
    editor->save();
    auto pb = g.ctx().playbooks().current();
    REQUIRE(pb.ok());
    CHECK(pb->version == before + 1);
    CHECK(pb->playbook->category(CategoryId(u"delay"_s))->name == u"Late service");
    CHECK(pb->playbook->category(CategoryId(u"delay"_s))->apologies.last() ==
          u"{customer}, we kept you waiting; that is on us.");
    CHECK(pb->playbook->item(u"dessert"_s)->amount->minor() == 1250);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'playbook.edit' AND actor = 'M1'"_s) == 1);

    // A rule of the loader broken in the form: refused, naming the field; the playbook in force stays.
    w->findChild<QLineEdit*>(u"editorHours"_s)->setText(u"0"_s);
    CHECK(editor->save().contains(u"follow_up_hours"_s));
    CHECK(g.ctx().playbooks().current()->version == before + 1);
    w->findChild<QLineEdit*>(u"editorHours"_s)->setText(u"4, 24"_s);

    // A new category, saved, then offered in the wizard.
    QTest::mouseClick(w->findChild<QPushButton*>(u"editorAddCategory"_s), Qt::LeftButton);
    w->findChild<QLineEdit*>(u"editorName"_s)->setText(u"Noise at night"_s);
    editor->save();
    pb = g.ctx().playbooks().current();
    CHECK(pb->version == before + 2);
    CHECK(pb->playbook->categories().size() == 7);
    CHECK(pb->playbook->categories().last().name == u"Noise at night");
}

TEST_CASE("A manager closes the day from the audit view, and Verify checks tables and receipts",
          "[supervisor][verify]") {
    GuiFixture g;
    someHistory(g);
    SupervisorWorkspace* w = openAs(g, u"S1"_s, u"5830617294"_s);
    auto* closeDay = w->findChild<QPushButton*>(u"closeDay"_s);
    REQUIRE(closeDay);
    CHECK_FALSE(closeDay->isVisible()); // a supervisor reads, a manager closes
    g.window().lock();
    w = openAs(g, u"M1"_s, u"9184037265"_s);
    w->showTab(SupervisorWorkspace::Audit);
    closeDay = w->findChild<QPushButton*>(u"closeDay"_s);
    REQUIRE(closeDay->isVisible());
    auto* status = w->findChild<QLabel*>(u"closingStatus"_s);
    auto* verdict = w->findChild<QLabel*>(u"verifyResult"_s);
    auto* slip = w->findChild<QPushButton*>(u"closingSlip"_s);
    CHECK_FALSE(slip->isEnabled());

    // The dialog offers today; the manager confirms.
    QDate offered;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        offered = dialog->findChild<QDateEdit*>(u"closeDayDate"_s)->date();
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        for (QAbstractButton* b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                QTest::mouseClick(b, Qt::LeftButton);
        }
    });
    QTest::mouseClick(closeDay, Qt::LeftButton);
    const QDate today = g.ctx().clock().nowUtc().toTimeZone(g.ctx().site().hours()->zone()).date();
    CHECK(offered == today);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'day.close' AND entity_id = '%1'"_s.arg(
              today.toString(Qt::ISODate))) == 1);
    const QString receipt = g.path() + u".receipts/closing-%1.json"_s.arg(today.toString(Qt::ISODate));
    CHECK(QFile::exists(receipt));
    CHECK(verdict->text().contains(QDir::toNativeSeparators(receipt).toHtmlEscaped()));
    CHECK(status->text().contains(QLocale().toString(today, QLocale::LongFormat).toHtmlEscaped()));
    CHECK(slip->isEnabled());

    auto* verify = w->findChild<QPushButton*>(u"verifyAudit"_s);
    QTest::mouseClick(verify, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return verify->isEnabled() && !verdict->text().isEmpty(); }, 20000));
    INFO(verdict->text().toStdString());
    CHECK(verdict->text().contains(Theme::ok().name()));
    CHECK(status->text().contains(Theme::ok().name())); // everything since the closing verifies

    // The slip for the safe is a real PDF with the closing's hash on it.
    auto closing = ClosingService(g.ctx().db(), g.ctx().clock()).lastClosing();
    REQUIRE(closing.ok());
    REQUIRE(closing->has_value());
    const QString html = closingSlipHtml(**closing, u"Hotel Aurora"_s, QLocale());
    CHECK(html.contains(QString::fromLatin1((*closing)->hash)));
    const QString pdf = g.path() + u".slip.pdf"_s;
    REQUIRE(Deferred::writeHtmlPdf(html, pdf, u"closing"_s).ok());
    CHECK(readAll(pdf).startsWith("%PDF"));

    // A gesture's amount changed behind the application's back is named.
    test::tamper(g.path(), {u"UPDATE compensations SET amount_minor = amount_minor * 10 WHERE id = 1"_s});
    QTest::mouseClick(verify, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return verify->isEnabled() && verdict->text().contains(Theme::late().name()); }, 20000));
    CHECK(verdict->text().contains(u"#1:"_s)); // the place is named, in the counter's language
    CHECK_FALSE(status->text().contains(Theme::ok().name()));
}
