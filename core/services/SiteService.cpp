// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SiteService.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
const QString HoursKey = u"business.hours"_s;
const QString ZoneKey = u"business.time_zone"_s;
} // namespace

Result<BusinessHours> SiteService::hours() {
    Query q = m_db.query(u"SELECT key, value FROM settings WHERE key IN (?, ?)"_s);
    q.bind(HoursKey).bind(ZoneKey);
    if (auto r = q.exec(); !r)
        return r.error();
    QString text;
    QString zone;
    while (q.next())
        (q.text(0) == HoursKey ? text : zone) = q.text(1);
    if (text.isEmpty())
        return BusinessHours();
    return BusinessHours::fromText(text, zone.toUtf8());
}

Status SiteService::settle(const Actor& by) {
    if (m_db.keepsOutbox())
        return {};
    return m_db.write([&]() -> Result<void> {
        Query q = m_db.query(u"SELECT count(*) FROM settings WHERE key IN (?, ?)"_s);
        q.bind(HoursKey).bind(ZoneKey);
        if (auto r = q.exec(); !r)
            return r;
        const QString zone = QString::fromUtf8(QTimeZone::systemTimeZone().id());
        if (!q.next() || q.integer(0) > 0 || !QTimeZone(zone.toUtf8()).isValid())
            return {};
        const QString text = BusinessHours().toText();
        for (const auto& [key, value] : {std::pair{HoursKey, text}, std::pair{ZoneKey, zone}}) {
            Query in = m_db.query(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
            in.bind(key).bind(value);
            if (auto r = in.exec(); !r)
                return r;
        }
        auto a = AuditLog(m_db, m_clock)
                     .append(by, AuditAction::BusinessHours, u"settings"_s, HoursKey,
                             {{u"before"_s, text}, {u"after"_s, text}, {u"time_zone"_s, zone}});
        if (!a)
            return a.error();
        return {};
    });
}

Status SiteService::setHours(const AuthenticatedEmployee& manager, const QString& text,
                             const QByteArray& zoneId) {
    if (manager.employee().role != Role::Manager)
        return Error::denied(
            QCoreApplication::translate("Core", "only a manager may change the opening hours"));
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "changing the opening hours")); !r)
        return r;
    auto parsed = BusinessHours::fromText(text, zoneId);
    if (!parsed)
        return parsed.error();
    auto before = hours();
    if (!before)
        return before.error();
    const QString zone = QString::fromUtf8(parsed->zone().id());
    if (before->toText() == parsed->toText() && before->zone() == parsed->zone())
        return {}; // unchanged: nothing written, nothing audited
    return m_db.write([&]() -> Result<void> {
        for (const auto& [key, value] : {std::pair{HoursKey, parsed->toText()}, std::pair{ZoneKey, zone}}) {
            Query q = m_db.query(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            q.bind(key).bind(value);
            if (auto r = q.exec(); !r)
                return r;
        }
        auto a =
            AuditLog(m_db, m_clock)
                .append(Actor::of(manager.employee()), AuditAction::BusinessHours, u"settings"_s, HoursKey,
                        {{u"before"_s, before->toText()},
                         {u"after"_s, parsed->toText()},
                         {u"time_zone"_s, zone}});
        if (!a)
            return a.error();
        return {};
    });
}

} // namespace rebound
