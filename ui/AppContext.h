// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "reports/FrontDesk.h"
#include "services/EmployeeService.h"
#include "services/FollowUpService.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "services/SiteService.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <memory>
#include <vector>

namespace rebound {

// The open database and the core services the windows talk to; widgets never hold SQL.
class AppContext final {
public:
    // Opens (creating and migrating if needed) the database at path and installs the playbook.
    static Result<std::unique_ptr<AppContext>> open(const QString& path, std::unique_ptr<Clock> clock = {});
    // The demo database in the user's data folder, seeded once with seed-demo's data.
    static Result<std::unique_ptr<AppContext>> openDemo();
    static QString demoPath();

    Database& db() { return *m_on->db; }
    const Clock& clock() const { return *m_clock; }
    PlaybookService& playbooks() { return *m_on->playbooks; }
    EmployeeService& employees() { return *m_on->employees; }
    RecoveryService& recoveries() { return *m_on->recoveries; }
    SiteService& site() { return *m_on->site; }
    FollowUpService& followUps() { return *m_on->followUps; }
    FrontDesk& frontDesk() { return *m_on->frontDesk; }
    Settings& settings() { return *m_settings; }
    bool isDemo() const { return m_demo; }
    // A practice sandbox: everything it shows or prints says PRACTICE.
    bool isPractice() const { return m_practice; }
    void markPractice() { m_practice = true; }
    // Working from the counter's offline copy of its server (the server did not answer at start-up, or
    // the copy was opened as it is); why the server was not used, when it was not.
    bool isOfflineCopy() const { return m_on->db->keepsOutbox(); }
    const QString& serverAway() const { return m_serverAway; }
    // The central server this counter belongs to, whether it works on it or on its copy; empty if none.
    const QString& serverAddress() const { return m_server; }

    // The server stopped answering while the app ran: the counter goes on with its offline copy, if it has
    // one. Everything the windows hold from the server (ids, who is signed in) must be carried over.
    Result<void> useOfflineCopy(const QString& why);
    // The server answers again and nothing waits in the copy: the counter works on the server again.
    Result<void> useServer();

private:
    // The services of one database; replaced as a whole when the counter switches.
    struct Services {
        std::unique_ptr<Database> db;
        std::unique_ptr<PlaybookService> playbooks;
        std::unique_ptr<EmployeeService> employees;
        std::unique_ptr<RecoveryService> recoveries;
        std::unique_ptr<SiteService> site;
        std::unique_ptr<FollowUpService> followUps;
        std::unique_ptr<FrontDesk> frontDesk;
    };
    AppContext() = default;
    Result<void> install(std::unique_ptr<Database> db);

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Services> m_on;
    // The ones switched away from stay until the app ends: a window still holding one fails, it does not
    // crash (a connection to a server that went away only reports that).
    std::vector<std::unique_ptr<Services>> m_retired;
    bool m_demo = false;
    bool m_practice = false;
    QString m_server;
    QString m_serverAway;
};

} // namespace rebound
