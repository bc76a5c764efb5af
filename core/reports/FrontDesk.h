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
    Money given; // withdrawn gestures left out
    std::optional<int> satisfaction;
    QString customer;
    QString status;
};

struct GivenGesture {
    qint64 id = 0;
    QString item; // catalog item id
    Money amount;
    QString voucherCode;
    bool withdrawn = false; // recorded by mistake, corrected
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
    // Past recoveries by what the counter knows of them: a number ("#12", "12"), a day ("2026-11-30" or
    // as the locale writes dates), a voucher code. Customers are found by RecoveryService::findCustomers.
    Result<QList<PastRecovery>> findRecoveries(const QString& text, int limit = 50);
    // A recovery's gestures in the order given, withdrawn ones marked.
    Result<QList<GivenGesture>> gestures(qint64 incidentId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
