// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Outbox.h"

#include "domain/TimeFormat.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

std::optional<QDateTime> timeOf(const Query& q, int column) {
    if (q.isNull(column) || q.text(column).isEmpty())
        return std::nullopt;
    return TimeFormat::fromStored(q.text(column));
}

} // namespace

Result<void> refuseOffline(const Database& db, const QString& what) {
    if (!db.keepsOutbox())
        return {};
    return Error::denied(QCoreApplication::translate("Core",
                                                     "offline: %1 is done at the server, and this counter "
                                                     "works from its own copy until the server answers")
                             .arg(what));
}

Result<std::unique_ptr<Database>> openOfflineCopy(const QString& path) {
    if (path.isEmpty() || !QFileInfo::exists(path))
        return Error::notFound(
            QCoreApplication::translate("Core", "there is no offline copy at %1").arg(path));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    if (!(*db)->keepsOutbox())
        return Error::invalid(
            QCoreApplication::translate("Core", "%1 is not an offline copy of a server").arg(path));
    return db;
}

Result<void> checkMayLeave(const QString& location) {
    auto db =
        openOfflineCopy(Database::isServerAddress(location) ? Database::offlineCopyPath(location) : location);
    if (!db)
        return {}; // no copy here: nothing can be left behind
    auto st = Outbox(**db).status();
    if (!st)
        return st.error();
    if (st->waiting == 0)
        return {};
    return Error::denied(
        QCoreApplication::translate("Core",
                                    "%n recoveries or follow-ups recorded here while the "
                                    "server was away wait to be sent; another database now would "
                                    "leave them behind. Let them be sent first "
                                    "(reboundctl sync now, or wait for the status bar)",
                                    nullptr, int(st->waiting)));
}

Result<void> detachCopy(const QString& copy) {
    {
        auto db = openOfflineCopy(copy);
        if (!db)
            return db.error();
        auto st = Outbox(**db).status();
        if (!st)
            return st.error();
        if (st->waiting > 0)
            return Error::denied(QCoreApplication::translate(
                "Core",
                "%n recoveries or follow-ups recorded here while the server was away "
                "wait to be sent; removing the copy would lose them. Let them be sent "
                "first (reboundctl sync now)",
                nullptr, int(st->waiting)));
        // SQLite leaves WAL only for the one connection open on the file, and removes the WAL and its
        // shared memory itself: a copy still open in the app is refused here, never cut from under it.
        if (auto sole = (*db)->leaveWal(); !sole) {
            if (sole.error().code != Error::Code::Busy)
                return sole.error();
            return Error::of(
                Error::Code::Busy,
                QCoreApplication::translate(
                    "Core", "the offline copy %1 is open in another program (Rebound?); close it first")
                    .arg(copy));
        }
    }
    if (!QFile::remove(copy))
        return Error::storage(QCoreApplication::translate("Core", "cannot remove %1").arg(copy));
    return {};
}

