// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "record/RecoveryRecord.h"
#include "store/Database.h"

#include <optional>

namespace rebound {

class Clock;
class Database;

// A recovery's rows and entries written through SQL inside the caller's transaction: what the
// services use (the demo's bulk load writes the same record with BulkRecoveryWriter).
// Batched, the audit entries wait and flush() writes them in one statement: a recovery's eight entries
// cost one round trip to a server instead of eight. Nothing may read the audit log before flush().
class SqlRecordSink final : public RecordSink {
public:
    enum class Entries { Immediate, Batched };

    SqlRecordSink(Database& db, const Clock& clock, Entries entries = Entries::Immediate)
        : m_db(db)
        , m_clock(clock)
        , m_batched(entries == Entries::Batched) {}
    ~SqlRecordSink() override;

    Result<qint64> insert(RecordTable table, const RowValues& values) override;
    // In one statement; the new ids sorted, as the table hands them out in the order of the rows.
    Result<QList<qint64>> insertAll(RecordTable table, const std::vector<RowValues>& rows) override;
    Result<void> audit(const QByteArray& at, const RecordActor& actor, AuditAction action, const char* entity,
                       qint64 entityId, const QByteArray& payload, const RecoveryRef* recovery) override;
    // Writes the entries waiting (batched), chained in the order they were given.
    Result<void> flush();
    void discard() { m_waiting.clear(); }
    // The rows written next are stamped as made at `place`, not where this database is: another counter's
    // recovery copied in as it was. Empty: this database's place again.
    void stampAs(std::optional<Place> place) { m_stamp = std::move(place); }

private:
    Database& m_db;
    const Clock& m_clock;
    bool m_batched;
    QList<NewAuditEntry> m_waiting;
    std::optional<Place> m_stamp;
};

} // namespace rebound
