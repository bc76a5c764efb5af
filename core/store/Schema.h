// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rebound::Schema {

// The statements that take a database from version (target - 1) to target.
QStringList migrationTo(int target);

// The whole schema on a central PostgreSQL server, at Database::SchemaVersion: the same tables, columns
// and indexes as a migrated file, bigint where SQLite says INTEGER, and the audit log insert-only.
QStringList server();

} // namespace rebound::Schema
