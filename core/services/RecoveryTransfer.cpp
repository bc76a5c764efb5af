// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecoveryTransfer.h"

#include "domain/Clock.h"
#include "record/RecoveryRecord.h"
#include "services/EmployeeService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

const QString IncidentColumns =
    u"SELECT id, uuid, customer_id, opened_by, playbook_version, status, category, severity, detected_by, "
    u"description, prevention_note, apology, fix_notes, resolved, satisfaction, currency, opened_at, "
    u"apologized_at, fixed_at, compensated_at, follow_up_scheduled_at, closed_at, site, counter "
    u"FROM incidents"_s;

QByteArray utf8(const Query& q, int column) {
    return q.text(column).toUtf8();
}

// One query's first column, or 0.
Result<qint64> scalar(Database& db, const QString& sql, const QVariantList& binds = {}) {
    Query q = db.query(sql);
    for (const QVariant& v : binds)
        q.bind(v);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

} // namespace

Result<void> RecoveryTransfer::employees(Staff staff) {
    Query q = m_counter.query(
        u"SELECT id, code, name, role, pin_hash, active, created_at FROM employees ORDER BY id"_s);
    if (auto r = q.exec(); !r)
        return r;
    while (q.next()) {
        const QString code = q.text(1);
        auto found = scalar(m_server, u"SELECT id FROM employees WHERE code = ?"_s, {code});
        if (!found)
            return found.error();
        qint64 id = *found;
        if (id) {
            ++m_out.employeesMatched;
        } else if (staff == Staff::MatchOnly) {
            return Error::notFound(
                QCoreApplication::translate("Core", "employee %1 is not on the server").arg(code));
        } else {
            // Their PIN comes along as its hash: they sign in at the server's counters as before.
            auto added =
                addCopiedEmployee(m_server, m_clock, m_by,
                                  {code, q.text(2), q.text(3), q.text(4), q.text(6), q.integer(5) != 0});
            if (!added)
                return added.error();
            id = *added;
            ++m_out.employeesAdded;
        }
        m_employees.insert(q.integer(0), id);
        m_codes.insert(q.integer(0), code.toUtf8());
    }
    return {};
}

Result<qint64> RecoveryTransfer::customer(qint64 counterId) {
    if (auto it = m_customers.constFind(counterId); it != m_customers.constEnd())
        return *it;
    Query c = m_counter.query(u"SELECT name, phone, email, account_ref, segment, preferences, created_at, "
                              u"lifetime_value_minor FROM customers WHERE id = ?"_s);
    c.bind(counterId);
    if (auto r = c.exec(); !r)
        return r.error();
    if (!c.next())
        return Error::notFound(u"customer %1 of the counter's database is missing"_s.arg(counterId));
    // The same person at the other counters: the same phone, or the same email.
    auto found =
        scalar(m_server,
               u"SELECT id FROM customers WHERE (phone <> '' AND phone = ?) OR (email <> '' AND email = ?) "
               u"ORDER BY id LIMIT 1"_s,
               {c.text(1), c.text(2)});
    if (!found)
        return found.error();
    qint64 id = *found;
    if (id) {
        ++m_out.customersMatched;
    } else {
        const CustomerRow row{utf8(c, 0), utf8(c, 1), utf8(c, 2), utf8(c, 3),
                              utf8(c, 4), utf8(c, 5), utf8(c, 6), c.integer(7)};
        auto added =
            writeCustomer(m_sink, row, {m_by.employeeId.value_or(0), m_by.name.toUtf8()}, row.createdAt);
        if (!added)
            return added.error();
        id = *added;
        ++m_out.customersAdded;
    }
    m_customers.insert(counterId, id);
    return id;
}

Result<qint64> RecoveryTransfer::serverPlaybookVersion(qint64 counterVersion) {
    if (auto it = m_playbooks.constFind(counterVersion); it != m_playbooks.constEnd())
        return *it;
    // The same rules (same bytes) where the server has them, else the server's current playbook.
    Query v = m_counter.query(u"SELECT sha256 FROM playbook_versions WHERE version = ?"_s);
    v.bind(counterVersion);
    if (auto r = v.exec(); !r)
        return r.error();
    const QString sha = v.next() ? v.text(0) : QString();
    auto same = scalar(m_server,
                       u"SELECT coalesce(max(version), 0) FROM playbook_versions WHERE sha256 = ?"_s, {sha});
    if (!same)
        return same.error();
    qint64 version = *same;
    if (!version) {
        auto current = scalar(m_server, u"SELECT coalesce(max(version), 0) FROM playbook_versions"_s);
        if (!current)
            return current.error();
        version = *current;
    }
    if (!version)
        return Error::notFound(QCoreApplication::translate(
            "Core", "the server has no playbook yet: run reboundctl server init first"));
    m_playbooks.insert(counterVersion, version);
    return version;
}

