// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowStatement.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdlib>
#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

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
// "?" placeholders as PostgreSQL's "$1", "$2"…, quoted literals left alone.
QByteArray numbered(const char* sql) {
    QByteArray out;
    bool quoted = false;
    int n = 0;
    for (const char* c = sql; *c; ++c) {
        if (*c == '\'')
            quoted = !quoted;
        if (*c == '?' && !quoted)
            out += '$' + QByteArray::number(++n);
        else
            out += *c;
    }
    return out;
}

} // namespace

RowStatement::RowStatement(Database& db, const char* sql, Mode mode)
    : m_owner(db) {
    if (db.backend() == Database::Backend::Server && mode == Mode::Streamed && db.serverHandle()) {
        m_pg = db.serverHandle();
        m_pgSql = numbered(sql);
        return;
    }
    if (db.backend() == Database::Backend::Server) {
        m_query = std::make_unique<QSqlQuery>(db.connection());
        m_query->setForwardOnly(true);
        if (!m_query->prepare(QString::fromUtf8(sql))) {
            m_serverError = Database::toError(m_query->lastError(), QString::fromUtf8(sql));
            m_prepareError = m_serverError.message;
            m_query.reset();
        }
        return;
    }
    m_db = db.handle();
    if (!m_db) {
        m_prepareError = QCoreApplication::translate("Core", "the database is not open");
        return;
    }
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RowStatement::~RowStatement() {
    finishStream();
    sqlite3_finalize(m_stmt);
}

void RowStatement::finishStream() {
    if (m_pgRow)
        PQclear(m_pgRow);
    m_pgRow = nullptr;
    if (!m_streaming)
        return;
    // The connection is free again only once every result is read: the rest is cancelled, then drained.
    if (PGcancel* cancel = PQgetCancel(m_pg)) {
        char reason[256];
        PQcancel(cancel, reason, sizeof reason);
        PQfreeCancel(cancel);
    }
    while (PGresult* r = PQgetResult(m_pg))
        PQclear(r);
    m_streaming = false;
}

bool RowStatement::nextStreamed() {
    if (m_pgRow) {
        PQclear(m_pgRow);
        m_pgRow = nullptr;
    }
    if (!m_streaming) {
        if (m_executed)
            return false; // read to the end already
        // Parameters as text, NULL as a null pointer: libpq's text format.
        std::vector<QByteArray> texts;
        for (const QVariant& v : std::as_const(m_parameters))
            texts.push_back(v.isNull() ? QByteArray() : v.toString().toUtf8());
        std::vector<const char*> values;
        for (size_t i = 0; i < texts.size(); ++i)
            values.push_back(m_parameters[qsizetype(i)].isNull() ? nullptr : texts[i].constData());
        m_parameters.clear();
        m_executed = true;
        if (!PQsendQueryParams(m_pg, m_pgSql.constData(), int(values.size()), nullptr, values.data(), nullptr,
                               nullptr, 0) ||
            !PQsetSingleRowMode(m_pg)) {
            m_serverError = Database::toError(
                QSqlError(QString(), QString::fromUtf8(PQerrorMessage(m_pg)), QSqlError::StatementError), {});
            m_failed = true;
            while (PGresult* r = PQgetResult(m_pg))
                PQclear(r);
            return false;
        }
        m_streaming = true;
    }
    PGresult* r = PQgetResult(m_pg);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_COMMAND_OK;
    if (status == PGRES_SINGLE_TUPLE) {
        m_pgRow = r;
        return true;
    }
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        m_serverError = m_owner.noteError(
            Database::toError(QSqlError(QString(), QString::fromUtf8(PQresultErrorMessage(r)).trimmed(),
                                        QSqlError::StatementError, QString::fromLatin1(state ? state : "")),
                              QString::fromUtf8(m_pgSql)));
        m_failed = true;
    }
    if (r)
        PQclear(r);
    while (PGresult* rest = PQgetResult(m_pg))
        PQclear(rest);
    m_streaming = false;
    return false;
}

void RowStatement::setParameter(int i, const QVariant& v) {
    if (m_parameters.size() < i)
        m_parameters.resize(i);
    m_parameters[i - 1] = v;
}

