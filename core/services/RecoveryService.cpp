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

QDateTime RecoveryService::defaultFollowUpDue(const Category& category, const QDateTime& nowUtc) {
    return nowUtc.addSecs(qint64(category.followUpHours.first()) * 3600); // the loader refuses an empty list
}

Channel RecoveryService::defaultFollowUpChannel(const QString& phone, const QString& email) {
    return !phone.isEmpty() ? Channel::Phone : !email.isEmpty() ? Channel::Email : Channel::InPerson;
}

namespace {

constexpr int MaxTextLength = 4000;

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

// An audit append's outcome without the new entry's id.
Result<void> appended(const Result<qint64>& entry) {
    if (!entry)
        return entry.error();
    return {};
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
                                                  const Playbook& pb) {
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
    c.segment = pb.segmentOf(draft.segment);
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
                 .append(actor, AuditAction::CustomerAdd, u"customer"_s, QString::number(c.id),
                         {{u"name"_s, c.name}, {u"segment"_s, c.segment}});
    if (!a)
        return a.error();
    return c;
}

// One priced compensation line.
struct RecoveryService::Line {
    const CatalogItem* item;
    Money amount;
    Money cost;
};

// A draft checked against the playbook and the clock: everything record() needs before the write lock.
struct RecoveryService::Checked {
    PlaybookVersion playbook;
    const Category* category = nullptr;
    const Severity* severity = nullptr;
    DetectedBy detected = DetectedBy::Customer;
    QDateTime now;
    IncidentState state{QDateTime()};
    QDateTime due; // the draft's, or the category's default
    QList<Line> lines;
    Money total;