Result<void> RecoveryTransfer::recoveries() {
    Query i = m_counter.query(IncidentColumns + u" ORDER BY id"_s);
    if (auto r = i.exec(); !r)
        return r;
    while (i.next()) {
        auto there = scalar(m_server, u"SELECT count(*) FROM incidents WHERE uuid = ?"_s, {i.text(1)});
        if (!there)
            return there.error();
        if (*there) {
            ++m_out.alreadyThere;
            continue;
        }
        if (auto r = recovery(i); !r)
            return r.error();
    }
    return {};
}

Result<qint64> RecoveryTransfer::recovery(qint64 counterIncidentId) {
    Query i = m_counter.query(IncidentColumns + u" WHERE id = ?"_s);
    i.bind(counterIncidentId);
    if (auto r = i.exec(); !r)
        return r.error();
    if (!i.next())
        return Error::notFound(u"recovery %1 of the counter's database is missing"_s.arg(counterIncidentId));
    return recovery(i);
}

Result<qint64> RecoveryTransfer::recovery(const Query& i) {
    const qint64 counterId = i.integer(0);
    RecoveryRecord r;
    IncidentRow& inc = r.incident;
    auto customerId = customer(i.integer(2));
    if (!customerId)
        return customerId.error();
    auto version = serverPlaybookVersion(i.integer(4));
    if (!version)
        return version.error();
    inc.uuid = utf8(i, 1);
    inc.customerId = *customerId;
    inc.openedBy = m_employees.value(i.integer(3));
    inc.playbookVersion = *version;
    inc.status = utf8(i, 5);
    inc.category = utf8(i, 6);
    inc.severity = utf8(i, 7);
    inc.detectedBy = utf8(i, 8);
    inc.description = utf8(i, 9);
    inc.preventionNote = utf8(i, 10);
    inc.apology = utf8(i, 11);
    inc.fixNotes = utf8(i, 12);
    inc.resolved = i.integer(13) != 0;
    if (!i.isNull(14))
        inc.satisfaction = int(i.integer(14));
    inc.currency = utf8(i, 15);
    inc.openedAt = utf8(i, 16);
    inc.apologizedAt = utf8(i, 17);
    inc.fixedAt = utf8(i, 18);
    inc.compensatedAt = utf8(i, 19);
    inc.followUpScheduledAt = utf8(i, 20);
    inc.closedAt = utf8(i, 21);
    r.giver = actor(i.integer(3));
    r.at = inc.compensatedAt.isEmpty() ? inc.openedAt : inc.compensatedAt;

    // The gestures standing today; one withdrawn by an amendment stays behind.
    Query c = m_counter.query(
        u"SELECT item, kind, amount_minor, cost_minor, currency, given_by, given_at, "
        u"approved_by, voucher_code FROM compensations x WHERE incident_id = ? AND NOT EXISTS "
        u"(SELECT 1 FROM amendments w WHERE w.compensation_id = x.id) ORDER BY id"_s);
    c.bind(counterId);
    if (auto e = c.exec(); !e)
        return e.error();
    while (c.next()) {
        CompensationRow g;
        g.item = utf8(c, 0);
        g.kind = utf8(c, 1);
        g.amountMinor = c.integer(2);
        g.costMinor = c.integer(3);
        g.currency = utf8(c, 4);
        g.givenBy = m_employees.value(c.integer(5));
        g.givenAt = utf8(c, 6);
        if (!c.isNull(7)) {
            g.approvedBy = m_employees.value(c.integer(7));
            r.approver = actor(c.integer(7));
        }
        g.voucherCode = utf8(c, 8);
        r.giver = actor(c.integer(5));
        inc.totalMinor += g.amountMinor;
        inc.override = inc.override || g.approvedBy.has_value();
        r.compensations.push_back(g);
    }
    if (r.approver) {
        Query why = m_counter.query(
            u"SELECT payload FROM audit_log WHERE incident_id = ? AND action = 'compensation.approve' ORDER BY id"_s);
        why.bind(counterId);
        if (auto e = why.exec(); !e)
            return e.error();
        if (why.next())
            r.approvalReason =
                QJsonDocument::fromJson(why.text(0).toUtf8()).object().value(u"reason"_s).toString().toUtf8();
    }

    // Its follow-ups as they stand, the first written with the recovery, any later one after it.
    struct SourceFollowUp {
        FollowUpRow row;
        qint64 owner = 0, doneBy = 0; // the counter's ids
    };
    QList<SourceFollowUp> followUps;
    Query f =
        m_counter.query(u"SELECT due_at, channel, owner_id, done_at, done_by, outcome, reached, attempts, "
                        u"satisfaction, verdict FROM follow_ups WHERE incident_id = ? ORDER BY id"_s);
    f.bind(counterId);
    if (auto e = f.exec(); !e)
        return e.error();
    while (f.next()) {
        SourceFollowUp s;
        FollowUpRow& fu = s.row;
        fu.dueAt = utf8(f, 0);
        fu.channel = utf8(f, 1);
        s.owner = f.integer(2);
        fu.ownerId = m_employees.value(s.owner);
        fu.doneAt = utf8(f, 3);
        if (!fu.doneAt.isEmpty()) {
            s.doneBy = f.integer(4);
            fu.doneBy = m_employees.value(s.doneBy);
            fu.outcome = utf8(f, 5);
            fu.reached = f.isNull(6) ? std::optional<bool>() : std::optional<bool>(f.integer(6) != 0);
            if (!f.isNull(8))
                fu.satisfaction = int(f.integer(8));
            fu.verdict = utf8(f, 9);
        }
        fu.attempts = f.integer(7);
        followUps.append(s);
    }
    if (followUps.isEmpty())
        return Error::invalid(u"recovery %1 of the counter has no follow-up"_s.arg(counterId));
    // The rows as they stand; each outcome gets its own entries below, at the times it happened.
    r.followUp = followUps.first().row;
    m_sink.stampAs(m_keepPlace ? std::optional<Place>(Place{i.text(22), i.text(23)}) : std::nullopt);
    auto ids = writeRecovery(m_sink, r);
    if (!ids)
        return ids.error();
    RecoveryRef ref{ids->incident, inc.category, inc.totalMinor, inc.override};
    const auto outcome = [&](qint64 id, const SourceFollowUp& s) -> Result<void> {
        if (s.row.attempts > 0 && s.row.doneAt.isEmpty()) {
            JsonPayload p;
            p.add("attempt", s.row.attempts)
                .add("incident_id", ref.id)
                .add("next_due", s.row.dueAt)
                .add("outcome", "");
            if (auto a = m_sink.audit(r.at, r.giver, AuditAction::FollowUpAttempt, "follow_up", id, p.bytes(),
                                      &ref);
                !a)
                return a;
        }
        if (!s.row.doneAt.isEmpty()) {
            if (auto a = m_sink.audit(s.row.doneAt, actor(s.doneBy), AuditAction::FollowUpDone, "follow_up",
                                      id, followUpDonePayload(ref.id, s.row), &ref);
                !a)
                return a;
            ++m_out.followUpsDone;
        }
        return {};
    };
    if (auto o = outcome(ids->followUp, followUps.first()); !o)
        return o.error();
    RecordActor closer = actor(followUps.first().doneBy);
    for (qsizetype k = 1; k < followUps.size(); ++k) {
        const SourceFollowUp& s = followUps.at(k);
        FollowUpRow extra = s.row;
        extra.incidentId = ref.id;
        auto id = m_sink.insert(RecordTable::FollowUps, rowValues(extra));
        if (!id)
            return id.error();
        // Scheduled by its owner, after the one before it was done (the row keeps no time of its own).
        const QByteArray& before = followUps.at(k - 1).row.doneAt;
        JsonPayload schedule;
        schedule.add("channel", extra.channel).add("due", extra.dueAt).add("incident_id", ref.id);
        if (auto a = m_sink.audit(before.isEmpty() ? r.at : before, actor(s.owner),
                                  AuditAction::FollowUpSchedule, "follow_up", *id, schedule.bytes(), &ref);
            !a)
            return a.error();
        if (auto o = outcome(*id, s); !o)
            return o.error();
        if (!s.row.doneAt.isEmpty())
            closer = actor(s.doneBy);
    }
    if (!inc.closedAt.isEmpty()) {
        if (auto a = m_sink.audit(inc.closedAt, closer, AuditAction::IncidentClose, "incident", ref.id, "{}",
                                  &ref);
            !a)
            return a.error();
    }
    ++m_out.recoveries;
    return ids->incident;
}

