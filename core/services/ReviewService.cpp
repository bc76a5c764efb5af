// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReviewService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/FollowUpOutcome.h"
#include "domain/TimeFormat.h"
#include "services/PlaybookService.h"
#include "services/SiteService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
// An employee's day is kept with their weeks ("employee-week": a spend over a period), its ref ending
// in ":day".
QString kindId(ReviewItem::Kind k) {
    return k == ReviewItem::Kind::EmployeeWeek || k == ReviewItem::Kind::EmployeeDay ||
                   k == ReviewItem::Kind::Void || k == ReviewItem::Kind::FailedSignIns ||
                   k == ReviewItem::Kind::Breach || k == ReviewItem::Kind::CopyRefused
               ? u"employee-week"_s
               : u"incident"_s;
}

// A recovery to review, from a row of: id, opened_at, employee, customer, category, total, currency,
// override, site.
ReviewItem incidentItem(const Query& q) {
    ReviewItem item;
    item.incidentId = q.integer(0);
    item.ref = QString::number(item.incidentId);
    item.when = TimeFormat::fromStored(q.text(1));
    item.employee = q.text(2);
    item.customer = q.text(3);
    item.category = CategoryId(q.text(4));
    item.amount = Money(q.integer(5), q.text(6));
    item.site = q.text(8);
    return item;
}

} // namespace

Result<void> requireSupervisor(const AuthenticatedEmployee& by) {
    if (by.employee().role == Role::Associate)
        return Error::denied(QCoreApplication::translate(
            "Core", "only supervisors and managers may use the supervisor workspace"));
    return {};
}

Result<Money> ReviewService::threshold() {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    Query q = m_db.query(u"SELECT value FROM settings WHERE key = 'review.threshold_minor'"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    return Money(q.next() ? q.text(0).toLongLong() : DefaultThresholdMinor, pb->playbook->currency());
}

Result<void> ReviewService::setThreshold(const AuthenticatedEmployee& by, const Money& amount) {
    if (auto r = requireSupervisor(by); !r)
        return r;
    if (amount.minor() <= 0)
        return Error::invalid(QCoreApplication::translate("Core", "threshold: must be more than zero"));
    return m_db.write([&]() -> Result<void> {
        Query q = m_db.query(u"INSERT INTO settings (key, value) VALUES ('review.threshold_minor', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.bind(QString::number(amount.minor()));
        if (auto r = q.exec(); !r)
            return r;
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(by.employee()), AuditAction::ReviewThreshold, u"settings"_s,
                             u"review.threshold"_s, {{u"amount"_s, amount.toDecimalString()}});
        if (!a)
            return a.error();
        return {};
    });
}

Result<QList<ReviewItem>> ReviewService::queue(const AuthenticatedEmployee& by, const QString& site) {
    if (auto r = requireSupervisor(by); !r)
        return r.error();
    auto limit = threshold();
    if (!limit)
        return limit.error();
    QList<ReviewItem> out;
    {
        Query q = m_db.query(
            uR"(SELECT i.id, i.opened_at, e.name, c.name, i.category, i.total_minor, i.currency, i.override, i.site
            FROM incidents i JOIN employees e ON e.id = i.opened_by JOIN customers c ON c.id = i.customer_id
            WHERE (i.override = 1 OR i.total_minor >= ?) AND (? = '' OR i.site = ?)
              AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'incident' AND r.ref = CAST(i.id AS TEXT))
            ORDER BY i.opened_at DESC LIMIT 500)"_s);
        q.bind(limit->minor()).bind(site).bind(site);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next()) {
            ReviewItem item = incidentItem(q);
            item.kind = q.integer(7) ? ReviewItem::Kind::Override : ReviewItem::Kind::HighAmount;
            item.reason =
                item.kind == ReviewItem::Kind::Override
                    ? u"needed a supervisor's override"_s
                    : QCoreApplication::translate("Core", "gave %1 or more").arg(limit->toDisplayString());
            out.append(item);
        }
    }
    if (auto r = offlineItems(site, out); !r)
        return r.error();
    if (auto r = voidItems(site, out); !r)
        return r.error();
    if (auto r = signInItems(out); !r)
        return r.error();
    if (auto r = breachItems(site, out); !r)
        return r.error();
    if (auto r = copyItems(site, out); !r)
        return r.error();
    if (auto r = weekItems(limit->currency(), out); !r)
        return r.error();
    return out;
}

