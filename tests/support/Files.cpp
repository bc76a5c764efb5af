// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Files.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

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
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString& s : statements) {
            QSqlQuery q(raw);
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

qint64 scalarIn(const QString& path, const QString& sql) {
    qint64 value = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
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

} // namespace rebound::test
