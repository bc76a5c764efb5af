// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PlaybookService.h"

#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rebound {

Result<PlaybookVersion> PlaybookService::current() {
    // The version first: recoveries read the playbook far more often than it changes, so its text is
    // fetched (from a server, over the network) and parsed once per version.
    Query q = m_db.query(u"SELECT version FROM playbook_versions ORDER BY version DESC LIMIT 1"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("Core", "the database has no playbook yet (run: reboundctl init)"));
    const int version = int(q.integer(0));
    if (m_cache.version == version && m_cache.playbook)
        return m_cache;
    Query text = m_db.query(u"SELECT json FROM playbook_versions WHERE version = ?"_s);
    text.bind(version);
    if (auto r = text.exec(); !r)
        return r.error();
    if (!text.next())
        return Error::notFound(u"playbook version %1 vanished"_s.arg(version));
    auto parsed = Playbook::fromJson(text.text(0).toUtf8());
    if (!parsed)
        return Error::corrupt(QCoreApplication::translate("Core", "stored playbook version %1 is invalid: %2")
                                  .arg(version)
                                  .arg(parsed.error().message));
    m_cache = {version, std::make_shared<const Playbook>(std::move(parsed).value())};
    return m_cache;
}

QString PlaybookService::currency() {
    auto pb = current();
    return pb ? pb->playbook->currency() : Playbook::builtIn().currency();
}

Result<int> PlaybookService::import(const Actor& by, const QByteArray& json) {
    auto parsed = Playbook::fromJson(json);
    if (!parsed)
        return parsed.error();
    return store(by, parsed.value(), AuditAction::PlaybookImport, {});
}

Result<int> PlaybookService::store(const Actor& by, const Playbook& parsed, AuditAction action,
                                   QJsonObject payload) {
    const QByteArray& json = parsed.json();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    return m_db.write([&]() -> Result<int> {
        Query q = m_db.query(
            u"INSERT INTO playbook_versions (version, name, json, sha256, imported_at, imported_by) "
            "VALUES ((SELECT coalesce(max(version), 0) + 1 FROM playbook_versions), ?, ?, ?, ?, ?) RETURNING version"_s);
        q.bind(parsed.name())
            .bind(QString::fromUtf8(json))
            .bind(sha)
            .bind(TimeFormat::toStored(m_clock.nowUtc()))
            .bind(by.name);
        if (auto r = q.exec(); !r)
            return r.error();
        if (!q.next())
            return Error::storage(u"the new playbook version was not returned"_s);
        const int version = int(q.integer(0));
        payload.insert(u"name"_s, parsed.name());
        payload.insert(u"sha256"_s, sha);
        auto a = AuditLog(m_db, m_clock).append(by, action, u"playbook"_s, QString::number(version), payload);
        if (!a)
            return a.error();
        return version;
    });
}

Result<int> PlaybookService::importAs(const AuthenticatedEmployee& manager, const QByteArray& json) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "changing the playbook")); !r)
        return r.error();
    if (manager.employee().role != Role::Manager)
        return Error::denied(QCoreApplication::translate("Core", "only a manager may change the playbook"));
    return import(Actor::of(manager.employee()), json);
}

Result<int> PlaybookService::edit(const AuthenticatedEmployee& manager, const QByteArray& json) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "changing the playbook")); !r)
        return r.error();
    if (manager.employee().role != Role::Manager)
        return Error::denied(QCoreApplication::translate("Core", "only a manager may change the playbook"));
    auto parsed = Playbook::fromJson(json);
    if (!parsed)
        return parsed.error();
    auto cur = current();
    if (!cur)
        return cur.error();
    if (QJsonDocument::fromJson(cur->playbook->json()).object() == QJsonDocument::fromJson(json).object())
        return cur->version; // nothing changed: no new version, nothing audited
    return store(Actor::of(manager.employee()), parsed.value(), AuditAction::PlaybookEdit, {});
}

Result<int> PlaybookService::updateLimits(const AuthenticatedEmployee& manager,
                                          const QList<RoleLimits>& limits) {
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "changing spending limits")); !r)
        return r.error();
    if (manager.employee().role != Role::Manager)
        return Error::denied(
            QCoreApplication::translate("Core", "only a manager may change spending limits"));
    auto cur = current();
    if (!cur)
        return cur.error();
    const auto toJson = [](const RoleLimits& l) {
        QJsonObject o{{u"id"_s, roleId(l.role)},
                      {u"per_recovery"_s, l.perRecovery.toDecimalString()},
                      {u"per_day"_s, l.perDay ? QJsonValue(l.perDay->toDecimalString()) : QJsonValue()},
                      {u"approve_up_to"_s, l.approveUpTo.toDecimalString()}};
        // The offline allowance is kept as set; the limits editor does not change it.
        if (l.offlinePerRecovery)
            o.insert(u"offline_per_recovery"_s, l.offlinePerRecovery->toDecimalString());
        if (l.offlinePerDay)
            o.insert(u"offline_per_day"_s, l.offlinePerDay->toDecimalString());
        return o;
    };
    QJsonArray before;
    for (const RoleLimits& l : cur->playbook->roles())
        before.append(toJson(l));
    QJsonArray after;
    for (RoleLimits l : limits) {
        // The limits table has no offline allowance: the one in force stays (set in the playbook file).
        if (!l.offlinePerRecovery && !l.offlinePerDay) {
            l.offlinePerRecovery = cur->playbook->limits(l.role).offlinePerRecovery;
            l.offlinePerDay = cur->playbook->limits(l.role).offlinePerDay;
        }
        after.append(toJson(l));
    }
    if (after == before)
        return cur->version; // nothing changed: no new version, nothing audited
    QJsonObject root = QJsonDocument::fromJson(cur->playbook->json()).object();
    root.insert(u"roles"_s, after);
    // Validated like any imported file: a limit table that breaks a rule is refused whole.
    auto parsed = Playbook::fromJson(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!parsed)
        return parsed.error();
    return store(Actor::of(manager.employee()), parsed.value(), AuditAction::PlaybookLimits,
                 {{u"before"_s, before}, {u"after"_s, after}});
}

Result<int> PlaybookService::ensureInstalled(const Actor& by) {
    auto cur = current();
    if (cur)
        return cur->version;
    if (cur.error().code != Error::Code::NotFound)
        return cur.error();
    return import(by, Playbook::builtInJson());
}

} // namespace rebound
