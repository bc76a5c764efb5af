// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"
#include "GuiFixture.h"
#include "Startup.h"
#include "Tr.h"
#include "Translations.h"
#include "audit/AuditLog.h"
#include "domain/Employee.h"
#include "store/Database.h"
#include "supervisor/ExportDialog.h"
#include "supervisor/SupervisorWorkspace.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Files.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::CliRun;
using test::CliRunner;

namespace {
// Opens the file the way `rebound --db` does and returns the text of the dialog it showed, if any.
QString openAndReadDialog(const QString& path, bool& opened) {
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    opened = Startup::open({path, false}) != nullptr;
    return shown;
}
} // namespace

TEST_CASE("rebound says what and where when it cannot open a database, and leaves the file alone",
          "[reliability]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    bool opened = true;

    SECTION("not a database") {
        QFile f(ctl.db());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some notes");
        f.close();
        const QByteArray before = test::digest(ctl.db());
        const QString shown = openAndReadDialog(ctl.db(), opened);
        CHECK_FALSE(opened);
        CHECK(shown.contains(ctl.db()));
        CHECK(shown.contains(test::C("not a Rebound database (not an SQLite file)")));
        CHECK(test::digest(ctl.db()) == before);
    }
    SECTION("from a newer Rebound") {
        ctl.setUp();
        test::setSchemaVersion(ctl.db(), 42);
        const QByteArray before = test::digest(ctl.db());
        const QString shown = openAndReadDialog(ctl.db(), opened);
        CHECK_FALSE(opened);
        CHECK(shown.contains(
            test::C("the database has schema version %1, newer than this Rebound understands (%2); "
                    "update Rebound")
                .arg(42)
                .arg(Database::SchemaVersion)));
        CHECK(test::digest(ctl.db()) == before);
    }
    SECTION("read-only") {
        ctl.setUp();
        REQUIRE(QFile::setPermissions(ctl.db(), QFile::ReadOwner));
        const QByteArray before = test::digest(ctl.db());
        const QString shown = openAndReadDialog(ctl.db(), opened);
        CHECK_FALSE(opened);
        CHECK(shown.contains(test::C("cannot open database %1: the file is read-only").arg(ctl.db())));
        CHECK(test::digest(ctl.db()) == before);
    }
    SECTION("in a folder that does not exist") {
        const QString missing = ctl.file(u"gone/rebound.sqlite"_s);
        const QString shown = openAndReadDialog(missing, opened);
        CHECK_FALSE(opened);
        CHECK(shown.contains(test::C("cannot open database %1: the folder %2 does not exist")
                                 .arg(missing, QFileInfo(missing).dir().path())));
        CHECK_FALSE(QFile::exists(missing));
    }
}

