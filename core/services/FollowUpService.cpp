// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/FollowUpService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "record/RecoveryRecord.h"
#include "services/ReviewService.h"
#include "services/SiteService.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr int MaxComment = 4000;

// Reached: the customer's satisfaction and verdict are what the follow-up is for.
Status check(const FollowUpOutcome& o, const QDateTime& now) {
    if (o.comment.size() > MaxComment)
        return Error::invalidAt(
            u"comment"_s,
            QCoreApplication::translate("Core", "comment: at most %1 characters").arg(MaxComment));
    if (o.reached) {
        if (!o.satisfaction || *o.satisfaction < 1 || *o.satisfaction > 5)
            return Error::invalidAt(
                u"satisfaction"_s,
                QCoreApplication::translate("Core", "satisfaction: ask the customer, from 1 to 5"));
        if (!o.verdict)
            return Error::invalidAt(
                u"verdict"_s, QCoreApplication::translate(
                                  "Core", "verdict: blown away, satisfied or not satisfied, in their words"));
    } else if (o.retryAt && *o.retryAt <= now) {
        return Error::invalidAt(u"retry_at"_s, QCoreApplication::translate(
                                                   "Core", "retry_at: the next try must be in the future"));
    }
    return {};
}

} // namespace

QDateTime FollowUpService::nextTry(const BusinessHours& hours, const QDateTime& nowUtc) {
    return hours.followUpDue(nowUtc, 2);
}

QDateTime FollowUpService::anotherDue(const BusinessHours& hours, const QDateTime& nowUtc) {
    return hours.followUpDue(nowUtc, 24);
}

Status FollowUpService::complete(const AuthenticatedEmployee& by, qint64 followUpId,
                                 const FollowUpOutcome& outcome) {
    const QDateTime now = m_clock.nowUtc();
    if (auto r = check(outcome, now); !r)
        return r;
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    const QDateTime retryAt = outcome.retryAt.value_or(nextTry(hours.value(), now));
    return m_db.write([&]() -> Result<void> {
        auto f = readOpen(followUpId);
        if (!f)
            return f.error();
        qint64 lastEntry = 0;
        if (m_db.keepsOutbox()) {
            Query last = m_db.query(u"SELECT coalesce(max(id), 0) FROM audit_log"_s);
            if (auto r = last.exec(); !r)
                return r;
            lastEntry = last.next() ? last.integer(0) : 0;
        }
        auto done = outcome.reached ? reached(by.employee(), *f, outcome)
                                    : notReached(by.employee(), *f, outcome, retryAt);
        if (!done || !m_db.keepsOutbox())
            return done;
        // On a counter's offline copy: the server is told when it answers again.
        return queue(by.employee(), *f, outcome, retryAt, lastEntry);
    });
}

Status FollowUpService::arrive(const Employee& by, qint64 followUpId, const FollowUpOutcome& outcome) {
    auto f = readOpen(followUpId);
    if (!f)
        return f.error();
    return outcome.reached ? reached(by, *f, outcome)
                           : notReached(by, *f, outcome, outcome.retryAt.value_or(m_clock.nowUtc()));
}

Status FollowUpService::queue(const Employee& by, const Current& f, const FollowUpOutcome& outcome,
                              const QDateTime& retryAt, qint64 lastEntry) {
    // The copy's own entries of this outcome, with their hashes: both chains can be checked against them.
    // The first one's time is the outcome's (a reached follow-up's done_at, to the millisecond).
    QJsonArray entries;
    QString at = TimeFormat::toStored(m_clock.nowUtc());
    Query mine = m_db.query(u"SELECT id, hash, at FROM audit_log WHERE id > ? ORDER BY id"_s);
    mine.bind(lastEntry);
    if (auto r = mine.exec(); !r)
        return r;
    while (mine.next()) {
        if (entries.isEmpty())
            at = mine.text(2);
        entries.append(QJsonArray{mine.integer(0), mine.text(1)});
    }
    QJsonObject o{{u"at"_s, at},
                  {u"by"_s, by.code},
                  {u"comment"_s, outcome.comment.trimmed()},
                  {u"entries"_s, entries},
                  {u"reached"_s, outcome.reached}};
    if (outcome.reached) {
        o.insert(u"satisfaction"_s, *outcome.satisfaction);
        o.insert(u"verdict"_s, verdictId(*outcome.verdict));
    } else {
        o.insert(u"attempt"_s, f.attempts + 1);
        o.insert(u"retry_at"_s, TimeFormat::toStored(retryAt));
    }
    return Outbox(m_db).enqueueFollowUp(QUuid::createUuid().toString(QUuid::WithoutBraces), f.incidentId,
                                        f.id, QJsonDocument(o).toJson(QJsonDocument::Compact), at);
}

