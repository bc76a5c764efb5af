// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlError;

namespace rebound {

class Database;

// A prepared statement from the connection's cache, bound positionally; finished when it goes out of scope.
class Query final {
public:
    Query(Query&&) = delete;
    ~Query();

    Query& bind(const QVariant& v);
    // Text searched with LIKE ... ESCAPE '\': its own %, _ and backslash match literally.
    static QString escapeLike(const QString& text);
    Result<void> exec();
    bool next() { return m_q && m_q->next(); }
    QVariant value(int i) const { return m_q->value(i); }
    QString text(int i) const { return m_q->value(i).toString(); }
    qint64 integer(int i) const { return m_q->value(i).toLongLong(); }
    bool isNull(int i) const { return m_q->isNull(i); }
    qint64 lastInsertId() const { return m_q->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_q->numRowsAffected(); }

private:
    friend class Database;
    Query(QSqlQuery* q, Error prepareError);
    QSqlQuery* m_q; // null when the statement failed to prepare
    Error m_prepareError;
};

// One connection to the Rebound database file. Not shared across threads: a worker opens its own.
class Database final {
public:
    static constexpr int SchemaVersion = 2;
    static constexpr int ApplicationId = 0x52424E44; // "RBND" in the SQLite header

    enum class OpenMode { CreateOrMigrate, ExistingOnly };

    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  OpenMode mode = OpenMode::CreateOrMigrate);
    // QStandardPaths::AppDataLocation/rebound.sqlite unless REBOUND_DB says otherwise.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion() const;

    Query query(const QString& sql);
    // Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back if it fails.
    template <typename F> auto write(F&& body) -> decltype(body());

    // PRAGMA integrity_check: empty on success, else the first problem.
    Result<void> integrityCheck();
    // A consistent copy (VACUUM INTO) while others may be writing; the copy is mode 0600.
    Result<void> backupTo(const QString& outPath);

    static Error toError(const QSqlError& e, const QString& context);

private:
    Database(QString path, QString connectionName);
    Result<void> configure(OpenMode mode);
    Result<void> migrate(int from);
    Result<void> begin();
    Result<void> commit();
    void rollback();
    Result<void> execRaw(const QString& sql);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery*> m_statements;
    bool m_inTransaction = false;
};

template <typename F> auto Database::write(F&& body) -> decltype(body()) {
    Q_ASSERT_X(!m_inTransaction, "Database::write", "service calls must not nest transactions");
    if (auto b = begin(); !b)
        return b.error();
    auto result = body();
    if (!result) {
        rollback();
        return result;
    }
    if (auto c = commit(); !c) {
        rollback();
        return c.error();
    }
    return result;
}

} // namespace rebound
