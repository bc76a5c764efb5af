// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "domain/Result.h"
#include "services/CounterImport.h"
#include "services/SqlRecordSink.h"

#include <QByteArray>
#include <QHash>

namespace rebound {

class Clock;
class Database;
class Query;

// A counter's recoveries written into a central database as the services write them: its staff matched
// by code, its customers by phone or email, each recovery with its gestures, follow-up and their audit
// entries at the times they happened. Runs inside the caller's server transaction; what it did is
// counted in the summary. Used to move a standalone counter in and to send an offline counter's outbox,
// and the other way round (the server as the source) to fill a counter's offline copy.
class RecoveryTransfer final {
public:
    RecoveryTransfer(Database& server, Database& counter, const Clock& clock, const Actor& by,
                     ImportSummary& out)
        : m_server(server)
        , m_counter(counter)
        , m_clock(clock)
        , m_sink(server, clock)
        , m_by(by)
        , m_out(out) {}

    // Recoveries keep the site and counter they were made at (the server's, copied into a counter's
    // offline copy); by default they are stamped as this database's place.
    void keepSourcePlace() { m_keepPlace = true; }

    enum class Staff { AddMissing, MatchOnly };
    // The counter's staff on the server by code; added there (with their PIN hash) unless MatchOnly,
    // where one missing is an error naming them.
    Result<void> employees(Staff staff = Staff::AddMissing);
    // Every recovery the server lacks (by UUID).
    Result<void> recoveries();
    Result<void> visits();
    // One recovery by the counter's id, written on the server; its id there. Needs employees() first.
    Result<qint64> recovery(qint64 counterIncidentId);

private:
    Result<qint64> customer(qint64 counterId);
    Result<qint64> serverPlaybookVersion(qint64 counterVersion);
    RecordActor actor(qint64 counterEmployee) const {
        return {m_employees.value(counterEmployee), m_codes.value(counterEmployee)};
    }
    Result<qint64> recovery(const Query& i);

    Database& m_server;
    Database& m_counter;
    const Clock& m_clock;
    SqlRecordSink m_sink;
    Actor m_by;
    ImportSummary& m_out;
    QHash<qint64, qint64> m_employees; // the counter's id → the server's
    QHash<qint64, QByteArray> m_codes;
    QHash<qint64, qint64> m_customers;
    QHash<qint64, qint64> m_playbooks;
    bool m_keepPlace = false;
};

} // namespace rebound
