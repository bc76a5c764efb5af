// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/vfs.h>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// stat() by name: no descriptor is opened, so no lock of this process is touched.
bool statOf(const QString& path, struct stat& st) {
    return ::stat(QFile::encodeName(path).constData(), &st) == 0;
}

Error moved(const QString& path) {
    return Error::of(Error::Code::Moved,
                     QCoreApplication::translate(
                         "Core",
                         "the database file %1 was moved, replaced or deleted while it was open, "
                         "and nothing more is written to it; its latest changes may still be in "
                         "%1-wal: put the file back, and close every program using it before moving it")
                         .arg(path));
}

} // namespace

QString DatabaseFile::realPath(const QString& path) {
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

QString DatabaseFile::networkFileSystem(long magic) {
    // Linux's statfs magic numbers (linux/magic.h and the file systems' own headers).
    switch (static_cast<unsigned long>(magic) & 0xffffffffUL) {
    case 0x6969UL:
        return u"NFS"_s;
    case 0x517bUL:
    case 0xfe534d42UL:
        return u"SMB"_s;
    case 0xff534d42UL:
        return u"CIFS"_s;
    case 0x5346414fUL:
        return u"AFS"_s;
    case 0x6b414653UL:
        return u"AFS (kAFS)"_s;
    case 0x01021997UL:
        return u"9P"_s;
    case 0x00c36400UL:
        return u"Ceph"_s;
    case 0x65735546UL:
        return u"FUSE (sshfs, a cloud drive or another user-space file system)"_s;
    case 0x564c:
        return u"NCP"_s;
    case 0x47504653UL:
        return u"GPFS"_s;
    case 0x0bd00bd0UL:
        return u"Lustre"_s;
    default:
        return {};
    }
}

Result<void> DatabaseFile::checkFileSystem(const QString& path) {
    struct statfs fs {};
    const QString folder = QFileInfo(realPath(path)).absolutePath();
    if (::statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return Error::storage(QCoreApplication::translate("Core", "cannot open database %1: %2")
                                  .arg(path, QString::fromLocal8Bit(strerror(errno))));
    const QString network = networkFileSystem(long(fs.f_type));
    if (network.isEmpty())
        return {};
    return Error::storage(
        QCoreApplication::translate("Core", "cannot open database %1: it is on a network file system (%2), "
                                            "whose locks SQLite cannot trust; keep the database on this "
                                            "computer's own disk, or share a central server")
            .arg(path, network));
}

Result<void> DatabaseFile::checkLinks(const QString& path) {
    struct stat st {};
    if (!statOf(realPath(path), st))
        return {};
    if (!S_ISREG(st.st_mode))
        return Error::storage(
            QCoreApplication::translate("Core", "cannot open database %1: it is not a regular file")
                .arg(path));
    if (st.st_nlink > 1)
        return Error::storage(QCoreApplication::translate(
                                  "Core", "cannot open database %1: the file has %2 names (hard links), "
                                          "and each name would get a log of its own; keep one")
                                  .arg(path)
                                  .arg(qulonglong(st.st_nlink)));
    return {};
}

Result<DatabaseFile> DatabaseFile::identify(const QString& path) {
    struct stat st {};
    const QString real = realPath(path);
    if (!statOf(real, st))
        return moved(path);
    DatabaseFile file;
    file.m_path = real;
    file.m_device = st.st_dev;
    file.m_inode = st.st_ino;
    file.noteWal();
    return file;
}

void DatabaseFile::noteWal() {
    if (m_walInode != 0)
        return;
    struct stat st {};
    m_walInode = statOf(m_path + u"-wal"_s, st) ? st.st_ino : 0;
}

Result<void> DatabaseFile::stillInPlace() const {
    struct stat st {};
    if (!statOf(m_path, st) || st.st_dev != m_device || st.st_ino != m_inode)
        return moved(m_path);
    if (m_walInode == 0)
        return {};
    // While a connection is open its WAL stays; gone or another file means someone removed it under us.
    if (!statOf(m_path + u"-wal"_s, st) || st.st_ino != m_walInode)
        return Error::of(Error::Code::Moved,
                         QCoreApplication::translate(
                             "Core", "the write-ahead log %1-wal was deleted or replaced while the database "
                                     "was open, so what is written now would be lost; nothing more is "
                                     "written: close every Rebound and reboundctl on it, then open it again")
                             .arg(m_path));
    return {};
}

} // namespace rebound
