// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace rebound {

class Database;

// What only the server may do (staff, limits, the playbook, unlocking, head-office exports) is refused
// on a counter's offline copy, with the reason; `what` names it ("adding an employee").
Result<void> refuseOffline(const Database& db, const QString& what);

// A counter whose offline copy still holds recoveries not sent may not be pointed at another database:
// they would stay behind. `location` is the database the counter uses now (a server's address, or the
// copy itself); refused with how many wait and what to do.
Result<void> checkMayLeave(const QString& location);

// A counter's offline copy at `path`, opened as it is; refused if there is none or the file is not one.
Result<std::unique_ptr<Database>> openOfflineCopy(const QString& path);

// The counter signs out of its server: its offline copy is removed (the installation key beside it stays,
// for the receipts printed from it). Refused while anything recorded there waits to be sent, saying how
// many and what to do.
Result<void> detachCopy(const QString& copy);

// A recovery recorded at this counter while its server was away, or a follow-up done there, waiting to
// be sent.
struct OutboxItem {
    enum class Kind { Recovery, FollowUp };
    qint64 seq = 0; // the order it is sent in
    QString uuid;   // the recovery's, or the follow-up outcome's own: the server holds it at most once
    qint64 incidentId = 0;
    QString queuedAt;
    qint64 attempts = 0;
    Kind kind = Kind::Recovery;
    qint64 followUpId = 0; // the copy's, for a follow-up
    QByteArray payload;    // a follow-up's outcome, as FollowUpService queued it
};

struct OutboxStatus {
    QString server;       // the central server this counter sends to
    qint64 waiting = 0;   // recorded here, not yet confirmed by the server
    qint64 followUps = 0; // of which follow-ups done here
    qint64 sent = 0;      // confirmed
    std::optional<QDateTime> oldestWaiting;
    std::optional<QDateTime> lastSent;
    std::optional<QDateTime> lastAttempt;
    QString lastError; // the last attempt's, empty once one succeeds
};

// The outbox of a counter's local copy (an SQLite file): one row per recovery recorded there, written in
// the recovery's own transaction, marked sent only after the server confirmed it.
class Outbox final {
public:
    explicit Outbox(Database& local)
        : m_db(local) {}

    // Makes a counter's file an offline copy of `server`: from now on every recovery it records is queued.
    Result<void> create(const QString& server);
    // Inside the recording transaction.
    Result<void> enqueue(const QString& uuid, qint64 incidentId, const QString& at);
    // Inside the follow-up's transaction.
    Result<void> enqueueFollowUp(const QString& uuid, qint64 incidentId, qint64 followUpId,
                                 const QByteArray& payload, const QString& at);
    Result<QList<OutboxItem>> waiting();
    // The server confirmed: the recovery is there (as `serverId`).
    Result<void> markSent(qint64 seq, qint64 serverId, const QString& at);
    Result<void> noteAttempt(const QString& at, const QString& error);
    Result<OutboxStatus> status();

private:
    Database& m_db;
};

} // namespace rebound
