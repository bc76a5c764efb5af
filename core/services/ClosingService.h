// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "audit/DayTotals.h"
#include "domain/Employee.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rebound {

class Clock;
class Database;

// A closed business day as its closing entry records it.
struct DayClosing {
    QDate date;
    qint64 entry = 0; // the closing entry
    QByteArray hash;  // its hash
    QString closedAt; // stored UTC text
    QString closedBy;
    QJsonObject totals;    // DayTotals::toJson()
    QString receiptPath;   // the signed receipt written for it
    bool reissued = false; // the day was already closed; only its missing receipt was written again
};

// Closing a business day (in the site's time zone): one entry in the chain carries the day's totals and
// the chain head, and a receipt signed with the installation key is written outside the database.
class ClosingService final {
public:
    ClosingService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    // A manager closing a day from the counter.
    Result<DayClosing> closeAs(const AuthenticatedEmployee& manager, QDate day);
    // The command line, on its own authority.
    Result<DayClosing> close(const Actor& by, QDate day);
    // The local date today at the site.
    Result<QDate> today();
    // Every closing, oldest first.
    Result<QList<DayClosing>> closings();
    Result<std::optional<DayClosing>> lastClosing();

private:
    Result<DayTotals> count(const QString& from, const QString& to);
    // The closing of `day`, if it was closed.
    Result<std::optional<DayClosing>> closingOf(QDate day);
    Result<DayClosing> reissue(const DayClosing& closed);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
