// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rebound::test {

// The suites run once on SQLite files and once on a real PostgreSQL server: the test command starts a
// throwaway server and names it in REBOUND_TEST_SERVER (postgresql://rebound@127.0.0.1:PORT).
bool onServer();
QString serverAddress();

// A new empty database on the test server, dropped again when this goes.
class ServerDatabase final {
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;
    QString url() const;
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

// A raw connection behind the application's back to a database file or server address, as someone
// with the sqlite3 shell or psql could open one. Remove it with QSqlDatabase::removeDatabase(name).
QSqlDatabase openRaw(const QString& location, const QString& connectionName);

} // namespace rebound::test