    const Playbook& pb() const { return *playbook.playbook; }
};

// What the spending policy decided inside the transaction.
struct RecoveryService::Authorisation {
    std::optional<qint64> approvedBy;
    QString reason;
};

// One recovery = check the draft → authorise the gesture → resolve the customer → write the incident,
// the compensations and the follow-up, each with its audit entries, in one transaction.
Result<RecordedRecovery> RecoveryService::record(const AuthenticatedEmployee& by, const RecoveryDraft& draft,
                                                 const AuthenticatedEmployee* approver,
                                                 std::optional<Money> approvedTotal) {
    auto checked = check(draft);
    if (!checked)
        return checked.error();
    const Checked& c = checked.value();
    return m_db.write([&]() -> Result<RecordedRecovery> {
        auto authorisation = authorise(by.employee(), approver, approvedTotal, c);
        if (!authorisation)
            return authorisation.error();
        auto customer = resolveCustomer(Actor::of(by.employee()), draft.customer, c.pb());
        if (!customer)
            return customer.error();
        RecordedRecovery out;
        out.uuid = newUuid();
        out.total = c.total;
        out.approvedBy = authorisation->approvedBy;
        out.openedAt = c.state.at(IncidentStatus::Open);
        out.recoveredAt = c.state.at(IncidentStatus::FollowUpScheduled);
        if (auto r = writeIncident(by.employee(), draft, c, customer.value(), out); !r)
            return r.error();
        if (auto r = writeCompensations(by.employee(), approver, c, authorisation.value(), out); !r)
            return r.error();
        if (auto r = writeFollowUp(by.employee(), draft, c, customer.value(), out); !r)
            return r.error();
        return out;
    });
}

namespace {

Result<void> checkText(const QString& text, const QString& field) {
    if (auto r = checkLength(text, field); !r)
        return Error::invalidAt(field, r.error().message);
    return {};
}

// What happened: a known category, severity and segment, a description, a time not in the future.
Result<void> checkSituation(const RecoveryDraft& draft, const Playbook& pb, const QDateTime& now) {
    if (!pb.category(draft.category))
        return Error::invalidAt(
            u"category"_s,
            QCoreApplication::translate("Core", "category: unknown category \"%1\"").arg(draft.category));
    if (!pb.severity(draft.severity))
        return Error::invalidAt(
            u"severity"_s,
            QCoreApplication::translate("Core", "severity: unknown severity \"%1\"").arg(draft.severity));
    if (!draft.customer.segment.isEmpty() && !pb.segment(draft.customer.segment))
        return Error::invalidAt(u"customer.segment"_s, QCoreApplication::translate(
                                                           "Core", "customer.segment: unknown segment \"%1\"")
                                                           .arg(draft.customer.segment));
    if (draft.description.trimmed().isEmpty())
        return Error::invalidAt(u"description"_s,
                                QCoreApplication::translate("Core", "description: say what happened"));
    if (auto r = checkText(draft.description, u"description"_s); !r)
        return r;
    if (draft.occurredAt && *draft.occurredAt > now)
        return Error::invalidAt(u"occurred_at"_s,
                                QCoreApplication::translate("Core", "occurred_at: is in the future"));
    return {};
}

Result<void> checkFix(const RecoveryDraft& draft) {
    if (auto r = checkText(draft.preventionNote, u"prevention_note"_s); !r)
        return r;
    return checkText(draft.fixNotes, u"fix.notes"_s);
}

// The follow-up's due time (when given) in the future, and the satisfaction on the spot from 1 to 5.
Result<void> checkFollowUp(const RecoveryDraft& draft, const QDateTime& now) {
    if (draft.satisfaction && (*draft.satisfaction < 1 || *draft.satisfaction > 5))
        return Error::invalidAt(u"satisfaction"_s,
                                QCoreApplication::translate("Core", "satisfaction: must be 1 to 5"));
    if (draft.followUpDue && *draft.followUpDue <= now)
        return Error::invalidAt(u"follow_up.due"_s,
                                QCoreApplication::translate("Core", "follow_up.due: must be in the future"));
    return {};
}

// The steps' times: none in the future, each after the one before.
Result<IncidentState> checkSteps(const RecoveryDraft& draft, const QDateTime& now) {
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
    return state;
}

// What one compensation line gives: a free amount as typed, or the item's fixed price.
Result<Money> priceOf(const CompensationDraft& c, const CatalogItem& item, const Playbook& pb,
                      const QString& path) {
    std::optional<Money> typed;
    if (!c.amount.isEmpty()) {
        auto parsed = Money::parse(c.amount, pb.currency());
        if (!parsed)
            return Error::invalid(path + u".amount: "_s + parsed.error().message);
        typed = parsed.value();
    }
    if (!item.isFreeAmount()) {
        if (typed && *typed != *item.amount)
            return Error::invalid(
                QCoreApplication::translate("Core", "%1.amount: \"%2\" has a fixed price of %3")
                    .arg(path, c.item, item.amount->toDecimalString()));
        return *item.amount;
    }
    if (!typed)
        return Error::invalid(
            QCoreApplication::translate("Core", "%1.amount: missing; \"%2\" needs an amount")
                .arg(path, c.item));
    if (typed->minor() == 0)
        return Error::invalid(
            QCoreApplication::translate("Core", "%1.amount: must be more than zero").arg(path));
    return *typed;
}

} // namespace

Result<void> RecoveryService::checkPart(const RecoveryDraft& draft, DraftPart part) {
    auto current = m_playbooks.current();
    if (!current)
        return current.error();
    return checkPart(draft, part, *current->playbook, m_clock.nowUtc());
}

Result<void> RecoveryService::checkPart(const RecoveryDraft& draft, DraftPart part, const Playbook& pb,
                                        const QDateTime& now) {
    switch (part) {
    case DraftPart::Situation:
        return checkSituation(draft, pb, now);
    case DraftPart::Apology:
        return checkText(draft.apology, u"apology"_s);
    case DraftPart::Fix:
        return checkFix(draft);
    case DraftPart::FollowUp:
        return checkFollowUp(draft, now);
    }
    Q_UNREACHABLE();
}

Result<RecoveryService::Checked> RecoveryService::check(const RecoveryDraft& draft) {
    auto current = m_playbooks.current();
    if (!current)
        return current.error();
    Checked c;
    c.playbook = current.value();
    c.now = m_clock.nowUtc();
    const Playbook& pb = c.pb();
    for (DraftPart part : {DraftPart::Situation, DraftPart::Apology, DraftPart::Fix, DraftPart::FollowUp}) {
        if (auto r = checkPart(draft, part, pb, c.now); !r)
            return r.error();
    }
    c.category = pb.category(draft.category);
    c.severity = pb.severity(draft.severity);
    c.detected = draft.detectedBy;
    auto state = checkSteps(draft, c.now);
    if (!state)
        return state.error();
    c.state = state.value();
    c.total = Money(0, pb.currency());
    for (qsizetype i = 0; i < draft.compensations.size(); ++i) {
        const CompensationDraft& line = draft.compensations[i];
        const QString path = u"compensations[%1]"_s.arg(i);
        const CatalogItem* item = pb.item(line.item);
        if (!item)
            return Error::invalid(QCoreApplication::translate("Core", "%1.item: unknown catalog item \"%2\"")
                                      .arg(path, line.item));
        auto amount = priceOf(line, *item, pb, path);
        if (!amount)
            return amount.error();
        c.lines.append({item, amount.value(), item->cost.value_or(amount.value())});
        c.total += amount.value();
    }
    c.due = draft.followUpDue.value_or(defaultFollowUpDue(*c.category, c.now)); // checked when given
    return c;
}

Result<Employee> RecoveryService::asStoredNow(const Employee& who) {
    // Re-read inside the transaction: a deactivation or a role change a second ago counts.
    Query q = m_db.query(u"SELECT active, role FROM employees WHERE id = ?"_s);
    q.bind(who.id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(who.name);
    Employee now = who;
    now.active = q.integer(0) != 0;
    now.role = roleFromId(q.text(1)).value_or(Role::Associate);
    return now;
}

Result<RecoveryService::Authorisation> RecoveryService::authorise(const Employee& giver,
                                                                  const AuthenticatedEmployee* approver,
                                                                  std::optional<Money> approvedTotal,
                                                                  const Checked& c) {
    auto giverNow = asStoredNow(giver);
    if (!giverNow && giverNow.error().code != Error::Code::NotFound)
        return giverNow.error();
    if (!giverNow || !giverNow->active)
        return Error::denied(
            QCoreApplication::translate("Core", "%1 is not an active employee").arg(giver.name));
    auto spent = spentToday(giverNow.value());
    if (!spent)
        return spent.error();
    const SpendingPolicy policy(c.pb());
    const SpendingDecision decision = policy.evaluate(giverNow.value(), c.total, spent.value());
    if (decision.verdict == SpendingDecision::Verdict::Refused)
        return Error::denied(QCoreApplication::translate("Core", "compensations: ") + decision.reason);
    if (decision.verdict != SpendingDecision::Verdict::NeedsApproval)
        return Authorisation{std::nullopt, decision.reason};
    if (!approver)
        return Error::denied(
            QCoreApplication::translate("Core", "compensations: %1; a supervisor must approve")
                .arg(decision.reason));
    auto approverNow = asStoredNow(approver->employee());
    if (!approverNow) {
        if (approverNow.error().code == Error::Code::NotFound)
            return Error::denied(QCoreApplication::translate("Core", "approval: unknown approver"));
        return approverNow.error();
    }
    if (auto r = policy.checkApprover(giverNow.value(), approverNow.value(), c.total); !r)
        return r.error();
    if (approvedTotal && *approvedTotal != c.total) {
        return Error::denied(
            QCoreApplication::translate(
                "Core", "approval: %1 approved %2; the recovery now gives %3, so it must be approved again")
                .arg(approverNow->name, approvedTotal->toDisplayString(), c.total.toDisplayString()));
    }
    return Authorisation{approverNow->id, decision.reason};
}

Result<void> RecoveryService::writeIncident(const Employee& giver, const RecoveryDraft& draft,
                                            const Checked& c, const Customer& customer,
                                            RecordedRecovery& out) {
    const QString apology =
        draft.apology.trimmed().isEmpty()
            ? Playbook::personalise(c.category->apologies.first(), customer.name, giver.name)
            : draft.apology.trimmed();
    Query ins = m_db.query(u"INSERT INTO incidents (uuid, customer_id, opened_by, playbook_version, "
                           u"status, category, severity, "
                           "detected_by, description, prevention_note, apology, fix_notes, resolved, "
                           "satisfaction, currency, "
                           "opened_at, apologized_at, fixed_at, compensated_at, follow_up_scheduled_at, "
                           "total_minor, override) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    ins.bind(out.uuid)
        .bind(customer.id)
        .bind(giver.id)
        .bind(c.playbook.version)
        .bind(statusId(c.state.status()))
        .bind(c.category->id)
        .bind(c.severity->id)
        .bind(detectedById(c.detected))
        .bind(draft.description.trimmed())
        .bind(draft.preventionNote.trimmed())
        .bind(apology)
        .bind(draft.fixNotes.trimmed())
        .bind(draft.resolved ? 1 : 0)
        .bind(draft.satisfaction ? QVariant(*draft.satisfaction) : QVariant(QMetaType::fromType<int>()))
        .bind(c.pb().currency());
    for (IncidentStatus s : {IncidentStatus::Open, IncidentStatus::Apologized, IncidentStatus::Fixed,
                             IncidentStatus::Compensated, IncidentStatus::FollowUpScheduled})
        ins.bind(TimeFormat::toStored(c.state.at(s)));
    ins.bind(c.total.minor()).bind(out.approvedBy ? 1 : 0);
    if (auto r = ins.exec(); !r)
        return r.error();
    out.id = ins.lastInsertId();

    AuditLog audit(m_db, m_clock);
    const Actor actor = Actor::of(giver);
    const QString incidentId = QString::number(out.id);
    if (auto r = audit.append(actor, AuditAction::IncidentOpen, u"incident"_s, incidentId,
                              QJsonObject{{u"uuid"_s, out.uuid},
                                          {u"customer_id"_s, customer.id},
                                          {u"category"_s, c.category->id},
                                          {u"severity"_s, c.severity->id},
                                          {u"detected_by"_s, detectedById(c.detected)},
                                          {u"description"_s, draft.description.trimmed()},
                                          {u"playbook_version"_s, c.playbook.version},
                                          {u"opened_at"_s, TimeFormat::toStored(out.openedAt)}});
        !r)
        return r.error();
    if (auto r = audit.append(actor, AuditAction::IncidentApologize, u"incident"_s, incidentId,
                              {{u"apology"_s, apology}});
        !r)
        return r.error();
    return appended(audit.append(actor, AuditAction::IncidentFix, u"incident"_s, incidentId,
                                 {{u"notes"_s, draft.fixNotes.trimmed()},
                                  {u"resolved"_s, draft.resolved},
                                  {u"prevention_note"_s, draft.preventionNote.trimmed()}}));
}

Result<void> RecoveryService::writeCompensations(const Employee& giver, const AuthenticatedEmployee* approver,
                                                 const Checked& c, const Authorisation& authorisation,
                                                 RecordedRecovery& out) {
    AuditLog audit(m_db, m_clock);
    const Actor actor = Actor::of(giver);
    const QString incidentId = QString::number(out.id);
    const QString currency = c.pb().currency();
    const QString givenAt = TimeFormat::toStored(c.state.at(IncidentStatus::Compensated));
    for (const Line& line : c.lines) {
        const QString voucher = line.item->kind == CatalogKind::Voucher ? newVoucherCode() : QString();
        Query q = m_db.query(u"INSERT INTO compensations (incident_id, item, kind, amount_minor, cost_minor, "
                             "currency, given_by, given_at, approved_by, voucher_code) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.bind(out.id)
            .bind(line.item->id)
            .bind(catalogKindId(line.item->kind))
            .bind(line.amount.minor())
            .bind(line.cost.minor())
            .bind(currency)
            .bind(giver.id)
            .bind(givenAt)
            .bind(nullable(authorisation.approvedBy))
            .bind(voucher);
        if (auto r = q.exec(); !r)
            return r.error();
        QJsonObject p{{u"incident_id"_s, out.id},
                      {u"item"_s, line.item->id},
                      {u"amount"_s, line.amount.toDecimalString()},
                      {u"currency"_s, currency}};
        if (authorisation.approvedBy)
            p.insert(u"approved_by"_s, *authorisation.approvedBy);
        if (!voucher.isEmpty()) {
            p.insert(u"voucher_code"_s, voucher);
            out.voucherCodes.append(voucher);
        }
        if (auto r = audit.append(actor, AuditAction::CompensationGive, u"compensation"_s,
                                  QString::number(q.lastInsertId()), p);
            !r)
            return r.error();
    }
    if (authorisation.approvedBy) {
        if (auto r = audit.append(Actor::of(approver->employee()), AuditAction::CompensationApprove,
                                  u"incident"_s, incidentId,
                                  {{u"total"_s, c.total.toDecimalString()},
                                   {u"given_by"_s, giver.code},
                                   {u"reason"_s, authorisation.reason}});
            !r)
            return r.error();
    }
    return appended(audit.append(actor, AuditAction::IncidentCompensate, u"incident"_s, incidentId,
                                 {{u"total"_s, c.total.toDecimalString()},
                                  {u"currency"_s, currency},
                                  {u"lines"_s, int(c.lines.size())}}));
}

Result<void> RecoveryService::writeFollowUp(const Employee& giver, const RecoveryDraft& draft,
                                            const Checked& c, const Customer& customer,
                                            RecordedRecovery& out) {
    const QString due = TimeFormat::toStored(c.due);
    const QString channel =
        channelId(draft.followUpChannel.value_or(defaultFollowUpChannel(customer.phone, customer.email)));
    Query f =
        m_db.query(u"INSERT INTO follow_ups (incident_id, due_at, channel, owner_id) VALUES (?, ?, ?, ?)"_s);
    f.bind(out.id).bind(due).bind(channel).bind(giver.id);
    if (auto r = f.exec(); !r)
        return r.error();
    out.followUpId = f.lastInsertId();
    QJsonObject p{{u"incident_id"_s, out.id}, {u"due"_s, due}, {u"channel"_s, channel}};
    if (draft.satisfaction)
        p.insert(u"satisfaction"_s, *draft.satisfaction);
    return appended(AuditLog(m_db, m_clock)
                        .append(Actor::of(giver), AuditAction::FollowUpSchedule, u"follow_up"_s,
                                QString::number(out.followUpId), p));
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
        if (auto a = audit.append(Actor::of(by.employee()), AuditAction::FollowUpDone, u"follow_up"_s,
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
            if (auto a = audit.append(Actor::of(by.employee()), AuditAction::IncidentClose, u"incident"_s,
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
