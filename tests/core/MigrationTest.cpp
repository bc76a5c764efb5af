// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "support/CatchQt.h"
#include "support/Files.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rebound;

namespace {
void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString pragma(Database& db, const QString& name) {
    Query q = db.query(u"PRAGMA "_s + name);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.text(0);
}
} // namespace

TEST_CASE("A new database is created private, in WAL mode, at the current schema", "[store][file]") {
    QTemporaryDir dir;
    const QString path = dir.path() + u"/new.sqlite"_s;
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::SchemaVersion);
    CHECK(pragma(**db, u"journal_mode"_s) == u"wal");
    CHECK(pragma(**db, u"foreign_keys"_s) == u"1");
    CHECK(pragma(**db, u"synchronous"_s) == u"2"); // FULL
    CHECK(pragma(**db, u"application_id"_s).toInt() == Database::ApplicationId);
    struct stat st {};
    REQUIRE(stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    for (const auto& table : {u"employees"_s, u"customers"_s, u"incidents"_s, u"compensations"_s,
                              u"follow_ups"_s, u"playbook_versions"_s, u"audit_log"_s}) {
        Query q = (*db)->query(u"SELECT count(*) FROM "_s + table);
        CHECK(q.exec().ok());
    }
}

TEST_CASE("An empty file migrates to the current schema, reopening changes nothing", "[store][file]") {
    QTemporaryDir dir;
    const QString path = dir.path() + u"/empty.sqlite"_s;
    writeFile(path, {});
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == Database::SchemaVersion);
    }
    auto again = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(again.ok());
    CHECK((*again)->schemaVersion() == Database::SchemaVersion);
}

TEST_CASE("Files Rebound must not touch are refused and left byte for byte", "[store][file]") {
    QTemporaryDir dir;
    SECTION("a text file") {
        const QString path = dir.path() + u"/notes.txt"_s;
        writeFile(path, "these are not recoveries\n");
        const QByteArray before = rebound::test::digest(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(u"not a Rebound database"_s));
        CHECK(rebound::test::digest(path) == before);
    }
    SECTION("a database from a newer Rebound") {
        const QString path = dir.path() + u"/newer.sqlite"_s;
        {
            auto db = Database::open(path);
            REQUIRE(db.ok());
        }
        rebound::test::setSchemaVersion(path, 99);
        const QByteArray before = rebound::test::digest(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(u"schema version 99, newer"_s));
        CHECK(rebound::test::digest(path) == before);
    }
    SECTION("another program's SQLite file") {
        const QString path = dir.path() + u"/other.sqlite"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-other"_s);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery(raw).exec(u"CREATE TABLE songs (title TEXT)"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw-other"_s);
        const QByteArray before = rebound::test::digest(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(u"another program"_s));
        CHECK(rebound::test::digest(path) == before);
    }
    SECTION("a missing folder") {
        auto db = Database::open(dir.path() + u"/nowhere/rebound.sqlite"_s);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(u"does not exist"_s));
    }
}

TEST_CASE("A version 1 database migrates to the current schema with its data and audit chain", "[store][file]") {
    QTemporaryDir dir;
    const QString path = dir.path() + u"/old.sqlite"_s;
    REQUIRE(QFile::copy(QStringLiteral(REBOUND_SOURCE_DIR "/tests/data/rebound-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::SchemaVersion);
    const auto scalar = [&](const QString& sql) {
        Query q = (*db)->query(sql);
        REQUIRE(q.exec().ok());
        REQUIRE(q.next());
        return q.integer(0);
    };
    CHECK(scalar(u"SELECT count(*) FROM incidents"_s) == 20);
    // The new columns were filled from what was already there.
    CHECK(
        scalar(u"SELECT count(*) FROM incidents i WHERE total_minor <> "
               "(SELECT coalesce(sum(amount_minor), 0) FROM compensations c WHERE c.incident_id = i.id)"_s) ==
        0);
    CHECK(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'incident' AND incident_id IS NULL"_s) == 0);
    CHECK(
        scalar(
            u"SELECT count(*) FROM audit_log WHERE action = 'compensation.give' AND incident_id IS NULL"_s) ==
        0);
    // Version 3: each entry of a recovery carries its category, total and override flag.
    CHECK(scalar(u"SELECT count(*) FROM audit_log WHERE incident_id IS NOT NULL"_s) > 0);
    CHECK(
        scalar(
            u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id WHERE "
            "a.category IS NOT i.category OR a.total_minor IS NOT i.total_minor OR a.override <> i.override"_s) ==
        0);
    CHECK(scalar(u"SELECT count(*) FROM audit_log WHERE incident_id IS NULL AND category IS NOT NULL"_s) ==
          0);
    rebound::SystemClock clock;
    auto verified = rebound::AuditLog(**db, clock).verify();
    REQUIRE(verified.ok());
    CHECK(verified->entries == 180);
    Query upd = (*db)->query(u"UPDATE audit_log SET actor = 'x'"_s);
    CHECK_FALSE(upd.exec().ok()); // the append-only trigger is back
}

TEST_CASE("A failed bulk load leaves nothing behind and the durable settings back in force", "[store][file]") {
    QTemporaryDir dir;
    auto db = Database::open(dir.path() + u"/bulk.sqlite"_s);
    REQUIRE(db.ok());
    const auto count = [&] {
        Query q = (*db)->query(u"SELECT count(*) FROM settings"_s);
        REQUIRE(q.exec().ok());
        REQUIRE(q.next());
        return q.integer(0);
    };
    auto failed = (*db)->bulkLoad({u"customers_name"_s}, [&]() -> Result<void> {
        CHECK(pragma(**db, u"synchronous"_s) == u"0");
        CHECK(pragma(**db, u"foreign_keys"_s) == u"0");
        Query q = (*db)->query(u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s);
        REQUIRE(q.exec().ok());
        return Error::invalid(u"stop here"_s);
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message == u"stop here");
    CHECK(count() == 0);
    // The dropped index is back, and so is every pragma the other writes rely on.
    CHECK(pragma(**db, u"journal_mode"_s) == u"wal");
    CHECK(pragma(**db, u"synchronous"_s) == u"2");
    CHECK(pragma(**db, u"foreign_keys"_s) == u"1");
    {
        Query index = (*db)->query(u"SELECT count(*) FROM sqlite_master WHERE name = 'customers_name'"_s);
        REQUIRE(index.exec().ok());
        REQUIRE(index.next());
        CHECK(index.integer(0) == 1);
    }

    auto done = (*db)->bulkLoad({u"customers_name"_s}, [&]() -> Result<void> {
        Query q = (*db)->query(u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s);
        return q.exec();
    });
    INFO((done.ok() ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    CHECK(count() == 1);
    CHECK(pragma(**db, u"journal_mode"_s) == u"wal");
    CHECK(pragma(**db, u"page_size"_s) == u"16384");
}
