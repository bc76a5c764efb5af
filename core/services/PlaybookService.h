// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "domain/Result.h"
#include "playbook/Playbook.h"

#include <memory>

namespace rebound {

class Clock;
class Database;

struct PlaybookVersion {
    int version = 0;
    std::shared_ptr<const Playbook> playbook;
};

// The playbook in force is the newest stored version; every incident records the version it followed.
class PlaybookService final {
public:
    PlaybookService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<PlaybookVersion> current();
    // The currency amounts are typed in: the playbook's in force, or the built-in one's while none can
    // be read (a screen still parses and shows amounts then).
    QString currency();
    // Validates and stores a new version; on any error the previous one stays in force.
    Result<int> import(const Actor& by, const QByteArray& json);
    // Installs the built-in playbook if the database has none yet.
    Result<int> ensureInstalled(const Actor& by);

    // From the supervisor workspace: managers only.
    Result<int> importAs(const AuthenticatedEmployee& manager, const QByteArray& json);
    // A manager's edit in the forms, as a whole playbook: validated like an import; a playbook equal to
    // the one in force makes no version (its number is returned).
    Result<int> edit(const AuthenticatedEmployee& manager, const QByteArray& json);
    // A new version that differs from the one in force only in the roles' limits.
    Result<int> updateLimits(const AuthenticatedEmployee& manager, const QList<RoleLimits>& limits);

private:
    Result<int> store(const Actor& by, const Playbook& parsed, AuditAction action, QJsonObject payload);

    Database& m_db;
    const Clock& m_clock;
    PlaybookVersion m_cache;
};

} // namespace rebound
