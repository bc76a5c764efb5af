// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/RecoveryRecord.h"

namespace rebound {

class Clock;
class Database;

// A recovery's rows and entries written through SQL inside the caller's transaction: what the
// services use (the demo's bulk load writes the same record with BulkRecoveryWriter).
class SqlRecordSink final : public RecordSink {
public:
    SqlRecordSink(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<qint64> insert(RecordTable table, const RowValues& values) override;
    Result<void> audit(const QByteArray& at, const RecordActor& actor, AuditAction action, const char* entity,
                       qint64 entityId, const QByteArray& payload, const RecoveryRef* recovery) override;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
