// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace rebound {

class Clock;
class Database;
struct Actor;

// On the server, inside the transaction that writes a recovery arrived from a counter's copy: the
// recovery is checked again against the playbook in force when it was made and the server's own staff
// (their roles and active flags, whatever the copy held). A gesture over the giver's offline authority
// without an approval from a real, active supervisor who may approve that much, or over the day's
// offline allowance in the whole business, is a breach. It is kept as history, the money having been
// given: a breaches row naming the rule and the amount over, and a recovery.breach entry; the review
// queue lists it.
class ArrivalCheck final {
public:
    ArrivalCheck(Database& server, const Clock& clock)
        : m_server(server)
        , m_clock(clock) {}

    // The server's recovery `incidentId`, already marked offline. Returns how many breaches were found.
    Result<int> check(qint64 incidentId, const Actor& by);

private:
    struct Found {
        qint64 giver = 0;
        QString rule; // "authority" or "offline_allowance"
        qint64 overMinor = 0;
    };
    Result<void> record(qint64 incidentId, const Found& f, const Actor& by);

    Database& m_server;
    const Clock& m_clock;
};

} // namespace rebound
