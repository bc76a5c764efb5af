// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/StoryService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/FollowUpOutcome.h"
#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "services/PlaybookService.h"
#include "services/ReviewService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr std::array StatusIds{"nominated", "approved", "declined"};

QJsonObject textJson(const StoryText& t) {
    return {{u"happened"_s, t.happened},
            {u"did"_s, t.did},
            {u"reaction"_s, t.reaction},
            {u"learned"_s, t.learned}};
}

StoryText trimmed(const StoryText& t) {
    return {t.happened.trimmed(), t.did.trimmed(), t.reaction.trimmed(), t.learned.trimmed()};
}

bool sameText(const StoryText& a, const StoryText& b) {
    return a.happened == b.happened && a.did == b.did && a.reaction == b.reaction && a.learned == b.learned;
}

const QString Columns = u"SELECT s.id, s.incident_id, i.category, c.name, s.happened, s.did, s.reaction, "
                        u"s.learned, s.status, s.nominated_by, n.name, s.nominated_at, d.name, s.decided_at, "
                        u"s.reason FROM stories s JOIN incidents i ON i.id = s.incident_id "
                        u"JOIN customers c ON c.id = i.customer_id JOIN employees n ON n.id = s.nominated_by "
                        u"LEFT JOIN employees d ON d.id = s.decided_by "_s;

} // namespace

QString workedRecoverySql(const QString& incident) {
    return u"SELECT opened_by FROM incidents WHERE id = %1 "
           u"UNION SELECT given_by FROM compensations WHERE incident_id = %1 "
           u"UNION SELECT approved_by FROM compensations WHERE incident_id = %1 AND approved_by IS NOT NULL "
           u"UNION SELECT done_by FROM follow_ups WHERE incident_id = %1 AND done_by IS NOT NULL"_s.arg(
               incident);
}

QString storyStatusId(Story::Status status) {
    return QString::fromLatin1(StatusIds[std::size_t(status)]);
}

std::optional<Story::Status> storyStatusFromId(QStringView id) {
    for (std::size_t i = 0; i < StatusIds.size(); ++i) {
        if (id == QLatin1String(StatusIds[i]))
            return Story::Status(i);
    }
    return std::nullopt;
}

QString storyStatusName(Story::Status status) {
    switch (status) {
    case Story::Status::Nominated:
        return QCoreApplication::translate("Core", "Waiting for a supervisor");
    case Story::Status::Approved:
        return QCoreApplication::translate("Core", "Approved");
    case Story::Status::Declined:
        return QCoreApplication::translate("Core", "Declined");
    }
    return {};
}

Result<StoryText> StoryService::draftFor(qint64 incidentId) {
    Query q = m_db.query(u"SELECT description, apology, fix_notes, prevention_note, satisfaction, currency "
                         u"FROM incidents WHERE id = ?"_s);
    q.bind(incidentId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("Core", "recovery #%1: no such recovery").arg(incidentId));
    StoryText t;
    t.happened = q.text(0);
    QStringList did;
    if (!q.text(1).trimmed().isEmpty())
        did << QCoreApplication::translate("Core", "Apologised: %1").arg(q.text(1).trimmed());
    if (!q.text(2).trimmed().isEmpty())
        did << q.text(2).trimmed();
    t.learned = q.text(3);
    const bool rated = !q.isNull(4);
    const int satisfaction = int(q.integer(4));
    auto pb = m_playbooks.current();
    Query given = m_db.query(
        u"SELECT c.item, c.amount_minor, c.currency FROM compensations c WHERE c.incident_id = ? "
        u"AND NOT EXISTS (SELECT 1 FROM amendments w WHERE w.compensation_id = c.id) ORDER BY c.id"_s);
    given.bind(incidentId);
    if (auto r = given.exec(); !r)
        return r.error();
    QStringList gestures;
    while (given.next()) {
        const CatalogItem* item = pb ? pb->playbook->item(given.text(0)) : nullptr;
        gestures << u"%1 (%2)"_s.arg(item ? PlaybookText::tr(item->name) : given.text(0),
                                     Money(given.integer(1), given.text(2)).toDisplayString());
    }
    if (!gestures.isEmpty())
        did << QCoreApplication::translate("Core", "Gave: %1").arg(gestures.join(u", "_s));
    t.did = did.join(u'\n');
    QStringList reaction;
    if (rated)
        reaction
            << QCoreApplication::translate("Core", "Satisfaction at the counter: %1 of 5").arg(satisfaction);
    Query heard =
        m_db.query(u"SELECT verdict, outcome FROM follow_ups WHERE incident_id = ? AND done_at IS NOT NULL "
                   u"ORDER BY done_at DESC LIMIT 1"_s);
    heard.bind(incidentId);
    if (auto r = heard.exec(); !r)
        return r.error();
    if (heard.next()) {
        if (auto v = verdictFromId(heard.text(0)))
            reaction
                << QCoreApplication::translate("Core", "At the follow-up: %1").arg(verdictName(*v).toLower());
        if (!heard.text(1).trimmed().isEmpty())
            reaction << heard.text(1).trimmed();
    }
    t.reaction = reaction.join(u'\n');
    return t;
}

