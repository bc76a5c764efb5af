// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Result.h"

#include <QString>

namespace rebound {

class Clock;
class Database;

struct BackupDone {
    qint64 head = 0;     // the last audit entry the copy holds (0: an empty log)
    QString receiptPath; // the signed receipt of that head; empty for an empty log
};

// A consistent copy of the whole database (every customer's details, the staff's PIN hashes), so a
// supervisor's or a manager's: audited with the head it holds, which a signed receipt keeps outside
// the database (a later database that no longer has that head was rolled back or cut short).
class BackupService final {
public:
    BackupService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<BackupDone> backup(const AuthenticatedEmployee& by, const QString& outPath);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
