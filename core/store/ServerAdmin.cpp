// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerAdmin.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound {

Result<void> ServerAdmin::grantApplicationRole(const QString& role) {
    if (m_db.backend() != Database::Backend::Server)
        return Error::invalid(
            QCoreApplication::translate("Core", "an application role exists only on a central server"));
    // Spliced into DDL, so only a plain lower-case identifier.
    static const QRegularExpression Plain(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!Plain.match(role).hasMatch())
        return Error::invalidAt(
            u"app-role"_s,
            QCoreApplication::translate("Core", "--app-role: %1 is not a plain role name (a-z, 0-9, _)")
                .arg(role));
    return m_db.write([&]() -> Result<void> {
        QString database;
        {
            Query q = m_db.query(u"SELECT current_database()"_s);
            if (auto r = q.exec(); !r)
                return r;
            if (!q.next())
                return Error::storage(u"current_database() returned nothing"_s);
            database = q.text(0);
        }
        const QStringList statements = {
            uR"(DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; END IF;
                END $$)"_s.arg(role),
            u"GRANT CONNECT ON DATABASE \"%1\" TO %2"_s.arg(QString(database).replace(u'"', u"\"\""_s), role),
            u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(role),
            u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role),
            u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(role),
            // The audit log: read and append, never change or remove.
            u"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1"_s.arg(role),
            u"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON rebound_meta FROM %1"_s.arg(role),
        };
        for (const QString& sql : statements) {
            if (auto r = m_db.execute(sql); !r)
                return Error::of(r.error().code,
                                 QCoreApplication::translate("Core", "granting %1 its rights failed: %2")
                                     .arg(role, r.error().message));
        }
        return {};
    });
}

Result<ServerStatus> ServerAdmin::status() {
    ServerStatus out;
    out.schemaVersion = m_db.schemaVersion();
    {
        Query q =
            m_db.query(u"SELECT name, site, first_seen, last_write FROM counters ORDER BY site, name"_s);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next())
            out.counters.append({q.text(0), q.text(1), q.text(2), q.text(3)});
    }
    {
        // Each site's recoveries lie together in incidents_site: one skip per site.
        Query q = m_db.query(u"SELECT site FROM counters UNION SELECT DISTINCT site FROM incidents "
                             u"WHERE site <> '' ORDER BY 1"_s);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next())
            out.sites.append(q.text(0));
    }
    {
        Query q = m_db.query(
            u"SELECT (SELECT count(*) FROM incidents), (SELECT coalesce(max(id), 0) FROM audit_log)"_s);
        if (auto r = q.exec(); !r)
            return r.error();
        if (q.next()) {
            out.recoveries = q.integer(0);
            out.auditEntries = q.integer(1);
        }
    }
    return out;
}

} // namespace rebound