TEST_CASE("A counter's session and a command-line writer save at the same time without losing anything",
          "[reliability]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    REQUIRE(ctl({u"employee"_s, u"add"_s, u"--code"_s, u"M2"_s, u"--name"_s, u"Second Manager"_s, u"--role"_s,
                 u"manager"_s},
                {}, u"4071829365"_s)
                .exit == 0);
    auto ctx = AppContext::open(ctl.db());
    REQUIRE(ctx.ok());
    auto me = (*ctx)->employees().authenticate(u"M1"_s, u"4071829365"_s);
    REQUIRE(me.ok());

    constexpr int Each = 1000;
    QByteArray input;
    for (int i = 0; i < Each; ++i)
        input += test::recordLine(u"CLI guest %1"_s.arg(i), u"cli-%1"_s.arg(i), uR"({"item": "dessert"})"_s);
    QProcess writer;
    writer.setProcessEnvironment(ctl.environment(u"4071829365"_s));
    writer.start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, u"M2"_s});
    REQUIRE(writer.waitForStarted());
    writer.write(input);
    writer.closeWriteChannel();

    // The same call the wizard's "Save recovery" makes.
    QStringList errors;
    for (int i = 0; i < Each; ++i) {
        RecoveryDraft d;
        d.customer.name = u"Counter guest %1"_s.arg(i);
        d.customer.phone = u"gui-%1"_s.arg(i);
        d.category = CategoryId(u"delay"_s);
        d.severity = SeverityId(u"minor"_s);
        d.description = u"Waited"_s;
        d.compensations = {{u"dessert"_s, {}}};
        auto saved = (*ctx)->recoveries().record(me.value(), d);
        if (!saved)
            errors << saved.error().message;
    }
    REQUIRE(writer.waitForFinished(300000));
    const QString cliErrors = QString::fromUtf8(writer.readAllStandardError());
    INFO(cliErrors.toStdString());
    INFO(errors.join(u'\n').toStdString());
    CHECK(errors.isEmpty());
    CHECK(writer.exitCode() == 0);
    CHECK_FALSE(cliErrors.contains(u"locked"_s));
    Query count = (*ctx)->db().query(u"SELECT count(*) FROM incidents"_s);
    REQUIRE(count.exec().ok());
    REQUIRE(count.next());
    CHECK(count.integer(0) == 2 * Each);
    auto verified = AuditLog((*ctx)->db(), (*ctx)->clock()).verify();
    REQUIRE(verified.ok());
}

TEST_CASE("A writer waiting for another counter's lock retries whatever the UI language", "[reliability]") {
    // The retry reads the error's code: in German the busy message no longer starts with "the database is
    // busy".
    Translations::install(u"de"_s);
    const QString language = qEnvironmentVariable("REBOUND_TEST_LANGUAGE", u"en"_s);
    const auto restore = qScopeGuard([&] { Translations::install(language); });
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rebound.sqlite"_s);
    REQUIRE(Database::open(path).ok());

    // The other counter holds the write lock for 400 ms, far longer than this writer's busy timeout.
    auto other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-counter"_s);
    other.setDatabaseName(path);
    REQUIRE(other.open());
    const auto removeOther = qScopeGuard([&] {
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(u"other-counter"_s);
    });
    QSqlQuery lock(other);
    REQUIRE(lock.exec(u"BEGIN IMMEDIATE"_s));

    std::optional<Error> failure;
    std::atomic<bool> waiting = false;
    std::thread writer([&] {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            failure = db.error();
            return;
        }
        (void)(*db)->setBusyTimeout(50);
        waiting = true;
        if (auto r = (*db)->write([] { return Result<void>{}; }); !r)
            failure = r.error();
    });
    // Released 400 ms after the writer began, however late its thread started.
    CHECK(QTest::qWaitFor([&] { return waiting.load(); }, 20000));
    QTest::qWait(400);
    REQUIRE(lock.exec(u"COMMIT"_s));
    writer.join();
    INFO((failure ? failure->message.toStdString() : std::string()));
    CHECK_FALSE(failure.has_value());
}

TEST_CASE("rebound --check-startup draws its first window and quits, or fails without a dialog",
          "[reliability]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    const auto run = [&](const QString& db) {
        QProcess rebound;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        rebound.setProcessEnvironment(env);
        rebound.start(QStringLiteral(REBOUND_PATH), {u"--db"_s, db, u"--check-startup"_s});
        REQUIRE(rebound.waitForFinished(60000));
        return std::pair{rebound.exitCode(), QString::fromUtf8(rebound.readAllStandardError())};
    };
    CHECK(run(ctl.db()).first == 0);
    QFile notes(ctl.file(u"notes.txt"_s));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("just some notes");
    notes.close();
    const auto [code, err] = run(notes.fileName());
    CHECK(code == 1);
    CHECK(err.contains(u"notes.txt"_s));
}

