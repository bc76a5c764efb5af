// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusinessHours.h"
#include "domain/Channel.h"
#include "domain/Employee.h"
#include "domain/FollowUpOutcome.h"
#include "domain/Incident.h"
#include "domain/Result.h"

namespace rebound {

class Clock;
class Database;

// Getting back to the customer: where the outcome of a recovery is recorded. Reached: their
// satisfaction and verdict, and the recovery closes with its last follow-up. Not reached: the try is
// counted and the follow-up moves to the next slot in the opening hours.
class FollowUpService final {
public:
    FollowUpService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    // When to try again after not reaching the customer: the next slot two hours on, in the opening hours.
    static QDateTime nextTry(const BusinessHours& hours, const QDateTime& nowUtc);
    // Another follow-up added to a saved recovery: a day on, in the opening hours.
    static QDateTime anotherDue(const BusinessHours& hours, const QDateTime& nowUtc);

    // On a counter's offline copy, what was done also waits in the outbox for the server.
    Status complete(const AuthenticatedEmployee& by, qint64 followUpId, const FollowUpOutcome& outcome);
    // A follow-up done at a counter's offline copy, arriving at the server: written as complete() writes
    // it, by the employee of the same code, at the time it was done (this service's clock), inside the
    // caller's transaction (the catch-up's). Not reached: outcome.retryAt is the copy's next try.
    Status arrive(const Employee& by, qint64 followUpId, const FollowUpOutcome& outcome);
    // A supervisor takes a done follow-up back (a wrong verdict, the customer called again); the recovery
    // is open again until it is done anew.
    Status reopen(const AuthenticatedEmployee& supervisor, qint64 followUpId, const QString& reason);
    // Another follow-up for a saved recovery, owned by who adds it; a closed recovery is open again.
    Result<qint64> schedule(const AuthenticatedEmployee& by, qint64 incidentId, const QDateTime& due,
                            Channel channel);

private:
    struct Current {
        qint64 id = 0;
        qint64 incidentId = 0;
        bool done = false;
        qint64 attempts = 0;
        std::optional<IncidentStatus> status;
    };
    Result<Current> read(qint64 followUpId);
    Result<Current> readOpen(qint64 followUpId); // refused once done
    Status reached(const Employee& by, const Current& f, const FollowUpOutcome& outcome);
    Status notReached(const Employee& by, const Current& f, const FollowUpOutcome& outcome,
                      const QDateTime& retryAt);
    Status closeIfLast(const Employee& by, const Current& f, const QString& now);
    Status queue(const Employee& by, const Current& f, const FollowUpOutcome& outcome,
                 const QDateTime& retryAt, qint64 lastEntry);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
