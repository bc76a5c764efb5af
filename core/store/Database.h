// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "store/DatabaseFile.h"
#include "store/Dialect.h"
#include "store/Schema.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlError;
struct pg_conn;
struct sqlite3;

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
    int rowsAffected() const { return m_q->numRowsAffected(); }

private:
    friend class Database;
    Query(QSqlQuery* q, Error prepareError, Database* owner);
    void explain();
    QSqlQuery* m_q; // null when the statement failed to prepare
    Error m_prepareError;
    Database* m_owner;
};

// Where this counter stands: its site (configured per counter) and its own name (the host's by default).
// Recoveries, follow-ups and audit entries record both.
struct Place {
    QString site;
    QString counter;
    // REBOUND_SITE and REBOUND_COUNTER, else the site "Main" and the host name.
    static Place fromEnvironment();
};

// One connection to the Rebound database: an SQLite file on this computer, or a central PostgreSQL
// server shared by many counters. Services and reports do not know which; the differences live here,
// in Dialect and in RowStatement. Not shared across threads: a worker opens its own.
class Database final {
public:
    static constexpr int SchemaVersion = Schema::LastVersion;
    static constexpr int ApplicationId = 0x52424E44; // "RBND" in the SQLite header

    enum class OpenMode { CreateOrMigrate, ExistingOnly };
    enum class Backend { File, Server };

    // A file path, or postgresql://user@host:port/dbname?sslmode=... (the password comes from
    // ~/.pgpass, PGPASSFILE or PGPASSWORD, never from the address).
    static Result<std::unique_ptr<Database>> open(const QString& location,
                                                  OpenMode mode = OpenMode::CreateOrMigrate);
    // QStandardPaths::AppDataLocation/rebound.sqlite unless REBOUND_DB says otherwise.
    static QString defaultPath();
    static bool isServerAddress(const QString& location);
    // A server address Rebound accepts: its shape, a database named, known options, no password.
    static Result<void> checkServerAddress(const QString& address);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The location it was opened with: a file path or the server's address.
    const QString& path() const { return m_path; }
    // A file on this computer beside which its key, receipts and kept drafts live: the database file
    // itself, or for a server a name under the application's data folder made from its address.
    QString localPath() const;
    static QString localPathFor(const QString& location);
    // Where a counter keeps its offline copy of this server (an SQLite file beside its key).
    static QString offlineCopyPath(const QString& serverAddress);
    // The server's address without the user, for messages; the file path otherwise.
    QString displayName() const;
    Backend backend() const { return m_backend; }
    // A counter's offline copy of its server: each recovery recorded here is queued in its outbox.
    bool keepsOutbox() const { return m_keepsOutbox; }
    void setKeepsOutbox(bool keeps) { m_keepsOutbox = keeps; }
    const Dialect& dialect() const { return m_dialect; }
    const Place& place() const { return m_place; }
    void setPlace(Place place) { m_place = std::move(place); }
    int schemaVersion() const;

    Query query(const QString& sql);
    // A statement run once, unprepared and without parameters: DDL and grants.
    Result<void> execute(const QString& sql) { return execRaw(sql); }
    // Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back if it fails.
    template <typename F> auto write(F&& body) -> decltype(body());

    // Loads a large amount of data in one transaction into a database nobody else uses: no fsync, no
    // WAL, no foreign-key lookups; the named indexes (those whose keys arrive in random order) are
    // dropped first and rebuilt before the commit. Rolls back if body fails.
    template <typename F> auto bulkLoad(const QStringList& rebuiltIndexes, F&& body) -> decltype(body());
    // While set, every query first appends its EXPLAIN QUERY PLAN lines here, the statement before
    // them: how tests check that supervisor views use indexes. Null stops it.
    void setPlanLog(QStringList* plans) { m_plans = plans; }
    // How long a write waits for another connection's lock before SQLite reports it busy (10 s when
    // opened); begin() then still retries a few times.
    Result<void> setBusyTimeout(int milliseconds);
    // The connection's own SQLite handle, for RowStatement; null on a server.
    sqlite3* handle() const;
    QSqlDatabase connection() const { return m_db; }
    // The server connection's own libpq handle, for COPY and streamed reads; null on a file.
    pg_conn* serverHandle() const;
    // Inside a transaction begun by write() or beginReadSnapshot()?
    bool inTransaction() const { return m_inTransaction; }
    // The audit chain's last entry as this transaction wrote it, so the next append need not read it
    // back; forgotten when the transaction ends. Also notes that this counter wrote, for `counters`.
    struct ChainHead {
        qint64 id = 0;
        QByteArray hash;
        QString at;
    };
    const std::optional<ChainHead>& chainHead() const { return m_chainHead; }
    void setChainHead(ChainHead head) {
        m_chainHead = std::move(head);
        m_wroteEntries = true;
    }
    // Someone else (the bulk writer) appends to the chain: read the head again next time.
    void forgetChainHead() { m_chainHead.reset(); }
    // One consistent read view for a long check while counters go on writing; endReadSnapshot() ends it.
    Result<void> beginReadSnapshot();
    void endReadSnapshot();

