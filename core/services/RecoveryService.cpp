// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecoveryService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/Incident.h"
#include "domain/TimeFormat.h"
#include "services/PlaybookService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rebound {

const QStringList RecoveryService::Channels = {u"phone"_s, u"email"_s, u"sms"_s, u"in-person"_s};

QDateTime RecoveryService::defaultFollowUpDue(const Category& category, const QDateTime& nowUtc) {
    return nowUtc.addSecs(qint64(category.followUpHours.first()) * 3600); // the loader refuses an empty list
}

QString RecoveryService::defaultFollowUpChannel(const QString& phone, const QString& email) {
    return !phone.isEmpty() ? u"phone"_s : !email.isEmpty() ? u"email"_s : u"in-person"_s;
}

namespace {

constexpr int MaxTextLength = 4000;

struct Line {
    const CatalogItem* item;
    Money amount;
    Money cost;
};

const QString SelectCustomer =
    u"SELECT id, name, phone, email, account_ref, segment, lifetime_value_minor, preferences FROM customers "_s;

Customer readCustomer(const Query& q) {
    Customer c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.phone = q.text(2);
    c.email = q.text(3);
    c.accountRef = q.text(4);
    c.segment = q.text(5);
    c.lifetimeValue = Money(q.integer(6), {});
    c.preferences = q.text(7);
    return c;
}

QVariant nullable(const std::optional<qint64>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

Result<void> checkLength(const QString& text, const QString& field) {
    if (text.size() > MaxTextLength)
        return Error::invalid(QCoreApplication::translate("Core", "%1: longer than %2 characters")
                                  .arg(field)
                                  .arg(MaxTextLength));
    return {};
}

} // namespace

RecoveryService::RecoveryService(Database& db, const Clock& clock, PlaybookService& playbooks)
    : m_db(db)
    , m_clock(clock)
    , m_playbooks(playbooks)
    , m_random(QRandomGenerator::system()) {}

QString RecoveryService::makeUuid(QRandomGenerator& random) {
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 r = random.generate();
        memcpy(bytes.data() + i, &r, 4);
    }
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString RecoveryService::makeVoucherCode(QRandomGenerator& random) {
    // No 0/O or 1/I: codes are read aloud and typed at the till.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code = u"RB-"_s;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += QLatin1Char(alphabet[random.bounded(int(sizeof alphabet - 1))]);
    }
    return code;
}

Result<Money> RecoveryService::spentToday(const Employee& giver) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    Query q = m_db.query(u"SELECT coalesce(sum(amount_minor), 0) FROM compensations "
                         "WHERE given_by = ? AND approved_by IS NULL AND given_at >= ? AND given_at < ?"_s);
    q.bind(giver.id)
        .bind(TimeFormat::localDayStartStored(today))
        .bind(TimeFormat::localDayStartStored(today.addDays(1)));
    if (auto r = q.exec(); !r)
        return r.error();
    return Money(q.next() ? q.integer(0) : 0, pb->playbook->currency());
}

Result<Authority> RecoveryService::authority(const Employee& giver, const Money& total) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    auto spent = spentToday(giver);
    if (!spent)
        return spent.error();
    return Authority{SpendingPolicy(*pb->playbook).evaluate(giver, total, spent.value()), spent.value()};
}

Result<void> RecoveryService::checkApproval(const Employee& giver, const Employee& approver,
                                            const Money& total) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    return SpendingPolicy(*pb->playbook).checkApprover(giver, approver, total);
}

