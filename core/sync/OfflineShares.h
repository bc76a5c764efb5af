// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace rebound {

class Clock;
class Database;

// Each employee's offline allowance for a business day belongs to the whole business: the server shares it
// out among counters (offline_shares), never more than the day's allowance in all, and a copy gives on its
// own authority only what its share has left. The share follows the employee: the counter they last
// signed in at while the server answered claims whatever the day has left; another counter holding a share
// gives back its unused part at its next refresh, once all it recorded is on the server. A copy that
// holds no share for the day grants nothing: over it, a supervisor approves as online.
class OfflineShares final {
public:
    OfflineShares(Database& server, Database& local, const Clock& clock)
        : m_server(server)
        , m_local(local)
        , m_clock(clock) {}

    // At a refresh of `counter`'s copy: claims the day's allowance for the employee with code `here`
    // (nobody when empty), gives back what others claimed elsewhere since, and writes the copy's shares.
    // Returns how many shares changed at the server.
    Result<qint64> refresh(const QString& counter, const QString& here);

private:
    struct Plan;
    Result<Plan> plan(const QString& counter, const QString& here);
    Result<void> shrinkCopy(const Plan& plan);
    Result<qint64> applyAtServer(Plan& plan);
    Result<void> writeCopy(const Plan& plan);

    Database& m_server;
    Database& m_local;
    const Clock& m_clock;
};

} // namespace rebound