void RowStatement::bind(int i, qint64 v) {
    if (m_query || m_pg)
        return setParameter(i, v);
    sqlite3_bind_int64(m_stmt, i, v);
}

void RowStatement::bind(int i, QByteArrayView utf8) {
    if (m_query || m_pg)
        return setParameter(i, utf8.isEmpty() ? QString(u""_s) : QString::fromUtf8(utf8));
    sqlite3_bind_text(m_stmt, i, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
}

void RowStatement::bindStatic(int i, QByteArrayView utf8) {
    if (m_query || m_pg)
        return bind(i, utf8);
    sqlite3_bind_text(m_stmt, i, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void RowStatement::bindNull(int i) {
    if (m_query || m_pg)
        return setParameter(i, QVariant(QMetaType::fromType<qint64>()));
    sqlite3_bind_null(m_stmt, i);
}

bool RowStatement::execServer() {
    for (const QVariant& v : std::as_const(m_parameters))
        m_query->addBindValue(v);
    m_parameters.clear();
    m_executed = true;
    if (!m_query->exec()) {
        m_serverError = Database::toError(m_query->lastError(), m_query->lastQuery());
        m_failed = true;
        return false;
    }
    m_failed = false;
    return true;
}

Result<void> RowStatement::run() {
    if (!m_prepareError.isEmpty())
        return m_owner.backend() == Database::Backend::Server ? m_serverError
                                                              : Error::storage(m_prepareError);
    if (m_query) {
        const bool ok = execServer();
        m_query->finish();
        m_executed = false;
        if (!ok)
            return m_serverError;
        return {};
    }
    m_lastRc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (m_lastRc != SQLITE_DONE && m_lastRc != SQLITE_ROW)
        return sqliteError(m_db, m_lastRc);
    return {};
}

bool RowStatement::next() {
    if (m_pg)
        return nextStreamed();
    if (m_query) {
        if (!m_executed && !execServer())
            return false;
        m_row.clear();
        m_have.clear();
        return m_query->next();
    }
    if (!m_stmt) {
        m_lastRc = SQLITE_ERROR;
        return false;
    }
    m_lastRc = sqlite3_step(m_stmt);
    return m_lastRc == SQLITE_ROW;
}

Result<void> RowStatement::error() const {
    if (m_pg)
        return m_failed ? Result<void>(m_serverError) : Result<void>();
    if (m_owner.backend() == Database::Backend::Server) {
        if (!m_query || m_failed)
            return m_serverError;
        if (m_query->lastError().isValid())
            return Database::toError(m_query->lastError(), m_query->lastQuery());
        return {};
    }
    if (!m_stmt)
        return Error::storage(m_prepareError);
    if (m_lastRc != SQLITE_DONE && m_lastRc != SQLITE_ROW && m_lastRc != SQLITE_OK)
        return sqliteError(m_db, m_lastRc);
    return {};
}

qint64 RowStatement::integer(int col) const {
    if (m_pg) {
        const char* v = PQgetvalue(m_pgRow, 0, col);
        if (v[0] == 't' || v[0] == 'f') // a boolean column
            return v[0] == 't' ? 1 : 0;
        return std::strtoll(v, nullptr, 10);
    }
    if (m_query)
        return m_query->value(col).toLongLong();
    return sqlite3_column_int64(m_stmt, col);
}

bool RowStatement::isNull(int col) const {
    if (m_pg)
        return PQgetisnull(m_pgRow, 0, col) != 0;
    if (m_query)
        return m_query->isNull(col);
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QByteArrayView RowStatement::text(int col) const {
    if (m_pg)
        return QByteArrayView(PQgetvalue(m_pgRow, 0, col), PQgetlength(m_pgRow, 0, col));
    if (m_query) {
        // Filled once per row, so a view taken earlier stays valid until the next step.
        if (m_row.size() <= size_t(col)) {
            m_row.resize(size_t(col) + 1);
            m_have.resize(size_t(col) + 1);
        }
        if (!m_have[size_t(col)]) {
            m_row[size_t(col)] = m_query->value(col).toString().toUtf8();
            m_have[size_t(col)] = true;
        }
        return m_row[size_t(col)];
    }
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, col) : 0);
}

} // namespace rebound
