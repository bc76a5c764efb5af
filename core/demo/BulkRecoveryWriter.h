// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "record/RecoveryRecord.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rebound {

class Database;
class CopyIn;
class RowStatement;

// Writes demo recoveries straight to SQLite inside Database::bulkLoad: the same rows and audit entries
// the services write, a hundred times faster. The caller's thread builds rows, assigns their ids and
// extends the hash chain; a second thread runs the prepared inserts, so both cores work. Only for a
// database nobody else is writing to.
class BulkRecoveryWriter final : public RecordSink {
public:
    explicit BulkRecoveryWriter(Database& db);
    ~BulkRecoveryWriter() override;
    BulkRecoveryWriter(const BulkRecoveryWriter&) = delete;
    BulkRecoveryWriter& operator=(const BulkRecoveryWriter&) = delete;

    // Prepares the statements, reads the next ids and the chain's head, and starts the inserting thread.
    Result<void> start();

    // Queues one row and returns its id (never fails here: finish() reports a failed insert).
    Result<qint64> insert(RecordTable table, const RowValues& values) override;
    void review(qint64 incidentId, qint64 reviewedBy, const QByteArray& reviewedAt, const QByteArray& note);
    // The learning loop's rows, in their tables' columns after the id (see start()); each returns its id.
    qint64 story(const RowValues& values);
    qint64 action(const RowValues& values);
    qint64 visit(const RowValues& values);
    // One hash-chained entry; actor id 0 means a system actor, recovery null an entry of no recovery.
    Result<void> audit(const QByteArray& at, const RecordActor& actor, AuditAction action, const char* entity,
                       qint64 entityId, const QByteArray& payload, const RecoveryRef* recovery) override;

    // True once an insert failed: the caller stops early, finish() says why.
    bool failed() const;
    // Writes what is queued and stops the thread; the first failure, if any.
    Result<void> finish();

private:
    // The first four are RecordTable's, in its order.
    enum Table {
        Customers,
        Incidents,
        Compensations,
        FollowUps,
        Reviews,
        Stories,
        Actions,
        Visits,
        Audit,
        TableCount
    };
    qint64 add(Table table, const RowValues& values);
    using Value = RowValue;
    // Rows of a batch share one array of values, in order: a row is its table and where its values
    // start (they end where the next row's start).
    struct Batch {
        std::vector<std::pair<Table, size_t>> rows;
        std::vector<Value> values;
    };

    // Starts a row; the values that follow are its parameters, in order.
    void row(Table table);
    void text(const QByteArray& v);
    void integer(qint64 v);
    void null();
    void flush();
    void run();
    // A batch on the server: each table's rows in one COPY.
    Result<void> copy(const Batch& batch);

    Database& m_db;
    std::vector<std::unique_ptr<RowStatement>> m_statements; // on SQLite: one prepared insert per table
    std::vector<std::unique_ptr<CopyIn>> m_copies;           // on a server: one COPY per table
    std::vector<std::vector<QByteArray>> m_copyFields;       // each insert's values: "?" or a literal
    qint64 m_nextId[TableCount] = {};
    qint64 m_lastAuditId = 0;
    QByteArray m_lastHash;

    Batch m_building;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_written; // handed back: emptied and reused by the building thread
    bool m_closing = false;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace rebound
