// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "Tr.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "practice/Drill.h"
#include "practice/DrillScore.h"
#include "practice/PracticeCoach.h"
#include "practice/PracticeRun.h"
#include "supervisor/PracticeView.h"
#include "supervisor/SupervisorWorkspace.h"
#include "support/CatchQt.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::child;
using test::GuiFixture;

namespace {

QList<qint64> realCounts(GuiFixture& g) {
    QList<qint64> out;
    for (const QString& table : {u"incidents"_s, u"compensations"_s, u"follow_ups"_s, u"customers"_s})
        out << g.scalar(u"SELECT count(*) FROM %1"_s.arg(table));
    out << g.scalar(u"SELECT count(*) FROM audit_log WHERE action <> 'practice.result'"_s);
    return out;
}

} // namespace

TEST_CASE(
    "A drill is played to the end from the keyboard, scored, and only its result reaches the real database",
    "[practice]") {
    GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    const QList<qint64> before = realCounts(g);
    // The drill in the counter's language, for what the customer says.
    const DrillLibrary library =
        DrillLibrary::builtIn(QLocale().name().section(u'_', 0, 0), Playbook::builtIn()).value();
    const Drill& drill = *library.drill(u"wrong-dish"_s);

    // Ctrl+D opens the picker; the keyboard walks to "Wrong dish, long wait" and starts it.
    bool picked = false;
    QTimer::singleShot(0, [&] {
        auto* list = QApplication::activeModalWidget()->findChild<QListWidget*>(u"practiceDrills"_s);
        REQUIRE(list);
        while (list->currentItem()->data(Qt::UserRole).toString() != u"wrong-dish")
            QTest::keyClick(list, Qt::Key_Down);
        picked = true;
        QTest::keyClick(list, Qt::Key_Return);
    });
    g.key(Qt::Key_D, Qt::ControlModifier);
    REQUIRE(picked);
    RecoveryWizard* w = g.wizard();
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QApplication::setActiveWindow(w);
    CHECK(w->windowTitle().startsWith(test::T("RecoveryWizard", "PRACTICE — New recovery").left(8)));
    CHECK(w->context().isPractice());
    CHECK(w->context().db().path() != g.path());
    auto* banner = child<QLabel>(w, u"practiceBanner"_s);
    CHECK(banner->isVisible());
    auto* talk = child<QTextBrowser>(w, u"practiceTalk"_s);
    CHECK(talk->toPlainText().contains(drill.opening.left(20))); // the customer's opening line

    // The drill's customer is waiting in the sandbox: found by name, then the situation.
    g.type(u"Lindq"_s);
    g.key(Qt::Key_Down);
    g.key(Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(w->customer().has_value());
    QTest::keyClicks(QApplication::focusWidget(), u"Wrong main course after a forty-minute wait"_s);
    g.key(Qt::Key_Tab);
    g.type(PlaybookText::tr(u"Delay"_s).left(1).toLower());
    const Qt::Key next = test::mnemonicKey(w->button(QWizard::NextButton));
    const Qt::Key save = test::mnemonicKey(w->button(QWizard::CommitButton));
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Apology);
    g.key(Qt::Key_Space);
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Fix);
    CHECK(talk->toPlainText().contains(drill.afterApology.left(20))); // her reaction to the apology
    g.key(Qt::Key_Space);
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Compensation);
    CHECK(talk->toPlainText().contains(drill.pressure.first().text.left(20))); // this step's pressure event
    g.key(Qt::Key_Return); // the first suggestion for a minor delay
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::FollowUp);
    g.key(save, Qt::AltModifier);

    QWidget* result = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top->objectName() == u"practiceResult" && top->isVisible())
                    result = top;
            }
            return result != nullptr;
        },
        5000));
    const QString criteria = child<QTextBrowser>(result, u"practiceCriteria"_s)->toPlainText();
    INFO(criteria.toStdString());

    // Only the result was written to the real file: no recovery, gesture, follow-up, customer or export.
    CHECK(realCounts(g) == before);
    CHECK(g.scalar(u"SELECT count(*) FROM practice_results"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'practice.result'"_s) == 1);
    Query q = g.ctx().db().query(u"SELECT drill_id, score, missed, choices FROM practice_results"_s);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.text(0) == u"wrong-dish");
    const int score = int(q.integer(1));
    const QStringList missed = [&] {
        QStringList out;
        for (const QJsonValue& v : QJsonDocument::fromJson(q.text(2).toUtf8()).array())
            out << v.toString();
        return out;
    }();
    // The apology script says her name and blames no one; a delay, minor, fixed, a gesture in range with a
    // personal touch from the catalog; the follow-up went by phone, but she wanted to be seen in person.
    CHECK(missed == QStringList{u"follow-up"_s});
    CHECK(score == 90);
    CHECK(child<QLabel>(result, u"practiceScore"_s)->text().contains(u">90<"_s));
    const QJsonObject choices = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
    CHECK(choices.value(u"category"_s).toString() == u"delay");
    CHECK(choices.value(u"severity"_s).toString() == u"minor");
    CHECK(choices.value(u"apology"_s).toString().contains(u"Lindqvist"_s));
    CHECK(choices.value(u"gestures"_s).toArray().size() == 1);
    CHECK(choices.value(u"follow_up_channel"_s).toString() == u"phone");
    CHECK(choices.value(u"pressure_seen"_s).toArray() == QJsonArray{u"interrupt"_s});

    // Closing the result closes the drill; its sandbox goes with it.
    const QPointer<RecoveryWizard> wizard(w);
    const QString sandbox = w->context().db().path();
    qobject_cast<QDialog*>(result)->reject();
    REQUIRE(QTest::qWaitFor([&] { return wizard.isNull(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return !QFile::exists(sandbox); }, 5000));

    // The supervisor sees it in the readiness matrix.
    g.window().lock();
    g.login(u"S1"_s, u"5830617294"_s);
    SupervisorWorkspace* ws = g.window().showWorkspace();
    REQUIRE(ws);
    ws->showTab(SupervisorWorkspace::Practice);
    auto* matrix = child<QTableWidget>(ws, u"readinessMatrix"_s);
    CHECK(matrix->columnCount() == 8);
    int row = -1, col = -1;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        if (matrix->verticalHeaderItem(r)->text().contains(u"(A1)"_s))
            row = r;
    }
    for (int c = 0; c < matrix->columnCount(); ++c) {
        if (matrix->horizontalHeaderItem(c)->text() == drill.title)
            col = c;
    }
    REQUIRE(row >= 0);
    REQUIRE(col >= 0);
    CHECK(matrix->item(row, col)->text().startsWith(u"90"_s));
    CHECK(child<QLabel>(ws, u"practiceLately"_s)->text().contains(u"Priya Patel"_s));
    CHECK(child<QLabel>(ws, u"practiceMissed"_s)
              ->text()
              .contains(criterionName(u"follow-up"_s).toHtmlEscaped()));
}