Result<void> Outbox::create(const QString& server) {
    if (m_db.backend() != Database::Backend::File)
        return Error::invalid(
            QCoreApplication::translate("Core", "an offline copy is a file on the counter, not a server"));
    return m_db.write([&]() -> Result<void> {
        // Outside the audited tables: what travels is in the recoveries' own rows and entries.
        for (const QString& sql :
             {u"CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
              u"incident_id INTEGER NOT NULL, queued_at TEXT NOT NULL, sent_at TEXT, server_id INTEGER, "
              u"attempts INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL DEFAULT 'recovery', "
              u"follow_up_id INTEGER, payload TEXT)"_s,
              u"CREATE INDEX IF NOT EXISTS outbox_waiting ON outbox (seq) WHERE sent_at IS NULL"_s,
              u"CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s}) {
            if (auto r = m_db.execute(sql); !r)
                return r;
        }
        Query q = m_db.query(u"INSERT INTO sync_state (key, value) VALUES ('server', ?) "
                             u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.bind(server);
        if (auto r = q.exec(); !r)
            return r;
        m_db.setKeepsOutbox(true);
        return {};
    });
}

Result<void> Outbox::enqueue(const QString& uuid, qint64 incidentId, const QString& at) {
    Query q = m_db.query(u"INSERT INTO outbox (uuid, incident_id, queued_at) VALUES (?, ?, ?)"_s);
    q.bind(uuid).bind(incidentId).bind(at);
    return q.exec();
}

Result<void> Outbox::enqueueFollowUp(const QString& uuid, qint64 incidentId, qint64 followUpId,
                                     const QByteArray& payload, const QString& at) {
    Query q = m_db.query(u"INSERT INTO outbox (uuid, incident_id, queued_at, kind, follow_up_id, payload) "
                         u"VALUES (?, ?, ?, 'follow-up', ?, ?)"_s);
    q.bind(uuid).bind(incidentId).bind(at).bind(followUpId).bind(QString::fromUtf8(payload));
    return q.exec();
}

Result<QList<OutboxItem>> Outbox::waiting() {
    Query q = m_db.query(u"SELECT seq, uuid, incident_id, queued_at, attempts, kind, follow_up_id, payload "
                         u"FROM outbox WHERE sent_at IS NULL ORDER BY seq"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<OutboxItem> out;
    while (q.next())
        out.append({q.integer(0), q.text(1), q.integer(2), q.text(3), q.integer(4),
                    q.text(5) == u"follow-up" ? OutboxItem::Kind::FollowUp : OutboxItem::Kind::Recovery,
                    q.integer(6), q.text(7).toUtf8()});
    return out;
}

Result<void> Outbox::markSent(qint64 seq, qint64 serverId, const QString& at) {
    return m_db.write([&]() -> Result<void> {
        Query q = m_db.query(u"UPDATE outbox SET sent_at = ?, server_id = ?, attempts = attempts + 1 "
                             u"WHERE seq = ? AND sent_at IS NULL"_s);
        q.bind(at).bind(serverId).bind(seq);
        if (auto r = q.exec(); !r)
            return r;
        Query s =
            m_db.query(u"INSERT INTO sync_state (key, value) VALUES ('last_sent', ?), ('last_attempt', ?), "
                       u"('last_error', '') ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        s.bind(at).bind(at);
        return s.exec();
    });
}

Result<void> Outbox::noteAttempt(const QString& at, const QString& error) {
    return m_db.write([&]() -> Result<void> {
        Query q = m_db.query(u"UPDATE outbox SET attempts = attempts + 1 WHERE seq = "
                             u"(SELECT min(seq) FROM outbox WHERE sent_at IS NULL)"_s);
        if (auto r = q.exec(); !r)
            return r;
        Query s =
            m_db.query(u"INSERT INTO sync_state (key, value) VALUES ('last_attempt', ?), ('last_error', ?) "
                       u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        s.bind(at).bind(error);
        return s.exec();
    });
}

Result<OutboxStatus> Outbox::status() {
    OutboxStatus out;
    Query q = m_db.query(u"SELECT count(*) - count(sent_at), count(sent_at), "
                         u"min(CASE WHEN sent_at IS NULL THEN queued_at END), "
                         u"count(CASE WHEN sent_at IS NULL AND kind = 'follow-up' THEN 1 END) FROM outbox"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    if (q.next()) {
        out.waiting = q.integer(0);
        out.sent = q.integer(1);
        out.oldestWaiting = timeOf(q, 2);
        out.followUps = q.integer(3);
    }
    Query s = m_db.query(u"SELECT key, value FROM sync_state"_s);
    if (auto r = s.exec(); !r)
        return r.error();
    while (s.next()) {
        const QString key = s.text(0);
        if (key == u"server")
            out.server = s.text(1);
        else if (key == u"last_sent")
            out.lastSent = timeOf(s, 1);
        else if (key == u"last_attempt")
            out.lastAttempt = timeOf(s, 1);
        else if (key == u"last_error")
            out.lastError = s.text(1);
    }
    return out;
}

} // namespace rebound
