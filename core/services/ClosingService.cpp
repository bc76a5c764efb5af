// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClosingService.h"

#include "audit/Receipt.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "security/InstallationKey.h"
#include "services/SiteService.h"
#include "store/Database.h"
#include "store/RowStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

DayClosing closingFrom(qint64 entry, const QString& hash, const QString& at, const QString& actor,
                       const QByteArray& payload) {
    const QJsonObject p = QJsonDocument::fromJson(payload).object();
    return {QDate::fromString(p.value(u"date"_s).toString(), Qt::ISODate),
            entry,
            hash.toLatin1(),
            at,
            actor,
            p.value(u"totals"_s).toObject(),
            {},
            false};
}

Receipt receiptOf(const DayClosing& c) {
    Receipt r;
    r.kind = Receipt::Kind::Closing;
    r.date = c.date.toString(Qt::ISODate);
    r.entry = c.entry;
    r.hash = c.hash;
    r.totals = c.totals;
    r.at = c.closedAt;
    r.by = c.closedBy;
    return r;
}

} // namespace

Result<QDate> ClosingService::today() {
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    return m_clock.nowUtc().toTimeZone(hours->zone()).date();
}

Result<DayClosing> ClosingService::closeAs(const AuthenticatedEmployee& manager, QDate day) {
    if (manager.employee().role != Role::Manager)
        return Error::denied(QCoreApplication::translate("Core", "only a manager may close a day"));
    return close(Actor::of(manager.employee()), day);
}

