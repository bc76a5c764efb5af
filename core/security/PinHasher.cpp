// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PinHasher.h"

#include <QCoreApplication>

#include <atomic>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace rebound::PinHasher {

namespace {
bool ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::atomic<unsigned long long> g_passes = StandardCost.passes;
std::atomic<std::size_t> g_memory = StandardCost.memoryBytes;

// The digits step by the same +1 or -1 throughout ("2345678901", "9876543210").
bool isRun(const QString& pin) {
    for (const int step : {1, 9}) {
        bool run = true;
        for (qsizetype i = 1; i < pin.size() && run; ++i)
            run = (pin[i].digitValue() - pin[i - 1].digitValue() + 10) % 10 == step;
        if (run)
            return true;
    }
    return false;
}

// A shorter block repeated to the end ("11111111", "12121212", "1234512345").
bool isRepeated(const QString& pin) {
    for (qsizetype block = 1; block <= pin.size() / 2; ++block) {
        if (pin.size() % block == 0 && pin == pin.left(block).repeated(pin.size() / block))
            return true;
    }
    return false;
}
} // namespace

Result<void> validate(const QString& pin) {
    if (pin.size() < 4 || pin.size() > MaximumLength)
        return Error::invalidAt(
            u"pin"_s, QCoreApplication::translate("Core", "PIN: must be 4 to %1 digits").arg(MaximumLength));
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return Error::invalidAt(u"pin"_s,
                                    QCoreApplication::translate("Core", "PIN: must contain digits only"));
    }
    return {};
}

int minimumLength(Role role) {
    return role == Role::Associate ? AssociateLength : SupervisorLength;
}

Result<void> checkNew(const QString& pin, Role role, const QString& code) {
    if (auto v = validate(pin); !v)
        return v;
    if (pin.size() < minimumLength(role))
        return Error::invalidAt(u"pin"_s,
                                QCoreApplication::translate("Core", "PIN: at least %1 digits for this role")
                                    .arg(minimumLength(role)));
    if (isRepeated(pin) || isRun(pin) || pin == code)
        return Error::invalidAt(
            u"pin"_s,
            QCoreApplication::translate("Core", "PIN: too easy to guess (a digit or a pattern repeated, a "
                                                "run up or down, or the employee's code); choose another"));
    return {};
}

void setCostForTests(const Cost& cost) {
    g_passes = cost.passes;
    g_memory = cost.memoryBytes;
}

Cost cost() {
    return {g_passes, g_memory};
}

Result<QString> hash(const QString& pin) {
    if (auto v = validate(pin); !v)
        return v.error();
    if (!ensureSodium())
        return Error::storage(QCoreApplication::translate("Core", "libsodium could not be initialised"));
    QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                         g_passes, g_memory, crypto_pwhash_ALG_ARGON2ID13);
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