Result<void> ReviewService::weekItems(const QString& currency, QList<ReviewItem>& out) {
    // Weeks start on Monday in the business's zone; compare this week with the average of the eight before.
    // Voided gestures count: they were handed over before they were voided.
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    const QDate today = hours->businessDate(m_clock.nowUtc());
    const QDate weekStart = today.addDays(1 - today.dayOfWeek());
    const QString thisWeek = hours->dayStartStored(weekStart);
    const QString eightBefore = hours->dayStartStored(weekStart.addDays(-56));
    Query q = m_db.query(uR"(SELECT e.id, e.name,
               coalesce(sum(CASE WHEN c.given_at >= ? THEN c.amount_minor END), 0),
               coalesce(sum(CASE WHEN c.given_at < ? THEN c.amount_minor END), 0)
        FROM compensations c JOIN employees e ON e.id = c.given_by
        WHERE c.given_at >= ? GROUP BY e.id, e.name)"_s);
    q.bind(thisWeek).bind(thisWeek).bind(eightBefore);
    if (auto r = q.exec(); !r)
        return r;
    QList<ReviewItem> weeks;
    while (q.next()) {
        const qint64 now = q.integer(2);
        const qint64 before = q.integer(3); // over eight weeks
        if (now <= 0 || now * 8 <= 2 * before)
            continue;
        ReviewItem item;
        item.kind = ReviewItem::Kind::EmployeeWeek;
        item.ref = u"%1:%2"_s.arg(q.integer(0)).arg(weekStart.toString(Qt::ISODate));
        item.when = TimeFormat::fromStored(thisWeek);
        item.employee = q.text(1);
        item.amount = Money(now, currency);
        item.reason = QCoreApplication::translate(
                          "Core", "spent %1 this week; the weekly average of the previous eight weeks is %2")
                          .arg(item.amount.toDisplayString(), Money(before / 8, currency).toDisplayString());
        weeks.append(item);
    }
    for (const ReviewItem& w : std::as_const(weeks)) {
        Query done = m_db.query(u"SELECT count(*) FROM reviews WHERE kind = 'employee-week' AND ref = ?"_s);
        done.bind(w.ref);
        if (auto r = done.exec(); !r)
            return r;
        if (done.next() && done.integer(0) == 0)
            out.prepend(w);
    }
    return {};
}

Result<void> ReviewService::breachItems(const QString& site, QList<ReviewItem>& out) {
    Query q = m_db.query(
        uR"(SELECT b.id, b.found_at, g.name, cu.name, i.category, b.over_minor, i.currency, i.site, b.employee_id,
               b.rule, i.id, i.counter
        FROM breaches b JOIN incidents i ON i.id = b.incident_id JOIN employees g ON g.id = b.employee_id
            JOIN customers cu ON cu.id = i.customer_id
        WHERE (? = '' OR i.site = ?)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'employee-week'
                          AND r.ref = CAST(b.employee_id AS TEXT) || ':breach:' || CAST(b.id AS TEXT))
        ORDER BY b.id DESC LIMIT 500)"_s);
    q.bind(site).bind(site);
    if (auto r = q.exec(); !r)
        return r;
    while (q.next()) {
        ReviewItem item;
        item.kind = ReviewItem::Kind::Breach;
        item.ref = u"%1:breach:%2"_s.arg(q.integer(8)).arg(q.integer(0));
        item.incidentId = q.integer(10);
        item.when = TimeFormat::fromStored(q.text(1));
        item.employee = q.text(2);
        item.customer = q.text(3);
        item.category = CategoryId(q.text(4));
        item.amount = Money(q.integer(5), q.text(6));
        item.site = q.text(7);
        item.reason =
            q.text(9) == u"offline_allowance"_s
                ? QCoreApplication::translate("Core", "breach at counter %1: %2 over the day's offline "
                                                      "allowance")
                      .arg(q.text(11), item.amount.toDisplayString())
                : QCoreApplication::translate("Core", "breach at counter %1: %2 over their authority, "
                                                      "with no approval from an active supervisor")
                      .arg(q.text(11), item.amount.toDisplayString());
        out.append(item);
    }
    return {};
}

