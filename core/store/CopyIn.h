// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rebound {

class Database;

// PostgreSQL's COPY ... FROM STDIN, the server's counterpart of SQLite's prepared-insert fast path for
// a bulk load: rows in COPY's text format, one line each, sent in one stream on the connection.
class CopyIn final {
public:
    // head: "table (column, ...)"
    CopyIn(Database& db, QByteArray head)
        : m_db(db)
        , m_head(std::move(head)) {}

    void text(QByteArrayView utf8);
    void integer(qint64 v);
    void null();
    void endRow();
    bool isEmpty() const { return m_data.isEmpty(); }
    // Sends the rows gathered since the last send in one COPY; nothing is left gathered.
    Result<void> send();

private:
    void separate();

    Database& m_db;
    QByteArray m_head;
    QByteArray m_data;
    bool m_rowStarted = false;
};

} // namespace rebound
