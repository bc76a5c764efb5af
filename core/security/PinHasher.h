// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace rebound::PinHasher {

// A PIN is 4 to 8 digits; the message names what is wrong without echoing it.
Result<void> validate(const QString& pin);
// libsodium Argon2id ("$argon2id$..."), salted, at the interactive cost.
Result<QString> hash(const QString& pin);
bool verify(const QString& storedHash, const QString& pin);

} // namespace rebound::PinHasher
