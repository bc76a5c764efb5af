// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PreventionService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "services/PlaybookService.h"
#include "services/ReviewService.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr std::array SourceIds{"story", "recovery", "combustion"};
constexpr std::array StatusIds{"open", "in-progress", "done"};

template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<const char*, N>& ids, QStringView id) {
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(ids[i]))
            return E(i);
    }
    return std::nullopt;
}

const QString Columns =
    u"SELECT a.id, a.category, a.what, a.owner_id, o.name, a.due_on, a.status, a.source, a.source_ref, "
    u"b.name, a.opened_at, c.name, a.closed_at, a.done FROM prevention_actions a "
    u"JOIN employees o ON o.id = a.owner_id JOIN employees b ON b.id = a.opened_by "
    u"LEFT JOIN employees c ON c.id = a.closed_by "_s;

PreventionAction actionFrom(const Query& q) {
    PreventionAction a;
    a.id = q.integer(0);
    a.category = CategoryId(q.text(1));
    a.what = q.text(2);
    a.ownerId = q.integer(3);
    a.owner = q.text(4);
    a.due = QDate::fromString(q.text(5), Qt::ISODate);
    a.status = actionStatusFromId(q.text(6)).value_or(ActionStatus::Open);
    a.source = actionSourceFromId(q.text(7)).value_or(ActionSource::Combustion);
    a.sourceRef = q.text(8);
    a.openedBy = q.text(9);
    a.openedAt = TimeFormat::fromStored(q.text(10));
    a.closedBy = q.text(11);
    a.closedAt = q.isNull(12) ? QDateTime() : TimeFormat::fromStored(q.text(12));
    a.done = q.text(13);
    return a;
}

} // namespace

QString actionSourceId(ActionSource source) {
    return QString::fromLatin1(SourceIds[std::size_t(source)]);
}

std::optional<ActionSource> actionSourceFromId(QStringView id) {
    return fromId<ActionSource>(SourceIds, id);
}

QString actionSourceName(ActionSource source) {
    switch (source) {
    case ActionSource::Story:
        return QCoreApplication::translate("Core", "Story");
    case ActionSource::Recovery:
        return QCoreApplication::translate("Core", "Recovery");
    case ActionSource::Combustion:
        return QCoreApplication::translate("Core", "Combustion point");
    }
    return {};
}

QString actionStatusId(ActionStatus status) {
    return QString::fromLatin1(StatusIds[std::size_t(status)]);
}

std::optional<ActionStatus> actionStatusFromId(QStringView id) {
    return fromId<ActionStatus>(StatusIds, id);
}

QString actionStatusName(ActionStatus status) {
    switch (status) {
    case ActionStatus::Open:
        return QCoreApplication::translate("Core", "Open");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("Core", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("Core", "Done");
    }
    return {};
}

Result<qint64> PreventionService::open(const AuthenticatedEmployee& by, const ActionDraft& draft) {
    if (auto r = requireSupervisor(by); !r)
        return r.error();
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    if (!pb->playbook->category(draft.category))
        return Error::invalidAt(u"category"_s,
                                QCoreApplication::translate("Core", "category: \"%1\" is not in the playbook")
                                    .arg(draft.category.toString()));
    const QString what = draft.what.trimmed();
    if (what.isEmpty())
        return Error::invalidAt(u"what"_s, QCoreApplication::translate("Core", "what: say what to change"));
    if (what.size() > MaxTextLength)
        return Error::invalidAt(
            u"what"_s, QCoreApplication::translate("Core", "what: at most %1 characters").arg(MaxTextLength));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (!draft.due.isValid())
        return Error::invalidAt(u"due"_s, QCoreApplication::translate("Core", "due: not a date"));
    if (draft.due < today)
        return Error::invalidAt(u"due"_s, QCoreApplication::translate("Core", "due: %1 is already past")
                                              .arg(draft.due.toString(Qt::ISODate)));
    return m_db.write([&]() -> Result<qint64> {
        Query owner = m_db.query(u"SELECT active FROM employees WHERE id = ?"_s);
        owner.bind(draft.ownerId);
        if (auto r = owner.exec(); !r)
            return r.error();
        if (!owner.next() || owner.integer(0) != 1)
            return Error::invalidAt(u"owner"_s,
                                    QCoreApplication::translate("Core", "owner: not an active employee"));
        QJsonObject payload{{u"category"_s, draft.category.toString()},
                            {u"what"_s, what},
                            {u"owner_id"_s, draft.ownerId},
                            {u"due"_s, draft.due.toString(Qt::ISODate)},
                            {u"source"_s, actionSourceId(draft.source)}};
        const QString ref = draft.sourceRef.trimmed();
        if (draft.source != ActionSource::Combustion) {
            const bool story = draft.source == ActionSource::Story;
            Query source = m_db.query(story ? u"SELECT count(*) FROM stories WHERE id = ?"_s
                                            : u"SELECT count(*) FROM incidents WHERE id = ?"_s);
            source.bind(ref.toLongLong());
            if (auto r = source.exec(); !r)
                return r.error();
            if (!source.next() || source.integer(0) == 0)
                return Error::invalidAt(
                    u"source"_s,
                    story ? QCoreApplication::translate("Core", "source: no story #%1").arg(ref)
                          : QCoreApplication::translate("Core", "source: no recovery #%1").arg(ref));
            payload.insert(u"source_ref"_s, ref);
            if (!story)
                payload.insert(u"incident_id"_s, ref.toLongLong());
        }
        Query q = m_db.query(
            u"INSERT INTO prevention_actions (category, what, owner_id, due_on, status, source, "
            u"source_ref, opened_by, opened_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?) RETURNING id"_s);
        q.bind(draft.category.toString())
            .bind(what)
            .bind(draft.ownerId)
            .bind(draft.due.toString(Qt::ISODate))
            .bind(actionSourceId(draft.source))
            .bind(draft.source == ActionSource::Combustion ? QString() : ref)
            .bind(by.employee().id)
            .bind(TimeFormat::toStored(m_clock.nowUtc()));
        if (auto r = q.exec(); !r)
            return r.error();
        if (!q.next())
            return Error::storage(u"the new action has no id"_s);
        const qint64 id = q.integer(0);
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(by.employee()), AuditAction::ActionOpen, u"action"_s,
                             QString::number(id), payload);
        if (!a)
            return a.error();
        return id;
    });
}

