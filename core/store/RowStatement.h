// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>

class QSqlQuery;
struct pg_conn;
struct pg_result;
struct sqlite3;
struct sqlite3_stmt;

namespace rebound {

class Database;

// A statement for the few paths that move millions of rows (bulk load, verify, export). On SQLite it
// runs on the C API, where a QVariant per value costs more than the database does; on the server it
// is a forward-only query, or, streamed, libpq's rows one at a time. Parameters count from 1, columns
// from 0; text is UTF-8.
class RowStatement final {
public:
    // Streamed: on the server the rows come straight from libpq, without a QVariant per value, and the
    // connection runs nothing else until the last row is read (the export's way).
    enum class Mode { Default, Streamed };
    RowStatement(Database& db, const char* sql, Mode mode = Mode::Default);
    ~RowStatement();
    RowStatement(const RowStatement&) = delete;
    RowStatement& operator=(const RowStatement&) = delete;

    // Why preparing failed; empty when it did not.
    const QString& prepareError() const { return m_prepareError; }

    void bind(int i, qint64 v);
    void bind(int i, QByteArrayView utf8);
    void bindNull(int i);
    // No copy on SQLite: the bytes must stay alive and unchanged until run().
    void bindStatic(int i, QByteArrayView utf8);

    // Runs a statement that returns no rows, then makes it ready for the next bindings.
    Result<void> run();
    // Steps to the next row: true on a row, false at the end or on an error (see error()).
    bool next();
    Result<void> error() const;

    qint64 integer(int col) const;
    bool isNull(int col) const;
    // Valid until the next step: no copy on SQLite.
    QByteArrayView text(int col) const;

private:
    void setParameter(int i, const QVariant& v);
    bool execServer();
    bool nextStreamed();
    void finishStream();

    Database& m_owner;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    // The server's path: the query, its parameters, and the current row's text kept alive for text().
    std::unique_ptr<QSqlQuery> m_query;
    QVariantList m_parameters;
    bool m_executed = false;
    mutable std::vector<QByteArray> m_row;
    mutable std::vector<bool> m_have;
    Error m_serverError;
    // Streamed on the server: the statement with $n placeholders, its parameters, the current row.
    pg_conn* m_pg = nullptr;
    QByteArray m_pgSql;
    bool m_streaming = false;
    pg_result* m_pgRow = nullptr;
    bool m_failed = false;
    QString m_prepareError;
    int m_lastRc = 0;
};

} // namespace rebound
