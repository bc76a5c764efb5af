// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestServer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace rebound::test {

namespace {

// Runs one statement on the server's maintenance database (CREATE or DROP DATABASE).
void onMaintenance(const QString& sql) {
    const QString name = u"test-maintenance"_s;
    {
        QSqlDatabase admin = openRaw(serverAddress() + u"/postgres"_s, name);
        QSqlQuery q(admin);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool onServer() {
    return !qEnvironmentVariableIsEmpty("REBOUND_TEST_SERVER");
}

QString serverAddress() {
    QString a = qEnvironmentVariable("REBOUND_TEST_SERVER");
    while (a.endsWith(u'/'))
        a.chop(1);
    return a;
}

ServerDatabase::ServerDatabase() {
    static QAtomicInteger<int> counter;
    m_name =
        u"rebound_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    onMaintenance(u"CREATE DATABASE %1"_s.arg(m_name));
}

ServerDatabase::~ServerDatabase() {
    // Counters the test left connected are cut off first.
    const QString name = u"test-maintenance"_s;
    {
        QSqlDatabase admin = openRaw(serverAddress() + u"/postgres"_s, name);
        QSqlQuery q(admin);
        q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString ServerDatabase::url() const {
    return serverAddress() + u'/' + m_name;
}

QSqlDatabase openRaw(const QString& location, const QString& connectionName) {
    const bool server = location.startsWith(u"postgresql://"_s);
    QSqlDatabase raw = QSqlDatabase::addDatabase(server ? u"QPSQL"_s : u"QSQLITE"_s, connectionName);
    if (server) {
        const QUrl url(location);
        raw.setHostName(url.host());
        raw.setPort(url.port(5432));
        raw.setUserName(url.userName());
        raw.setDatabaseName(url.path().mid(1));
    } else {
        raw.setDatabaseName(location);
    }
    INFO(location.toStdString());
    const bool opened = raw.open();
    INFO(raw.lastError().text().toStdString());
    REQUIRE(opened);
    return raw;
}

} // namespace rebound::test
