// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rebound {

namespace {
Error sqliteError(sqlite3* db, int rc) {
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::storage(QCoreApplication::translate("Core", "the database is busy: %1").arg(message));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::corrupt(message);
    default:
        return Error::storage(message);
    }
}
} // namespace

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql)
    : m_db(db) {
    if (!db) {
        m_prepareError = QCoreApplication::translate("Core", "the database is not open");
        return;
    }
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int i, qint64 v) {
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bind(int i, QByteArrayView utf8) {
    sqlite3_bind_text(m_stmt, i, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStatic(int i, QByteArrayView utf8) {
    sqlite3_bind_text(m_stmt, i, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int i) {
    sqlite3_bind_null(m_stmt, i);
}

Result<void> SqliteStatement::run() {
    if (!m_stmt)
        return Error::storage(m_prepareError);
    m_lastRc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (m_lastRc != SQLITE_DONE && m_lastRc != SQLITE_ROW)
        return sqliteError(m_db, m_lastRc);
    return {};
}

bool SqliteStatement::next() {
    if (!m_stmt) {
        m_lastRc = SQLITE_ERROR;
        return false;
    }
    m_lastRc = sqlite3_step(m_stmt);
    return m_lastRc == SQLITE_ROW;
}

Result<void> SqliteStatement::error() const {
    if (!m_stmt)
        return Error::storage(m_prepareError);
    if (m_lastRc != SQLITE_DONE && m_lastRc != SQLITE_ROW && m_lastRc != SQLITE_OK)
        return sqliteError(m_db, m_lastRc);
    return {};
}

qint64 SqliteStatement::integer(int col) const {
    return sqlite3_column_int64(m_stmt, col);
}

bool SqliteStatement::isNull(int col) const {
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, col) : 0);
}

} // namespace rebound