Result<Customer> RecoveryService::resolveCustomer(const Actor& actor, const CustomerDraft& draft,
                                                  const QString& defaultSegment) {
    const QString phone = draft.phone.trimmed();
    const QString email = draft.email.trimmed().toLower();
    if (draft.id) {
        Query q = m_db.query(SelectCustomer + u"WHERE id = ?"_s);
        q.bind(*draft.id);
        if (auto r = q.exec(); !r)
            return r.error();
        if (!q.next())
            return Error::invalid(
                QCoreApplication::translate("Core", "customer.id: no customer %1").arg(*draft.id));
        return readCustomer(q);
    }
    for (const auto& [column, value] : {std::pair{u"phone"_s, phone}, std::pair{u"email"_s, email}}) {
        if (value.isEmpty())
            continue;
        Query q = m_db.query(SelectCustomer + u"WHERE "_s + column + u" = ? ORDER BY id LIMIT 1"_s);
        q.bind(value);
        if (auto r = q.exec(); !r)
            return r.error();
        if (q.next())
            return readCustomer(q);
    }
    Customer c;
    c.name = draft.name.simplified();
    if (c.name.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("Core", "customer.name: missing for a new customer"));
    if (auto r = checkLength(c.name, u"customer.name"_s); !r)
        return r.error();
    if (!email.isEmpty() && (!email.contains(u'@') || email.size() > 254))
        return Error::invalid(
            QCoreApplication::translate("Core", "customer.email: \"%1\" is not an email address")
                .arg(draft.email));
    if (phone.size() > 40)
        return Error::invalid(
            QCoreApplication::translate("Core", "customer.phone: longer than 40 characters"));
    if (auto r = checkLength(draft.preferences, u"customer.preferences"_s); !r)
        return r.error();
    c.phone = phone;
    c.email = email;
    c.accountRef = draft.accountRef.trimmed();
    c.segment = draft.segment.isEmpty() ? defaultSegment : draft.segment;
    c.preferences = draft.preferences.trimmed();
    Query q = m_db.query(
        u"INSERT INTO customers (name, phone, email, account_ref, segment, preferences, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(c.name)
        .bind(c.phone)
        .bind(c.email)
        .bind(c.accountRef)
        .bind(c.segment)
        .bind(c.preferences)
        .bind(TimeFormat::toStored(m_clock.nowUtc()));
    if (auto r = q.exec(); !r)
        return r.error();
    c.id = q.lastInsertId();
    auto a = AuditLog(m_db, m_clock)
                 .append(actor, u"customer.add"_s, u"customer"_s, QString::number(c.id),
                         {{u"name"_s, c.name}, {u"segment"_s, c.segment}});
    if (!a)
        return a.error();
    return c;
}

Result<RecordedRecovery> RecoveryService::record(const AuthenticatedEmployee& by, const RecoveryDraft& draft,
                                                 const AuthenticatedEmployee* approver,
                                                 std::optional<Money> approvedTotal) {
    auto current = m_playbooks.current();
    if (!current)
        return current.error();
    const Playbook& pb = *current->playbook;
    const Employee& giver = by.employee();
    const QDateTime now = m_clock.nowUtc();

    // Everything that can be checked without the database, before the write lock is taken.
    const Category* category = pb.category(draft.category);
    if (!category)
        return Error::invalid(
            QCoreApplication::translate("Core", "category: unknown category \"%1\"").arg(draft.category));
    const Severity* severity = pb.severity(draft.severity);
    if (!severity)
        return Error::invalid(
            QCoreApplication::translate("Core", "severity: unknown severity \"%1\"").arg(draft.severity));
    const auto detected = detectedByFromId(draft.detectedBy);
    if (!detected)
        return Error::invalid(
            QCoreApplication::translate("Core", "detected_by: must be \"customer\" or \"staff\", not \"%1\"")
                .arg(draft.detectedBy));
    if (!draft.customer.segment.isEmpty() && !pb.segment(draft.customer.segment))
        return Error::invalid(QCoreApplication::translate("Core", "customer.segment: unknown segment \"%1\"")
                                  .arg(draft.customer.segment));
    if (draft.description.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate("Core", "description: say what happened"));
    for (const auto& [text, field] :
         {std::pair{&draft.description, u"description"_s},
          std::pair{&draft.preventionNote, u"prevention_note"_s}, std::pair{&draft.apology, u"apology"_s},
          std::pair{&draft.fixNotes, u"fix.notes"_s}}) {
        if (auto r = checkLength(*text, field); !r)
            return r.error();
    }
    if (draft.satisfaction && (*draft.satisfaction < 1 || *draft.satisfaction > 5))
        return Error::invalid(QCoreApplication::translate("Core", "satisfaction: must be 1 to 5"));
    if (!draft.followUpChannel.isEmpty() && !Channels.contains(draft.followUpChannel))
        return Error::invalid(
            QCoreApplication::translate("Core", "follow_up.channel: unknown channel \"%1\" (one of %2)")
                .arg(draft.followUpChannel, Channels.join(u", "_s)));
    const QDateTime openedAt = draft.occurredAt.value_or(now);
    if (openedAt > now)
        return Error::invalid(QCoreApplication::translate("Core", "occurred_at: is in the future"));

    IncidentState state(openedAt);
    for (const auto& [step, at, field] :
         {std::tuple{IncidentStatus::Apologized, draft.apologizedAt.value_or(now), u"apology"_s},
          std::tuple{IncidentStatus::Fixed, draft.fixedAt.value_or(now), u"fix"_s},
          std::tuple{IncidentStatus::Compensated, now, u"compensations"_s},
          std::tuple{IncidentStatus::FollowUpScheduled, now, u"follow_up"_s}}) {
        if (at > now)
            return Error::invalid(
                QCoreApplication::translate("Core", "%1: its time is in the future").arg(field));
        if (auto r = state.advanceTo(step, at); !r)
            return Error::invalid(field + u": "_s + r.error().message);
    }

    QList<Line> lines;
    Money total(0, pb.currency());
    for (qsizetype i = 0; i < draft.compensations.size(); ++i) {
        const CompensationDraft& c = draft.compensations[i];
        const QString path = u"compensations[%1]"_s.arg(i);
        const CatalogItem* item = pb.item(c.item);
        if (!item)
            return Error::invalid(QCoreApplication::translate("Core", "%1.item: unknown catalog item \"%2\"")
                                      .arg(path, c.item));
        Money amount;
        if (item->isFreeAmount()) {
            if (c.amount.isEmpty())
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1.amount: missing; \"%2\" needs an amount")
                        .arg(path, c.item));
            auto parsed = Money::parse(c.amount, pb.currency());
            if (!parsed)
                return Error::invalid(path + u".amount: "_s + parsed.error().message);
            if (parsed->minor() == 0)
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1.amount: must be more than zero").arg(path));
            amount = parsed.value();
        } else {
            amount = *item->amount;
            if (!c.amount.isEmpty()) {
                auto parsed = Money::parse(c.amount, pb.currency());
                if (!parsed)
                    return Error::invalid(path + u".amount: "_s + parsed.error().message);
                if (parsed.value() != amount)
                    return Error::invalid(
                        QCoreApplication::translate("Core", "%1.amount: \"%2\" has a fixed price of %3")
                            .arg(path, c.item, amount.toDecimalString()));
            }
        }
        lines.append({item, amount, item->cost.value_or(amount)});
        total += amount;
    }
    const SpendingPolicy policy(pb);

    return m_db.write([&]() -> Result<RecordedRecovery> {
        AuditLog audit(m_db, m_clock);
        const Actor actor = Actor::of(giver);

        // Re-read both people inside the transaction: a deactivation a second ago counts.
        Query who = m_db.query(u"SELECT active, role FROM employees WHERE id = ?"_s);
        Employee giverNow = giver;
        who.bind(giver.id);
        if (auto r = who.exec(); !r)
            return r.error();
        if (!who.next() || who.integer(0) == 0)
            return Error::denied(
                QCoreApplication::translate("Core", "%1 is not an active employee").arg(giver.name));
        giverNow.role = roleFromId(who.text(1)).value_or(Role::Associate);

        auto spent = spentToday(giverNow);
        if (!spent)
            return spent.error();
        const SpendingDecision decision = policy.evaluate(giverNow, total, spent.value());
        std::optional<qint64> approvedBy;
        if (decision.verdict == SpendingDecision::Verdict::Refused)
            return Error::denied(QCoreApplication::translate("Core", "compensations: ") + decision.reason);
        if (decision.verdict == SpendingDecision::Verdict::NeedsApproval) {
            if (!approver)
                return Error::denied(
                    QCoreApplication::translate("Core", "compensations: %1; a supervisor must approve")
                        .arg(decision.reason));
            Employee approverNow = approver->employee();
            Query a = m_db.query(u"SELECT active, role FROM employees WHERE id = ?"_s);
            a.bind(approverNow.id);
            if (auto r = a.exec(); !r)
                return r.error();
            if (!a.next())
                return Error::denied(QCoreApplication::translate("Core", "approval: unknown approver"));
            approverNow.active = a.integer(0) != 0;
            approverNow.role = roleFromId(a.text(1)).value_or(Role::Associate);
            if (auto r = policy.checkApprover(giverNow, approverNow, total); !r)
                return r.error();
            if (approvedTotal && *approvedTotal != total) {
                return Error::denied(
                    QCoreApplication::translate(
                        "Core",
                        "approval: %1 approved %2; the recovery now gives %3, so it must be approved again")
                        .arg(approverNow.name, approvedTotal->toDisplayString(), total.toDisplayString()));
            }
            approvedBy = approverNow.id;
        }

        auto customer = resolveCustomer(actor, draft.customer, pb.defaultSegment());
        if (!customer)
            return customer.error();

        const QString apology =
            draft.apology.trimmed().isEmpty()
                ? Playbook::personalise(category->apologies.first(), customer->name, giver.name)
                : draft.apology.trimmed();
        const QDateTime due = draft.followUpDue.value_or(defaultFollowUpDue(*category, now));
        if (due <= now)
            return Error::invalid(
                QCoreApplication::translate("Core", "follow_up.due: must be in the future"));
        const QString channel = draft.followUpChannel.isEmpty()
                                    ? defaultFollowUpChannel(customer->phone, customer->email)
                                    : draft.followUpChannel;

        RecordedRecovery out;
        out.uuid = newUuid();
        out.total = total;
        out.approvedBy = approvedBy;
        out.openedAt = openedAt;
        out.recoveredAt = state.at(IncidentStatus::FollowUpScheduled);

        Query ins = m_db.query(u"INSERT INTO incidents (uuid, customer_id, opened_by, playbook_version, "
                               u"status, category, severity, "
                               "detected_by, description, prevention_note, apology, fix_notes, resolved, "
                               "satisfaction, currency, "
                               "opened_at, apologized_at, fixed_at, compensated_at, follow_up_scheduled_at, "
                               "total_minor, override) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        ins.bind(out.uuid)
            .bind(customer->id)
            .bind(giver.id)
            .bind(current->version)
            .bind(statusId(state.status()))
            .bind(category->id)
            .bind(severity->id)
            .bind(detectedById(*detected))
            .bind(draft.description.trimmed())
            .bind(draft.preventionNote.trimmed())
            .bind(apology)
            .bind(draft.fixNotes.trimmed())
            .bind(draft.resolved ? 1 : 0)
            .bind(draft.satisfaction ? QVariant(*draft.satisfaction) : QVariant(QMetaType::fromType<int>()))
            .bind(pb.currency());
        for (IncidentStatus s : {IncidentStatus::Open, IncidentStatus::Apologized, IncidentStatus::Fixed,
                                 IncidentStatus::Compensated, IncidentStatus::FollowUpScheduled})
            ins.bind(TimeFormat::toStored(state.at(s)));
        ins.bind(total.minor()).bind(approvedBy ? 1 : 0);
        if (auto r = ins.exec(); !r)
            return r.error();
        out.id = ins.lastInsertId();
        const QString incidentId = QString::number(out.id);

        auto step = [&](const QString& action, const QString& entity, const QString& entityId,
                        const QJsonObject& p) { return audit.append(actor, action, entity, entityId, p); };
        if (auto r = step(u"incident.open"_s, u"incident"_s, incidentId,
                          QJsonObject{{u"uuid"_s, out.uuid},
                                      {u"customer_id"_s, customer->id},
                                      {u"category"_s, category->id},
                                      {u"severity"_s, severity->id},
                                      {u"detected_by"_s, detectedById(*detected)},
                                      {u"description"_s, draft.description.trimmed()},
                                      {u"playbook_version"_s, current->version},
                                      {u"opened_at"_s, TimeFormat::toStored(openedAt)}});
            !r)
            return r.error();
        if (auto r = step(u"incident.apologize"_s, u"incident"_s, incidentId, {{u"apology"_s, apology}}); !r)
            return r.error();
        if (auto r = step(u"incident.fix"_s, u"incident"_s, incidentId,
                          {{u"notes"_s, draft.fixNotes.trimmed()},
                           {u"resolved"_s, draft.resolved},
                           {u"prevention_note"_s, draft.preventionNote.trimmed()}});
            !r)
            return r.error();

        const QString givenAt = TimeFormat::toStored(state.at(IncidentStatus::Compensated));
        for (const Line& line : lines) {
            const QString voucher = line.item->kind == u"voucher" ? newVoucherCode() : QString();
            Query c =
                m_db.query(u"INSERT INTO compensations (incident_id, item, kind, amount_minor, cost_minor, "
                           "currency, given_by, given_at, approved_by, voucher_code) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            c.bind(out.id)
                .bind(line.item->id)
                .bind(line.item->kind)
                .bind(line.amount.minor())
                .bind(line.cost.minor())
                .bind(pb.currency())
                .bind(giver.id)
                .bind(givenAt)
                .bind(nullable(approvedBy))
                .bind(voucher);
            if (auto r = c.exec(); !r)
                return r.error();
            QJsonObject p{{u"incident_id"_s, out.id},
                          {u"item"_s, line.item->id},
                          {u"amount"_s, line.amount.toDecimalString()},
                          {u"currency"_s, pb.currency()}};
            if (approvedBy)
                p.insert(u"approved_by"_s, *approvedBy);
            if (!voucher.isEmpty()) {
                p.insert(u"voucher_code"_s, voucher);
                out.voucherCodes.append(voucher);
            }
            if (auto r =
                    step(u"compensation.give"_s, u"compensation"_s, QString::number(c.lastInsertId()), p);
                !r)
                return r.error();
        }
        if (approvedBy) {
            if (auto r = audit.append(Actor::of(approver->employee()), u"compensation.approve"_s,
                                      u"incident"_s, incidentId,
                                      {{u"total"_s, total.toDecimalString()},
                                       {u"given_by"_s, giver.code},
                                       {u"reason"_s, decision.reason}});
                !r)
                return r.error();
        }
        if (auto r = step(u"incident.compensate"_s, u"incident"_s, incidentId,
                          {{u"total"_s, total.toDecimalString()},
                           {u"currency"_s, pb.currency()},
                           {u"lines"_s, int(lines.size())}});
            !r)
            return r.error();

        Query f = m_db.query(
            u"INSERT INTO follow_ups (incident_id, due_at, channel, owner_id) VALUES (?, ?, ?, ?)"_s);
        f.bind(out.id).bind(TimeFormat::toStored(due)).bind(channel).bind(giver.id);
        if (auto r = f.exec(); !r)
            return r.error();
        out.followUpId = f.lastInsertId();
        QJsonObject fp{
            {u"incident_id"_s, out.id}, {u"due"_s, TimeFormat::toStored(due)}, {u"channel"_s, channel}};
        if (draft.satisfaction)
            fp.insert(u"satisfaction"_s, *draft.satisfaction);
        if (auto r = step(u"follow_up.schedule"_s, u"follow_up"_s, QString::number(out.followUpId), fp); !r)
            return r.error();
        return out;
    });
}

Result<void> RecoveryService::completeFollowUp(const AuthenticatedEmployee& by, qint64 followUpId,
                                               const QString& outcome) {
    if (outcome.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate("Core", "outcome: say how the follow-up went"));
    if (auto r = checkLength(outcome, u"outcome"_s); !r)
        return r;
    return m_db.write([&]() -> Result<void> {
        const QString now = TimeFormat::toStored(m_clock.nowUtc());
        Query q = m_db.query(u"SELECT f.incident_id, f.done_at, i.status FROM follow_ups f "
                             "JOIN incidents i ON i.id = f.incident_id WHERE f.id = ?"_s);
        q.bind(followUpId);
        if (auto r = q.exec(); !r)
            return r;
        if (!q.next())
            return Error::notFound(
                QCoreApplication::translate("Core", "follow-up %1 does not exist").arg(followUpId));
        const qint64 incidentId = q.integer(0);
        if (!q.isNull(1))
            return Error::conflict(
                QCoreApplication::translate("Core", "follow-up %1 is already done").arg(followUpId));
        const auto status = statusFromId(q.text(2));
        Query u = m_db.query(u"UPDATE follow_ups SET done_at = ?, done_by = ?, outcome = ? WHERE id = ?"_s);
        u.bind(now).bind(by.employee().id).bind(outcome.trimmed()).bind(followUpId);
        if (auto r = u.exec(); !r)
            return r;
        AuditLog audit(m_db, m_clock);
        if (auto a = audit.append(Actor::of(by.employee()), u"follow_up.done"_s, u"follow_up"_s,
                                  QString::number(followUpId),
                                  {{u"incident_id"_s, incidentId}, {u"outcome"_s, outcome.trimmed()}});
            !a)
            return a.error();
        Query open =
            m_db.query(u"SELECT count(*) FROM follow_ups WHERE incident_id = ? AND done_at IS NULL"_s);
        open.bind(incidentId);
        if (auto r = open.exec(); !r)
            return r;
        if (open.next() && open.integer(0) == 0 && status &&
            IncidentState::canAdvance(*status, IncidentStatus::Closed)) {
            Query close = m_db.query(u"UPDATE incidents SET status = ?, closed_at = ? WHERE id = ?"_s);
            close.bind(statusId(IncidentStatus::Closed)).bind(now).bind(incidentId);
            if (auto r = close.exec(); !r)
                return r;
            if (auto a = audit.append(Actor::of(by.employee()), u"incident.close"_s, u"incident"_s,
                                      QString::number(incidentId), {});
                !a)
                return a.error();
        }
        return {};
    });
}

Result<QList<Customer>> RecoveryService::findCustomers(const QString& text, int limit) {
    const QString needle = text.trimmed();
    QList<Customer> out;
    if (needle.isEmpty())
        return out;
    // Prefix matches use the indexes; names also match anywhere for "type-ahead" by surname.
    Query q =
        m_db.query(SelectCustomer + u"WHERE phone LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' "
                                    "OR account_ref = ? OR name LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?"_s);
    const QString escaped = Query::escapeLike(needle);
    q.bind(QString(escaped + u'%'))
        .bind(QString(escaped.toLower() + u'%'))
        .bind(needle)
        .bind(QString(u'%' + escaped + u'%'))
        .bind(limit);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next())
        out.append(readCustomer(q));
    return out;
}

} // namespace rebound
