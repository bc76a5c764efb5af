// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditAction.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rebound {

class ChainReplay;
class Clock;
class Database;
struct Employee;

// Who did something: an employee, or a named system actor such as "reboundctl:alice".
struct Actor {
    std::optional<qint64> employeeId;
    QString name;

    static Actor of(const Employee& e);
    static Actor system(const QString& name) { return {std::nullopt, name}; }
};

struct AuditEntry {
    qint64 id = 0;
    QString at;
    std::optional<qint64> actorId;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QByteArray payload; // compact JSON, exactly as hashed
    QByteArray prevHash;
    QByteArray hash;
};

// The hashed fields of one entry as UTF-8, in the order they are hashed; actorId is empty for a system actor.
struct AuditFields {
    QByteArrayView prevHash;
    qint64 id = 0;
    QByteArrayView at;
    QByteArrayView actorId;
    QByteArrayView actor;
    QByteArrayView action;
    QByteArrayView entity;
    QByteArrayView entityId;
    QByteArrayView payload;
};

// An entry to append: what appendAll() chains and writes, in the order given.
struct NewAuditEntry {
    Actor actor;
    AuditAction action;
    QString entity;
    QString entityId;
    QByteArray payload; // compact JSON
    std::optional<qint64> incidentId;
    QString at; // stored UTC text
};

struct AuditVerification {
    qint64 entries = 0;
};

// Append-only, hash-chained log of every change. Appends run inside the caller's transaction,
// so an entry exists exactly when the change it describes does.
class AuditLog final {
public:
    AuditLog(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<qint64> append(const Actor& actor, AuditAction action, const QString& entity,
                          const QString& entityId, const QJsonObject& payload);
    // The same with the payload already compact JSON, the recovery it belongs to (if any) and the
    // time it is stamped with (stored UTC text) given by the caller.
    Result<qint64> append(const Actor& actor, AuditAction action, const QString& entity,
                          const QString& entityId, const QByteArray& payload,
                          std::optional<qint64> incidentId, const QString& at);
    // Several entries chained one after another and written in one statement (one round trip to a
    // server); returns the last one's id.
    Result<qint64> appendAll(const QList<NewAuditEntry>& entries);

    // Walks the whole chain; on failure the message names the first bad entry.
    // progress(done, total) may return false to stop early. With a replay, each verified entry is also
    // replayed into it, which checks the entry's unhashed columns (see Verifier for everything else).
    Result<AuditVerification> verify(const std::function<bool(qint64, qint64)>& progress = {},
                                     ChainReplay* replay = nullptr);

    // SHA-256 (hex) over the previous hash and the entry's canonical form.
    static QByteArray computeHash(const AuditEntry& e);
    static QByteArray hashOf(const AuditFields& f);
    static QByteArray genesisHash() { return QByteArray(64, '0'); }

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
