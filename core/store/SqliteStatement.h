// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace rebound {

// A statement on the SQLite C API, for the few paths that move millions of rows (bulk load, verify,
// export) where QVariant per value costs more than the database does. Parameters count from 1,
// columns from 0; text is UTF-8.
class SqliteStatement final {
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Why preparing failed; empty when it did not.
    const QString& prepareError() const { return m_prepareError; }

    void bind(int i, qint64 v);
    void bind(int i, QByteArrayView utf8);
    void bindNull(int i);
    // No copy: the bytes must stay alive and unchanged until run().
    void bindStatic(int i, QByteArrayView utf8);

    // Runs a statement that returns no rows, then makes it ready for the next bindings.
    Result<void> run();
    // Steps to the next row: true on a row, false at the end or on an error (see error()).
    bool next();
    Result<void> error() const;

    qint64 integer(int col) const;
    bool isNull(int col) const;
    // Valid until the next step: no copy.
    QByteArrayView text(int col) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_prepareError;
    int m_lastRc = 0;
};

} // namespace rebound
