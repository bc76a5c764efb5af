// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "store/DatabaseFile.h"
#include "support/CatchQt.h"
#include "support/Files.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rebound;

namespace {
// An audited write through the same service the counter uses.
Result<Employee> hire(test::TestDatabase& t, const AuthenticatedEmployee& manager, const QString& code) {
    return t.employees().hire(manager, code, u"Hired "_s + code, Role::Associate, u"3726159048"_s);
}
} // namespace

TEST_CASE("A database moved, replaced or deleted while open refuses every write and names the file",
          "[store][file]") {
    test::TestDatabase t;
    const AuthenticatedEmployee manager = t.staff(u"M1"_s, Role::Manager);
    const QString path = t.path();
    REQUIRE(hire(t, manager, u"H1"_s).ok());
    const qint64 entries = t.count(u"audit_log"_s);

    SECTION("moved") {
        REQUIRE(QFile::rename(path, path + u".moved"_s));
        auto refused = hire(t, manager, u"H2"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Moved);
        CHECK(refused.error().message.contains(path));
        CHECK(t.db().checkInPlace().error().code == Error::Code::Moved);
        // Put back where it was, it is the same file again and takes writes.
        REQUIRE(QFile::rename(path + u".moved"_s, path));
        REQUIRE(t.db().checkInPlace().ok());
        REQUIRE(hire(t, manager, u"H2"_s).ok());
        CHECK(t.count(u"audit_log"_s) == entries + 1);
    }
    SECTION("replaced by a copy of itself") {
        REQUIRE(t.db().backupTo(path + u".copy"_s).ok());
        REQUIRE(::rename(QFile::encodeName(path + u".copy"_s).constData(),
                         QFile::encodeName(path).constData()) == 0);
        auto refused = hire(t, manager, u"H2"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Moved);
        // Read under a name of its own: beside the old file's WAL, SQLite would replay that WAL onto it.
        REQUIRE(QFile::rename(path, path + u".check"_s));
        CHECK(test::scalarIn(path + u".check"_s, u"SELECT count(*) FROM employees WHERE code = 'H2'"_s) == 0);
        CHECK(test::scalarIn(path + u".check"_s, u"SELECT count(*) FROM employees WHERE code = 'H1'"_s) == 1);
    }
    SECTION("deleted") {
        REQUIRE(QFile::remove(path));
        auto refused = hire(t, manager, u"H2"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Moved);
    }
    SECTION("its WAL deleted by another program") {
        REQUIRE(QFileInfo::exists(path + u"-wal"_s));
        REQUIRE(QFile::remove(path + u"-wal"_s));
        auto refused = hire(t, manager, u"H2"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Moved);
        CHECK(refused.error().message.contains(path + u"-wal"_s));
    }
}

TEST_CASE("A file with two names, or on a network file system, is not opened", "[store][file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rebound.sqlite"_s);
    REQUIRE(Database::open(path).ok());
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(path + u".2"_s).constData()) == 0);
    const QByteArray before = test::digest(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(u"hard links"_s));
    CHECK(test::digest(path) == before);

    // Linux's statfs magic numbers of network file systems are named; local ones pass.
    CHECK(DatabaseFile::networkFileSystem(0x6969) == u"NFS"_s);
    CHECK(DatabaseFile::networkFileSystem(0xff534d42) == u"CIFS"_s);
    CHECK(DatabaseFile::networkFileSystem(0xfe534d42) == u"SMB"_s);
    CHECK(DatabaseFile::networkFileSystem(0x65735546).startsWith(u"FUSE"_s));
    CHECK(DatabaseFile::networkFileSystem(0xef53).isEmpty());     // ext2/3/4
    CHECK(DatabaseFile::networkFileSystem(0x01021994).isEmpty()); // tmpfs
    CHECK(DatabaseFile::networkFileSystem(0x58465342).isEmpty()); // XFS
    CHECK(DatabaseFile::checkFileSystem(path).ok());
}

TEST_CASE("Every connection writes through a WAL with full fsync, and Qt's SQLite is the one linked",
          "[store][file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rebound.sqlite"_s);
    for (int i = 0; i < 2; ++i) { // the first creates the file, the second opens it as an export does
        auto db = Database::open(path);
        REQUIRE(db.ok());
        Query mode = (*db)->query(u"PRAGMA journal_mode"_s);
        REQUIRE(mode.exec().ok());
        REQUIRE(mode.next());
        CHECK(mode.text(0) == u"wal"_s);
        Query sync = (*db)->query(u"PRAGMA synchronous"_s);
        REQUIRE(sync.exec().ok());
        REQUIRE(sync.next());
        CHECK(sync.integer(0) == 2); // FULL: a commit is on the disk before it is reported
        // Qt's driver and Rebound's own statements share one SQLite: the handle Qt opened answers the
        // library this program links, with the file it holds.
        sqlite3* handle = (*db)->handle();
        REQUIRE(handle);
        CHECK(QFileInfo(QString::fromUtf8(sqlite3_db_filename(handle, "main"))).canonicalFilePath() ==
              QFileInfo(path).canonicalFilePath());
        Query version = (*db)->query(u"SELECT sqlite_version()"_s);
        REQUIRE(version.exec().ok());
        REQUIRE(version.next());
        CHECK(version.text(0) == QString::fromLatin1(sqlite3_libversion()));
    }
    // One SQLite in the process: no plugin brought a copy of its own (each copy would keep its own locks).
    QFile maps(u"/proc/self/maps"_s);
    REQUIRE(maps.open(QIODevice::ReadOnly));
    QSet<QString> libraries;
    for (const QByteArray& line : maps.readAll().split('\n'))
        if (line.contains("libsqlite3"))
            libraries.insert(QString::fromUtf8(line.mid(line.indexOf('/'))));
    CHECK(libraries.size() == 1);
}
