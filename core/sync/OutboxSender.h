// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QtGlobal>

#include <functional>

namespace rebound {

class Clock;
class Database;
class RecoveryTransfer;
struct Actor;
struct OutboxItem;

struct SendSummary {
    qint64 sent = 0;         // written on the server now
    qint64 alreadyThere = 0; // the server had them (a reply lost before): marked sent, written nothing
    qint64 waiting = 0;      // still in the outbox after this run
};

// Catch-up: sends a counter's outbox to its server in the order recorded, one server transaction per
// recovery (or follow-up done offline) with its audit entries and a recovery.arrive (follow_up.arrive)
// entry naming the counter's own entries and their hashes. A recovery is looked up by its UUID inside the
// same transaction first, and marked sent in the outbox only after the server committed: a reply lost, a send
// repeated or cut at any point leaves it on the server exactly once. Stops at the first failure, which the
// outbox notes; the rest wait. Nothing is sent from a copy that fails its own check.
class OutboxSender final {
public:
    OutboxSender(Database& local, Database& server, const Clock& clock)
        : m_local(local)
        , m_server(server)
        , m_clock(clock) {}

    // progress(done, total) after each recovery.
    Result<SendSummary> sendAll(const std::function<void(qint64, qint64)>& progress = {});
    // Wrong PINs tried on the copy since the last time, counted at the server in each employee's run
    // (a lockout made offline holds there too, and the refresh brings it back). How many were sent.
    Result<qint64> sendWrongPins();

private:
    struct Sent {
        qint64 serverId = 0;
        bool written = false; // false: the server had it already
    };
    Result<Sent> recovery(const OutboxItem& item, const Actor& by, RecoveryTransfer& transfer);
    // A follow-up done offline: applied as it was done, unless the server's follow-up was done
    // meanwhile, in which case it is only recorded (follow_up.arrive, "superseded").
    Result<Sent> followUp(const OutboxItem& item, const Actor& by);
    // The copy verifies itself (chain and tables) before anything leaves it. A copy that fails sends
    // nothing, and the server keeps one copy.refused entry a business day per counter, for review.
    Result<void> checkCopy();

    Database& m_local;
    Database& m_server;
    const Clock& m_clock;
};

} // namespace rebound
