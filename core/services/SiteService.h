// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusinessHours.h"
#include "domain/Employee.h"
#include "domain/Result.h"

namespace rebound {

class Clock;
class Database;
struct Actor;

// What every counter of the business shares about the place itself, kept in the database:
// its opening hours and time zone.
class SiteService final {
public:
    SiteService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    // The hours in force; the standard ones until a manager sets others.
    Result<BusinessHours> hours();
    // A new database's zone, fixed once (audited as an hours entry with the standard hours), so its
    // business day no longer follows the zone of whichever computer or command runs; nothing on an
    // offline copy (it takes its server's) or where the hours are already set.
    Status settle(const Actor& by);
    // A manager's change, audited with the hours before and after.
    Status setHours(const AuthenticatedEmployee& manager, const QString& text, const QByteArray& zoneId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