Result<void> StoryService::checkText(const StoryText& t) {
    const std::array<std::pair<const char*, const QString*>, 4> parts{
        {{"happened", &t.happened}, {"did", &t.did}, {"reaction", &t.reaction}, {"learned", &t.learned}}};
    for (const auto& [field, text] : parts) {
        if (text->size() > MaxPartLength)
            return Error::invalidAt(QString::fromLatin1(field),
                                    QCoreApplication::translate("Core", "%1: at most %2 characters")
                                        .arg(QString::fromLatin1(field))
                                        .arg(MaxPartLength));
    }
    if (t.happened.isEmpty())
        return Error::invalidAt(u"happened"_s,
                                QCoreApplication::translate("Core", "happened: say what happened"));
    if (t.did.isEmpty())
        return Error::invalidAt(u"did"_s, QCoreApplication::translate("Core", "did: say what was done"));
    return {};
}

Result<qint64> StoryService::nominate(const AuthenticatedEmployee& by, qint64 incidentId,
                                      const StoryText& raw) {
    const StoryText text = trimmed(raw);
    if (auto r = checkText(text); !r)
        return r.error();
    return m_db.write([&]() -> Result<qint64> {
        Query exists = m_db.query(u"SELECT count(*) FROM incidents WHERE id = ?"_s);
        exists.bind(incidentId);
        if (auto r = exists.exec(); !r)
            return r.error();
        if (!exists.next() || exists.integer(0) == 0)
            return Error::notFound(
                QCoreApplication::translate("Core", "recovery #%1: no such recovery").arg(incidentId));
        auto standing = storyOf(incidentId);
        if (!standing)
            return standing.error();
        if (standing.value())
            return Error::conflict(
                QCoreApplication::translate("Core", "recovery #%1 already has a story (#%2)")
                    .arg(incidentId)
                    .arg(**standing));
        Query q = m_db.query(
            u"INSERT INTO stories (incident_id, nominated_by, nominated_at, happened, did, "
            u"reaction, learned, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'nominated') RETURNING id"_s);
        q.bind(incidentId)
            .bind(by.employee().id)
            .bind(TimeFormat::toStored(m_clock.nowUtc()))
            .bind(text.happened)
            .bind(text.did)
            .bind(text.reaction)
            .bind(text.learned);
        if (auto r = q.exec(); !r)
            return r.error();
        if (!q.next())
            return Error::storage(u"the new story has no id"_s);
        const qint64 id = q.integer(0);
        QJsonObject payload = textJson(text);
        payload.insert(u"incident_id"_s, incidentId);
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(by.employee()), AuditAction::StoryNominate, u"story"_s,
                             QString::number(id), payload);
        if (!a)
            return a.error();
        return id;
    });
}

Result<Story> StoryService::decidable(const AuthenticatedEmployee& by, qint64 storyId, bool waitingOnly) {
    if (auto r = requireSupervisor(by); !r)
        return r.error();
    auto s = story(storyId);
    if (!s)
        return s.error();
    const qint64 me = by.employee().id;
    if (s->nominatedById == me)
        return Error::denied(
            QCoreApplication::translate(
                "Core", "story #%1: you nominated it; another supervisor or a manager decides on it")
                .arg(storyId));
    for (const StoryPerson& p : s->recognized) {
        if (p.id == me)
            return Error::denied(
                QCoreApplication::translate(
                    "Core", "story #%1: it recognises you; another supervisor or a manager decides on it")
                    .arg(storyId));
    }
    if (waitingOnly && s->status != Story::Status::Nominated)
        return Error::conflict(QCoreApplication::translate("Core", "story #%1 is already %2")
                                   .arg(storyId)
                                   .arg(storyStatusName(s->status).toLower()));
    return s;
}

