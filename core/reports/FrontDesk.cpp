// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/FrontDesk.h"

#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound {

Result<QList<OpenRecovery>> FrontDesk::openRecoveries(int limit) {
    Query q = m_db.query(
        uR"(SELECT i.id, c.name, i.category, i.severity, i.status, i.opened_at, i.follow_up_scheduled_at,
               (SELECT min(f.due_at) FROM follow_ups f WHERE f.incident_id = i.id AND f.done_at IS NULL), e.name
        FROM incidents i JOIN customers c ON c.id = i.customer_id JOIN employees e ON e.id = i.opened_by
        WHERE i.status <> 'closed' ORDER BY i.opened_at DESC LIMIT ?)"_s);
    q.bind(limit);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<OpenRecovery> out;
    while (q.next()) {
        out.append({q.integer(0), q.text(1), CategoryId(q.text(2)), SeverityId(q.text(3)), q.text(4),
                    TimeFormat::fromStored(q.text(5)), TimeFormat::fromStored(q.text(6)),
                    TimeFormat::fromStored(q.text(7)), q.text(8)});
    }
    return out;
}

Result<QList<DueFollowUp>> FrontDesk::followUpsDue(int limit) {
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    Query q = m_db.query(
        uR"(SELECT f.id, f.incident_id, c.name, c.phone, c.email, f.channel, i.category, f.due_at, o.name
        FROM follow_ups f JOIN incidents i ON i.id = f.incident_id JOIN customers c ON c.id = i.customer_id
        JOIN employees o ON o.id = f.owner_id
        WHERE f.done_at IS NULL AND f.due_at < ? ORDER BY f.due_at LIMIT ?)"_s);
    q.bind(TimeFormat::localDayStartStored(today.addDays(1))).bind(limit);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<DueFollowUp> out;
    while (q.next()) {
        // The schema's CHECK admits only known channels.
        out.append({q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4),
                    channelFromId(q.text(5)).value_or(Channel::InPerson), CategoryId(q.text(6)),
                    TimeFormat::fromStored(q.text(7)), q.text(8)});
    }
    return out;
}

namespace {
const QString PastColumns = uR"(SELECT i.id, i.opened_at, i.category, i.severity, i.description, i.currency,
               (SELECT coalesce(sum(x.amount_minor), 0) FROM compensations x WHERE x.incident_id = i.id
                AND NOT EXISTS (SELECT 1 FROM amendments w WHERE w.compensation_id = x.id)), i.satisfaction,
               c.name, i.status
        FROM incidents i JOIN customers c ON c.id = i.customer_id )"_s;

PastRecovery pastFrom(const Query& q) {
    PastRecovery p{
        q.integer(0), TimeFormat::fromStored(q.text(1)), CategoryId(q.text(2)), SeverityId(q.text(3)),
        q.text(4),    Money(q.integer(6), q.text(5)),    std::nullopt,          q.text(8),
        q.text(9)};
    if (!q.isNull(7))
        p.satisfaction = int(q.integer(7));
    return p;
}
} // namespace

Result<QList<PastRecovery>> FrontDesk::findRecoveries(const QString& typed, int limit) {
    const QString text = typed.trimmed();
    static const QRegularExpression number(u"^#?(\\d{1,12})$"_s);
    static const QRegularExpression voucher(u"^RB-\\w{4}-\\w{4}$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        day = QLocale().toDate(text, QLocale::ShortFormat);
    QString where = u"WHERE 0"_s; // nothing the counter would search a recovery by
    QVariantList values;
    if (const auto m = number.match(text); m.hasMatch()) {
        where = u"WHERE i.id = ?"_s;
        values << m.captured(1).toLongLong();
    } else if (day.isValid()) {
        where = u"WHERE i.opened_at >= ? AND i.opened_at < ? ORDER BY i.opened_at DESC LIMIT ?"_s;
        values << TimeFormat::localDayStartStored(day) << TimeFormat::localDayStartStored(day.addDays(1))
               << limit;
    } else if (voucher.match(text).hasMatch()) {
        where = u"WHERE i.id IN (SELECT incident_id FROM compensations WHERE voucher_code = ?)"_s;
        values << text.toUpper();
    }
    Query q = m_db.query(PastColumns + where);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<PastRecovery> out;
    while (q.next())
        out.append(pastFrom(q));
    return out;
}

Result<QList<PastRecovery>> FrontDesk::history(qint64 customerId, int limit) {
    Query q = m_db.query(PastColumns + u"WHERE i.customer_id = ? ORDER BY i.opened_at DESC LIMIT ?"_s);
    q.bind(customerId).bind(limit);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<PastRecovery> out;
    while (q.next())
        out.append(pastFrom(q));
    return out;
}

Result<QList<GivenGesture>> FrontDesk::gestures(qint64 incidentId) {
    Query q = m_db.query(u"SELECT c.id, c.item, c.amount_minor, c.currency, c.voucher_code, "
                         "EXISTS (SELECT 1 FROM amendments w WHERE w.compensation_id = c.id) "
                         "FROM compensations c WHERE c.incident_id = ? ORDER BY c.id"_s);
    q.bind(incidentId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<GivenGesture> out;
    while (q.next())
        out.append({q.integer(0), q.text(1), Money(q.integer(2), q.text(3)), q.text(4), q.integer(5) != 0});
    return out;
}

} // namespace rebound
