// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/OutboxSender.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "record/RecoveryRecord.h"
#include "services/RecoveryTransfer.h"
#include "store/Database.h"
#include "sync/Outbox.h"

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// The counter's own entries of one recovery as [[id, "hash"], …]: both chains can be checked against it.
Result<QByteArray> localEntries(Database& local, qint64 incidentId) {
    Query q = local.query(u"SELECT id, hash FROM audit_log WHERE incident_id = ? ORDER BY id"_s);
    q.bind(incidentId);
    if (auto r = q.exec(); !r)
        return r.error();
    QByteArray out = "[";
    while (q.next()) {
        if (out.size() > 1)
            out += ',';
        out += '[' + QByteArray::number(q.integer(0)) + ",\"" + q.text(1).toLatin1() + "\"]";
    }
    out += ']';
    return out;
}

} // namespace

Result<SendSummary> OutboxSender::sendAll(const std::function<void(qint64, qint64)>& progress) {
    Outbox outbox(m_local);
    auto items = outbox.waiting();
    if (!items)
        return items.error();
    SendSummary out;
    out.waiting = items->size();
    if (items->isEmpty())
        return out;
    const Place place = m_server.place();
    const Actor by = Actor::system(u"sync:"_s + place.counter);
    const auto failed = [&](const Error& e) -> Error {
        (void)outbox.noteAttempt(TimeFormat::toStored(m_clock.nowUtc()), e.message);
        return e;
    };
    ImportSummary counts;
    RecoveryTransfer transfer(m_server, m_local, m_clock, by, counts);
    // The counter adds no one while away: its staff are the server's, matched by code.
    if (auto r = transfer.employees(RecoveryTransfer::Staff::MatchOnly); !r)
        return failed(r.error());
    qint64 done = 0;
    for (const OutboxItem& item : items.value()) {
        qint64 serverId = 0;
        bool written = false;
        auto sent = m_server.write([&]() -> Result<void> {
            Query there = m_server.query(u"SELECT id FROM incidents WHERE uuid = ?"_s);
            there.bind(item.uuid);
            if (auto r = there.exec(); !r)
                return r;
            if (there.next()) {
                serverId = there.integer(0); // sent before, its reply lost: nothing to write
                return {};
            }
            auto id = transfer.recovery(item.incidentId);
            if (!id)
                return id.error();
            auto entries = localEntries(m_local, item.incidentId);
            if (!entries)
                return entries.error();
            JsonPayload p;
            p.add("counter", place.counter.toUtf8())
                .addRaw("entries", *entries)
                .add("local_id", item.incidentId)
                .add("queued_at", item.queuedAt.toLatin1())
                .add("site", place.site.toUtf8())
                .add("uuid", item.uuid.toLatin1());
            auto a = AuditLog(m_server, m_clock)
                         .append(by, AuditAction::RecoveryArrive, u"incident"_s, QString::number(*id),
                                 p.bytes(), *id, TimeFormat::toStored(m_clock.nowUtc()));
            if (!a)
                return a.error();
            serverId = *id;
            written = true;
            return {};
        });
        if (!sent)
            return failed(sent.error());
        // Only now, the server having committed: a crash before this line sends it again, found by UUID.
        if (auto r = outbox.markSent(item.seq, serverId, TimeFormat::toStored(m_clock.nowUtc())); !r)
            return r.error();
        ++(written ? out.sent : out.alreadyThere);
        --out.waiting;
        ++done;
        if (progress)
            progress(done, items->size());
    }
    return out;
}

} // namespace rebound
