// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CorrectionService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "services/ReviewService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
constexpr int MaxText = 4000;
} // namespace

Status CorrectionService::checkVoidApprover(qint64 incidentId, const QList<qint64>& gestures,
                                            const Employee& approver) {
    if (approver.role == Role::Associate)
        return Error::invalidAt(
            u"approver"_s,
            QCoreApplication::translate("Core", "voiding a gesture needs a supervisor's approval"));
    for (qint64 id : gestures) {
        Query g = m_db.query(u"SELECT given_by FROM compensations WHERE id = ? AND incident_id = ?"_s);
        g.bind(id).bind(incidentId);
        if (auto r = g.exec(); !r)
            return r;
        if (g.next() && g.integer(0) == approver.id)
            return Error::invalidAt(
                u"approver"_s, QCoreApplication::translate(
                                   "Core", "a supervisor other than who gave a gesture approves voiding it"));
    }
    return {};
}

Status CorrectionService::correct(const AuthenticatedEmployee& by, qint64 incidentId, const Correction& c,
                                  const AuthenticatedEmployee* approver) {
    if (c.reason.trimmed().isEmpty())
        return Error::invalidAt(
            u"reason"_s, QCoreApplication::translate("Core", "reason: say why the recovery is corrected"));
    if (c.reason.size() > MaxText || (c.description && c.description->size() > MaxText))
        return Error::invalidAt(c.reason.size() > MaxText ? u"reason"_s : u"description"_s,
                                QCoreApplication::translate("Core", "%1: at most 4000 characters")
                                    .arg(c.reason.size() > MaxText ? u"reason"_s : u"description"_s));
    if (c.description && c.description->trimmed().isEmpty())
        return Error::invalidAt(u"description"_s,
                                QCoreApplication::translate("Core", "description: say what happened"));
    if (c.replacement && c.withdrawGestures.isEmpty())
        return Error::invalidAt(u"replacement"_s,
                                QCoreApplication::translate(
                                    "Core", "replacement: a gesture replaces a voided one; choose which"));
    return m_db.write([&]() -> Result<void> {
        Query owner = m_db.query(u"SELECT opened_by FROM incidents WHERE id = ?"_s);
        owner.bind(incidentId);
        if (auto r = owner.exec(); !r)
            return r;
        if (!owner.next())
            return Error::notFound(
                QCoreApplication::translate("Core", "recovery %1 does not exist").arg(incidentId));
        if (owner.integer(0) != by.employee().id && !requireSupervisor(by))
            return Error::denied(QCoreApplication::translate(
                "Core", "only who recorded a recovery, or a supervisor, may correct it"));
        auto checked = changesOf(incidentId, c);
        if (!checked)
            return checked.error();
        const QList<Change>& changes = checked.value();
        if (changes.isEmpty())
            return Error::invalid(QCoreApplication::translate("Core", "the correction changes nothing"));
        const Employee& voider = (approver ? *approver : by).employee();
        if (!c.withdrawGestures.isEmpty()) {
            if (auto ok = checkVoidApprover(incidentId, c.withdrawGestures, voider); !ok)
                return ok;
        }
        // The new gesture's row first, so the recovery's total counts it when the amendment's entry is
        // written; its own entry, naming the gesture it replaces, follows in the same transaction.
        std::optional<NewAuditEntry> given;
        if (c.replacement) {
            auto r =
                RecoveryService(m_db, m_clock, m_playbooks)
                    .giveReplacement(by, incidentId, c.withdrawGestures.first(), *c.replacement, approver);
            if (!r)
                return r.error();
            given = r.value();
        }
        if (auto w = write(by, incidentId, changes, c.reason.trimmed(),
                           c.withdrawGestures.isEmpty() ? nullptr : &voider);
            !w)
            return w;
        if (given) {
            if (auto a = AuditLog(m_db, m_clock).appendAll({*given}); !a)
                return a.error();
        }
        return {};
    });
}

