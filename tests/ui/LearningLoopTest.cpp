// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"
#include "GuiFixture.h"
#include "RecoveryDialog.h"
#include "StoryDialog.h"
#include "Tr.h"
#include "deferred/ReportsView.h"
#include "pages/HomePage.h"
#include "playbook/PlaybookText.h"
#include "services/PreventionService.h"
#include "supervisor/PreventionView.h"
#include "supervisor/StoriesView.h"
#include "supervisor/SupervisorWorkspace.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::child;
using test::GuiFixture;

namespace {

// A1's recovery of Ana Morales's late cake.
qint64 lateCake(GuiFixture& g) {
    auto a1 = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    REQUIRE(a1.ok());
    RecoveryDraft d;
    d.customer.name = u"Ana Morales"_s;
    d.customer.phone = u"+1 555 0100"_s;
    d.category = CategoryId(u"delay"_s);
    d.severity = SeverityId(u"minor"_s);
    d.description = u"Birthday cake delivered two hours late"_s;
    d.fixNotes = u"Delivered now with a card"_s;
    d.compensations = {{u"dessert"_s, {}}};
    auto r = g.ctx().recoveries().record(a1.value(), d);
    REQUIRE(r.ok());
    return r->id;
}

QStringList lines(QListWidget* list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

TEST_CASE("A story nominated from a recovery, approved by a supervisor, is on the board", "[loop]") {
    GuiFixture g;
    const qint64 id = lateCake(g);
    g.login(u"A1"_s, u"4071829365"_s);
    auto* board = child<QListWidget>(&g.window(), u"recognitionBoard"_s);
    CHECK_FALSE(lines(board).join(u'\n').contains(u"Alex Rivera"_s));

    RecoveryDialog* recovery = g.window().openRecovery(id);
    REQUIRE(recovery);
    CHECK_FALSE(child<QPushButton>(recovery, u"recoveryPrevent"_s)->isVisibleTo(recovery)); // associates
    QTest::mouseClick(child<QPushButton>(recovery, u"recoveryNominate"_s), Qt::LeftButton);
    auto* nominate = recovery->findChild<StoryDialog*>();
    REQUIRE(nominate);
    auto* happened = child<QPlainTextEdit>(nominate, u"storyHappened"_s);
    CHECK(happened->toPlainText() == u"Birthday cake delivered two hours late"_s);
    CHECK(child<QPlainTextEdit>(nominate, u"storyDid"_s)
              ->toPlainText()
              .contains(u"Delivered now with a card"_s));
    // What happened is required: said, and nothing is written.
    happened->clear();
    CHECK(nominate->nominate() == test::C("happened: say what happened"));
    CHECK(g.scalar(u"SELECT count(*) FROM stories"_s) == 0);
    happened->setPlainText(u"Birthday cake delivered two hours late, on the day"_s);
    child<QPlainTextEdit>(nominate, u"storyLearned"_s)->setPlainText(u"Saturday slots are overbooked"_s);
    QTest::mouseClick(child<QPushButton>(nominate, u"storyNominate"_s), Qt::LeftButton);
    REQUIRE(g.scalar(u"SELECT count(*) FROM stories WHERE status = 'nominated'"_s) == 1);
    auto* nominateButton = child<QPushButton>(recovery, u"recoveryNominate"_s);
    CHECK_FALSE(nominateButton->isEnabled());
    recovery->close();

    // S1 reads it in the workspace, sharpens what was learned and approves it.
    g.window().lock();
    g.login(u"S1"_s, u"5830617294"_s);
    SupervisorWorkspace* w = g.window().showWorkspace();
    REQUIRE(w);
    w->showTab(SupervisorWorkspace::Stories);
    auto* table = child<QTableWidget>(w->stories(), u"storyTable"_s);
    REQUIRE(table->rowCount() == 1);
    table->selectRow(0);
    CHECK(child<QWidget>(w->stories(), u"storyText"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(w->stories(), u"reviewStory"_s), Qt::LeftButton);
    auto* decide = w->stories()->findChild<StoryDialog*>();
    REQUIRE(decide);
    child<QPlainTextEdit>(decide, u"storyLearned"_s)->setPlainText(u"Stagger the Saturday delivery slots"_s);
    QTest::mouseClick(child<QPushButton>(decide, u"storyApprove"_s), Qt::LeftButton);
    CHECK(g.scalar(u"SELECT count(*) FROM stories WHERE status = 'approved' AND learned LIKE 'Stagger%'"_s) ==
          1);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action IN ('story.edit', 'story.approve')"_s) == 2);

    // The week's line-up sheet, as a PDF.
    const QString pdf = g.path() + u".line-up.pdf"_s;
    w->stories()->writeLineUp(pdf);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    // Back at the counter the board names Alex, this week.
    QTest::mouseClick(child<QPushButton>(w, u"backToCounter"_s), Qt::LeftButton);
    child<HomePage>(&g.window(), u"homePage"_s)->refresh();
    const QString shown = lines(board).join(u'\n');
    CHECK(shown.contains(test::T("HomePage", "This week")));
    CHECK(shown.contains(u"Alex Rivera"_s));
    CHECK(shown.contains(u"Birthday cake delivered two hours late, on the day"_s));
}

TEST_CASE("A prevention action opened by a supervisor, moved on and closed with what was done", "[loop]") {
    GuiFixture g;
    const qint64 id = lateCake(g);
    g.login(u"S1"_s, u"5830617294"_s);
    // From the recovery.
    RecoveryDialog* recovery = g.window().openRecovery(id);
    REQUIRE(recovery);
    auto* prevent = child<QPushButton>(recovery, u"recoveryPrevent"_s);
    REQUIRE(prevent->isVisibleTo(recovery));
    QTest::mouseClick(prevent, Qt::LeftButton);
    auto* dialog = recovery->findChild<ActionDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->openAction() == test::C("what: say what to change"));
    CHECK(g.scalar(u"SELECT count(*) FROM prevention_actions"_s) == 0);
    child<QPlainTextEdit>(dialog, u"actionWhat"_s)->setPlainText(u"Stagger the Saturday delivery slots"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"actionOpen"_s), Qt::LeftButton);
    REQUIRE(
        g.scalar(u"SELECT count(*) FROM prevention_actions WHERE category = 'delay' AND source = 'recovery' "
                 "AND source_ref = '%1'"_s.arg(id)) == 1);
    recovery->close();

    SupervisorWorkspace* w = g.window().showWorkspace();
    REQUIRE(w);
    w->showTab(SupervisorWorkspace::Prevention);
    PreventionView* view = w->prevention();
    auto* table = child<QTableWidget>(view, u"actionTable"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == u"Priya Patel"_s); // the owner
    CHECK(view->startAction(0).isEmpty());
    CHECK(table->item(0, 5)->text() == test::C("In progress"));
    CHECK(view->closeAction(0, u""_s) == test::C("done: say what was done"));
    CHECK(view->closeAction(0, u"Slots of 30 minutes, 8 deliveries each"_s).isEmpty());
    CHECK(table->rowCount() == 0); // open ones only
    child<QCheckBox>(view, u"showDoneActions"_s)->setChecked(true);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 7)->text() == u"Slots of 30 minutes, 8 deliveries each"_s);

    // The combustion report lists it beside its category, with the counts before and after.
    w->showTab(SupervisorWorkspace::Reports);
    auto* reports = qobject_cast<ReportsView*>(w->reports());
    REQUIRE(reports);
    reports->show(ReportsView::Combustion);
    QTableWidget* combustion = reports->table();
    const QString delay =
        PlaybookText::nameOf(*g.ctx().playbooks().current()->playbook, CategoryId(u"delay"_s));
    bool listed = false;
    for (int r = 0; r < combustion->rowCount(); ++r) {
        if (combustion->item(r, 0)->text() == delay) {
            listed = true;
            const QString actions = combustion->item(r, combustion->columnCount() - 1)->text();
            CHECK(actions.contains(u"→"_s)); // done: the recoveries before and after
            CHECK(actions.contains(u" 1 → 0 "_s));
        }
    }
    CHECK(listed);
}

