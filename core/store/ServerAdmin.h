// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rebound {

class Database;

// A counter that has written to the database, and when it last did.
struct CounterSeen {
    QString name;
    QString site;
    QString firstSeen; // stored UTC text
    QString lastWrite;
};

struct ServerStatus {
    int schemaVersion = 0;
    QStringList sites; // every site a counter or a recovery names
    QList<CounterSeen> counters;
    qint64 recoveries = 0;
    qint64 auditEntries = 0;
};

// What `reboundctl server` does to a central database beyond the services: the application role's
// rights and the state of the counters.
class ServerAdmin final {
public:
    explicit ServerAdmin(Database& db)
        : m_db(db) {}

    // Creates the role counters sign in as (if missing) and lets it read and write every table but the
    // audit log, which it may only read and append to, and the schema's own record, which it only reads.
    Result<void> grantApplicationRole(const QString& role);
    Result<ServerStatus> status();

private:
    Database& m_db;
};

} // namespace rebound
