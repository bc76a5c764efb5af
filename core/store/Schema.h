// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rebound::Schema {

// The version a database reaches after every migration (Database::SchemaVersion).
constexpr int LastVersion = 8;

// The statements that take a database from version (target - 1) to target.
QStringList migrationTo(int target);

// The whole schema on a central PostgreSQL server, at Database::SchemaVersion: the same tables, columns
// and indexes as a migrated file, bigint where SQLite says INTEGER, and the audit log insert-only.
QStringList server();

// The statements that take a server from version (target - 1) to target; the first server schema was
// version 7, so nothing below 8.
QStringList serverMigrationTo(int target);

} // namespace rebound::Schema
