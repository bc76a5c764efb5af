// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

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
class SqliteStatement;

// The rows RecoveryService writes, as UTF-8 ready to bind; times are stored UTC text.
struct BulkCustomer {
    QByteArray name, phone, email, accountRef, segment, preferences, createdAt;
};

struct BulkIncident {
    QByteArray uuid;
    qint64 customerId = 0;
    qint64 openedBy = 0;
    qint64 playbookVersion = 0;
    QByteArray status, category, severity, detectedBy, description, preventionNote, apology, fixNotes;
    bool resolved = false;
    std::optional<int> satisfaction;
    QByteArray currency, openedAt, apologizedAt, fixedAt, compensatedAt, followUpScheduledAt, closedAt;
    qint64 totalMinor = 0;
    bool override = false;
};

struct BulkCompensation {
    qint64 incidentId = 0;
    QByteArray item, kind;
    qint64 amountMinor = 0;
    qint64 costMinor = 0;
    QByteArray currency;
    qint64 givenBy = 0;
    QByteArray givenAt;
    std::optional<qint64> approvedBy;
    QByteArray voucherCode;
};

struct BulkFollowUp {
    qint64 incidentId = 0;
    QByteArray dueAt, channel;
    qint64 ownerId = 0;
    QByteArray doneAt; // empty while not done
    qint64 doneBy = 0;
    QByteArray outcome;
};

// The recovery an audit entry belongs to, with the columns the supervisor's filters read.
struct BulkRecoveryRef {
    qint64 id = 0;
    QByteArray category;
    qint64 totalMinor = 0;
    bool override = false;
};

// A compact JSON object built key by key, as QJsonDocument::Compact writes one: callers add keys in
// sorted order, the order QJsonObject keeps. Much cheaper than a QJsonObject per audit entry.
class JsonPayload final {
public:
    JsonPayload& add(const char* key, QByteArrayView utf8Text);
    JsonPayload& add(const char* key, qint64 number);
    JsonPayload& addBool(const char* key, bool value);
    QByteArray bytes() const { return m_json + '}'; }
    void clear() { m_json = "{"; }

private:
    void key(const char* key);
    QByteArray m_json = "{";
};

// Writes demo recoveries straight to SQLite inside Database::bulkLoad: the same rows and audit entries
// the services write, a hundred times faster. The caller's thread builds rows, assigns their ids and
// extends the hash chain; a second thread runs the prepared inserts, so both cores work. Only for a
// database nobody else is writing to.
class BulkRecoveryWriter final {
public:
    explicit BulkRecoveryWriter(Database& db);
    ~BulkRecoveryWriter();
    BulkRecoveryWriter(const BulkRecoveryWriter&) = delete;
    BulkRecoveryWriter& operator=(const BulkRecoveryWriter&) = delete;

    // Prepares the statements, reads the next ids and the chain's head, and starts the inserting thread.
    Result<void> start();

    // Each queues one row and returns its id.
    qint64 customer(const BulkCustomer& c);
    qint64 incident(const BulkIncident& i);
    qint64 compensation(const BulkCompensation& c);
    qint64 followUp(const BulkFollowUp& f);
    void review(qint64 incidentId, qint64 reviewedBy, const QByteArray& reviewedAt, const QByteArray& note);
    // One hash-chained entry; actorId 0 means a system actor, recovery null an entry of no recovery.
    void audit(const QByteArray& at, qint64 actorId, const QByteArray& actor, const char* action,
               const char* entity, qint64 entityId, const QByteArray& payload,
               const BulkRecoveryRef* recovery);

    // True once an insert failed: the caller stops early, finish() says why.
    bool failed() const;
    // Writes what is queued and stops the thread; the first failure, if any.
    Result<void> finish();

private:
    enum Table { Customers, Incidents, Compensations, FollowUps, Reviews, Audit, TableCount };
    struct Value {
        enum class Kind : quint8 { Null, Integer, Text } kind = Kind::Null;
        qint64 integer = 0;
        QByteArray text;
    };
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

    Database& m_db;
    std::vector<std::unique_ptr<SqliteStatement>> m_statements;
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