TEST_CASE("rebound --check-modules finds the reports and printing module beside it", "[reliability]") {
    QProcess rebound;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    rebound.setProcessEnvironment(env);
    rebound.start(QStringLiteral(REBOUND_PATH), {u"--check-modules"_s});
    REQUIRE(rebound.waitForFinished(60000));
    INFO(rebound.readAllStandardError().toStdString());
    CHECK(rebound.exitCode() == 0);
    CHECK(rebound.readAllStandardOutput().contains("rebound-reports-print.so"));
}

TEST_CASE("A second connection of the app's own and reboundctl beside it leave the app's WAL in place",
          "[reliability][shared-file]") {
    test::GuiFixture g;
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setDb(g.path());
    g.login(u"M1"_s, u"9184037265"_s);
    SupervisorWorkspace* w = g.window().showWorkspace();
    REQUIRE(w);

    // The export and the Verify each open a connection of their own in this process, and close it.
    w->openExport();
    auto* dialog = w->findChild<ExportDialog*>();
    REQUIRE(dialog);
    QTemporaryDir out;
    dialog->findChild<QLineEdit*>(u"exportFile"_s)->setText(out.filePath(u"incidents.csv"_s));
    QSignalSpy exported(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"startExport"_s), Qt::LeftButton);
    REQUIRE(exported.wait(20000));
    REQUIRE(exported.first().first().toBool());
    dialog->close();
    w->showTab(SupervisorWorkspace::Audit);
    auto* verify = w->findChild<QPushButton*>(u"verifyAudit"_s);
    auto* verdict = w->findChild<QLabel*>(u"verifyResult"_s);
    QTest::mouseClick(verify, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return verify->isEnabled() && !verdict->text().isEmpty(); }, 20000));

    // Another process opens the database and closes it: it must not take itself for the last one.
    REQUIRE(ctl({u"employee"_s, u"list"_s}).exit == 0);
    CHECK(test::deletedButHeld(g.path()).isEmpty());
    CHECK(QFileInfo::exists(g.path() + u"-wal"_s));

    // An audited change made in the app after that reaches a third process.
    auto manager = g.ctx().employees().authenticate(u"M1"_s, u"9184037265"_s);
    REQUIRE(manager.ok());
    REQUIRE(g.ctx()
                .employees()
                .hire(manager.value(), u"N7"_s, u"Nora Seven"_s, Role::Associate, u"3726159048"_s)
                .ok());
    CliRun list = ctl({u"employee"_s, u"list"_s});
    CHECK(list.out.contains(u"Nora Seven"_s));
    CHECK(test::deletedButHeld(g.path()).isEmpty());
    CliRun full = ctl({u"verify"_s, u"--full"_s});
    INFO(full.err.toStdString());
    CHECK(full.exit == 0);
    CHECK(test::scalarIn(g.path(), u"SELECT count(*) FROM audit_log WHERE action = 'employee.add' "
                                   u"AND payload LIKE '%Nora Seven%'"_s) == 1);
}

TEST_CASE("The app closes with a message naming the file when its database is moved while open",
          "[reliability][shared-file]") {
    test::GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    auto me = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    REQUIRE(me.ok());
    CHECK(g.window().checkDatabaseFile()); // in place: nothing happens
    CHECK(g.window().isVisible());

    REQUIRE(QFile::rename(g.path(), g.path() + u".moved"_s));
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    CHECK_FALSE(g.window().checkDatabaseFile()); // what the minute's timer runs
    CHECK(shown.contains(g.path()));
    CHECK_FALSE(g.window().isVisible());
    // A recovery saved now would go into a file nobody reads again: refused, the moved file untouched.
    auto saved = g.ctx().recoveries().record(me.value(), test::TestDatabase::draft());
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == Error::Code::Moved);
    // Back beside its WAL (which holds its latest pages), the file shows that nothing was written.
    REQUIRE(QFile::rename(g.path() + u".moved"_s, g.path()));
    CHECK(test::scalarIn(g.path(), u"SELECT count(*) FROM incidents"_s) == 0);
}
