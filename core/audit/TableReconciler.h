// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace rebound {

class ChainReplay;
class Database;

// Compares the business tables, row by row, with what the verified audit chain says they hold: every
// report and export reads the tables, so a figure changed there (and not in the chain) is named here —
// "compensation 3 of recovery #12: amount 450.00 in the table, 45.00 in audit entry 57".
class TableReconciler final {
public:
    TableReconciler(Database& db, const ChainReplay& replay)
        : m_db(db)
        , m_replay(replay) {}

    Result<void> run();

private:
    Result<void> incidents();
    Result<void> compensations();
    Result<void> followUps();
    Result<void> employees();
    Result<void> customers();
    Result<void> playbookVersions();
    Result<void> settings();
    Result<void> reviews();
    Result<void> amendments();
    Result<void> practice();
    Result<void> drillLibrary();
    Result<void> stories();
    Result<void> actions();
    Result<void> visits();
    // A text value as the entry wrote it (a correction's "after" for a corrected field).
    QString entryValue(qint64 entry, const char* key);

    Database& m_db;
    const ChainReplay& m_replay;
};

} // namespace rebound
