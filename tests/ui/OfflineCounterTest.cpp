// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's window when its central server goes away and comes back while it runs, through a relay
// that fails on demand. Needs the test server ([live-server]: run by the server.ui. tests).
#include "CounterSync.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "record/DraftStore.h"
#include "store/Database.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/FaultProxy.h"
#include "support/TestServer.h"
#include "sync/Outbox.h"
#include "wizard/RecoveryWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rebound;
using namespace rebound::test;

namespace {

void removeCopy(const QString& copy) {
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".key"_s})
        QFile::remove(copy + suffix);
}

void next(RecoveryWizard* w) {
    QAbstractButton* b =
        w->button(w->currentId() == RecoveryWizard::FollowUp ? QWizard::CommitButton : QWizard::NextButton);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

// A recovery typed up to its last page, not saved yet.
RecoveryWizard* typeRecovery(GuiFixture& g) {
    RecoveryWizard* w = g.window().newRecovery();
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QApplication::setActiveWindow(w);
    child<QLineEdit>(w, u"customerName"_s)->setText(u"Tomás Herrera"_s);
    child<QLineEdit>(w, u"customerPhone"_s)->setText(u"+34 600 000 117"_s);
    child<QPlainTextEdit>(w, u"description"_s)->setPlainText(u"Room not ready at check-in"_s);
    auto* category = child<QComboBox>(w, u"category"_s);
    category->setCurrentIndex(category->findData(u"delay"_s));
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Apology);
    child<QCheckBox>(w, u"apologyGiven"_s)->setChecked(true);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Fix);
    child<QCheckBox>(w, u"resolved"_s)->setChecked(true);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Compensation);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::FollowUp);
    return w;
}

} // namespace

TEST_CASE("A counter whose server goes away while a recovery is typed saves it in its offline copy, sends "
          "it, goes back to the server at the next sign-in, and to the copy when the server goes again, "
          "a half-typed recovery following",
          "[live-server][offline]") {
    if (!onServer()) {
        WARN("needs the test server: REBOUND_TEST_SERVER");
        return;
    }
    CliRunner server{QStringLiteral(REBOUNDCTL_PATH)};
    server.setUp();
    QUrl url(server.db());
    FaultProxy proxy(quint16(url.port()));
    url.setPort(proxy.port());
    const QString address = url.toString();
    const QString copy = Database::offlineCopyPath(address);
    removeCopy(copy);
    {
        GuiFixture g(address);
        REQUIRE(g.ctx().db().backend() == Database::Backend::Server);
        CounterSync* sync = g.window().counterSync();
        REQUIRE(sync);
        sync->setRetryInterval(200);
        // The copy is made and takes the server's staff in the background, the window never waiting.
        REQUIRE(QTest::qWaitFor([&] { return sync->idle() && QFile::exists(copy); }, 30000));
        g.login(u"A1"_s, u"4071829365"_s);
        const qint64 onServer = g.window().user()->employee().id;
        RecoveryWizard* w = typeRecovery(g);

        // The cable is cut as the recovery is saved: it is saved all the same, in the copy.
        proxy.setRefusing(true);
        proxy.cutAll();
        next(w);
        QString seen = child<QLabel>(w, u"saveError"_s)->text();
        if (auto* problem = w->findChild<QLabel*>(u"pageProblem"_s))
            seen += u" | "_s + problem->text();
        seen += u" | offline "_s + QString::number(g.ctx().isOfflineCopy()) + u" | "_s +
                g.window().statusBar()->currentMessage();
        INFO(seen.toStdString());
        REQUIRE(w->currentId() == RecoveryWizard::Summary);
        REQUIRE(w->saved().has_value());
        CHECK(g.ctx().isOfflineCopy());
        CHECK(g.ctx().db().path() == copy);
        CHECK(w->currentPage()->subTitle().contains(u"it is sent as soon as the server answers"_s));
        // Whoever was signed in goes on as the copy's employee of the same code.
        REQUIRE(g.window().user().has_value());
        CHECK(g.window().user()->employee().code == u"A1"_s);
        CHECK(w->user().employee().id == g.window().user()->employee().id);
        auto st = Outbox(g.ctx().db()).status();
        REQUIRE(st.ok());
        CHECK(st->waiting == 1);
        CHECK(server.scalar(u"SELECT count(*) FROM incidents"_s) == 0);
        const QString uuid = w->saved()->uuid;
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);

        // The server answers again: sent once, and the window stays on the copy while someone works.
        QSignalSpy back(sync, &CounterSync::serverBack);
        proxy.setRefusing(false);
        REQUIRE(back.wait(30000));
        CHECK(server.scalar(u"SELECT count(*) FROM incidents WHERE uuid = '%1'"_s.arg(uuid)) == 1);
        CHECK(Outbox(g.ctx().db()).status()->waiting == 0);
        CHECK(g.ctx().isOfflineCopy());

        // Between two people, the counter goes back to the server; the recovery is there.
        g.window().lock();
        CHECK(g.ctx().db().backend() == Database::Backend::Server);
        CHECK_FALSE(g.ctx().isOfflineCopy());
        g.login(u"A1"_s, u"4071829365"_s);
        CHECK(g.window().user()->employee().id == onServer);
        Query there = g.ctx().db().query(u"SELECT count(*) FROM incidents WHERE uuid = ?"_s);
        there.bind(uuid);
        REQUIRE(there.exec().ok());
        REQUIRE(there.next());
        CHECK(there.integer(0) == 1);

        // Cut again, between two recoveries: the next try finds the server gone, and the window goes on
        // with the copy at once, whoever is signed in carried over.
        proxy.setRefusing(true);
        proxy.cutAll();
        REQUIRE(QTest::qWaitFor([&] { return g.ctx().isOfflineCopy(); }, 30000));
        REQUIRE(g.window().user().has_value());
        CHECK(g.window().user()->employee().code == u"A1"_s);
        CHECK(g.ctx().db().path() == copy);

        // A recovery left half typed on the copy is offered again on the server, at the next sign-in.
        RecoveryWizard* half = g.window().newRecovery();
        REQUIRE(half);
        child<QLineEdit>(half, u"customerName"_s)->setText(u"Ines Duarte"_s);
        child<QPlainTextEdit>(half, u"description"_s)->setPlainText(u"Breakfast never came"_s);
        half->closeKeepingDraft();
        QSignalSpy backAgain(sync, &CounterSync::serverBack);
        proxy.setRefusing(false);
        REQUIRE(backAgain.wait(30000));
        g.window().lock();
        REQUIRE(g.ctx().db().backend() == Database::Backend::Server);
        auto kept = DraftStore(g.ctx().db().localPath()).load(onServer);
        REQUIRE(kept.ok());
        REQUIRE(kept->has_value());
        CHECK((*kept)->draft.description == u"Breakfast never came"_s);
    }
    removeCopy(copy);
}
