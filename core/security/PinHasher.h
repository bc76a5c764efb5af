// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace rebound::PinHasher {

// A PIN as typed: 4 to 12 digits (PINs chosen before the length rules keep working); the message names
// what is wrong without echoing it.
Result<void> validate(const QString& pin);

// What a new PIN must be so that a copy of the database stolen with its hashes holds out (the arithmetic
// is in the README): at least MinimumLength(role) digits, and nothing a guesser tries first — one digit
// repeated, a run up or down, a shorter pattern repeated, the employee's own code.
constexpr int AssociateLength = 8;
constexpr int SupervisorLength = 10; // supervisors and managers
constexpr int MaximumLength = 12;
int minimumLength(Role role);
Result<void> checkNew(const QString& pin, Role role, const QString& code);

// Argon2id's cost: passes over memory, and the memory each guess must fill.
struct Cost {
    unsigned long long passes;
    std::size_t memoryBytes;
};
// Three passes over 128 MiB: about 0.2 s a guess on one core.
constexpr Cost StandardCost{3, std::size_t(128) << 20};
// For test binaries only, so thousands of staff set-ups stay fast; the app never calls it.
void setCostForTests(const Cost& cost);
Cost cost();

// libsodium Argon2id ("$argon2id$..."), salted, at cost().
Result<QString> hash(const QString& pin);
bool verify(const QString& storedHash, const QString& pin);

} // namespace rebound::PinHasher
