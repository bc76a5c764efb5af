// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/OutboxSender.h"

#include "audit/AuditLog.h"
#include "audit/Verifier.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "record/RecoveryRecord.h"
#include "services/EmployeeService.h"
#include "services/FollowUpService.h"
#include "services/RecoveryTransfer.h"
#include "services/SiteService.h"
#include "store/Database.h"
#include "sync/ArrivalCheck.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

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

// A follow-up's outcome done offline (as the copy queued it), written at the server as the service writes
// it: by the employee of the same code, at the time it was done.
Result<void> applyOutcome(Database& server, qint64 followUpId, const QJsonObject& o) {
    ManualClock then(TimeFormat::fromStored(o.value(u"at"_s).toString()));
    auto employee = EmployeeService(server, then).find(o.value(u"by"_s).toString());
    if (!employee)
        return employee.error();
    FollowUpOutcome outcome;
    outcome.reached = o.value(u"reached"_s).toBool();
    outcome.comment = o.value(u"comment"_s).toString();
    if (outcome.reached) {
        outcome.satisfaction = o.value(u"satisfaction"_s).toInt();
        outcome.verdict = verdictFromId(o.value(u"verdict"_s).toString());
    } else {
        outcome.retryAt = TimeFormat::fromStored(o.value(u"retry_at"_s).toString());
    }
    return FollowUpService(server, then).arrive(employee.value(), followUpId, outcome);
}

} // namespace

Result<OutboxSender::Sent> OutboxSender::recovery(const OutboxItem& item, const Actor& by,
                                                  RecoveryTransfer& transfer) {
    Query there = m_server.query(u"SELECT id FROM incidents WHERE uuid = ?"_s);
    there.bind(item.uuid);
    if (auto r = there.exec(); !r)
        return r.error();
    if (there.next())
        return Sent{there.integer(0), false}; // sent before, its reply lost: nothing to write
    auto id = transfer.recovery(item.incidentId);
    if (!id)
        return id.error();
    // Given on the counter's own authority while the server was away: its offline allowance counts it.
    Query offline = m_server.query(u"UPDATE incidents SET offline = 1 WHERE id = ?"_s);
    offline.bind(*id);
    if (auto r = offline.exec(); !r)
        return r.error();
    auto entries = localEntries(m_local, item.incidentId);
    if (!entries)
        return entries.error();
    const Place place = m_server.place();
    JsonPayload p;
    p.add("counter", place.counter.toUtf8())
        .addRaw("entries", *entries)
        .add("local_id", item.incidentId)
        .add("queued_at", item.queuedAt.toLatin1())
        .add("site", place.site.toUtf8())
        .add("uuid", item.uuid.toLatin1());
    auto a = AuditLog(m_server, m_clock)
                 .append(by, AuditAction::RecoveryArrive, u"incident"_s, QString::number(*id), p.bytes(), *id,
                         TimeFormat::toStored(m_clock.nowUtc()));
    if (!a)
        return a.error();
    // Believed only as far as the server's own rules and staff allow: what breaks them is kept, flagged.
    if (auto checked = ArrivalCheck(m_server, m_clock).check(*id, by); !checked)
        return checked.error();
    return Sent{*id, true};
}

Result<OutboxSender::Sent> OutboxSender::followUp(const OutboxItem& item, const Actor& by) {
    const QJsonObject o = QJsonDocument::fromJson(item.payload).object();
    // The same follow-up at the server: its recovery's (by UUID), in the same place among its follow-ups.
    Query local =
        m_local.query(u"SELECT i.uuid, (SELECT count(*) FROM follow_ups f WHERE f.incident_id = i.id "
                      u"AND f.id <= ?) FROM incidents i WHERE i.id = ?"_s);
    local.bind(item.followUpId).bind(item.incidentId);
    if (auto r = local.exec(); !r)
        return r.error();
    if (!local.next())
        return Error::notFound(u"recovery %1 of the offline copy is missing"_s.arg(item.incidentId));
    const QString recoveryUuid = local.text(0);
    const qint64 place = local.integer(1);
    Query f =
        m_server.query(u"SELECT f.id, f.done_at, f.attempts, e.code, i.id FROM follow_ups f JOIN incidents i "
                       u"ON i.id = f.incident_id LEFT JOIN employees e ON e.id = f.done_by "
                       u"WHERE i.uuid = ? ORDER BY f.id LIMIT 1 OFFSET ?"_s);
    f.bind(recoveryUuid).bind(std::max<qint64>(place - 1, 0));
    if (auto r = f.exec(); !r)
        return r.error();
    if (!f.next())
        return Error::notFound(
            QCoreApplication::translate("Core", "the follow-up's recovery %1 is not on the server")
                .arg(recoveryUuid));
    const qint64 id = f.integer(0);
    const QString doneAt = f.text(1);
    const qint64 attempts = f.integer(2);
    const qint64 incident = f.integer(4);
    // Sent before, its reply lost.
    Query arrived = m_server.query(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.arrive' AND "
                                   u"entity = 'follow_up' AND entity_id = ? AND payload LIKE ?"_s);
    arrived.bind(QString::number(id)).bind(QString(u"%\"uuid\":\""_s + item.uuid + u"\"%"_s));
    if (auto r = arrived.exec(); !r)
        return r.error();
    if (arrived.next() && arrived.integer(0) > 0)
        return Sent{id, false};
    const bool reached = o.value(u"reached"_s).toBool();
    const QString at = o.value(u"at"_s).toString();
    const QString code = o.value(u"by"_s).toString();
    // Carried by its recovery, sent after it was done: the server has it as it is.
    if (reached ? (doneAt == at && f.text(3) == code)
                : (doneAt.isEmpty() && attempts >= o.value(u"attempt"_s).toInteger()))
        return Sent{id, false};
    // Done at the server meanwhile: what the counter recorded is kept in the log, the state left alone.
    const bool superseded = !doneAt.isEmpty();
    if (!superseded) {
        if (auto r = applyOutcome(m_server, id, o); !r)
            return r.error();
    }
    const Place here = m_server.place();
    QJsonObject p{{u"at"_s, at},
                  {u"counter"_s, here.counter},
                  {u"entries"_s, o.value(u"entries"_s)},
                  {u"incident_id"_s, incident},
                  {u"local_id"_s, item.followUpId},
                  {u"queued_at"_s, item.queuedAt},
                  {u"site"_s, here.site},
                  {u"uuid"_s, item.uuid}};
    // What the counter recorded, as it recorded it: the only trace of it when superseded.
    for (const QString& key : {u"attempt"_s, u"by"_s, u"comment"_s, u"reached"_s, u"retry_at"_s,
                               u"satisfaction"_s, u"verdict"_s}) {
        if (o.contains(key))
            p.insert(key, o.value(key));
    }
    if (superseded)
        p.insert(u"superseded"_s, true); // done at the server first; this outcome is only recorded here
    auto a = AuditLog(m_server, m_clock)
                 .append(by, AuditAction::FollowUpArrive, u"follow_up"_s, QString::number(id),
                         QJsonDocument(p).toJson(QJsonDocument::Compact), incident,
                         TimeFormat::toStored(m_clock.nowUtc()));
    if (!a)
        return a.error();
    return Sent{id, !superseded};
}

