// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/BackupService.h"

#include "audit/AuditLog.h"
#include "audit/Receipt.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound {

Result<BackupDone> BackupService::backup(const AuthenticatedEmployee& by, const QString& outPath) {
    if (by.employee().role == Role::Associate)
        return Error::denied(
            QCoreApplication::translate("Core", "only a supervisor or a manager may back up the database"));
    if (auto r = m_db.backupTo(outPath); !r)
        return r.error();
    // The head the copy holds, read from the copy itself.
    BackupDone done;
    QString headHash;
    {
        auto copy = Database::open(outPath, Database::OpenMode::ExistingOnly);
        if (!copy)
            return copy.error();
        Query q = (*copy)->query(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (auto r = q.exec(); !r)
            return r.error();
        if (q.next()) {
            done.head = q.integer(0);
            headHash = q.text(1);
        }
    }
    const QString file = QFileInfo(outPath).absoluteFilePath();
    const Actor actor = Actor::of(by.employee());
    auto audited = m_db.write([&]() -> Result<qint64> {
        return AuditLog(m_db, m_clock)
            .append(actor, AuditAction::Backup, u"database"_s, {},
                    {{u"file"_s, file}, {u"head_id"_s, done.head}, {u"head_hash"_s, headHash}});
    });
    if (!audited)
        return audited.error();
    if (done.head == 0)
        return done;
    auto receipt = writeHeadReceipt(m_db, Receipt::Kind::Backup, done.head, actor.name, file,
                                    TimeFormat::toStored(m_clock.nowUtc()));
    if (!receipt)
        return receipt.error();
    done.receiptPath = receipt.value();
    return done;
}

} // namespace rebound
