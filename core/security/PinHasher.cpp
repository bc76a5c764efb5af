// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PinHasher.h"

#include <QCoreApplication>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace rebound::PinHasher {

namespace {
bool ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<void> validate(const QString& pin) {
    if (pin.size() < 4 || pin.size() > 8)
        return Error::invalid(QCoreApplication::translate("Core", "PIN: must be 4 to 8 digits"));
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return Error::invalid(QCoreApplication::translate("Core", "PIN: must contain digits only"));
    }
    return {};
}

Result<QString> hash(const QString& pin) {
    if (auto v = validate(pin); !v)
        return v.error();
    if (!ensureSodium())
        return Error::storage(QCoreApplication::translate("Core", "libsodium could not be initialised"));
    QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                         crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return Error::storage(QCoreApplication::translate("Core", "not enough memory to hash the PIN"));
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& pin) {
    if (!ensureSodium() || !validate(pin))
        return false;
    const QByteArray stored = storedHash.toLatin1();
    QByteArray utf8 = pin.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

} // namespace rebound::PinHasher