Result<DayClosing> ClosingService::close(const Actor& by, QDate day) {
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    const QTimeZone zone = hours->zone();
    if (!day.isValid())
        return Error::invalidAt(u"date"_s, QCoreApplication::translate("Core", "date: not a date"));
    if (day > m_clock.nowUtc().toTimeZone(zone).date())
        return Error::invalidAt(
            u"date"_s,
            QCoreApplication::translate("Core", "date: %1 has not begun yet").arg(day.toString(Qt::ISODate)));
    auto already = closingOf(day);
    if (!already)
        return already.error();
    if (already.value())
        return reissue(**already);
    auto key = InstallationKey::loadOrCreate(InstallationKey::keyPathFor(m_db.localPath()));
    if (!key)
        return key.error();
    const QString from = TimeFormat::toStored(QDateTime(day, QTime(0, 0), zone).toUTC());
    const QString to = TimeFormat::toStored(QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC());
    auto closed = m_db.write([&]() -> Result<DayClosing> {
        // Checked again under the write lock: another counter may have closed the day meanwhile.
        auto meanwhile = closingOf(day);
        if (!meanwhile)
            return meanwhile.error();
        if (meanwhile.value())
            return Error::conflict(
                QCoreApplication::translate("Core", "%1 is already closed (audit entry %2)")
                    .arg(day.toString(Qt::ISODate))
                    .arg((*meanwhile)->entry));
        auto totals = count(from, to);
        if (!totals)
            return totals.error();
        Query head = m_db.query(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (auto r = head.exec(); !r)
            return r.error();
        const bool any = head.next();
        const QJsonObject payload{
            {u"date"_s, day.toString(Qt::ISODate)},
            {u"from"_s, from},
            {u"to"_s, to},
            {u"head_id"_s, any ? head.integer(0) : 0},
            {u"head_hash"_s, any ? head.text(1) : QString::fromLatin1(AuditLog::genesisHash())},
            {u"public_key"_s, QString::fromLatin1(key->publicKey().toHex())},
            {u"totals"_s, totals->toJson()}};
        auto entry = AuditLog(m_db, m_clock)
                         .append(by, AuditAction::DayClose, u"day"_s, day.toString(Qt::ISODate), payload);
        if (!entry)
            return entry.error();
        Query mine = m_db.query(u"SELECT hash, at, payload FROM audit_log WHERE id = ?"_s);
        mine.bind(*entry);
        if (auto r = mine.exec(); !r || !mine.next())
            return r ? Error::storage(u"the closing entry vanished"_s) : r.error();
        return closingFrom(*entry, mine.text(0), mine.text(1), by.name, mine.text(2).toUtf8());
    });
    if (!closed)
        return closed;
    Receipt receipt = receiptOf(*closed);
    receipt.signWith(*key);
    auto path = storeReceipt(InstallationKey::receiptsDirFor(m_db.localPath()), receipt);
    if (!path)
        return Error::storage(QCoreApplication::translate(
                                  "Core",
                                  "%1 is closed (audit entry %2), but its receipt could not be written: %3; "
                                  "close the day again to write it")
                                  .arg(day.toString(Qt::ISODate))
                                  .arg(closed->entry)
                                  .arg(path.error().message));
    DayClosing out = *closed;
    out.receiptPath = *path;
    return out;
}

// A day closes once; closing it again only writes its receipt if that is missing.
Result<DayClosing> ClosingService::reissue(const DayClosing& closed) {
    const QString dir = InstallationKey::receiptsDirFor(m_db.localPath());
    Receipt receipt = receiptOf(closed);
    const QString path = QDir(dir).filePath(receipt.fileName());
    if (QFile::exists(path))
        return Error::conflict(QCoreApplication::translate("Core", "%1 is already closed (audit entry %2)")
                                   .arg(closed.date.toString(Qt::ISODate))
                                   .arg(closed.entry));
    auto key = InstallationKey::load(InstallationKey::keyPathFor(m_db.localPath()));
    if (!key)
        return key.error();
    receipt.signWith(*key);
    auto written = storeReceipt(dir, receipt);
    if (!written)
        return written.error();
    DayClosing out = closed;
    out.receiptPath = *written;
    out.reissued = true;
    return out;
}

Result<DayTotals> ClosingService::count(const QString& from, const QString& to) {
    auto kinds = GestureKinds::load(m_db);
    if (!kinds)
        return kinds.error();
    RowStatement q(
        m_db, "SELECT a.action, a.actor, a.payload, i.playbook_version FROM audit_log a "
              "LEFT JOIN incidents i ON i.id = a.incident_id WHERE a.at >= ? AND a.at < ? "
              "AND a.action IN ('incident.open', 'compensation.give', 'compensation.approve') ORDER BY a.id");
    const QByteArray fromUtf8 = from.toUtf8(), toUtf8 = to.toUtf8();
    q.bind(1, fromUtf8);
    q.bind(2, toUtf8);
    DayTotals totals;
    while (q.next()) {
        const auto action = auditActionFromId(QString::fromLatin1(q.text(0)));
        if (action)
            totals.add(*action, q.text(1), q.text(2), q.isNull(3) ? 0 : q.integer(3), *kinds);
    }
    if (auto r = q.error(); !r)
        return r.error();
    return totals;
}

Result<QList<DayClosing>> ClosingService::closings() {
    Query q = m_db.query(
        u"SELECT id, hash, at, actor, payload FROM audit_log WHERE action = 'day.close' ORDER BY id"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<DayClosing> out;
    while (q.next())
        out.append(closingFrom(q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4).toUtf8()));
    return out;
}

Result<std::optional<DayClosing>> ClosingService::closingOf(QDate day) {
    Query q = m_db.query(
        u"SELECT id, hash, at, actor, payload FROM audit_log WHERE action = 'day.close' AND entity_id = ?"_s);
    q.bind(day.toString(Qt::ISODate));
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<DayClosing>();
    return std::optional<DayClosing>(
        closingFrom(q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4).toUtf8()));
}

Result<std::optional<DayClosing>> ClosingService::lastClosing() {
    auto all = closings();
    if (!all)
        return all.error();
    std::optional<DayClosing> last;
    for (const DayClosing& c : *all) {
        if (!last || c.date > last->date)
            last = c;
    }
    return last;
}

} // namespace rebound
