// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Clock.h"
#include "reports/ExportJob.h"
#include "services/EmployeeService.h"
#include "store/Database.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Files.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace rebound;
using namespace rebound::test;

TEST_CASE("Connections opened and closed beside the one a counter holds leave its WAL in place",
          "[shared-file][file]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    // The counter's own connection, held as the app holds it.
    auto held = Database::open(ctl.db(), Database::OpenMode::ExistingOnly);
    REQUIRE(held.ok());
    SystemClock clock;
    EmployeeService employees(**held, clock);
    auto manager = employees.authenticate(u"M1"_s, u"4071829365"_s);
    REQUIRE(manager.ok());

    // In this process, an export and a second connection (what Verify opens), each closed again.
    ExportJob job(ctl.db(), ExportRequest{}, ctl.file(u"incidents.csv"_s), *manager);
    job.run();
    REQUIRE(QFileInfo::exists(ctl.file(u"incidents.csv"_s)));
    REQUIRE(Database::open(ctl.db(), Database::OpenMode::ExistingOnly).ok());
    // Another process opens and closes the file.
    REQUIRE(ctl({u"employee"_s, u"list"_s}).exit == 0);
    CHECK(deletedButHeld(ctl.db()).isEmpty());
    CHECK((*held)->checkInPlace().ok());

    // What the counter writes after that is what a third process reads, and the file is sound.
    REQUIRE(employees.hire(manager.value(), u"N7"_s, u"Nora Seven"_s, Role::Associate, u"3726159048"_s).ok());
    CHECK(ctl({u"employee"_s, u"list"_s}).out.contains(u"Nora Seven"_s));
    CHECK(deletedButHeld(ctl.db()).isEmpty());
    CliRun verify = ctl({u"verify"_s, u"--full"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);
}

TEST_CASE("A backup taken while a till records is one whole file that verifies on its own",
          "[shared-file][file]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    QByteArray lines;
    for (int i = 0; i < 1500; ++i)
        lines += recordLine(u"Guest %1"_s.arg(i), u"+1 555 %1"_s.arg(i, 7, 10, QChar(u'0')),
                            uR"({"item": "dessert"})"_s);
    QFile input(ctl.file(u"till.jsonl"_s));
    REQUIRE(input.open(QIODevice::WriteOnly));
    input.write(lines);
    input.close();
    QProcess till;
    till.setProcessEnvironment(ctl.environment(u"4071829365"_s));
    till.setStandardInputFile(input.fileName());
    till.setStandardOutputFile(QProcess::nullDevice());
    till.start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, u"M1"_s});
    REQUIRE(till.waitForStarted());
    int taken = 0;
    for (; taken < 8 && (till.state() == QProcess::Running || taken == 0); ++taken) {
        const QString out = ctl.file(u"backup-%1.sqlite"_s.arg(taken));
        CliRun backup = ctl({u"backup"_s, out});
        INFO(backup.err.toStdString());
        REQUIRE(backup.exit == 0);
        // One file: what sat in the source's WAL is inside it, and it needs no -wal beside it.
        CHECK_FALSE(QFileInfo::exists(out + u"-wal"_s));
        CliRunner copy(ctl.binary());
        copy.setDb(out);
        CliRun check = copy({u"verify"_s, u"--full"_s});
        INFO(check.err.toStdString());
        CHECK(check.exit == 0);
    }
    REQUIRE(till.waitForFinished(120000));
    CHECK(till.exitCode() == 0);
    CHECK(taken >= 2);
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == 1500);
}