Result<FollowUpService::Current> FollowUpService::readOpen(qint64 followUpId) {
    auto f = read(followUpId);
    if (f && f->done)
        return Error::conflict(
            QCoreApplication::translate("Core", "follow-up %1 is already done").arg(followUpId));
    return f;
}

Result<FollowUpService::Current> FollowUpService::read(qint64 followUpId) {
    Query q = m_db.query(u"SELECT f.incident_id, f.done_at, f.attempts, i.status FROM follow_ups f "
                         "JOIN incidents i ON i.id = f.incident_id WHERE f.id = ?"_s);
    q.bind(followUpId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("Core", "follow-up %1 does not exist").arg(followUpId));
    return Current{followUpId, q.integer(0), !q.isNull(1), q.integer(2), statusFromId(q.text(3))};
}

Status FollowUpService::reached(const Employee& by, const Current& f, const FollowUpOutcome& outcome) {
    const QString now = TimeFormat::toStored(m_clock.nowUtc());
    FollowUpRow done;
    done.outcome = outcome.comment.trimmed().toUtf8();
    done.reached = true;
    done.attempts = f.attempts;
    done.satisfaction = outcome.satisfaction;
    done.verdict = verdictId(*outcome.verdict).toLatin1();
    Query u = m_db.query(u"UPDATE follow_ups SET done_at = ?, done_by = ?, outcome = ?, reached = 1, "
                         "satisfaction = ?, verdict = ? WHERE id = ?"_s);
    u.bind(now)
        .bind(by.id)
        .bind(outcome.comment.trimmed())
        .bind(*outcome.satisfaction)
        .bind(verdictId(*outcome.verdict))
        .bind(f.id);
    if (auto r = u.exec(); !r)
        return r;
    if (auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(by), AuditAction::FollowUpDone, u"follow_up"_s, QString::number(f.id),
                             followUpDonePayload(f.incidentId, done), f.incidentId, now);
        !a)
        return a.error();
    return closeIfLast(by, f, now);
}

Status FollowUpService::notReached(const Employee& by, const Current& f, const FollowUpOutcome& outcome,
                                   const QDateTime& retryAt) {
    Query u = m_db.query(u"UPDATE follow_ups SET attempts = attempts + 1, due_at = ? WHERE id = ?"_s);
    u.bind(TimeFormat::toStored(retryAt)).bind(f.id);
    if (auto r = u.exec(); !r)
        return r;
    auto a = AuditLog(m_db, m_clock)
                 .append(Actor::of(by), AuditAction::FollowUpAttempt, u"follow_up"_s, QString::number(f.id),
                         {{u"attempt"_s, f.attempts + 1},
                          {u"incident_id"_s, f.incidentId},
                          {u"next_due"_s, TimeFormat::toStored(retryAt)},
                          {u"outcome"_s, outcome.comment.trimmed()}});
    if (!a)
        return a.error();
    return {};
}

// The recovery closes with its last open follow-up.
Status FollowUpService::closeIfLast(const Employee& by, const Current& f, const QString& now) {
    Query open = m_db.query(u"SELECT count(*) FROM follow_ups WHERE incident_id = ? AND done_at IS NULL"_s);
    open.bind(f.incidentId);
    if (auto r = open.exec(); !r)
        return r;
    if (!(open.next() && open.integer(0) == 0 && f.status &&
          IncidentState::canAdvance(*f.status, IncidentStatus::Closed)))
        return {};
    Query close = m_db.query(u"UPDATE incidents SET status = ?, closed_at = ? WHERE id = ?"_s);
    close.bind(statusId(IncidentStatus::Closed)).bind(now).bind(f.incidentId);
    if (auto r = close.exec(); !r)
        return r;
    auto a = AuditLog(m_db, m_clock)
                 .append(Actor::of(by), AuditAction::IncidentClose, u"incident"_s,
                         QString::number(f.incidentId), {});
    if (!a)
        return a.error();
    return {};
}

