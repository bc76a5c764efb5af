// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CopyIn.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace rebound {

void CopyIn::separate() {
    if (m_rowStarted)
        m_data += '\t';
    m_rowStarted = true;
}

void CopyIn::text(QByteArrayView utf8) {
    separate();
    // COPY's text format: a backslash escapes itself and the characters that end fields and rows.
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_data += "\\\\";
            break;
        case '\t':
            m_data += "\\t";
            break;
        case '\n':
            m_data += "\\n";
            break;
        case '\r':
            m_data += "\\r";
            break;
        default:
            m_data += c;
        }
    }
}

void CopyIn::integer(qint64 v) {
    separate();
    m_data += QByteArray::number(v);
}

void CopyIn::null() {
    separate();
    m_data += "\\N";
}

void CopyIn::endRow() {
    m_data += '\n';
    m_rowStarted = false;
}

Result<void> CopyIn::send() {
    if (m_data.isEmpty())
        return {};
    PGconn* conn = m_db.serverHandle();
    if (!conn)
        return Error::storage(QStringLiteral("COPY needs a PostgreSQL connection"));
    const QByteArray sql = "COPY " + m_head + " FROM STDIN";
    PGresult* started = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return Error::storage(QCoreApplication::translate("Core", "database error: %1")
                                  .arg(QString::fromUtf8(PQerrorMessage(conn))));
    const bool sent =
        PQputCopyData(conn, m_data.constData(), int(m_data.size())) == 1 && PQputCopyEnd(conn, nullptr) == 1;
    m_data.clear();
    QString error;
    while (PGresult* r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    if (!sent && error.isEmpty())
        error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (!error.isEmpty())
        return Error::storage(QCoreApplication::translate("Core", "database error: %1").arg(error));
    return {};
}

} // namespace rebound
