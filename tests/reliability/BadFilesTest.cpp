// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Files.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rebound::test;

namespace {
// A real Rebound database with a few recoveries, checkpointed into its main file.
void makeDatabase(CliRunner& ctl) {
    ctl.setUp();
    QByteArray input;
    for (int i = 0; i < 30; ++i)
        input += recordLine(u"Guest %1"_s.arg(i), u"+1 555 %1"_s.arg(i), uR"({"item": "dessert"})"_s);
    REQUIRE(ctl({u"record"_s, u"--as"_s, u"A1"_s}, input, u"4071829365"_s).exit == 0);
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"checkpoint"_s);
    raw.setDatabaseName(ctl.db());
    REQUIRE(raw.open());
    QSqlQuery(raw).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"checkpoint"_s);
}
} // namespace

TEST_CASE("reboundctl refuses files it must not touch, says why, and leaves them as they were",
          "[badfiles][file]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    const QStringList commands[] = {
        {u"verify"_s}, {u"employee"_s, u"list"_s}, {u"export"_s, u"incidents"_s}, {u"init"_s}};

    SECTION("not a database") {
        QFile f(ctl.db());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name,Amount\nAna,12.50\n");
        f.close();
        const QByteArray before = digest(ctl.db());
        for (const QStringList& c : commands) {
            CliRun r = ctl(c);
            CHECK(r.exit != 0);
            CHECK(r.err.contains(u"not a Rebound database"_s));
            CHECK(r.err.count(u'\n') == 1); // one clear line
        }
        CHECK(digest(ctl.db()) == before);
    }
    SECTION("from a newer Rebound") {
        makeDatabase(ctl);
        setSchemaVersion(ctl.db(), 42);
        const QByteArray before = digest(ctl.db());
        for (const QStringList& c : commands) {
            CliRun r = ctl(c);
            CHECK(r.exit != 0);
            CHECK(r.err.contains(u"newer than this Rebound"_s));
        }
        CHECK(digest(ctl.db()) == before);
    }
    SECTION("read-only") {
        makeDatabase(ctl);
        REQUIRE(QFile::setPermissions(ctl.db(), QFile::ReadOwner));
        const QByteArray before = digest(ctl.db());
        // root ignores file modes; the check is on the permission bits, so it holds for root too.
        for (const QStringList& c : commands) {
            CliRun r = ctl(c);
            CHECK(r.exit != 0);
            CHECK(r.err.contains(u"read-only"_s));
        }
        CHECK(digest(ctl.db()) == before);
    }
    SECTION("truncated") {
        makeDatabase(ctl);
        QFile f(ctl.db());
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 3));
        f.close();
        const QByteArray before = digest(ctl.db());
        CliRun verify = ctl({u"verify"_s});
        CHECK(verify.exit == 3);
        CHECK((verify.err.contains(u"damaged"_s) || verify.err.contains(u"integrity"_s)));
        CliRun exported = ctl({u"export"_s, u"incidents"_s});
        CHECK(exported.exit != 0);
        CHECK(digest(ctl.db()) == before);
    }
    SECTION("in a folder that does not exist") {
        ctl.setDb(ctl.file(u"gone/rebound.sqlite"_s));
        for (const QStringList& c : commands) {
            CliRun r = ctl(c);
            CHECK(r.exit != 0);
            CHECK(r.err.contains(u"does not exist"_s));
        }
        CHECK_FALSE(QFile::exists(ctl.db()));
    }
}
