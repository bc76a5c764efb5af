// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/OfflineShares.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "services/PlaybookService.h"
#include "services/SiteService.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// What an employee gave on their own offline at one counter in the business day: the recoveries that
// arrived from its copy. Voided gestures count, as in the daily cap. Bound: counter, employee, day range.
const QString UsedAtCounter =
    u"SELECT coalesce(sum(c.amount_minor), 0) FROM compensations c JOIN incidents i ON i.id = c.incident_id "
    u"WHERE i.offline = 1 AND i.counter = ? AND c.given_by = ? AND c.approved_by IS NULL "
    u"AND c.given_at >= ? AND c.given_at < ?"_s;

// The same in the whole business. Bound: employee, day range.
const QString UsedEverywhere =
    u"SELECT coalesce(sum(c.amount_minor), 0) FROM compensations c JOIN incidents i ON i.id = c.incident_id "
    u"WHERE i.offline = 1 AND c.given_by = ? AND c.approved_by IS NULL AND c.given_at >= ? AND c.given_at < ?"_s;

struct Share {
    qint64 employeeId = 0; // the server's
    QString code, name;
    qint64 allowance = 0; // the role's offline allowance for a day
    bool active = true;
    bool claim = false; // signed in here now: the share takes what the day has left
    qint64 before = -1; // this counter's share at the server; -1: none
    QString claimedAt;  // of this counter's share
    qint64 used = 0;    // given under it, as the server holds
    qint64 others = 0;  // shares held by other counters
    QString newestElsewhere;
    qint64 after = 0;
};

} // namespace

struct OfflineShares::Plan {
    QString counter, day, dayStart, dayEnd, now;
    qint64 sentUpto = 0;
    bool copyWaiting = false; // recorded here and not on the server yet: nothing is given back
    QList<Share> shares;
};

namespace {

// This counter's share of one employee's day, as the server holds it now, and what it becomes.
Result<void> assess(Database& server, const QString& counter, const QStringList& day, bool copyWaiting,
                    Share& s) {
    Query mine = server.query(u"SELECT amount_minor, claimed_at FROM offline_shares "
                              u"WHERE business_day = ? AND employee_id = ? AND counter = ?"_s);
    mine.bind(day[0]).bind(s.employeeId).bind(counter);
    if (auto r = mine.exec(); !r)
        return r;
    if (mine.next()) {
        s.before = mine.integer(0);
        s.claimedAt = mine.text(1);
    }
    Query used = server.query(UsedAtCounter);
    used.bind(counter).bind(s.employeeId).bind(day[1]).bind(day[2]);
    if (auto r = used.exec(); !r)
        return r;
    s.used = used.next() ? used.integer(0) : 0;
    Query everywhere = server.query(UsedEverywhere);
    everywhere.bind(s.employeeId).bind(day[1]).bind(day[2]);
    if (auto r = everywhere.exec(); !r)
        return r;
    const qint64 usedEverywhere = everywhere.next() ? everywhere.integer(0) : 0;
    Query others =
        server.query(u"SELECT coalesce(sum(amount_minor), 0), coalesce(max(claimed_at), '') "
                     u"FROM offline_shares WHERE business_day = ? AND employee_id = ? AND counter <> ?"_s);
    others.bind(day[0]).bind(s.employeeId).bind(counter);
    if (auto r = others.exec(); !r)
        return r;
    if (others.next()) {
        s.others = others.integer(0);
        s.newestElsewhere = others.text(1);
    }
    // A copy names its counter itself: what arrived under another name, beyond the other counters' shares,
    // is taken as given under this one.
    s.used = std::max(s.used, usedEverywhere - s.others);
    const qint64 held = std::max<qint64>(s.before, 0);
    if (s.claim && s.active)
        s.after = std::max(s.used, s.allowance - s.others);
    else if (!copyWaiting && (!s.active || s.newestElsewhere > s.claimedAt))
        s.after = s.used; // claimed at another counter since, or the employee left: the rest goes back
    else
        s.after = held;
    s.after = std::max<qint64>(s.after, 0);
    return {};
}

} // namespace

Result<OfflineShares::Plan> OfflineShares::plan(const QString& counter, const QString& here) {
    Plan p;
    p.counter = counter;
    const QDateTime now = m_clock.nowUtc();
    p.now = TimeFormat::toStored(now);
    auto hours = SiteService(m_server, m_clock).hours();
    if (!hours)
        return hours.error();
    const QDate day = hours->businessDate(now);
    p.day = day.toString(Qt::ISODate);
    p.dayStart = hours->dayStartStored(day);
    p.dayEnd = hours->dayStartStored(day.addDays(1));
    auto pb = PlaybookService(m_server, m_clock).current();
    if (!pb)
        return pb.error();
    // Read before the server's figures: anything sent after this counts twice, never not at all.
    auto st = Outbox(m_local).status();
    if (!st)
        return st.error();
    p.copyWaiting = st->waiting > 0;
    Query sent = m_local.query(u"SELECT coalesce(max(seq), 0) FROM outbox WHERE sent_at IS NOT NULL"_s);
    if (auto r = sent.exec(); !r)
        return r.error();
    p.sentUpto = sent.next() ? sent.integer(0) : 0;
    Query staff = m_server.query(
        u"SELECT e.id, e.code, e.role, e.active, e.name FROM employees e WHERE e.code = ? OR e.id IN "
        u"(SELECT employee_id FROM offline_shares WHERE business_day = ? AND counter = ?) ORDER BY e.id"_s);
    staff.bind(here).bind(p.day).bind(counter);
    if (auto r = staff.exec(); !r)
        return r.error();
    while (staff.next()) {
        const auto role = roleFromId(staff.text(2));
        const auto perDay = role ? pb->playbook->limits(*role).offline().perDay : std::nullopt;
        if (!perDay)
            continue; // no daily allowance offline for this role: nothing to share out
        Share s;
        s.employeeId = staff.integer(0);
        s.code = staff.text(1);
        s.name = staff.text(4);
        s.allowance = perDay->minor();
        s.active = staff.integer(3) != 0;
        s.claim = s.code == here;
        p.shares.append(s);
    }
    for (Share& s : p.shares) {
        if (auto r = assess(m_server, counter, {p.day, p.dayStart, p.dayEnd}, p.copyWaiting, s); !r)
            return r.error();
    }
    return p;
}