Result<qint64> OutboxSender::sendWrongPins() {
    Query last = m_local.query(u"SELECT value FROM sync_state WHERE key = 'wrong_pins_sent'"_s);
    if (auto r = last.exec(); !r)
        return r.error();
    const qint64 from = last.next() ? last.text(0).toLongLong() : 0;
    // A wrong PIN's entry counts the run ("failures"); a refused code or a deactivated employee does not.
    Query q = m_local.query(u"SELECT a.id, a.at, e.code, a.payload FROM audit_log a JOIN employees e ON "
                            u"e.id = a.actor_id WHERE a.action = 'auth.fail' AND a.id > ? ORDER BY a.id"_s);
    q.bind(from);
    if (auto r = q.exec(); !r)
        return r.error();
    QMap<QString, QStringList> times; // by code
    qint64 upTo = from;
    qint64 count = 0;
    while (q.next()) {
        upTo = q.integer(0);
        if (!QJsonDocument::fromJson(q.text(3).toUtf8()).object().contains(u"failures"_s))
            continue;
        times[q.text(2)] << q.text(1);
        ++count;
    }
    if (upTo == from)
        return 0;
    auto sent = m_server.write([&]() -> Result<void> {
        EmployeeService staff(m_server, m_clock);
        for (auto it = times.cbegin(); it != times.cend(); ++it) {
            if (auto r = staff.arriveWrongPins(it.key(), it.value(), m_server.place().counter); !r)
                return r;
        }
        return {};
    });
    if (!sent)
        return sent.error();
    // Marked after the server committed: a crash between counts them twice, never not at all.
    auto marked = m_local.write([&]() -> Result<void> {
        Query up = m_local.query(u"INSERT INTO sync_state (key, value) VALUES ('wrong_pins_sent', ?) "
                                 u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        up.bind(QString::number(upTo));
        return up.exec();
    });
    if (!marked)
        return marked.error();
    return count;
}

Result<void> OutboxSender::checkCopy() {
    VerifyOptions options;
    options.skipReceipts = true; // the copy's own chain and tables; its receipts stay with the counter
    auto verified = Verifier(m_local, m_clock).run(options);
    if (verified)
        return {};
    if (verified.error().code != Error::Code::Corrupt)
        return verified.error();
    const QString reason = verified.error().message;
    const Place place = m_server.place();
    auto told = m_server.write([&]() -> Result<void> {
        auto hours = SiteService(m_server, m_clock).hours();
        if (!hours)
            return hours.error();
        Query seen = m_server.query(
            u"SELECT count(*) FROM audit_log WHERE action = 'copy.refused' AND entity_id = ? AND at >= ?"_s);
        seen.bind(place.counter).bind(hours->dayStartStored(hours->businessDate(m_clock.nowUtc())));
        if (auto r = seen.exec(); !r)
            return r;
        if (seen.next() && seen.integer(0) > 0)
            return {};
        auto a =
            AuditLog(m_server, m_clock)
                .append(Actor::system(u"sync:"_s + place.counter), AuditAction::CopyRefused, u"counter"_s,
                        place.counter,
                        QJsonObject{
                            {u"counter"_s, place.counter}, {u"reason"_s, reason}, {u"site"_s, place.site}});
        if (!a)
            return a.error();
        return {};
    });
    if (!told)
        return told.error();
    return Error::of(Error::Code::Corrupt,
                     QCoreApplication::translate(
                         "Core", "this counter's offline copy failed its own check and sends nothing until a "
                                 "manager looks at it: %1")
                         .arg(reason));
}

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
    if (auto r = checkCopy(); !r)
        return failed(r.error());
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
            auto r =
                item.kind == OutboxItem::Kind::FollowUp ? followUp(item, by) : recovery(item, by, transfer);
            if (!r)
                return r.error();
            serverId = r->serverId;
            written = r->written;
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
