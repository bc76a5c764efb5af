// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/Money.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rebound {

class Clock;
class Database;

struct OpenRecovery {
    qint64 id = 0;
    QString customer;
    CategoryId category;
    SeverityId severity;
    QString status;
    QDateTime openedAt;
    QDateTime recoveredAt; // invalid while the counter's part is still under way
    QDateTime followUpDue;
    QString openedBy;
};

struct DueFollowUp {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString customer;
    QString phone;
    QString email;
    Channel channel = Channel::Phone;
    CategoryId category;
    QDateTime due;
    QString owner;
};

struct PastRecovery {
    qint64 id = 0;
    QDateTime openedAt;
    CategoryId category;
    SeverityId severity;
    QString description;
    Money given;
    std::optional<int> satisfaction;
};

// What the counter's main screen and wizard read: open recoveries, follow-ups due, a customer's history.
class FrontDesk final {
public:
    FrontDesk(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<QList<OpenRecovery>> openRecoveries(int limit = 200);
    // Not done and due before the end of today (local time), overdue first.
    Result<QList<DueFollowUp>> followUpsDue(int limit = 200);
    Result<QList<PastRecovery>> history(qint64 customerId, int limit = 10);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