Result<void> ReviewService::copyItems(const QString& site, QList<ReviewItem>& out) {
    Query q = m_db.query(uR"(SELECT a.id, a.at, a.entity_id, a.payload, a.site FROM audit_log a
        WHERE a.action = 'copy.refused' AND (? = '' OR a.site = ?)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'employee-week'
                          AND r.ref = 'copy:' || CAST(a.id AS TEXT))
        ORDER BY a.id DESC LIMIT 500)"_s);
    q.bind(site).bind(site);
    if (auto r = q.exec(); !r)
        return r;
    while (q.next()) {
        ReviewItem item;
        item.kind = ReviewItem::Kind::CopyRefused;
        item.ref = u"copy:%1"_s.arg(q.integer(0));
        item.when = TimeFormat::fromStored(q.text(1));
        item.site = q.text(4);
        const QString reason =
            QJsonDocument::fromJson(q.text(3).toUtf8()).object().value(u"reason"_s).toString();
        item.reason =
            QCoreApplication::translate("Core", "the offline copy of counter %1 failed its own check "
                                                "and sends nothing: %2")
                .arg(q.text(2), reason);
        out.append(item);
    }
    return {};
}

Result<void> ReviewService::voidItems(const QString& site, QList<ReviewItem>& out) {
    Query q = m_db.query(
        uR"(SELECT a.id, a.amended_at, g.name, cu.name, i.category, c.amount_minor, c.currency, i.site, c.given_by,
               a.reason, v.name, i.id
        FROM amendments a JOIN compensations c ON c.id = a.compensation_id JOIN incidents i ON i.id = a.incident_id
            JOIN employees g ON g.id = c.given_by JOIN employees v ON v.id = a.amended_by
            JOIN customers cu ON cu.id = i.customer_id
        WHERE a.compensation_id IS NOT NULL AND (? = '' OR i.site = ?)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'employee-week'
                          AND r.ref = CAST(c.given_by AS TEXT) || ':void:' || CAST(a.id AS TEXT))
        ORDER BY a.id DESC LIMIT 500)"_s);
    q.bind(site).bind(site);
    if (auto r = q.exec(); !r)
        return r;
    while (q.next()) {
        ReviewItem item;
        item.kind = ReviewItem::Kind::Void;
        item.ref = u"%1:void:%2"_s.arg(q.integer(8)).arg(q.integer(0));
        item.incidentId = q.integer(11);
        item.when = TimeFormat::fromStored(q.text(1));
        item.employee = q.text(2);
        item.customer = q.text(3);
        item.category = CategoryId(q.text(4));
        item.amount = Money(q.integer(5), q.text(6));
        item.site = q.text(7);
        item.reason =
            QCoreApplication::translate("Core", "gesture voided by %1: %2").arg(q.text(10), q.text(9));
        out.append(item);
    }
    return {};
}

Result<void> ReviewService::signInItems(QList<ReviewItem>& out) {
    constexpr int Repeated = 3;
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    // Read by the action index; counted per employee and business day here.
    Query q =
        m_db.query(uR"(SELECT a.actor_id, a.at, e.name FROM audit_log a JOIN employees e ON e.id = a.actor_id
        WHERE a.action = 'auth.fail' AND a.at >= ? ORDER BY a.id LIMIT 5000)"_s);
    q.bind(TimeFormat::toStored(m_clock.nowUtc().addDays(-14)));
    if (auto r = q.exec(); !r)
        return r;
    QMap<QString, std::pair<QString, int>> runs; // ref → name, wrong PINs
    QMap<QString, QDateTime> first;
    while (q.next()) {
        const QDateTime at = TimeFormat::fromStored(q.text(1));
        const QString ref =
            u"%1:signins:%2"_s.arg(q.integer(0)).arg(hours->businessDate(at).toString(Qt::ISODate));
        auto& [name, count] = runs[ref];
        name = q.text(2);
        ++count;
        if (!first.contains(ref))
            first.insert(ref, at);
    }
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        if (it->second < Repeated)
            continue;
        Query seen = m_db.query(u"SELECT count(*) FROM reviews WHERE kind = 'employee-week' AND ref = ?"_s);
        seen.bind(it.key());
        if (auto r = seen.exec(); !r)
            return r;
        if (seen.next() && seen.integer(0) > 0)
            continue;
        ReviewItem item;
        item.kind = ReviewItem::Kind::FailedSignIns;
        item.ref = it.key();
        item.when = first.value(it.key());
        item.employee = it->first;
        item.reason = QCoreApplication::translate("Core", "%n wrong PIN(s) in one day", "", it->second);
        out.append(item);
    }
    return {};
}

