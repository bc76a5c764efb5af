// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/Receipt.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rebound {

class Clock;
class Database;

struct VerifyOptions {
    bool chainOnly = false; // only the hash chain: no reconciliation, closings or receipts
    // Empty: the receipts folder beside the database (InstallationKey::receiptsDirFor); a folder that
    // does not exist holds none.
    QString receiptsDir;
    bool skipReceipts = false; // a copy checked on its own, away from its receipts
};

struct VerifyReport {
    qint64 entries = 0;
    qint64 receipts = 0;   // receipts checked
    qint64 closings = 0;   // closed days in the chain
    QString lastClosedDay; // ISO date, empty when none
    qint64 lastClosingEntry = 0;
    qint64 entriesSinceClosing = 0;
    qint64 head = 0; // the last entry the check covered
};

// Everything a supervisor reads, checked at once: the hash chain; each entry's unhashed columns against
// its recovery; every business table against what the chain says (TableReconciler); each closed day's
// totals counted again; and every receipt in `receiptsDir` against the database. The first
// disagreement is an Error::Code::Corrupt naming the place.
class Verifier final {
public:
    Verifier(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    Result<VerifyReport> run(const VerifyOptions& options,
                             const std::function<bool(qint64, qint64)>& progress = {});

private:
    struct NamedReceipt {
        QString file;
        Receipt receipt;
    };
    static Result<Receipt> readReceipt(const QString& dir, const QString& name);
    static Result<QList<NamedReceipt>> readReceipts(const QString& dir);
    // One receipt is signed by this installation's key and names an entry of the chain as it is.
    Result<void> checkReceipt(const QString& name, const Receipt& receipt, const QByteArray& ours,
                              qint64 last);
    // Every receipt read matches the chain, and every closed day has its receipt.
    Result<void> checkReceipts(const QList<NamedReceipt>& receipts, const QString& dir, VerifyReport& report);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
