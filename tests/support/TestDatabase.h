// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "services/EmployeeService.h"
#include "services/FollowUpService.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "store/Database.h"
#include "support/TestServer.h"

#include <QTemporaryDir>

#include <memory>

namespace rebound::test {

// A real SQLite file in a fresh temporary folder (or, on the server run, a fresh database on the test
// PostgreSQL server), with the default playbook installed,
// services wired to a clock the test moves, and helpers to make staff.
class TestDatabase final {
public:
    static QDateTime defaultNow(); // Tuesday 2026-03-10 15:00 UTC

    TestDatabase();

    // The file, or the server database's address.
    QString path() const;
    QString dir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    ManualClock& clock() { return m_clock; }
    PlaybookService& playbooks() { return *m_playbooks; }
    EmployeeService& employees() { return *m_employees; }
    RecoveryService& recoveries() { return *m_recoveries; }
    FollowUpService& followUps() { return *m_followUps; }

    // Adds an employee with PIN 1234 (unless given) and returns them logged in.
    AuthenticatedEmployee staff(const QString& code, Role role,
                                const QString& pin = QStringLiteral("4071829365"));
    // A supervisor "AUDIT" (added at the first call) signed in: who exports and backs up in the tests.
    AuthenticatedEmployee auditor();
    qint64 count(const QString& table);
    qint64 scalar(const QString& sql);
    QString text(const QString& sql);
    // A minimal valid recovery for a new or known customer.
    static RecoveryDraft draft(const QString& phone = QStringLiteral("+1 555 0000"));

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PlaybookService> m_playbooks;
    std::unique_ptr<EmployeeService> m_employees;
    std::unique_ptr<RecoveryService> m_recoveries;
    std::unique_ptr<FollowUpService> m_followUps;
};

} // namespace rebound::test