Result<void> RecoveryTransfer::visits() {
    Query v = m_counter.query(u"SELECT customer_id, at, recorded_by FROM visits ORDER BY id"_s);
    if (auto r = v.exec(); !r)
        return r;
    while (v.next()) {
        auto customerId = customer(v.integer(0));
        if (!customerId)
            return customerId.error();
        auto there = scalar(m_server, u"SELECT count(*) FROM visits WHERE customer_id = ? AND at = ?"_s,
                            {*customerId, v.text(1)});
        if (!there)
            return there.error();
        if (*there)
            continue;
        Query in = m_server.query(
            u"INSERT INTO visits (customer_id, at, recorded_by) VALUES (?, ?, ?) RETURNING id"_s);
        in.bind(*customerId).bind(v.text(1)).bind(m_employees.value(v.integer(2)));
        if (auto r = in.exec(); !r)
            return r;
        if (!in.next())
            return Error::storage(u"the imported visit's id was not returned"_s);
        JsonPayload p;
        p.add("customer_id", *customerId);
        if (auto a = m_sink.audit(v.text(1).toUtf8(), actor(v.integer(2)), AuditAction::CustomerBack, "visit",
                                  in.integer(0), p.bytes(), nullptr);
            !a)
            return a;
        ++m_out.visits;
    }
    return {};
}

} // namespace rebound
