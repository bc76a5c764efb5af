// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "domain/Employee.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace rebound {

class Clock;
class Database;

struct ImportSummary {
    qint64 sourceEntries = 0; // the standalone counter's audit chain, verified before the import
    QString sourceHead;       // its last entry's hash
    qint64 recoveries = 0;    // recoveries moved in
    qint64 alreadyThere = 0;  // recoveries the server had already (by their UUID)
    qint64 customersAdded = 0;
    qint64 customersMatched = 0; // by phone or email
    qint64 employeesAdded = 0;
    qint64 employeesMatched = 0; // by code
    qint64 followUpsDone = 0;
    qint64 visits = 0;
    qint64 serverEntries = 0; // the server's chain, verified after the import
    // What the standalone counter holds that an import does not carry, with counts ("3 stories").
    QStringList notCarried;
};

// Moves a standalone counter's history into a central database in one transaction: its staff (matched
// by code), its customers (matched by phone or email), each recovery with its gestures and follow-up as
// the services write them (its audit entries at the times it happened) and its customers' visits.
// Both chains are verified, the counter's before and the server's after. A recovery already on the
// server (same UUID) is skipped, so a second import of the same file writes nothing.
class CounterImport final {
public:
    CounterImport(Database& server, const Clock& clock)
        : m_server(server)
        , m_clock(clock) {}

    // By a manager of the server, or of the counter while the server has no staff yet.
    Result<ImportSummary> run(Database& counter, const QString& site, const AuthenticatedEmployee& manager);

private:
    // The site named, the history a counter's file, and a manager who may move it in.
    Result<void> checkRequest(Database& counter, const QString& site, const AuthenticatedEmployee& manager);

    Database& m_server;
    const Clock& m_clock;
};

} // namespace rebound
