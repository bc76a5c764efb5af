// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace rebound {

class Database;
class InstallationKey;

// A small signed file kept outside the database, naming an audit entry and its hash: a closed day (its
// closing entry and totals), or the head an export or a backup saw. A database later cut short,
// rolled back to an older copy or rewritten no longer holds that entry as it was.
struct Receipt {
    enum class Kind { Closing, Export, Backup };
    Kind kind = Kind::Closing;
    QString date;         // the business day closed (closings), ISO
    qint64 entry = 0;     // the closing entry, or the last entry the export or backup saw
    QByteArray hash;      // that entry's hash, hex
    QJsonObject totals;   // the closed day's totals (closings)
    QString at;           // when it was written, stored UTC text
    QString by;           // who
    QString file;         // the file exported or backed up
    QByteArray publicKey; // hex, the installation key that signed it
    QByteArray signature; // hex, Ed25519 over signedBytes()

    static constexpr qsizetype MaxFileSize = 1 << 20;

    // The receipt's content without its signature, as compact JSON: what is signed.
    QByteArray signedBytes() const;
    QByteArray toJson() const;
    // Reads a receipt file's bytes; the error names the bad field.
    static Result<Receipt> fromJson(QByteArrayView bytes);
    bool signatureValid() const;
    // "closing-2026-11-28.json", "export-57.json", "backup-1200.json"
    QString fileName() const;
    void signWith(const InstallationKey& key);
};

QString receiptKindId(Receipt::Kind kind);

// Signs and writes a receipt for entry `entry` (an export's or backup's head) into the database's
// receipts folder, creating the installation key if there is none yet. Returns the file written.
Result<QString> writeHeadReceipt(Database& db, Receipt::Kind kind, qint64 entry, const QString& by,
                                 const QString& file, const QString& at);
// Writes a signed receipt into `dir` (created owner-only if missing).
Result<QString> storeReceipt(const QString& dir, const Receipt& receipt);

} // namespace rebound
