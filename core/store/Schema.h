// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rebound::Schema {

// The statements that take a database from version (target - 1) to target.
QStringList migrationTo(int target);

} // namespace rebound::Schema
