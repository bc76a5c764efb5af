// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Files.h"

#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rebound::test {

QByteArray digest(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void setSchemaVersion(const QString& path, int version) {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-version"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        REQUIRE(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"schema-version"_s);
}

void tamper(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase raw = openRaw(path, u"tamper"_s);
        const bool server = raw.driverName() == u"QPSQL"_s;
        // On the server the owner must switch the audit log's guard off first, as an intruder would.
        bool guarded = false;
        if (server) {
            QSqlQuery has(raw);
            REQUIRE(has.exec(u"SELECT to_regclass('audit_log') IS NOT NULL"_s));
            guarded = has.next() && has.value(0).toBool();
        }
        if (guarded)
            REQUIRE(QSqlQuery(raw).exec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s));
        for (const QString& s : statements) {
            if (server && s.startsWith(u"DROP TRIGGER"_s))
                continue;
            QSqlQuery q(raw);
            INFO(s.toStdString());
            const bool ok = q.exec(s);
            INFO(q.lastError().text().toStdString());
            REQUIRE(ok);
        }
        if (guarded)
            REQUIRE(QSqlQuery(raw).exec(u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

qint64 scalarIn(const QString& path, const QString& sql) {
    qint64 value = -1;
    {
        QSqlDatabase raw = openRaw(path, u"peek"_s);
        QSqlQuery q(raw);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0).toLongLong();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

QStringList deletedButHeld(const QString& database, qint64 pid) {
    const QString fds = pid ? u"/proc/%1/fd"_s.arg(pid) : u"/proc/self/fd"_s;
    const QString real = QFileInfo(QFileInfo(database).absolutePath()).canonicalFilePath() + u'/' +
                         QFileInfo(database).fileName(); // what /proc shows: links resolved
    QStringList held;
    // readlink only: opening one of them would be the very mistake this looks for.
    for (const QString& fd : QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t n = ::readlink(QFile::encodeName(fds + u'/' + fd).constData(), target, sizeof target);
        if (n <= 0)
            continue;
        const QString name = QFile::decodeName(QByteArray(target, int(n)));
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            if (name == real + QLatin1StringView(suffix) + u" (deleted)"_s)
                held << name;
    }
    return held;
}

} // namespace rebound::test