Result<void> StoryService::writeEdit(const AuthenticatedEmployee& by, const Story& before,
                                     const StoryText& after) {
    Query q =
        m_db.query(u"UPDATE stories SET happened = ?, did = ?, reaction = ?, learned = ? WHERE id = ?"_s);
    q.bind(after.happened).bind(after.did).bind(after.reaction).bind(after.learned).bind(before.id);
    if (auto r = q.exec(); !r)
        return r;
    QJsonObject payload = textJson(after);
    payload.insert(u"incident_id"_s, before.incidentId);
    auto a = AuditLog(m_db, m_clock)
                 .append(Actor::of(by.employee()), AuditAction::StoryEdit, u"story"_s,
                         QString::number(before.id), payload);
    if (!a)
        return a.error();
    return {};
}

Result<void> StoryService::approve(const AuthenticatedEmployee& by, qint64 storyId,
                                   const std::optional<StoryText>& edited) {
    const std::optional<StoryText> text = edited ? std::optional(trimmed(*edited)) : std::nullopt;
    if (text) {
        if (auto r = checkText(*text); !r)
            return r;
    }
    return m_db.write([&]() -> Result<void> {
        auto s = decidable(by, storyId, true);
        if (!s)
            return s.error();
        if (text && !sameText(*text, s->text)) {
            if (auto r = writeEdit(by, *s, *text); !r)
                return r;
        }
        const QString now = TimeFormat::toStored(m_clock.nowUtc());
        Query q = m_db.query(
            u"UPDATE stories SET status = 'approved', decided_by = ?, decided_at = ? WHERE id = ?"_s);
        q.bind(by.employee().id).bind(now).bind(storyId);
        if (auto r = q.exec(); !r)
            return r;
        QJsonArray people;
        for (const StoryPerson& p : std::as_const(s->recognized))
            people.append(p.id);
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(by.employee()), AuditAction::StoryApprove, u"story"_s,
                             QString::number(storyId),
                             {{u"incident_id"_s, s->incidentId}, {u"recognized"_s, people}});
        if (!a)
            return a.error();
        return {};
    });
}

Result<void> StoryService::edit(const AuthenticatedEmployee& by, qint64 storyId, const StoryText& raw) {
    const StoryText text = trimmed(raw);
    if (auto r = checkText(text); !r)
        return r;
    return m_db.write([&]() -> Result<void> {
        auto s = decidable(by, storyId, false);
        if (!s)
            return s.error();
        if (s->status == Story::Status::Declined)
            return Error::conflict(
                QCoreApplication::translate("Core", "story #%1 was declined").arg(storyId));
        if (sameText(text, s->text))
            return {};
        return writeEdit(by, *s, text);
    });
}

Result<void> StoryService::decline(const AuthenticatedEmployee& by, qint64 storyId,
                                   const QString& rawReason) {
    const QString reason = rawReason.trimmed();
    if (reason.isEmpty())
        return Error::invalidAt(u"reason"_s,
                                QCoreApplication::translate("Core", "reason: say why it is declined"));
    return m_db.write([&]() -> Result<void> {
        auto s = decidable(by, storyId, true);
        if (!s)
            return s.error();
        Query q = m_db.query(u"UPDATE stories SET status = 'declined', decided_by = ?, decided_at = ?, "
                             u"reason = ? WHERE id = ?"_s);
        q.bind(by.employee().id).bind(TimeFormat::toStored(m_clock.nowUtc())).bind(reason).bind(storyId);
        if (auto r = q.exec(); !r)
            return r;
        auto a =
            AuditLog(m_db, m_clock)
                .append(Actor::of(by.employee()), AuditAction::StoryDecline, u"story"_s,
                        QString::number(storyId), {{u"incident_id"_s, s->incidentId}, {u"reason"_s, reason}});
        if (!a)
            return a.error();
        return {};
    });
}

// The people of every story read, in one query.
Result<void> StoryService::addPeople(QList<Story>& stories) {
    if (stories.isEmpty())
        return {};
    QStringList ids;
    for (const Story& s : std::as_const(stories))
        ids << QString::number(s.incidentId);
    Query q =
        m_db.query(u"SELECT i.id, e.id, e.name, e.role FROM incidents i JOIN employees e ON e.id IN ("_s +
                   workedRecoverySql(u"i.id"_s) + u") WHERE i.id IN ("_s + ids.join(u',') +
                   u") ORDER BY e.name, e.id"_s);
    if (auto r = q.exec(); !r)
        return r;
    QHash<qint64, QList<StoryPerson>> byIncident;
    while (q.next())
        byIncident[q.integer(0)].append(
            {q.integer(1), q.text(2), roleFromId(q.text(3)).value_or(Role::Associate)});
    for (Story& s : stories)
        s.recognized = byIncident.value(s.incidentId);
    return {};
}