Result<void> ReviewService::offlineItems(const QString& site, QList<ReviewItem>& out) {
    // Found by their arrival entries (the action index), not by reading every recovery.
    Query q = m_db.query(
        uR"(SELECT i.id, i.opened_at, e.name, c.name, i.category, i.total_minor, i.currency, i.override, i.site,
               i.counter
        FROM audit_log a JOIN incidents i ON i.id = a.incident_id JOIN employees e ON e.id = i.opened_by
            JOIN customers c ON c.id = i.customer_id
        WHERE a.action = 'recovery.arrive' AND i.total_minor > 0 AND (? = '' OR i.site = ?)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'incident' AND r.ref = CAST(i.id AS TEXT))
        ORDER BY i.opened_at DESC LIMIT 500)"_s);
    q.bind(site).bind(site);
    if (auto r = q.exec(); !r)
        return r;
    while (q.next()) {
        const qint64 id = q.integer(0);
        // Listed once: an offline recovery that also needed an override or gave a lot says so too.
        out.erase(
            std::remove_if(out.begin(), out.end(), [&](const ReviewItem& i) { return i.incidentId == id; }),
            out.end());
        ReviewItem item = incidentItem(q);
        item.kind = ReviewItem::Kind::Offline;
        item.reason =
            q.integer(7)
                ? QCoreApplication::translate(
                      "Core", "given while counter %1 was offline, approved there by a supervisor")
                      .arg(q.text(9))
                : QCoreApplication::translate("Core", "given while counter %1 was offline").arg(q.text(9));
        out.append(item);
    }
    if (auto r = twiceItems(site, out); !r)
        return r;
    return dayItems(site, out);
}

// A follow-up done at an offline counter after it was done at the server: the customer may have been
// called twice, and the two outcomes may differ.
Result<void> ReviewService::twiceItems(const QString& site, QList<ReviewItem>& out) {
    Query f = m_db.query(
        uR"(SELECT i.id, a.at, e.name, c.name, i.category, i.total_minor, i.currency, i.override, i.site,
               a.payload, a.id
        FROM audit_log a JOIN incidents i ON i.id = a.incident_id JOIN employees e ON e.id = i.opened_by
            JOIN customers c ON c.id = i.customer_id
        WHERE a.action = 'follow_up.arrive' AND a.payload LIKE '%"superseded":true%' AND (? = '' OR i.site = ?)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'incident'
                          AND r.ref = 'follow-up:' || CAST(a.id AS TEXT))
        ORDER BY a.id DESC LIMIT 500)"_s);
    f.bind(site).bind(site);
    if (auto r = f.exec(); !r)
        return r;
    while (f.next()) {
        ReviewItem item = incidentItem(f);
        item.kind = ReviewItem::Kind::FollowUpTwice;
        item.ref = u"follow-up:"_s + f.text(10);
        const QJsonObject o = QJsonDocument::fromJson(f.text(9).toUtf8()).object();
        const QString outcome =
            o.value(u"reached"_s).toBool()
                ? QCoreApplication::translate("Core", "%1, satisfaction %2 of 5")
                      .arg(verdictName(
                          verdictFromId(o.value(u"verdict"_s).toString()).value_or(Verdict::Satisfied)))
                      .arg(o.value(u"satisfaction"_s).toInt())
                : QCoreApplication::translate("Core", "not reached");
        item.employee = o.value(u"by"_s).toString();
        item.reason =
            QCoreApplication::translate("Core", "follow-up done at counter %1 while it was offline (%2), "
                                                "after it was done here: the customer may have been "
                                                "contacted twice")
                .arg(o.value(u"counter"_s).toString(), outcome);
        out.append(item);
    }
    return {};
}

