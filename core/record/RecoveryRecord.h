// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditAction.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace rebound {

// What one recovery writes: its rows and its audit entries, built here once for both writers —
// RecoveryService through SQL (SqlRecordSink) and the demo's BulkRecoveryWriter straight to SQLite.
// Text is UTF-8 and times are stored UTC text, exactly as they reach the database.

struct CustomerRow {
    QByteArray name, phone, email, accountRef, segment, preferences, createdAt;
    qint64 lifetimeValueMinor = 0; // 0: not known
};

struct IncidentRow {
    QByteArray uuid;
    qint64 customerId = 0;
    qint64 openedBy = 0;
    qint64 playbookVersion = 0;
    QByteArray status, category, severity, detectedBy, description, preventionNote, apology, fixNotes;
    bool resolved = false;
    std::optional<int> satisfaction;
    QByteArray currency, openedAt, apologizedAt, fixedAt, compensatedAt, followUpScheduledAt;
    QByteArray closedAt; // empty while open
    qint64 totalMinor = 0;
    bool override = false;
};

struct CompensationRow {
    qint64 incidentId = 0; // set by writeRecovery()
    QByteArray item, kind;
    qint64 amountMinor = 0;
    qint64 costMinor = 0;
    QByteArray currency;
    qint64 givenBy = 0;
    QByteArray givenAt;
    std::optional<qint64> approvedBy;
    QByteArray voucherCode; // empty unless a voucher
};

struct FollowUpRow {
    qint64 incidentId = 0; // set by writeRecovery()
    QByteArray dueAt, channel;
    qint64 ownerId = 0;
    QByteArray doneAt; // empty while not done; then done_by is null and the outcome empty
    qint64 doneBy = 0;
    QByteArray outcome;              // the comment
    std::optional<bool> reached;     // set when done
    qint64 attempts = 0;             // tries that did not reach the customer
    std::optional<int> satisfaction; // when reached
    QByteArray verdict;              // when reached: "blown-away", "satisfied", "not-satisfied"
};

enum class RecordTable { Customers, Incidents, Compensations, FollowUps };

// One bound value of a row.
struct RowValue {
    enum class Kind : quint8 { Null, Integer, Text } kind = Kind::Null;
    qint64 integer = 0;
    QByteArray text;
    static RowValue ofText(const QByteArray& v) { return {Kind::Text, 0, v}; }
    static RowValue ofInteger(qint64 v) { return {Kind::Integer, v, {}}; }
};
using RowValues = std::vector<RowValue>;

// A table's columns, id excepted, in the order rowValues() gives them.
QByteArray tableName(RecordTable table);
QList<QByteArray> columnsOf(RecordTable table);
RowValues rowValues(const CustomerRow& row);
RowValues rowValues(const IncidentRow& row);
RowValues rowValues(const CompensationRow& row);
RowValues rowValues(const FollowUpRow& row);

// Who acts: an employee's id and code.
struct RecordActor {
    qint64 id = 0;
    QByteArray code;
};

// The recovery an audit entry belongs to, with the columns the supervisor's filters read.
struct RecoveryRef {
    qint64 id = 0;
    QByteArray category;
    qint64 totalMinor = 0;
    bool override = false;
};

// Where rows and entries go: inserts return the new row's id; audit entries chain in the order given.
class RecordSink {
public:
    virtual ~RecordSink() = default;
    virtual Result<qint64> insert(RecordTable table, const RowValues& values) = 0;
    // Several rows of one table; their ids in the order given. One by one unless the sink does better.
    virtual Result<QList<qint64>> insertAll(RecordTable table, const std::vector<RowValues>& rows);
    virtual Result<void> audit(const QByteArray& at, const RecordActor& actor, AuditAction action,
                               const char* entity, qint64 entityId, const QByteArray& payload,
                               const RecoveryRef* recovery) = 0;
};

struct RecoveryRecord {
    IncidentRow incident;
    std::vector<CompensationRow> compensations;
    FollowUpRow followUp;
    RecordActor giver;
    std::optional<RecordActor> approver; // when a supervisor approved the gesture
    QByteArray approvalReason;
    QByteArray at; // when the audit entries are written
};

struct RecordedIds {
    qint64 incident = 0;
    QList<qint64> compensations;
    qint64 followUp = 0;
};

// A new customer and its customer.add entry.
Result<qint64> writeCustomer(RecordSink& sink, const CustomerRow& row, const RecordActor& by,
                             const QByteArray& at);
// The incident, its compensations and its follow-up, each with its audit entries, in this order:
// incident.open, .apologize, .fix; compensation.give per line; compensation.approve; incident.compensate;
// follow_up.schedule.
Result<RecordedIds> writeRecovery(RecordSink& sink, RecoveryRecord& record);

// follow_up.done's payload, from the follow-up's row as done: the services and the demo write the same.
QByteArray followUpDonePayload(qint64 incidentId, const FollowUpRow& done);

// A compact JSON object built key by key, as QJsonDocument::Compact writes one: callers add keys in
// sorted order, the order QJsonObject keeps. Much cheaper than a QJsonObject per audit entry.
class JsonPayload final {
public:
    JsonPayload& add(const char* key, QByteArrayView utf8Text);
    JsonPayload& add(const char* key, qint64 number);
    JsonPayload& addBool(const char* key, bool value);
    // A value already in compact JSON (an array of numbers).
    JsonPayload& addRaw(const char* key, QByteArrayView json);
    QByteArray bytes() const { return m_json + '}'; }
    void clear() { m_json = "{"; }

private:
    void key(const char* key);
    QByteArray m_json = "{";
};

} // namespace rebound
