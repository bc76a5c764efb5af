// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rebound::test;

namespace {
int modeOf(const QString& path) {
    struct stat st {};
    REQUIRE(stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}
} // namespace

TEST_CASE("The database, its WAL and SHM files and backups are private to their owner", "[hygiene][file]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    // Keep a writer open so the WAL and SHM files exist while they are looked at.
    QProcess writer;
    writer.setProcessEnvironment(ctl.environment(u"4071829365"_s));
    writer.start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, u"A1"_s});
    REQUIRE(writer.waitForStarted());
    writer.write(recordLine(u"Ana"_s, u"1"_s, uR"({"item": "dessert"})"_s));
    REQUIRE(writer.waitForReadyRead(30000));
    CHECK(modeOf(ctl.db()) == 0600);
    CHECK(modeOf(ctl.db() + u"-wal"_s) == 0600);
    CHECK(modeOf(ctl.db() + u"-shm"_s) == 0600);
    writer.closeWriteChannel();
    REQUIRE(writer.waitForFinished(30000));
    REQUIRE(ctl({u"backup"_s, ctl.file(u"backup.sqlite"_s)}).exit == 0);
    CHECK(modeOf(ctl.file(u"backup.sqlite"_s)) == 0600);
}

TEST_CASE("No PIN appears in the database, its logs or any export", "[hygiene][file]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    const QString pin = u"9081726354"_s;
    REQUIRE(ctl({u"init"_s, u"--manager-code"_s, u"M1"_s, u"--manager-name"_s, u"Maria"_s}, {}, pin).exit ==
            0);
    ctl.signInAs(u"M1"_s, pin);
    REQUIRE(ctl({u"employee"_s, u"add"_s, u"--code"_s, u"A1"_s, u"--name"_s, u"Alex"_s, u"--role"_s,
                 u"associate"_s},
                {}, pin)
                .exit == 0);
    REQUIRE(
        ctl({u"record"_s, u"--as"_s, u"A1"_s}, recordLine(u"Ana"_s, u"1"_s, uR"({"item": "dessert"})"_s), pin)
            .exit == 0);
    CHECK(ctl({u"record"_s, u"--as"_s, u"A1"_s}, {}, u"11223344"_s).exit == 1); // a wrong PIN, audited
    // The PIN typed into the code field: refused and audited, the digits kept nowhere.
    CHECK(ctl({u"record"_s, u"--as"_s, pin}, {}, pin).exit == 1);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 2);
    CHECK(ctl.scalar(u"SELECT count(*) FROM employees WHERE pin_hash LIKE '$argon2id$%'"_s) == 2);
    QByteArray everything;
    for (const QString& report : {u"incidents"_s, u"compensations"_s, u"follow-ups"_s, u"audit"_s})
        everything += ctl({u"export"_s, report}).out.toUtf8();
    REQUIRE(ctl({u"backup"_s, ctl.file(u"b.sqlite"_s)}).exit == 0);
    for (const QString& name : QDir(ctl.dir()).entryList(QDir::Files)) {
        QFile f(ctl.dir() + u'/' + name);
        REQUIRE(f.open(QIODevice::ReadOnly));
        everything += f.readAll();
    }
    CHECK(everything.size() > 10000);
    CHECK_FALSE(everything.contains(pin.toUtf8()));
    CHECK_FALSE(everything.contains("11223344"));
    CHECK(everything.contains("auth.fail"));
}
