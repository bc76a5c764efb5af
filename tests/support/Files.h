// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rebound::test {

// SHA-256 of a file's bytes: "left byte for byte as it was" is checked with this.
QByteArray digest(const QString& path);
// Makes a database claim a schema version through a connection of its own, checkpointed into the file,
// as a newer Rebound would leave it.
void setSchemaVersion(const QString& path, int version);
// Runs SQL on a database file behind the application's back, as someone with the sqlite3 shell could.
void tamper(const QString& path, const QStringList& statements);
// One number read from a database file through a connection of its own.
qint64 scalarIn(const QString& path, const QString& sql);
// The database's files (it, its -wal, -shm and -journal) that process `pid` (0: this one) still holds open
// after they were deleted: a -wal or -shm listed here was removed under a connection still writing into it.
QStringList deletedButHeld(const QString& database, qint64 pid = 0);

} // namespace rebound::test
