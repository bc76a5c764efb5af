// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Result.h"

namespace rebound {

class Clock;
class Database;
class PlaybookService;
struct CustomerDraft;

// Return visits: a customer found at the counter is marked "back" with one click, so the reports can
// tell whether a recovery won them back. One visit per customer per local day.
class VisitService final {
public:
    VisitService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    // The new visit's id; Conflict when the customer was already marked back today.
    Result<qint64> customerIsBack(const AuthenticatedEmployee& by, qint64 customerId);
    // A visit of a customer who may be new (found by phone or email, or added): regulars never let down
    // are the comparison the return-visit report needs.
    Result<qint64> visitOf(const AuthenticatedEmployee& by, const CustomerDraft& customer,
                           PlaybookService& playbooks);

private:
    Result<qint64> record(const AuthenticatedEmployee& by, qint64 customerId);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
