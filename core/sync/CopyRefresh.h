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
    qint64 customersAdded = 0; // the site's, matched by phone or email
};

// Brings a counter's offline copy up to date from its server while the server answers: the staff with
// their PIN hashes, roles, active flags and lockouts; the playbook and limits in force; the site's
// customers. Written in the copy as the services write them, each change with its entry in the copy's
// own chain (by "sync:refresh"), so the copy still verifies.
class CopyRefresh final {
public:
    CopyRefresh(Database& server, Database& local, const Clock& clock)
        : m_server(server)
        , m_local(local)
        , m_clock(clock) {}

    Result<RefreshSummary> run(const QString& site);

private:
    Database& m_server;
    Database& m_local;
    const Clock& m_clock;
};

} // namespace rebound