// Each field that differs from the recovery as it stands, checked against the playbook in force.
Result<QList<CorrectionService::Change>> CorrectionService::changesOf(qint64 incidentId,
                                                                      const Correction& c) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    Query q = m_db.query(u"SELECT category, severity, description FROM incidents WHERE id = ?"_s);
    q.bind(incidentId);
    if (auto r = q.exec(); !r)
        return r.error();
    q.next();
    QList<Change> out;
    if (c.category && c.category->toString() != q.text(0)) {
        if (!pb->playbook->category(*c.category))
            return Error::invalidAt(u"category"_s,
                                    QCoreApplication::translate("Core", "category: unknown category \"%1\"")
                                        .arg(c.category->toString()));
        out.append({u"category"_s, std::nullopt, q.text(0), c.category->toString()});
    }
    if (c.severity && c.severity->toString() != q.text(1)) {
        if (!pb->playbook->severity(*c.severity))
            return Error::invalidAt(u"severity"_s,
                                    QCoreApplication::translate("Core", "severity: unknown severity \"%1\"")
                                        .arg(c.severity->toString()));
        out.append({u"severity"_s, std::nullopt, q.text(1), c.severity->toString()});
    }
    if (c.description && c.description->trimmed() != q.text(2))
        out.append({u"description"_s, std::nullopt, q.text(2), c.description->trimmed()});
    for (qint64 id : c.withdrawGestures) {
        Query g = m_db.query(u"SELECT c.item, c.amount_minor, c.currency, "
                             "EXISTS (SELECT 1 FROM amendments a WHERE a.compensation_id = c.id), c.given_by "
                             "FROM compensations c WHERE c.id = ? AND c.incident_id = ?"_s);
        g.bind(id).bind(incidentId);
        if (auto r = g.exec(); !r)
            return r.error();
        if (!g.next())
            return Error::invalidAt(
                u"gesture"_s,
                QCoreApplication::translate("Core", "gesture: %1 is not one of this recovery's").arg(id));
        if (g.integer(3) != 0)
            return Error::conflict(
                QCoreApplication::translate("Core", "gesture: %1 is already withdrawn").arg(id));
        out.append({u"gesture"_s, id, Money(g.integer(1), g.text(2)).toDecimalString() + u' ' + g.text(0),
                    u"withdrawn"_s, g.integer(4)});
    }
    return out;
}

Status CorrectionService::write(const AuthenticatedEmployee& by, qint64 incidentId,
                                const QList<Change>& changes, const QString& reason,
                                const Employee* voidApprover) {
    const QString now = TimeFormat::toStored(m_clock.nowUtc());
    QJsonArray audited;
    for (const Change& ch : changes) {
        Query a =
            m_db.query(u"INSERT INTO amendments (incident_id, field, compensation_id, before, after, reason, "
                       "amended_by, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        a.bind(incidentId).bind(ch.field);
        a.bind(ch.compensationId ? QVariant(*ch.compensationId) : QVariant(QMetaType::fromType<qint64>()));
        a.bind(ch.before).bind(ch.after).bind(reason).bind(by.employee().id).bind(now);
        if (auto r = a.exec(); !r)
            return r;
        // The recovery shows the corrected value; the amendment keeps what it was.
        if (!ch.compensationId) {
            Query u = m_db.query(u"UPDATE incidents SET %1 = ? WHERE id = ?"_s.arg(ch.field));
            u.bind(ch.after).bind(incidentId);
            if (auto r = u.exec(); !r)
                return r;
        }
        QJsonObject entry{{u"field"_s, ch.field}, {u"before"_s, ch.before}, {u"after"_s, ch.after}};
        if (ch.compensationId)
            entry.insert(u"compensation_id"_s, *ch.compensationId);
        audited.append(entry);
    }
    Query total = m_db.query(u"UPDATE incidents SET total_minor = (SELECT coalesce(sum(c.amount_minor), 0) "
                             "FROM compensations c WHERE c.incident_id = incidents.id AND NOT EXISTS "
                             "(SELECT 1 FROM amendments a WHERE a.compensation_id = c.id)) WHERE id = ?"_s);
    total.bind(incidentId);
    if (auto r = total.exec(); !r)
        return r;
    QJsonObject payload{{u"changes"_s, audited}, {u"reason"_s, reason}};
    if (voidApprover)
        payload.insert(u"void_approved_by"_s, voidApprover->code);
    auto a = AuditLog(m_db, m_clock)
                 .append(Actor::of(by.employee()), AuditAction::IncidentAmend, u"incident"_s,
                         QString::number(incidentId), payload);
    if (!a)
        return a.error();
    return {};
}

} // namespace rebound
