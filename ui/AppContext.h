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

namespace rebound {

// The open database and the core services the windows talk to; widgets never hold SQL.
class AppContext final {
public:
    // Opens (creating and migrating if needed) the database at path and installs the playbook.
    static Result<std::unique_ptr<AppContext>> open(const QString& path, std::unique_ptr<Clock> clock = {});
    // The demo database in the user's data folder, seeded once with seed-demo's data.
    static Result<std::unique_ptr<AppContext>> openDemo();
    static QString demoPath();

    Database& db() { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    PlaybookService& playbooks() { return *m_playbooks; }
    EmployeeService& employees() { return *m_employees; }
    RecoveryService& recoveries() { return *m_recoveries; }
    SiteService& site() { return *m_site; }
    FollowUpService& followUps() { return *m_followUps; }
    FrontDesk& frontDesk() { return *m_frontDesk; }
    Settings& settings() { return *m_settings; }
    bool isDemo() const { return m_demo; }
    // A practice sandbox: everything it shows or prints says PRACTICE.
    bool isPractice() const { return m_practice; }
    void markPractice() { m_practice = true; }
    // Working from the counter's offline copy of its server (the server did not answer at start-up, or
    // the copy was opened as it is); why the server was not used, when it was not.
    bool isOfflineCopy() const { return m_db->keepsOutbox(); }
    const QString& serverAway() const { return m_serverAway; }

private:
    AppContext() = default;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlaybookService> m_playbooks;
    std::unique_ptr<EmployeeService> m_employees;
    std::unique_ptr<RecoveryService> m_recoveries;
    std::unique_ptr<SiteService> m_site;
    std::unique_ptr<FollowUpService> m_followUps;
    std::unique_ptr<FrontDesk> m_frontDesk;
    std::unique_ptr<Settings> m_settings;
    bool m_demo = false;
    bool m_practice = false;
    QString m_serverAway;
};

} // namespace rebound
