// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "audit/ChainReplay.h"
#include "domain/Clock.h"
#include "domain/Employee.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"
#include "store/RowStatement.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/sha.h>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// Length-prefixed fields: no separator inside a value can make two entries hash alike.
void appendField(QByteArray& out, QByteArrayView bytes) {
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

// Does the compact JSON payload hold "incident_id":<id> exactly (not as a prefix of a longer number)?
bool payloadNames(QByteArrayView payload, const QByteArray& incident) {
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
    return hashOf({e.prevHash, e.id, e.at.toUtf8(), e.actorId ? QByteArray::number(*e.actorId) : QByteArray(),
                   e.actor.toUtf8(), e.action.toUtf8(), e.entity.toUtf8(), e.entityId.toUtf8(), e.payload});
}

QByteArray AuditLog::hashOf(const AuditFields& f) {
    QByteArray canonical;
    canonical.reserve(256 + f.payload.size());
    appendField(canonical, f.prevHash);
    appendField(canonical, QByteArray::number(f.id));
    appendField(canonical, f.at);
    appendField(canonical, f.actorId);
    appendField(canonical, f.actor);
    appendField(canonical, f.action);
    appendField(canonical, f.entity);
    appendField(canonical, f.entityId);
    appendField(canonical, f.payload);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(canonical.constData()), size_t(canonical.size()), digest);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

Result<qint64> AuditLog::append(const Actor& actor, AuditAction action, const QString& entity,
                                const QString& entityId, const QJsonObject& payload) {
    // The recovery an entry belongs to, for the supervisor's filters; not hashed, checked by verify().
    std::optional<qint64> incidentId;
    if (entity == u"incident")
        incidentId = entityId.toLongLong();
    else if (payload.contains(u"incident_id"_s))
        incidentId = payload.value(u"incident_id"_s).toInteger();
    return append(actor, action, entity, entityId, QJsonDocument(payload).toJson(QJsonDocument::Compact),
                  incidentId, TimeFormat::toStored(m_clock.nowUtc()));
}

Result<qint64> AuditLog::append(const Actor& actor, AuditAction action, const QString& entity,
                                const QString& entityId, const QByteArray& payload,
                                std::optional<qint64> incidentId, const QString& at) {
    return appendAll({{actor, action, entity, entityId, payload, incidentId, at}});
}

Result<qint64> AuditLog::appendAll(const QList<NewAuditEntry>& entries) {
    if (entries.isEmpty())
        return Error::invalid(QStringLiteral("no audit entry to append"));
    qint64 id = 0;
    QByteArray prevHash = genesisHash();
    if (const auto& head = m_db.chainHead()) {
        // This transaction wrote the last entry: no one else can have written since (it holds the lock).
        id = head->id;
        prevHash = head->hash;
    } else {
        Query last = m_db.query(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (auto r = last.exec(); !r)
            return r.error();
        if (last.next()) {
            id = last.integer(0);
            prevHash = last.value(1).toByteArray();
        }
    }
    // Its recovery's category, total and override flag come along (unhashed) for the supervisor's filters,
    // read from the recovery's row; so do the site and counter it was written at. The integers are cast
    // so that the server types a VALUES list of parameters as the columns they go to.
    const QString row = u"(CAST(? AS BIGINT), ?, CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        u"CAST(? AS BIGINT))"_s;
    QStringList rows;
    for (qsizetype i = 0; i < entries.size(); ++i)
        rows << row;
    Query insert = m_db.query(
        u"INSERT INTO audit_log (id, at, actor_id, actor, action, entity, entity_id, payload, prev_hash, "
        u"hash, site, counter, incident_id, category, total_minor, override) "
        u"SELECT v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8, "
        u"v.column9, v.column10, v.column11, v.column12, v.column13, i.category, i.total_minor, "
        u"coalesce(i.override, 0) FROM (VALUES "_s +
        rows.join(u", "_s) + u") AS v LEFT JOIN incidents i ON i.id = v.column13"_s);
    AuditEntry e;
    for (const NewAuditEntry& n : entries) {
        e.id = ++id;
        e.prevHash = prevHash;
        e.at = n.at;
        e.actorId = n.actor.employeeId;
        e.actor = n.actor.name;
        e.action = auditActionText(n.action);
        e.entity = n.entity;
        e.entityId = n.entityId;
        e.payload = n.payload;
        e.hash = computeHash(e);
        prevHash = e.hash;
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
            .bind(m_db.place().site)
            .bind(m_db.place().counter)
            .bind(n.incidentId ? QVariant(*n.incidentId) : QVariant(QMetaType::fromType<qint64>()));
    }
    if (auto r = insert.exec(); !r)
        return r.error();
    if (m_db.inTransaction())
        m_db.setChainHead({e.id, e.hash, e.at});
    return e.id;
}

Result<AuditVerification> AuditLog::verify(const std::function<bool(qint64, qint64)>& progress,
                                           ChainReplay* replay) {
    // Millions of entries: read through the SQLite C API, hash the stored bytes as they are, and make
    // strings only for a message.
    qint64 total = 0;
    {
        // Ids run from 1 without a gap (checked below), so the last id is the count.
        RowStatement last(m_db, "SELECT coalesce(max(id), 0) FROM audit_log");
        if (!last.next())
            return last.error().error();
        total = last.integer(0);
    }
    RowStatement q(m_db, "SELECT id, at, actor_id, actor, action, entity, entity_id, payload, "
                         "prev_hash, hash, incident_id, category, total_minor, override "
                         "FROM audit_log ORDER BY id");
    AuditVerification out;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedId = 1;
    const auto text = [&q](int column) { return QString::fromUtf8(q.text(column)); };
    while (q.next()) {
        const qint64 id = q.integer(0);
        if (id != expectedId) {
            return Error::corrupt(
                QCoreApplication::translate(
                    "Core", "audit entry %1 is missing: the log jumps from entry %2 to entry %3")
                    .arg(expectedId)
                    .arg(expectedId - 1)
                    .arg(id));
        }
        const QByteArrayView prevHash = q.text(8);
        if (prevHash != expectedPrev) {
            return Error::corrupt(QCoreApplication::translate(
                                      "Core", "audit entry %1 (%2 %3 %4): its link to entry %5 is broken")
                                      .arg(id)
                                      .arg(text(4), text(5), text(6))
                                      .arg(id - 1));
        }
        const QByteArrayView entity = q.text(5);
        const QByteArrayView entityId = q.text(6);
        const QByteArrayView payload = q.text(7);
        const QByteArray hash = hashOf({prevHash, id, q.text(1), q.isNull(2) ? QByteArrayView() : q.text(2),
                                        q.text(3), q.text(4), entity, entityId, payload});
        if (hash != q.text(9)) {
            return Error::corrupt(
                QCoreApplication::translate(
                    "Core", "audit entry %1 (%2 %3 %4, at %5): its content was changed after it was written")
                    .arg(id)
                    .arg(text(4), text(5), text(6), text(1)));
        }
        if (replay) {
            ChainEntry e;
            e.id = id;
            e.at = q.text(1);
            if (!q.isNull(2))
                e.actorId = q.integer(2);
            e.actor = q.text(3);
            e.action = q.text(4);
            e.entity = entity;
            e.entityId = entityId;
            e.payload = payload;
            if (!q.isNull(10))
                e.incidentId = q.integer(10);
            if (!q.isNull(11))
                e.category = q.text(11);
            if (!q.isNull(12))
                e.totalMinor = q.integer(12);
            e.override = q.integer(13) != 0;
            if (auto r = replay->apply(e); !r)
                return r.error();
        } else if (!q.isNull(10)) {
            // The unhashed index column must agree with the hashed content it was derived from.
            const QByteArray incident = QByteArray::number(q.integer(10));
            const bool agrees = entity == "incident" ? entityId == incident : payloadNames(payload, incident);
            if (!agrees) {
                return Error::corrupt(
                    QCoreApplication::translate("Core",
                                                "audit entry %1 (%2 %3 %4): it was moved to another recovery")
                        .arg(id)
                        .arg(text(4), text(5), text(6)));
            }
        }
        expectedPrev = hash;
        ++expectedId;
        ++out.entries;
        if (progress && (out.entries % 4096) == 0 && !progress(out.entries, total))
            return Error::invalid(
                QCoreApplication::translate("Core", "verification cancelled after %1 of %2 entries")
                    .arg(out.entries)
                    .arg(total));
    }
    if (auto r = q.error(); !r)
        return r.error();
    if (replay) {
        if (auto r = replay->finish(); !r)
            return r.error();
    }
    if (progress)
        progress(out.entries, total);
    return out;
}

} // namespace rebound
