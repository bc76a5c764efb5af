// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AuditQuery.h"

#include "domain/TimeFormat.h"
#include "store/Database.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// Category, total and override are the entry's own copies, so filters and sorts need no join; the
// currency is read from the recovery only for the rows of one page.
const QString Select =
    uR"(SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.incident_id, a.category,
       a.total_minor, i.currency, a.override, a.payload
    FROM audit_log a LEFT JOIN incidents i ON i.id = a.incident_id)"_s;

// The WHERE clause and its values; only bound parameters, never text from the user in the SQL.
struct Where {
    QString sql;
    QVariantList values;
};

// Recoveries with a total of at least this many minor units have their entries indexed by total.
constexpr qint64 LargeTotalMinor = 10000;

// A PostgreSQL array literal of the first column of a query's rows: '{1,2,3}' or '{"A100","S200"}'.
QString arrayOf(Database& db, const QString& sql, const QVariantList& values, bool quoted) {
    Query q = db.query(sql);
    for (const QVariant& v : values)
        q.bind(v);
    QStringList items;
    if (q.exec()) {
        while (q.next()) {
            QString item = q.text(0);
            items << (quoted ? u'"' + item.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"' : item);
        }
    }
    return u'{' + items.join(u',') + u'}';
}

// byId: the caller walks the log in id order and the matches are dense, so the recovery-level terms
// (amount, search) are checked row by row (unary "+" keeps SQLite off their indexes) instead of
// gathering every match and sorting it for one page.
Where whereFor(const AuditFilter& f, Database& db, bool byId = false) {
    const Dialect& dialect = db.dialect();
    // (PostgreSQL has no unary "+" on text, and no need of it: its planner weighs the two orders itself)
    const QString plus = byId && !dialect.isServer() ? u"+"_s : QString();
    QStringList parts;
    Where w;
    if (f.from) {
        parts << u"a.at >= ?"_s;
        w.values << TimeFormat::localDayStartStored(*f.from);
    }
    if (f.to) {
        parts << u"a.at < ?"_s;
        w.values << TimeFormat::localDayStartStored(f.to->addDays(1));
    }
    if (f.employeeId) {
        // Through the (actor, id) index; the id check keeps a system actor of the same name out.
        parts << u"a.actor = (SELECT code FROM employees WHERE id = ?) AND a.actor_id = ?"_s;
        w.values << *f.employeeId << *f.employeeId;
    }
    if (f.action) {
        parts << u"a.action = ?"_s;
        w.values << auditActionText(*f.action);
    }
    if (!f.category.isEmpty()) {
        parts << u"a.category = ?"_s;
        w.values << f.category.toString();
    }
    if (f.minAmountMinor) {
        if (*f.minAmountMinor >= LargeTotalMinor) {
            // The literal lets SQLite use the partial index audit_log_large.
            parts << plus + u"a.total_minor >= ? AND "_s + plus +
                         u"a.total_minor >= %1"_s.arg(LargeTotalMinor);
        } else {
            // Small totals are most recoveries: find those recoveries first, then their entries.
            parts << plus + u"a.incident_id IN (SELECT id FROM incidents WHERE total_minor >= ?)"_s;
        }
        w.values << *f.minAmountMinor;
    }
    if (f.overridesOnly)
        parts << u"a.override = 1"_s;
    if (!f.site.isEmpty()) {
        // Through audit_log_site (site, id).
        parts << u"a.site = ?"_s;
        w.values << f.site;
    }
    if (f.upToId) {
        parts << u"a.id <= ?"_s;
        w.values << *f.upToId;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // Who and what a supervisor looks for: a customer (name, phone, email, account), a voucher code,
        // an employee (code or name) or a recovery number. Each branch is an index lookup.
        const QString escaped = Query::escapeLike(text);
        bool isNumber = false;
        const qint64 number = text.toLongLong(&isNumber);
        const QString customers = uR"((SELECT i.id FROM incidents i WHERE i.customer_id IN
                 (SELECT c.id FROM customers c WHERE c.name %1 ? ESCAPE '\' OR c.phone LIKE ? ESCAPE '\'
                  OR c.email LIKE ? ESCAPE '\' OR c.account_ref = ?)))"_s.arg(dialect.like());
        const QString vouchers =
            u"(SELECT incident_id FROM compensations WHERE voucher_code = ? AND voucher_code <> '')"_s;
        const QString staff =
            u"(SELECT code FROM employees WHERE code = ? OR name %1 ? ESCAPE '\\')"_s.arg(dialect.like());
        if (dialect.isServer()) {
            // PostgreSQL does not split an OR of IN (subquery) over indexes, and cannot guess how many a
            // subquery finds: the few recoveries and employees that match are found first, and their
            // lists bound as values make the two "= ANY" one bitmap OR over audit_log_incident and
            // audit_log_actor.
            const QString recoveries = arrayOf(db,
                                               customers.mid(1, customers.size() - 2) + u" UNION "_s +
                                                   vouchers.mid(1, vouchers.size() - 2),
                                               {QString(u'%' + escaped + u'%'), QString(escaped + u'%'),
                                                QString(escaped.toLower() + u'%'), text, text.toUpper()},
                                               false);
            const QString actors =
                arrayOf(db, staff.mid(1, staff.size() - 2), {text, QString(u'%' + escaped + u'%')}, true);
            parts
                << u"(a.incident_id = ANY (CAST(? AS BIGINT[])) OR a.incident_id = ? OR a.actor = ANY (CAST(? AS TEXT[])))"_s;
            w.values << recoveries << (isNumber ? number : qint64(-1)) << actors;
        } else {
            parts
                << u"(%1a.incident_id IN %2 OR %1a.incident_id IN %3 OR %1a.actor IN %4 OR %1a.incident_id = ?)"_s
                       .arg(plus, customers, vouchers, staff);
            w.values << QString(u'%' + escaped + u'%') << QString(escaped + u'%')
                     << QString(escaped.toLower() + u'%') << text << text.toUpper() << text
                     << QString(u'%' + escaped + u'%') << (isNumber ? number : qint64(-1));
        }
    }
    if (!parts.isEmpty())
        w.sql = u" WHERE "_s + parts.join(u" AND "_s);
    return w;
}

QString orderBy(AuditQuery::Column c, bool ascending) {
    const QString dir = ascending ? u" ASC"_s : u" DESC"_s;
    switch (c) {
    case AuditQuery::Column::Id:
    case AuditQuery::Column::At: // ids grow with time
        return u" ORDER BY a.id"_s + dir;
    case AuditQuery::Column::Actor: // each order below walks one index: no sort of millions of rows
        return u" ORDER BY a.actor"_s + dir + u", a.id"_s + dir;
    case AuditQuery::Column::Action:
        return u" ORDER BY a.action"_s + dir + u", a.id"_s + dir;
    case AuditQuery::Column::Recovery:
        return u" ORDER BY a.incident_id"_s + dir + u", a.id"_s + dir;
    case AuditQuery::Column::Category:
        return u" ORDER BY a.category"_s + dir + u", a.id"_s + dir;
    case AuditQuery::Column::Amount:
        return u" ORDER BY a.total_minor"_s + dir + u", a.id"_s + dir;
    }
    return {};
}

AuditRow readRow(const Query& q) {
    AuditRow r;
    r.id = q.integer(0);
    r.at = q.text(1);
    r.actor = q.text(2);
    r.actionId = q.text(3);
    r.action = auditActionFromId(r.actionId);
    r.entity = q.text(4);
    r.entityId = q.text(5);
    if (!q.isNull(6))
        r.incidentId = q.integer(6);
    r.category = CategoryId(q.text(7));
    if (!q.isNull(8))
        r.totalMinor = q.integer(8);
    r.currency = q.text(9);
    r.override = q.integer(10) != 0;
    r.payload = q.text(11);
    return r;
}

} // namespace

Result<qint64> AuditQuery::count(const AuditFilter& filter) {
    AuditFilter rest = filter;
    rest.upToId.reset();
    if (rest == AuditFilter{}) {
        // Ids run from 1 without a gap (verify() checks it), so the whole log up to an id is that many
        // entries: no count over millions of rows.
        if (filter.upToId)
            return *filter.upToId;
        return lastId();
    }
    const Where w = whereFor(filter, m_db);
    Query q = m_db.query(u"SELECT count(*) FROM audit_log a"_s + w.sql);
    for (const QVariant& v : w.values)
        q.bind(v);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

Result<QList<AuditRow>> AuditQuery::page(const AuditFilter& filter, Column sortBy, bool ascending,
                                         qint64 offset, int limit, qint64 total) {
    // Dense matches (one entry in a hundred or more) are found fastest by walking the log in id order.
    const bool byId = (sortBy == Column::Id || sortBy == Column::At) && total > 0 && filter.upToId &&
                      total * 100 >= *filter.upToId;
    const Where w = whereFor(filter, m_db, byId);
    QList<AuditRow> rows;
    // Near the end, read the reversed order from its start: "jump to the last row" costs what the first does.
    const bool fromEnd = total > 0 && offset > total / 2;
    qint64 skip = offset;
    int take = limit;
    if (fromEnd) {
        const qint64 end = std::min(total, offset + limit);
        skip = total - end;
        take = int(end - offset);
    }
    QString order = orderBy(sortBy, fromEnd ? !ascending : ascending);
    // Sparse matches on the server: PostgreSQL would walk the whole log in id order hoping to meet them
    // soon; "+ 0" makes it gather them through their indexes and sort the few.
    if (m_db.dialect().isServer() && !byId && (sortBy == Column::Id || sortBy == Column::At))
        order.replace(u"a.id"_s, u"(a.id + 0)"_s);
    Query q = m_db.query(Select + w.sql + order + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant& v : w.values)
        q.bind(v);
    q.bind(take).bind(skip);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next())
        rows.append(readRow(q));
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<AuditRow>> AuditQuery::history(qint64 incidentId) {
    Query q = m_db.query(Select + u" WHERE a.incident_id = ? ORDER BY a.id"_s);
    q.bind(incidentId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<AuditRow> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<qint64> AuditQuery::lastId() {
    Query q = m_db.query(u"SELECT coalesce(max(id), 0) FROM audit_log"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

Result<QStringList> AuditQuery::sites() {
    Query q = m_db.query(u"SELECT DISTINCT site FROM counters WHERE site <> '' ORDER BY site"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

Result<QList<AuditAction>> AuditQuery::actions() {
    // One index seek per distinct action instead of a scan of every entry.
    Query q = m_db.query(uR"(WITH RECURSIVE seen(action) AS (
            SELECT min(action) FROM audit_log
            UNION ALL
            SELECT (SELECT min(action) FROM audit_log WHERE action > seen.action) FROM seen
            WHERE seen.action IS NOT NULL)
        SELECT action FROM seen WHERE action IS NOT NULL)"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<AuditAction> out;
    while (q.next()) {
        if (const auto action = auditActionFromId(q.text(0)))
            out << *action;
    }
    return out;
}

} // namespace rebound