TEST_CASE("\"Customer is back\" on a returning customer records the visit once a day", "[loop]") {
    GuiFixture g;
    lateCake(g);
    g.login(u"A1"_s, u"4071829365"_s);
    auto* search = child<QLineEdit>(&g.window(), u"customerSearch"_s);
    auto* results = child<QListWidget>(&g.window(), u"customerResults"_s);
    auto* back = child<QPushButton>(&g.window(), u"customerBack"_s);
    CHECK_FALSE(back->isEnabled());
    QTest::keyClicks(search, u"Ana"_s);
    REQUIRE(results->count() >= 1);
    int customerRow = -1;
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->text().startsWith(u"Ana Morales"_s))
            customerRow = i;
    }
    REQUIRE(customerRow >= 0);
    results->setCurrentRow(customerRow);
    REQUIRE(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(g.scalar(u"SELECT count(*) FROM visits"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'customer.back'"_s) == 1);
    // A second click the same day is refused, saying so.
    const QString again = child<HomePage>(&g.window(), u"homePage"_s)->markCustomerBack();
    CHECK(again.contains(u"Ana Morales"_s));
    CHECK(g.scalar(u"SELECT count(*) FROM visits"_s) == 1);
    // A recovery line is not a customer: the button waits for one.
    for (int i = 0; i < results->count(); ++i) {
        if (i != customerRow) {
            results->setCurrentRow(i);
            CHECK_FALSE(back->isEnabled());
        }
    }
}

TEST_CASE("An associate who owns a prevention action sees it on the main screen and closes it", "[loop]") {
    GuiFixture g;
    auto s1 = g.ctx().employees().authenticate(u"S1"_s, u"5830617294"_s);
    auto a1 = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    REQUIRE(s1.ok());
    REQUIRE(a1.ok());
    PreventionService actions(g.ctx().db(), g.ctx().clock(), g.ctx().playbooks());
    auto id = actions.open(s1.value(), {CategoryId(u"delay"_s),
                                        u"Stagger the Saturday delivery slots"_s,
                                        a1->employee().id,
                                        g.ctx().clock().nowUtc().date().addDays(7),
                                        ActionSource::Combustion,
                                        {}});
    REQUIRE(id.ok());
    g.login(u"A1"_s, u"4071829365"_s);
    auto* board = child<QListWidget>(&g.window(), u"recognitionBoard"_s);
    const QString shown = lines(board).join(u'\n');
    CHECK(shown.contains(test::T("HomePage", "Your prevention actions")));
    CHECK(shown.contains(u"Stagger the Saturday delivery slots"_s));
    auto* home = child<HomePage>(&g.window(), u"homePage"_s);
    CHECK(home->moveAction(id.value(), u""_s) == test::C("done: say what was done"));
    home->moveAction(id.value(), u"Slots of 30 minutes since Saturday"_s);
    CHECK(actions.action(id.value())->status == ActionStatus::Done);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'action.close' AND actor = 'A1'"_s) == 1);
    CHECK_FALSE(lines(board).join(u'\n').contains(u"Stagger the Saturday delivery slots"_s));
}
