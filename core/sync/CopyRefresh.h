// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace rebound {

class Clock;
class Database;

struct RefreshSummary {
    qint64 employeesAdded = 0;
    qint64 employeesChanged = 0; // role, PIN or active flag
    bool playbookChanged = false;
    qint64 customersAdded = 0;   // the site's, matched by phone or email
    qint64 recoveriesAdded = 0;  // the site's open ones and its last 90 days
    qint64 followUpsUpdated = 0; // done or tried at the server since the copy took them
    bool hoursChanged = false;
};

// Brings a counter's offline copy up to date from its server while the server answers: the staff with
// their PIN hashes, roles, active flags and lockouts; the playbook and limits in force; the opening
// hours; the site's customers; its open recoveries and those of the last 90 days (a returning customer's
// history, and the follow-ups to do), and what their follow-ups became at the server. Written in the
// copy as the services write them, each change with its entry in the copy's own chain (by
// "sync:refresh", or by whoever did it at the server), so the copy still verifies.
class CopyRefresh final {
public:
    CopyRefresh(Database& server, Database& local, const Clock& clock)
        : m_server(server)
        , m_local(local)
        , m_clock(clock) {}

    static constexpr int RecentDays = 90; // as far back as a second failure is looked for

    Result<RefreshSummary> run(const QString& site);

private:
    Result<void> recoveries(const QString& site, RefreshSummary& out);
    Result<void> followUps(RefreshSummary& out);

    Database& m_server;
    Database& m_local;
    const Clock& m_clock;
};

} // namespace rebound