    // Quick: every page and row is readable and well formed (PRAGMA quick_check, one pass over the
    // file). Full: also that every index matches its table (PRAGMA integrity_check, several times slower).
    enum class Check { Quick, Full };
    // Success, or the first problem found.
    Result<void> integrityCheck(Check depth = Check::Full);
    // The file's name still points at the file opened, and its WAL is still there (always so on a server);
    // every write checks it first, and the app once a minute.
    Result<void> checkInPlace() const;
    // Out of WAL mode, which SQLite allows only to the one connection open on the file: refused (Busy) while
    // another has it open. SQLite then removes the WAL and its shared memory itself.
    Result<void> leaveWal();
    // A consistent copy (VACUUM INTO) while others may be writing; the copy is mode 0600.
    Result<void> backupTo(const QString& outPath);

    static Error toError(const QSqlError& e, const QString& context);

private:
    friend class Query;
    friend class RowStatement;
    Database(QString path, QString connectionName, Backend backend);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, OpenMode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString& address, OpenMode mode);
    Result<void> connectServer();
    // A dropped server connection: the next transaction connects again and prepares anew.
    Error noteError(Error e);
    Result<void> configure(OpenMode mode);
    // WAL mode, or an error where the file system cannot have it.
    Result<void> useWal();
    // The journal mode SQLite is in after asking for `mode`.
    Result<QString> setJournalMode(const QString& mode);
    Result<void> configureServer(OpenMode mode);
    Result<void> migrateServer(int from);
    Result<void> migrate(int from);
    Result<void> begin();
    Result<void> commit();
    void rollback();
    Result<void> execRaw(const QString& sql);
    QString literal(const QString& text) const; // quoted and escaped for a statement's text
    // Server: several statements in one round trip; the last one's first row (empty if none).
    Result<QList<QByteArray>> execScript(const QByteArray& sql);
    Result<QStringList> beginBulkLoad(const QStringList& rebuiltIndexes);
    Result<void> finishBulkLoad(const QStringList& indexes);
    Result<void> endBulkLoad();
    // On the server, after rows came with their own ids: every identity continues after its largest id.
    Result<void> resumeIdentities();

    QString m_path;
    QString m_connectionName;
    Backend m_backend;
    Dialect m_dialect;
    Place m_place;
    QSqlDatabase m_db;
    std::optional<DatabaseFile> m_file; // a file's identity when opened; none on a server
    QHash<QString, QSqlQuery*> m_statements;
    // Statements of a lost server session: a Query may still point at one, so they go at the end.
    QList<QSqlQuery*> m_stale;
    bool m_broken = false;
    bool m_inTransaction = false;
    std::optional<ChainHead> m_chainHead;
    bool m_wroteEntries = false; // this transaction appended to the chain
    bool m_schemaReady = false;
    bool m_keepsOutbox = false; // the server's tables exist: BEGIN may read the chain's head
    QStringList* m_plans = nullptr;
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

template <typename F>
auto Database::bulkLoad(const QStringList& rebuiltIndexes, F&& body) -> decltype(body()) {
    auto indexes = beginBulkLoad(rebuiltIndexes);
    if (!indexes) {
        (void)endBulkLoad(); // the first error is the one to report
        return indexes.error();
    }
    auto result = body();
    if (result) {
        if (auto f = finishBulkLoad(indexes.value()); !f)
            result = f.error();
    }
    if (!result)
        rollback();
    if (auto e = endBulkLoad(); !e && result)
        return e.error();
    return result;
}

} // namespace rebound
