// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "sync/CopyRefresh.h"
#include "sync/OutboxSender.h"

#include <functional>

namespace rebound {

class Clock;
class Database;

struct CatchUpSummary {
    SendSummary sent;
    RefreshSummary refreshed;
    qint64 sharesChanged = 0; // offline allowances claimed or given back (sync/OfflineShares)
};

// What a counter does each time its server answers, from the app's worker and from `reboundctl sync now`
// alike: the outbox is sent first (recoveries recorded offline, by any program), then the copy takes the
// server's staff, playbook and the site's customers, and last its shares of the staff's offline allowances
// (claimed for whoever is signed in at the counter). A failure stops it and is noted in the outbox.
class CatchUp final {
public:
    CatchUp(Database& local, Database& server, const Clock& clock)
        : m_local(local)
        , m_server(server)
        , m_clock(clock) {}

    // The employee signed in at this counter now (their code), who claims the day's offline allowance.
    CatchUp& signedIn(const QString& code) {
        m_here = code;
        return *this;
    }
    // progress(done, total) after each recovery sent.
    Result<CatchUpSummary> run(const std::function<void(qint64, qint64)>& progress = {});

    // The server did not answer at all: noted in the copy's outbox (its status shows the last error).
    static void noteAway(Database& local, const Clock& clock, const Error& why);

private:
    Database& m_local;
    Database& m_server;
    const Clock& m_clock;
    QString m_here;
};

} // namespace rebound