Result<void> ReviewService::dayItems(const QString& site, QList<ReviewItem>& out) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    // Each giver's local day of an offline gesture, against their role's daily cap, across every counter.
    QSet<QString> days;
    {
        // One query for all the unreviewed arrivals' gestures, not one per recovery.
        Query g = m_db.query(uR"(SELECT DISTINCT c.given_by, c.given_at
            FROM audit_log a JOIN incidents i ON i.id = a.incident_id JOIN compensations c ON c.incident_id = i.id
            WHERE a.action = 'recovery.arrive' AND c.approved_by IS NULL AND (? = '' OR i.site = ?)
              AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.kind = 'incident' AND r.ref = CAST(i.id AS TEXT)))"_s);
        g.bind(site).bind(site);
        if (auto r = g.exec(); !r)
            return r;
        while (g.next())
            days.insert(
                u"%1:%2"_s.arg(g.integer(0))
                    .arg(hours->businessDate(TimeFormat::fromStored(g.text(1))).toString(Qt::ISODate)));
    }
    QStringList sorted = days.values();
    sorted.sort();
    for (const QString& key : std::as_const(sorted)) {
        const qint64 giver = key.section(u':', 0, 0).toLongLong();
        const QDate day = QDate::fromString(key.section(u':', 1, 1), Qt::ISODate);
        const QString ref = key + u":day"_s;
        Query e = m_db.query(
            uR"(SELECT e.name, e.role, (SELECT coalesce(sum(c.amount_minor), 0) FROM compensations c
                WHERE c.given_by = e.id AND c.approved_by IS NULL AND c.given_at >= ? AND c.given_at < ?),
               (SELECT count(*) FROM reviews r WHERE r.kind = 'employee-week' AND r.ref = ?)
            FROM employees e WHERE e.id = ?)"_s);
        e.bind(hours->dayStartStored(day)).bind(hours->dayStartStored(day.addDays(1))).bind(ref).bind(giver);
        if (auto r = e.exec(); !r)
            return r;
        if (!e.next() || e.integer(3) > 0)
            continue;
        const RoleLimits& limits = pb->playbook->limits(roleFromId(e.text(1)).value_or(Role::Associate));
        if (!limits.perDay || e.integer(2) <= limits.perDay->minor())
            continue;
        ReviewItem item;
        item.kind = ReviewItem::Kind::EmployeeDay;
        item.ref = ref;
        item.when = TimeFormat::fromStored(hours->dayStartStored(day));
        item.employee = e.text(0);
        item.amount = Money(e.integer(2), limits.perDay->currency());
        item.reason =
            QCoreApplication::translate("Core", "gave %1 on %2, above the daily cap of %3: counters "
                                                "offline at the same time could not know")
                .arg(item.amount.toDisplayString(), day.toString(Qt::ISODate),
                     limits.perDay->toDisplayString());
        out.prepend(item);
    }
    return {};
}

Result<void> ReviewService::markReviewed(const AuthenticatedEmployee& by, const ReviewItem& item,
                                         const QString& note) {
    if (auto r = requireSupervisor(by); !r)
        return r;
    if (note.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate("Core", "note: say what you found"));
    return m_db.write([&]() -> Result<void> {
        // After-the-fact review means someone else's eyes: not one's own recovery, approval or week.
        const qint64 me = by.employee().id;
        bool own = false;
        if (item.kind == ReviewItem::Kind::EmployeeWeek || item.kind == ReviewItem::Kind::EmployeeDay ||
            item.kind == ReviewItem::Kind::Breach) {
            own = item.ref.section(u':', 0, 0).toLongLong() == me;
        } else if (item.kind == ReviewItem::Kind::Void) {
            Query q = m_db.query(u"SELECT count(*) FROM amendments WHERE id = ? AND amended_by = ?"_s);
            q.bind(item.ref.section(u':', 2, 2).toLongLong()).bind(me);
            if (auto r = q.exec(); !r)
                return r;
            own = item.ref.section(u':', 0, 0).toLongLong() == me || (q.next() && q.integer(0) > 0);
        } else {
            Query q = m_db.query(
                u"SELECT count(*) FROM incidents i WHERE i.id = ? AND (i.opened_by = ? OR EXISTS "
                "(SELECT 1 FROM compensations c WHERE c.incident_id = i.id AND c.approved_by = ?))"_s);
            q.bind(item.incidentId).bind(me).bind(me);
            if (auto r = q.exec(); !r)
                return r;
            own = q.next() && q.integer(0) > 0;
        }
        if (own)
            return Error::denied(QCoreApplication::translate(
                "Core",
                "review: you gave or approved this yourself; another supervisor or a manager reviews it"));
        Query q = m_db.query(
            u"INSERT INTO reviews (kind, ref, reviewed_by, reviewed_at, note) VALUES (?, ?, ?, ?, ?)"_s);
        q.bind(kindId(item.kind))
            .bind(item.ref)
            .bind(by.employee().id)
            .bind(TimeFormat::toStored(m_clock.nowUtc()))
            .bind(note.trimmed());
        if (auto r = q.exec(); !r) {
            if (r.error().code == Error::Code::Conflict) // the unique (kind, ref) index
                return Error::conflict(QCoreApplication::translate("Core", "this item was already reviewed"));
            return r;
        }
        QJsonObject payload{
            {u"kind"_s, kindId(item.kind)}, {u"ref"_s, item.ref}, {u"note"_s, note.trimmed()}};
        if (item.incidentId)
            payload.insert(u"incident_id"_s, item.incidentId);
        auto a =
            AuditLog(m_db, m_clock)
                .append(Actor::of(by.employee()), AuditAction::ReviewMark, u"review"_s, item.ref, payload);
        if (!a)
            return a.error();
        return {};
    });
}

} // namespace rebound
