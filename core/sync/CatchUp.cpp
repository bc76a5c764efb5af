// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CatchUp.h"

#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"
#include "sync/OfflineShares.h"
#include "sync/Outbox.h"

namespace rebound {

Result<CatchUpSummary> CatchUp::run(const std::function<void(qint64, qint64)>& progress) {
    CatchUpSummary out;
    auto sent = OutboxSender(m_local, m_server, m_clock).sendAll(progress);
    if (!sent)
        return sent.error();
    out.sent = sent.value();
    // Before the refresh, which takes the server's lockouts over the copy's.
    if (auto pins = OutboxSender(m_local, m_server, m_clock).sendWrongPins(); !pins)
        return pins.error();
    // Refreshed only after sending: the copy never takes the server's state over what it still owes it.
    auto fresh = CopyRefresh(m_server, m_local, m_clock).run(m_local.place().site);
    if (!fresh)
        return fresh.error();
    out.refreshed = fresh.value();
    auto shares = OfflineShares(m_server, m_local, m_clock).refresh(m_local.place().counter, m_here);
    if (!shares)
        return shares.error();
    out.sharesChanged = shares.value();
    return out;
}

void CatchUp::noteAway(Database& local, const Clock& clock, const Error& why) {
    (void)Outbox(local).noteAttempt(TimeFormat::toStored(clock.nowUtc()), why.message);
}

} // namespace rebound