Result<QList<Story>> StoryService::read(const QString& where, const QVariantList& binds, int limit) {
    Query q = m_db.query(Columns + where + u" LIMIT "_s + QString::number(limit));
    for (const QVariant& v : binds)
        q.bind(v);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Story> out;
    while (q.next()) {
        Story s;
        s.id = q.integer(0);
        s.incidentId = q.integer(1);
        s.category = CategoryId(q.text(2));
        s.customer = q.text(3);
        s.text = {q.text(4), q.text(5), q.text(6), q.text(7)};
        s.status = storyStatusFromId(q.text(8)).value_or(Story::Status::Nominated);
        s.nominatedById = q.integer(9);
        s.nominatedBy = q.text(10);
        s.nominatedAt = TimeFormat::fromStored(q.text(11));
        s.decidedBy = q.text(12);
        s.decidedAt = q.isNull(13) ? QDateTime() : TimeFormat::fromStored(q.text(13));
        s.reason = q.text(14);
        out.append(s);
    }
    if (auto r = addPeople(out); !r)
        return r.error();
    return out;
}

Result<Story> StoryService::story(qint64 id) {
    auto found = read(u"WHERE s.id = ?"_s, {id}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QCoreApplication::translate("Core", "story #%1: no such story").arg(id));
    return found->first();
}

Result<QList<Story>> StoryService::stories(std::optional<Story::Status> status, int limit) {
    if (status)
        return read(u"WHERE s.status = ? ORDER BY coalesce(s.decided_at, s.nominated_at) DESC, s.id DESC"_s,
                    {storyStatusId(*status)}, limit);
    return read(u"ORDER BY coalesce(s.decided_at, s.nominated_at) DESC, s.id DESC"_s, {}, limit);
}

Result<std::optional<qint64>> StoryService::storyOf(qint64 incidentId) {
    Query q = m_db.query(
        u"SELECT id FROM stories WHERE incident_id = ? AND status <> 'declined' ORDER BY id DESC LIMIT 1"_s);
    q.bind(incidentId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<RecognitionBoard> StoryService::board() {
    // Weeks start on Monday, local time, as the other weekly figures do.
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const QDate week = today.addDays(1 - today.dayOfWeek());
    const QDate month(today.year(), today.month(), 1);
    auto recent =
        read(u"WHERE s.status = 'approved' AND s.decided_at >= ? ORDER BY s.decided_at DESC, s.id DESC"_s,
             {TimeFormat::localDayStartStored(std::min(week, month))}, 200);
    if (!recent)
        return recent.error();
    RecognitionBoard b;
    for (const Story& s : recent.value()) {
        const QDate decided = s.decidedAt.toLocalTime().date();
        if (decided >= week)
            b.thisWeek.append(s);
        else if (decided >= month)
            b.earlierThisMonth.append(s);
    }
    return b;
}

Result<QList<Story>> StoryService::lineUp() {
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto recent =
        read(u"WHERE s.status = 'approved' AND s.decided_at >= ? ORDER BY s.decided_at DESC, s.id DESC"_s,
             {TimeFormat::localDayStartStored(today.addDays(-30))}, 200);
    if (!recent)
        return recent.error();
    const QDateTime weekAgo = today.addDays(-6).startOfDay().toUTC();
    // This week's stories first, then the month's; the second recognises nobody the first does.
    QList<Story> ordered;
    for (bool thisWeek : {true, false}) {
        for (const Story& s : recent.value()) {
            if ((s.decidedAt >= weekAgo) == thisWeek)
                ordered.append(s);
        }
    }
    QList<Story> out;
    if (ordered.isEmpty())
        return out;
    out.append(ordered.first());
    const auto overlaps = [&](const Story& s) {
        for (const StoryPerson& a : s.recognized) {
            for (const StoryPerson& b : std::as_const(out.first().recognized)) {
                if (a.id == b.id)
                    return true;
            }
        }
        return false;
    };
    for (const Story& s : std::as_const(ordered).mid(1)) {
        if (!overlaps(s)) {
            out.append(s);
            return out;
        }
    }
    if (ordered.size() > 1)
        out.append(ordered.at(1));
    return out;
}

} // namespace rebound
