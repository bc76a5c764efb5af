// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "domain/Employee.h"
#include "domain/Result.h"
#include "practice/Drill.h"
#include "practice/DrillScore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>

namespace rebound {

class Clock;
class Database;
class Playbook;

// One drill played, as kept for the employee.
struct PracticeRecord {
    qint64 id = 0;
    qint64 employeeId = 0;
    QString employeeCode, employeeName;
    QString drillId, drillTitle;
    int score = 0;
    qint64 seconds = 0;
    QStringList missed; // criterion ids
    QJsonArray criteria;
    QJsonObject choices;
    QDateTime playedAt;
};

// What a supervisor reads: employee × drill, who has not practised lately, what the team misses most.
struct Readiness {
    struct Cell {
        int last = 0;
        int best = 0;
        int plays = 0;
        QDateTime lastPlayed;
    };
    QList<Employee> employees;                 // active ones
    QHash<QString, Cell> cells;                // key: "<employee id> <drill id>"
    QList<Employee> notPractisedLately;        // nothing in the last 30 days
    QList<std::pair<QString, int>> missedMost; // criterion id and how often, most first
    static QString key(qint64 employeeId, const QString& drillId) {
        return QString::number(employeeId) + u' ' + drillId;
    }
};

// Practice results in the real database (the drills themselves run in a PracticeSandbox), and the
// business's own drills beside the shipped ones. Each result and each drill added is audited.
class PracticeService final {
public:
    PracticeService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<qint64> record(const AuthenticatedEmployee& trainee, const Drill& drill, const DrillResult& result,
                          const PracticeAttempt& attempt);
    // Newest first; one employee's, or everyone's.
    Result<QList<PracticeRecord>> results(std::optional<qint64> employeeId = std::nullopt);
    // What `who` may see: the whole team's results for a supervisor or manager, an associate's own.
    Result<QList<PracticeRecord>> resultsFor(const AuthenticatedEmployee& who);
    Result<Readiness> readiness(const AuthenticatedEmployee& supervisor);

    // The shipped drills in `language` and the business's own.
    Result<DrillLibrary> library(const QString& language, const Playbook& playbook);
    // Adds (or replaces) the drills of a drill file, validated; a manager or the command line.
    Result<QStringList> importDrills(const Actor& by, const QByteArray& json, const Playbook& playbook);
    Result<QStringList> importDrillsAs(const AuthenticatedEmployee& manager, const QByteArray& json,
                                       const Playbook& playbook);
    // The business's own drills as one drill file.
    Result<QByteArray> exportOwnDrills(const Playbook& playbook);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