Result<void> OfflineShares::shrinkCopy(const Plan& plan) {
    // What is given back is given back here first: should the server's side fail, the copy holds less.
    return m_local.write([&]() -> Result<void> {
        for (const Share& s : plan.shares) {
            Query q = m_local.query(
                u"UPDATE offline_shares SET amount_minor = min(amount_minor, ?) WHERE business_day = ? "
                u"AND employee_id = (SELECT id FROM employees WHERE code = ?)"_s);
            q.bind(s.after).bind(plan.day).bind(s.code);
            if (auto r = q.exec(); !r)
                return r;
        }
        return {};
    });
}

Result<qint64> OfflineShares::applyAtServer(Plan& plan) {
    qint64 changed = 0;
    auto done = m_server.write([&]() -> Result<void> {
        AuditLog log(m_server, m_clock);
        for (Share& s : plan.shares) {
            // Again under the chain's lock: no two counters share out the same day at once.
            if (auto r = assess(m_server, plan.counter, {plan.day, plan.dayStart, plan.dayEnd},
                                plan.copyWaiting, s);
                !r)
                return r;
            if (s.after == s.before && !s.claim)
                continue;
            Query up = m_server.query(
                u"INSERT INTO offline_shares (business_day, employee_id, counter, amount_minor, claimed_at) "
                u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (business_day, employee_id, counter) DO UPDATE SET "
                u"amount_minor = excluded.amount_minor, claimed_at = excluded.claimed_at"_s);
            up.bind(plan.day)
                .bind(s.employeeId)
                .bind(plan.counter)
                .bind(s.after)
                .bind(s.claim ? plan.now : s.claimedAt);
            if (auto r = up.exec(); !r)
                return r;
            if (s.after == s.before)
                continue;
            const Actor by = s.claim ? Actor{s.employeeId, s.name} : Actor::system(u"sync:refresh"_s);
            auto a =
                log.append(by, AuditAction::OfflineShare, u"offline_share"_s, QString::number(s.employeeId),
                           QJsonObject{{u"code"_s, s.code},
                                       {u"counter"_s, plan.counter},
                                       {u"day"_s, plan.day},
                                       {u"from_minor"_s, std::max<qint64>(s.before, 0)},
                                       {u"to_minor"_s, s.after},
                                       {u"used_minor"_s, s.used}});
            if (!a)
                return a.error();
            ++changed;
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

Result<void> OfflineShares::writeCopy(const Plan& plan) {
    return m_local.write([&]() -> Result<void> {
        // Only today's shares, and only this counter's: a renamed counter does not keep two.
        Query old = m_local.query(u"DELETE FROM offline_shares WHERE business_day <> ? OR counter <> ?"_s);
        old.bind(plan.day).bind(plan.counter);
        if (auto r = old.exec(); !r)
            return r;
        for (const Share& s : plan.shares) {
            Query q = m_local.query(
                u"INSERT INTO offline_shares (business_day, employee_id, counter, amount_minor, used_minor, "
                u"sent_upto, claimed_at) SELECT ?, id, ?, ?, ?, ?, ? FROM employees WHERE code = ? "
                u"ON CONFLICT (business_day, employee_id, counter) DO UPDATE SET amount_minor = "
                u"excluded.amount_minor, used_minor = excluded.used_minor, sent_upto = excluded.sent_upto, "
                u"claimed_at = excluded.claimed_at"_s);
            q.bind(plan.day)
                .bind(plan.counter)
                .bind(s.after)
                .bind(s.used)
                .bind(plan.sentUpto)
                .bind(plan.now)
                .bind(s.code);
            if (auto r = q.exec(); !r)
                return r;
        }
        return {};
    });
}

Result<qint64> OfflineShares::refresh(const QString& counter, const QString& here) {
    auto planned = plan(counter, here);
    if (!planned)
        return planned.error();
    Plan p = *planned;
    if (auto r = shrinkCopy(p); !r)
        return r.error();
    auto changed = applyAtServer(p);
    if (!changed)
        return changed.error();
    if (auto r = writeCopy(p); !r)
        return r.error();
    return changed;
}

} // namespace rebound
