// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/InstallationKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sodium.h>

namespace rebound {

namespace {

constexpr char Header[] = "rebound-installation-key 1\n";

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

InstallationKey::~InstallationKey() {
    if (!m_secret.isEmpty() && m_secret.isDetached())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

QString InstallationKey::keyPathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".key");
}

QString InstallationKey::receiptsDirFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".receipts");
}

Result<InstallationKey> InstallationKey::create(const QString& path) {
    if (!sodiumReady())
        return Error::storage(QCoreApplication::translate("Core", "libsodium could not be initialised"));
    if (QFile::exists(path))
        return Error::conflict(
            QCoreApplication::translate("Core", "%1 already exists: an installation key is never replaced")
                .arg(path));
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secret.data()));
    QByteArray text = QByteArray(Header) + secret.toHex() + '\n';
    // A new file only: two processes creating a key at once cannot overwrite each other's.
    QFile file(path);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
                         file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) &&
                         file.write(text) == text.size() && file.flush();
    if (!written && file.isOpen())
        file.remove();
    sodium_memzero(text.data(), size_t(text.size()));
    if (!written)
        return Error::storage(QCoreApplication::translate("Core", "cannot write the installation key %1: %2")
                                  .arg(path, file.errorString()));
    return InstallationKey(secret);
}

Result<InstallationKey> InstallationKey::load(const QString& path) {
    if (!sodiumReady())
        return Error::storage(QCoreApplication::translate("Core", "libsodium could not be initialised"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("Core", "no installation key at %1: %2")
                                   .arg(path, file.errorString()));
    QByteArray text = file.read(4096);
    const bool headed = text.startsWith(Header);
    QByteArray secret = QByteArray::fromHex(text.mid(int(sizeof Header) - 1).trimmed());
    sodium_memzero(text.data(), size_t(text.size()));
    if (!headed || secret.size() != crypto_sign_SECRETKEYBYTES)
        return Error::corrupt(QCoreApplication::translate("Core", "%1 is not an installation key").arg(path));
    return InstallationKey(secret);
}

Result<InstallationKey> InstallationKey::loadOrCreate(const QString& path) {
    if (QFile::exists(path))
        return load(path);
    // Receipts beside it were signed by a key that is gone: a new one would make them all look forged.
    const QString database = path.chopped(int(qstrlen(".key")));
    if (!QDir(receiptsDirFor(database)).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty())
        return Error::notFound(QCoreApplication::translate("Core",
                                                           "the installation key %1 is missing, but receipts "
                                                           "signed with it are in %2: put the key back from "
                                                           "its backup")
                                   .arg(path, receiptsDirFor(database)));
    return create(path);
}

QByteArray InstallationKey::publicKey() const {
    return m_secret.right(crypto_sign_PUBLICKEYBYTES);
}

QByteArray InstallationKey::sign(QByteArrayView message) const {
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return signature;
}

bool InstallationKey::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature) {
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.data())) == 0;
}

} // namespace rebound
