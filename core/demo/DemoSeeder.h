// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace rebound {

class Database;

struct DemoEmployee {
    QString code;
    QString name;
    Role role;
    QString pin; // documented in the README: these are demo logins, never real ones
};

struct DemoSummary {
    int employees = 0;
    int customers = 0;
    int incidents = 0;
    int followUpsDone = 0;
};

// Deterministic, realistic demo data: the same seed gives the same people, recoveries and outcomes.
// People and the playbook go through the services; recoveries, follow-ups and reviews are written in
// one bulk load (a million in about a minute) that applies the same spending rules and writes the same
// rows and audit entries RecoveryService and ReviewService would.
class DemoSeeder final {
public:
    static const QList<DemoEmployee>& employees();

    explicit DemoSeeder(Database& db)
        : m_db(db) {}
    Result<DemoSummary> seed(int incidents, quint32 seed);

private:
    Database& m_db;
};

} // namespace rebound
