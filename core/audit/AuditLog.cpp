// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "domain/Clock.h"
#include "domain/Employee.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// Length-prefixed fields: no separator inside a value can make two entries hash alike.
void appendField(QByteArray& out, const QByteArray& bytes) {
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

// Does the compact JSON payload hold "incident_id":<id> exactly (not as a prefix of a longer number)?
bool payloadNames(const QByteArray& payload, const QByteArray& incident) {
    const QByteArray key = QByteArray("\"incident_id\":") + incident;
    const qsizetype at = payload.indexOf(key);
    if (at < 0)
        return false;
    const qsizetype after = at + key.size();
    return after < payload.size() && (payload[after] == ',' || payload[after] == '}');
}

} // namespace

Actor Actor::of(const Employee& e) {
    return {e.id, e.code};
}

QByteArray AuditLog::computeHash(const AuditEntry& e) {
    QByteArray canonical;
    canonical.reserve(256 + e.payload.size());
    appendField(canonical, e.prevHash);
    appendField(canonical, QByteArray::number(e.id));
    appendField(canonical, e.at.toUtf8());
    appendField(canonical, e.actorId ? QByteArray::number(*e.actorId) : QByteArray());
    appendField(canonical, e.actor.toUtf8());
    appendField(canonical, e.action.toUtf8());
    appendField(canonical, e.entity.toUtf8());
    appendField(canonical, e.entityId.toUtf8());
    appendField(canonical, e.payload);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(canonical.constData()),
                       static_cast<unsigned long long>(canonical.size()));
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

Result<qint64> AuditLog::append(const Actor& actor, const QString& action, const QString& entity,
                                const QString& entityId, const QJsonObject& payload) {
    AuditEntry e;
    e.prevHash = genesisHash();
    {
        Query last = m_db.query(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (auto r = last.exec(); !r)
            return r.error();
        if (last.next()) {
            e.id = last.integer(0);
            e.prevHash = last.value(1).toByteArray();
        }
    }
    e.id += 1;
    e.at = TimeFormat::toStored(m_clock.nowUtc());
    e.actorId = actor.employeeId;
    e.actor = actor.name;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    e.hash = computeHash(e);

    // The recovery an entry belongs to, for the supervisor's filters; not hashed, checked by verify().
    QVariant incidentId(QMetaType::fromType<qint64>());
    if (entity == u"incident")
        incidentId = entityId.toLongLong();
    else if (payload.contains(u"incident_id"_s))
        incidentId = payload.value(u"incident_id"_s).toInteger();

    Query insert =
        m_db.query(u"INSERT INTO audit_log (id, at, actor_id, actor, action, entity, entity_id, payload, "
                   "prev_hash, hash, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(e.id)
        .bind(e.at)
        .bind(e.actorId ? QVariant(*e.actorId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(e.actor)
        .bind(e.action)
        .bind(e.entity)
        .bind(e.entityId)
        .bind(QString::fromUtf8(e.payload))
        .bind(QString::fromLatin1(e.prevHash))
        .bind(QString::fromLatin1(e.hash))
        .bind(incidentId);
    if (auto r = insert.exec(); !r)
        return r.error();
    return e.id;
}

Result<AuditVerification> AuditLog::verify(const std::function<bool(qint64, qint64)>& progress) {
    qint64 total = 0;
    {
        Query count = m_db.query(u"SELECT count(*) FROM audit_log"_s);
        if (auto r = count.exec(); !r)
            return r.error();
        if (count.next())
            total = count.integer(0);
    }
    Query q =
        m_db.query(u"SELECT id, at, actor_id, actor, action, entity, entity_id, payload, prev_hash, hash, "
                   "incident_id FROM audit_log ORDER BY id"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    AuditVerification out;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedId = 1;
    AuditEntry e;
    while (q.next()) {
        e.id = q.integer(0);
        e.at = q.text(1);
        e.actorId = q.isNull(2) ? std::nullopt : std::optional<qint64>(q.integer(2));
        e.actor = q.text(3);
        e.action = q.text(4);
        e.entity = q.text(5);
        e.entityId = q.text(6);
        e.payload = q.text(7).toUtf8();
        e.prevHash = q.text(8).toLatin1();
        e.hash = q.text(9).toLatin1();
        if (e.id != expectedId) {
            return Error::corrupt(
                QCoreApplication::translate(
                    "Core", "audit entry %1 is missing: the log jumps from entry %2 to entry %3")
                    .arg(expectedId)
                    .arg(expectedId - 1)
                    .arg(e.id));
        }
        if (e.prevHash != expectedPrev) {
            return Error::corrupt(QCoreApplication::translate(
                                      "Core", "audit entry %1 (%2 %3 %4): its link to entry %5 is broken")
                                      .arg(e.id)
                                      .arg(e.action, e.entity, e.entityId)
                                      .arg(e.id - 1));
        }
        if (computeHash(e) != e.hash) {
            return Error::corrupt(
                QCoreApplication::translate(
                    "Core", "audit entry %1 (%2 %3 %4, at %5): its content was changed after it was written")
                    .arg(e.id)
                    .arg(e.action, e.entity, e.entityId, e.at));
        }
        // The unhashed index column must agree with the hashed content it was derived from.
        if (!q.isNull(10)) {
            const QByteArray incident = QByteArray::number(q.integer(10));
            const bool agrees = e.entity == u"incident" ? e.entityId.toLatin1() == incident
                                                        : payloadNames(e.payload, incident);
            if (!agrees) {
                return Error::corrupt(
                    QCoreApplication::translate("Core",
                                                "audit entry %1 (%2 %3 %4): it was moved to another recovery")
                        .arg(e.id)
                        .arg(e.action, e.entity, e.entityId));
            }
        }
        expectedPrev = e.hash;
        ++expectedId;
        ++out.entries;
        if (progress && (out.entries % 4096) == 0 && !progress(out.entries, total))
            return Error::invalid(
                QCoreApplication::translate("Core", "verification cancelled after %1 of %2 entries")
                    .arg(out.entries)
                    .arg(total));
    }
    if (progress)
        progress(out.entries, total);
    return out;
}

} // namespace rebound
