// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rebound {

// This installation's Ed25519 signing key (libsodium), kept beside the database, readable by its owner
// only. It signs the receipts of closed days, exports and backups, which are kept outside the
// database: a database rolled back or cut short no longer matches them.
class InstallationKey final {
public:
    InstallationKey(const InstallationKey&) = default;
    InstallationKey& operator=(const InstallationKey&) = default;
    ~InstallationKey();

    // Where a database's key and receipts live: "<db>.key" and "<db>.receipts/".
    static QString keyPathFor(const QString& databasePath);
    static QString receiptsDirFor(const QString& databasePath);

    // Creates a new key; never replaces an existing file.
    static Result<InstallationKey> create(const QString& path);
    static Result<InstallationKey> load(const QString& path);
    // Loads the key, or creates it when there is none yet (databases made before keys existed).
    static Result<InstallationKey> loadOrCreate(const QString& path);

    QByteArray publicKey() const;                  // 32 bytes
    QByteArray sign(QByteArrayView message) const; // 64 bytes, detached
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

private:
    explicit InstallationKey(QByteArray secret)
        : m_secret(std::move(secret)) {}
    QByteArray m_secret; // libsodium's 64-byte secret key (seed and public key)
};

} // namespace rebound