Result<PreventionAction> PreventionService::movable(const AuthenticatedEmployee& by, qint64 actionId) {
    auto a = action(actionId);
    if (!a)
        return a.error();
    if (a->ownerId != by.employee().id && !requireSupervisor(by))
        return Error::denied(
            QCoreApplication::translate(
                "Core", "action #%1: only its owner, a supervisor or a manager may move it on")
                .arg(actionId));
    if (a->status == ActionStatus::Done)
        return Error::conflict(
            QCoreApplication::translate("Core", "action #%1 is already done").arg(actionId));
    return a;
}

Result<void> PreventionService::start(const AuthenticatedEmployee& by, qint64 actionId) {
    return m_db.write([&]() -> Result<void> {
        auto a = movable(by, actionId);
        if (!a)
            return a.error();
        if (a->status == ActionStatus::InProgress)
            return {};
        Query q = m_db.query(u"UPDATE prevention_actions SET status = 'in-progress' WHERE id = ?"_s);
        q.bind(actionId);
        if (auto r = q.exec(); !r)
            return r;
        auto e =
            AuditLog(m_db, m_clock)
                .append(Actor::of(by.employee()), AuditAction::ActionStatus, u"action"_s,
                        QString::number(actionId), {{u"status"_s, actionStatusId(ActionStatus::InProgress)}});
        if (!e)
            return e.error();
        return {};
    });
}

Result<void> PreventionService::close(const AuthenticatedEmployee& by, qint64 actionId,
                                      const QString& rawDone) {
    const QString done = rawDone.trimmed();
    if (done.isEmpty())
        return Error::invalidAt(u"done"_s, QCoreApplication::translate("Core", "done: say what was done"));
    if (done.size() > MaxTextLength)
        return Error::invalidAt(
            u"done"_s, QCoreApplication::translate("Core", "done: at most %1 characters").arg(MaxTextLength));
    return m_db.write([&]() -> Result<void> {
        auto a = movable(by, actionId);
        if (!a)
            return a.error();
        Query q = m_db.query(
            u"UPDATE prevention_actions SET status = 'done', closed_by = ?, closed_at = ?, done = ? WHERE id = ?"_s);
        q.bind(by.employee().id).bind(TimeFormat::toStored(m_clock.nowUtc())).bind(done).bind(actionId);
        if (auto r = q.exec(); !r)
            return r;
        auto e = AuditLog(m_db, m_clock)
                     .append(Actor::of(by.employee()), AuditAction::ActionClose, u"action"_s,
                             QString::number(actionId), {{u"done"_s, done}});
        if (!e)
            return e.error();
        return {};
    });
}

Result<PreventionAction> PreventionService::action(qint64 id) {
    Query q = m_db.query(Columns + u"WHERE a.id = ?"_s);
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(QCoreApplication::translate("Core", "action #%1: no such action").arg(id));
    return actionFrom(q);
}

namespace {
Result<QList<PreventionAction>> readActions(Query& q) {
    if (auto r = q.exec(); !r)
        return r.error();
    QList<PreventionAction> out;
    while (q.next())
        out.append(actionFrom(q));
    return out;
}
} // namespace

Result<QList<PreventionAction>> PreventionService::actions(bool openOnly) {
    Query q = m_db.query(Columns + (openOnly ? u"WHERE a.status <> 'done' ORDER BY a.due_on, a.id"_s
                                             : u"ORDER BY a.opened_at DESC, a.id DESC LIMIT 1000"_s));
    return readActions(q);
}

Result<QList<PreventionAction>> PreventionService::openedBetween(const QDate& from, const QDate& to) {
    Query q =
        m_db.query(Columns + u"WHERE a.opened_at >= ? AND a.opened_at < ? ORDER BY a.opened_at, a.id"_s);
    q.bind(TimeFormat::localDayStartStored(from)).bind(TimeFormat::localDayStartStored(to.addDays(1)));
    return readActions(q);
}

} // namespace rebound