Status FollowUpService::reopen(const AuthenticatedEmployee& supervisor, qint64 followUpId,
                               const QString& reason) {
    if (auto r = requireSupervisor(supervisor); !r)
        return r;
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "reopening a follow-up")); !r)
        return r;
    if (reason.trimmed().isEmpty())
        return Error::invalidAt(u"reason"_s,
                                QCoreApplication::translate("Core", "reason: say why it is reopened"));
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    const QDateTime due = nextTry(hours.value(), m_clock.nowUtc());
    return m_db.write([&]() -> Result<void> {
        auto f = read(followUpId);
        if (!f)
            return f.error();
        if (!f->done)
            return Error::conflict(
                QCoreApplication::translate("Core", "follow-up %1 is not done").arg(followUpId));
        Query u = m_db.query(u"UPDATE follow_ups SET done_at = NULL, done_by = NULL, reached = NULL, "
                             "satisfaction = NULL, verdict = NULL, due_at = ? WHERE id = ?"_s);
        u.bind(TimeFormat::toStored(due)).bind(followUpId);
        if (auto r = u.exec(); !r)
            return r;
        Query open =
            m_db.query(u"UPDATE incidents SET status = ?, closed_at = NULL WHERE id = ? AND status = ?"_s);
        open.bind(statusId(IncidentStatus::FollowUpScheduled))
            .bind(f->incidentId)
            .bind(statusId(IncidentStatus::Closed));
        if (auto r = open.exec(); !r)
            return r;
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(supervisor.employee()), AuditAction::FollowUpReopen, u"follow_up"_s,
                             QString::number(followUpId),
                             {{u"due"_s, TimeFormat::toStored(due)},
                              {u"incident_id"_s, f->incidentId},
                              {u"reason"_s, reason.trimmed()}});
        if (!a)
            return a.error();
        return {};
    });
}

Result<qint64> FollowUpService::schedule(const AuthenticatedEmployee& by, qint64 incidentId,
                                         const QDateTime& due, Channel channel) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "adding a follow-up")); !r)
        return r.error();
    if (!due.isValid() || due <= m_clock.nowUtc())
        return Error::invalidAt(u"follow_up.due"_s,
                                QCoreApplication::translate("Core", "follow_up.due: must be in the future"));
    return m_db.write([&]() -> Result<qint64> {
        Query exists = m_db.query(u"SELECT 1 FROM incidents WHERE id = ?"_s);
        exists.bind(incidentId);
        if (auto r = exists.exec(); !r)
            return r.error();
        if (!exists.next())
            return Error::notFound(
                QCoreApplication::translate("Core", "recovery %1 does not exist").arg(incidentId));
        Query q = m_db.query(
            u"INSERT INTO follow_ups (incident_id, due_at, channel, owner_id) VALUES (?, ?, ?, ?) RETURNING id"_s);
        q.bind(incidentId).bind(TimeFormat::toStored(due)).bind(channelId(channel)).bind(by.employee().id);
        if (auto r = q.exec(); !r)
            return r.error();
        q.next();
        const qint64 id = q.integer(0);
        Query open =
            m_db.query(u"UPDATE incidents SET status = ?, closed_at = NULL WHERE id = ? AND status = ?"_s);
        open.bind(statusId(IncidentStatus::FollowUpScheduled))
            .bind(incidentId)
            .bind(statusId(IncidentStatus::Closed));
        if (auto r = open.exec(); !r)
            return r.error();
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(by.employee()), AuditAction::FollowUpSchedule, u"follow_up"_s,
                             QString::number(id),
                             {{u"channel"_s, channelId(channel)},
                              {u"due"_s, TimeFormat::toStored(due)},
                              {u"incident_id"_s, incidentId}});
        if (!a)
            return a.error();
        return id;
    });
}

} // namespace rebound
