// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

#include <sys/types.h>

namespace rebound {

// What a database file is and where it lives, learned by name alone (stat, statfs), never by opening it:
// closing any other descriptor of the file would drop every POSIX lock SQLite holds on it in this
// process, and the next process to close its connection would then delete the WAL still in use here.
class DatabaseFile final {
public:
    // The name SQLite really opens: symbolic links resolved (its WAL is named after the file they lead to).
    static QString realPath(const QString& path);
    // The folder's file system can carry SQLite's locks and WAL's shared memory: not NFS, SMB and the like.
    static Result<void> checkFileSystem(const QString& path);
    // The name of the network file system a statfs magic number stands for; empty for a local one.
    static QString networkFileSystem(long magic);
    // A regular file with one name: a second hard link would give the same file a second WAL.
    static Result<void> checkLinks(const QString& path);
    // The file the name now points at, remembered, with its WAL when it has one already.
    static Result<DatabaseFile> identify(const QString& path);

    // The name still points at the file that was opened, and its WAL is the one it had; refused with
    // Error::Code::Moved otherwise, before anything is written into a file nobody will read again.
    Result<void> stillInPlace() const;
    // Remembers the WAL as it is now, unless one is remembered already (it comes back after a bulk load).
    void noteWal();
    void forgetWal() { m_walInode = 0; }

private:
    QString m_path;
    dev_t m_device = 0;
    ino_t m_inode = 0;
    ino_t m_walInode = 0; // 0: not known
};

} // namespace rebound
