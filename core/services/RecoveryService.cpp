// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecoveryService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/Incident.h"
#include "domain/TimeFormat.h"
#include "services/PlaybookService.h"
#include "services/SiteService.h"
#include "services/SqlRecordSink.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rebound {

QDateTime RecoveryService::defaultFollowUpDue(const Category& category, const QDateTime& nowUtc,
                                              const BusinessHours& hours) {
    return hours.followUpDue(nowUtc, category.followUpHours.first()); // the loader refuses an empty list
}

Channel RecoveryService::defaultFollowUpChannel(const QString& phone, const QString& email,
                                                const QString& preferences) {
    // The words people write in the preferences field, in the languages Rebound speaks.
    static const QRegularExpression byEmail(u"\\b(e-?mail|correo|mail)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bySms(u"\\b(sms|texts?|whatsapp|mensajes?)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (!email.isEmpty() && byEmail.match(preferences).hasMatch())
        return Channel::Email;
    if (!phone.isEmpty() && bySms.match(preferences).hasMatch())
        return Channel::Sms;
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
    c.segment = SegmentId(q.text(5));
    c.lifetimeValue = Money(q.integer(6), {});
    c.preferences = q.text(7);
    return c;
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

namespace {
// An employee's gestures today that needed no approval: what the daily cap counts. Voided ones count too:
// a void gives nothing back to the day, or void-and-give-again would be no cap at all.
// Bound: the employee's id, then the start of the business day and of the next.
const QString SpentToday =
    u"SELECT coalesce(sum(c.amount_minor), 0) FROM compensations c "
    "WHERE c.given_by = ? AND c.approved_by IS NULL AND c.given_at >= ? AND c.given_at < ?"_s;
// Offline, what the copy's share of the giver's offline allowance for the day has left (sync/OfflineShares):
// the share less what the server held as given under it at the last refresh and what was recorded here
// since (not sent then), and never more than the share less all recorded here today. No share: nothing.
// Bound: the day's start and the next's (twice), the day, the employee's id.
const QString GivenHere =
    u"(SELECT coalesce(sum(c.amount_minor), 0) FROM compensations c JOIN outbox o ON o.incident_id = "
    u"c.incident_id AND o.kind = 'recovery' WHERE c.given_by = s.employee_id AND c.approved_by IS NULL "
    u"AND c.given_at >= ? AND c.given_at < ?"_s;
const QString ShareLeft = u"SELECT s.amount_minor - max(s.used_minor + "_s + GivenHere +
                          u" AND (o.sent_at IS NULL OR o.seq > s.sent_upto)), "_s + GivenHere +
                          u")) FROM offline_shares s WHERE s.business_day = ? AND s.employee_id = ?"_s;
} // namespace

Result<Money> RecoveryService::spentToday(const Employee& giver) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    const QDate today = hours->businessDate(m_clock.nowUtc());
    const QString start = hours->dayStartStored(today);
    const QString end = hours->dayStartStored(today.addDays(1));
    if (spendingMode() == SpendingPolicy::Mode::Offline) {
        const auto allowance = pb->playbook->limits(giver.role).offline().perDay;
        if (!allowance)
            return Money(0, pb->playbook->currency());
        Query q = m_db.query(ShareLeft);
        q.bind(start).bind(end).bind(start).bind(end).bind(today.toString(Qt::ISODate)).bind(giver.id);
        if (auto r = q.exec(); !r)
            return r.error();
        const qint64 left = q.next() ? std::max<qint64>(q.integer(0), 0) : 0;
        // As spent: the allowance less what the share has left.
        return Money(std::max<qint64>(allowance->minor() - left, 0), pb->playbook->currency());
    }
    Query q = m_db.query(SpentToday);
    q.bind(giver.id).bind(start).bind(end);
    if (auto r = q.exec(); !r)
        return r.error();
    return Money(q.next() ? q.integer(0) : 0, pb->playbook->currency());
}

SpendingPolicy::Mode RecoveryService::spendingMode() const {
    // A counter's offline copy records while its server is away: the offline allowance applies.
    return m_db.keepsOutbox() ? SpendingPolicy::Mode::Offline : SpendingPolicy::Mode::Online;
}

Result<Authority> RecoveryService::authority(const Employee& giver, const Money& total) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    auto spent = spentToday(giver);
    if (!spent)
        return spent.error();
    return Authority{SpendingPolicy(*pb->playbook, spendingMode()).evaluate(giver, total, spent.value()),
                     spent.value()};
}

Result<void> RecoveryService::checkApproval(const Employee& giver, const Employee& approver,
                                            const Money& total) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    return SpendingPolicy(*pb->playbook).checkApprover(giver, approver, total);
}

namespace {
// What a new customer has spent with the business, as typed (a decimal); zero when not known.
Result<Money> lifetimeValueOf(const CustomerDraft& draft, const Playbook& pb) {
    const QString typed = draft.lifetimeValue.trimmed();
    if (typed.isEmpty())
        return Money(0, pb.currency());
    auto value = Money::parse(typed, pb.currency());
    if (!value || value->minor() < 0)
        return Error::invalidAt(
            u"customer.lifetime_value"_s,
            QCoreApplication::translate("Core", "customer.lifetime_value: \"%1\" is not an amount")
                .arg(typed));
    return value;
}
} // namespace

Result<Customer> RecoveryService::resolveCustomer(const Actor& actor, const CustomerDraft& draft,
                                                  const Playbook& pb) {
    const QString phone = draft.phone.trimmed();
    const QString email = draft.email.trimmed().toLower();
    if (draft.id) {
        auto known = customer(*draft.id);
        if (!known && known.error().code == Error::Code::NotFound)
            return Error::invalidAt(u"customer.id"_s, known.error().message);
        return known;
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
    auto value = lifetimeValueOf(draft, pb);
    if (!value)
        return value.error();
    c.lifetimeValue = *value;
    const QByteArray now = TimeFormat::toStored(m_clock.nowUtc()).toLatin1();
    SqlRecordSink sink(m_db, m_clock);
    auto id =
        writeCustomer(sink,
                      {c.name.toUtf8(), c.phone.toUtf8(), c.email.toUtf8(), c.accountRef.toUtf8(),
                       c.segment.toString().toUtf8(), c.preferences.toUtf8(), now, c.lifetimeValue.minor()},
                      {actor.employeeId.value_or(0), actor.name.toUtf8()}, now);
    if (!id)
        return id.error();
    c.id = *id;
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
RecoveryService::ApprovedGift RecoveryService::giftOf(const RecoveryDraft& draft, const QList<Line>& lines,
                                                      const Money& total) {
    ApprovedGift gift;
    const CustomerDraft& who = draft.customer;
    gift.customer =
        who.id
            ? u"#%1"_s.arg(*who.id)
            : QStringList{who.name.simplified(), who.phone.simplified(), who.email.trimmed()}.join(u" / "_s);
    for (const Line& line : lines)
        gift.gestures << line.item->id + u' ' + line.amount.toDecimalString();
    gift.total = total;
    return gift;
}

Result<RecoveryService::ApprovedGift> RecoveryService::giftOf(const RecoveryDraft& draft) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    auto lines = linesOf(draft, *pb->playbook);
    if (!lines)
        return lines.error();
    Money total(0, pb->playbook->currency());
    for (const Line& line : std::as_const(*lines))
        total += line.amount;
    return giftOf(draft, lines.value(), total);
}

Result<RecordedRecovery> RecoveryService::record(const AuthenticatedEmployee& by, const RecoveryDraft& draft,
                                                 const AuthenticatedEmployee* approver,
                                                 const std::optional<ApprovedGift>& approved) {
    auto checked = check(draft);
    if (!checked)
        return checked.error();
    const Checked& c = checked.value();
    return m_db.write([&]() -> Result<RecordedRecovery> {
        auto authorisation = authorise(by.employee(), approver, approved, c, draft);
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
        RecoveryRecord record =
            recordOf(by.employee(), approver, draft, c, authorisation.value(), customer.value(), out.uuid);
        SqlRecordSink sink(m_db, m_clock, SqlRecordSink::Entries::Batched);
        auto ids = writeRecovery(sink, record);
        if (!ids) {
            sink.discard(); // the transaction rolls back: nothing to write
            return ids.error();
        }
        if (auto flushed = sink.flush(); !flushed)
            return flushed.error();
        // A counter's offline copy: queued for its server in this same transaction.
        if (m_db.keepsOutbox()) {
            if (auto q = Outbox(m_db).enqueue(out.uuid, ids->incident, QString::fromLatin1(record.at)); !q)
                return q.error();
        }
        out.id = ids->incident;
        out.followUpId = ids->followUp;
        for (const CompensationRow& row : record.compensations) {
            if (!row.voucherCode.isEmpty())
                out.voucherCodes.append(QString::fromLatin1(row.voucherCode));
        }
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
    if (!draft.customer.id && draft.customer.name.simplified().isEmpty())
        return Error::invalidAt(
            u"customer.name"_s,
            QCoreApplication::translate("Core", "customer.name: who was let down? Type their name"));
    if (auto r = checkText(draft.customer.name, u"customer.name"_s); !r)
        return r;
    if (draft.category.isEmpty())
        return Error::invalidAt(u"category"_s, QCoreApplication::translate("Core", "category: choose one"));
    if (!pb.category(draft.category))
        return Error::invalidAt(u"category"_s,
                                QCoreApplication::translate("Core", "category: unknown category \"%1\"")
                                    .arg(draft.category.toString()));
    if (!pb.severity(draft.severity))
        return Error::invalidAt(u"severity"_s,
                                QCoreApplication::translate("Core", "severity: unknown severity \"%1\"")
                                    .arg(draft.severity.toString()));
    if (auto value = lifetimeValueOf(draft.customer, pb); !draft.customer.id && !value)
        return value.error();
    if (!draft.customer.segment.isEmpty() && !pb.segment(draft.customer.segment))
        return Error::invalidAt(u"customer.segment"_s, QCoreApplication::translate(
                                                           "Core", "customer.segment: unknown segment \"%1\"")
                                                           .arg(draft.customer.segment.toString()));
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

Result<QList<RecoveryService::Line>> RecoveryService::linesOf(const RecoveryDraft& draft,
                                                              const Playbook& pb) {
    QList<Line> out;
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
        out.append({item, amount.value(), item->cost.value_or(amount.value())});
    }
    return out;
}

Result<NewAuditEntry> RecoveryService::giveReplacement(const AuthenticatedEmployee& by, qint64 incidentId,
                                                       qint64 replaces, const CompensationDraft& line,
                                                       const AuthenticatedEmployee* approver) {
    auto pb = m_playbooks.current();
    if (!pb)
        return pb.error();
    RecoveryDraft one;
    one.compensations = {line};
    auto lines = linesOf(one, *pb->playbook);
    if (!lines)
        return Error::invalidAt(u"replacement"_s, lines.error().message);
    const Line& given = lines->first();
    auto stored = giverNow(by.employee(), *pb->playbook);
    if (!stored)
        return stored.error();
    const auto& [giver, spent] = stored.value();
    const SpendingDecision decision =
        SpendingPolicy(*pb->playbook, spendingMode()).evaluate(giver, given.amount, spent);
    if (decision.verdict == SpendingDecision::Verdict::Refused)
        return Error::invalidAt(u"replacement"_s, decision.reason);
    std::optional<qint64> approvedBy;
    if (decision.verdict == SpendingDecision::Verdict::NeedsApproval) {
        if (!approver)
            return Error::invalidAt(u"approver"_s, decision.reason);
        if (auto ok = checkApproval(giver, approver->employee(), given.amount); !ok)
            return Error::invalidAt(u"approver"_s, ok.error().message);
        approvedBy = approver->employee().id;
    }
    const QString now = TimeFormat::toStored(m_clock.nowUtc());
    const QString voucher = given.item->kind == CatalogKind::Voucher ? newVoucherCode() : QString();
    Query q =
        m_db.query(u"INSERT INTO compensations (incident_id, item, kind, amount_minor, cost_minor, currency, "
                   u"given_by, given_at, approved_by, voucher_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   u"RETURNING id"_s);
    q.bind(incidentId).bind(given.item->id).bind(catalogKindId(given.item->kind)).bind(given.amount.minor());
    q.bind(given.cost.minor()).bind(given.amount.currency()).bind(giver.id).bind(now);
    q.bind(approvedBy ? QVariant(*approvedBy) : QVariant(QMetaType::fromType<qint64>())).bind(voucher);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::storage(u"compensations: no id returned"_s);
    const qint64 id = q.integer(0);
    if (approvedBy) {
        // Given with an approval: the recovery needed an override, as one recorded so.
        Query flag = m_db.query(u"UPDATE incidents SET override = 1 WHERE id = ?"_s);
        flag.bind(incidentId);
        if (auto r = flag.exec(); !r)
            return r.error();
    }
    QJsonObject payload{{u"amount"_s, given.amount.toDecimalString()},
                        {u"currency"_s, given.amount.currency()},
                        {u"incident_id"_s, incidentId},
                        {u"item"_s, given.item->id},
                        {u"replaces"_s, replaces}};
    if (approvedBy)
        payload.insert(u"approved_by"_s, *approvedBy);
    if (!voucher.isEmpty())
        payload.insert(u"voucher_code"_s, voucher);
    return NewAuditEntry{Actor::of(giver),
                         AuditAction::CompensationGive,
                         u"compensation"_s,
                         QString::number(id),
                         QJsonDocument(payload).toJson(QJsonDocument::Compact),
                         incidentId,
                         now};
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
    auto lines = linesOf(draft, pb);
    if (!lines)
        return lines.error();
    c.lines = lines.value();
    c.total = Money(0, pb.currency());
    for (const Line& line : std::as_const(c.lines))
        c.total += line.amount;
    if (draft.followUpDue) {
        c.due = *draft.followUpDue; // checked by check()
    } else {
        auto hours = SiteService(m_db, m_clock).hours();
        if (!hours)
            return hours.error();
        c.due = defaultFollowUpDue(*c.category, c.now, hours.value());
    }
    return c;
}

namespace {
// The employee with their active flag and role as read (columns 0 and 1).
Employee storedAs(Employee who, const Query& q) {
    who.active = q.integer(0) != 0;
    who.role = roleFromId(q.text(1)).value_or(Role::Associate);
    return who;
}
} // namespace

Result<Employee> RecoveryService::asStoredNow(const Employee& who) {
    // Re-read inside the transaction: a deactivation or a role change a second ago counts.
    Query q = m_db.query(u"SELECT active, role FROM employees WHERE id = ?"_s);
    q.bind(who.id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(who.name);
    return storedAs(who, q);
}

Result<std::pair<Employee, Money>> RecoveryService::giverNow(const Employee& who, const Playbook& pb) {
    if (spendingMode() == SpendingPolicy::Mode::Offline) {
        // A counter's copy: the share of the allowance, read apart (no server round trip to save).
        auto now = asStoredNow(who);
        if (!now)
            return now.error();
        auto spent = spentToday(*now);
        if (!spent)
            return spent.error();
        return std::pair{*now, *spent};
    }
    // As asStoredNow() and spentToday() in one read: a round trip less on a server's commit path. The
    // day's gestures are summed only for a role with a daily cap (a manager's day may hold thousands).
    QStringList capped;
    for (const RoleLimits& l : pb.roles()) {
        if (l.perDay)
            capped << u"'%1'"_s.arg(roleId(l.role));
    }
    auto hours = SiteService(m_db, m_clock).hours();
    if (!hours)
        return hours.error();
    const QDate today = hours->businessDate(m_clock.nowUtc());
    Query q = m_db.query(u"SELECT e.active, e.role, "_s +
                         (capped.isEmpty() ? u"0"_s
                                           : u"CASE WHEN e.role IN ("_s + capped.join(u", "_s) +
                                                 u") THEN ("_s + SpentToday + u") ELSE 0 END"_s) +
                         u" FROM employees e WHERE e.id = ?"_s);
    if (!capped.isEmpty())
        q.bind(who.id).bind(hours->dayStartStored(today)).bind(hours->dayStartStored(today.addDays(1)));
    q.bind(who.id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(who.name);
    return std::pair{storedAs(who, q), Money(q.integer(2), pb.currency())};
}

Result<RecoveryService::Authorisation> RecoveryService::authorise(const Employee& giver,
                                                                  const AuthenticatedEmployee* approver,
                                                                  const std::optional<ApprovedGift>& approved,
                                                                  const Checked& c,
                                                                  const RecoveryDraft& draft) {
    auto stored = giverNow(giver, c.pb());
    if (!stored && stored.error().code != Error::Code::NotFound)
        return stored.error();
    if (!stored || !stored->first.active)
        return Error::denied(
            QCoreApplication::translate("Core", "%1 is not an active employee").arg(giver.name));
    const auto& [now, spent] = stored.value();
    const SpendingPolicy policy(c.pb(), spendingMode());
    const SpendingDecision decision = policy.evaluate(now, c.total, spent);
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
    if (auto r = policy.checkApprover(now, approverNow.value(), c.total); !r)
        return r.error();
    if (approved && *approved != giftOf(draft, c.lines, c.total)) {
        return Error::denied(
            QCoreApplication::translate("Core",
                                        "approval: %1 approved %2 for %3; the customer or the gestures "
                                        "changed since, so it must be approved again")
                .arg(approverNow->name, approved->total.toDisplayString(), approved->customer));
    }
    return Authorisation{approverNow->id, decision.reason};
}

IncidentRow RecoveryService::incidentRow(const Employee& giver, const RecoveryDraft& draft, const Checked& c,
                                         const Customer& customer, const QString& uuid, bool override) const {
    IncidentRow i;
    i.uuid = uuid.toLatin1();
    i.customerId = customer.id;
    i.openedBy = giver.id;
    i.playbookVersion = c.playbook.version;
    i.status = statusId(c.state.status()).toLatin1();
    i.category = c.category->id.toString().toUtf8();
    i.severity = c.severity->id.toString().toUtf8();
    i.detectedBy = detectedById(c.detected).toLatin1();
    i.description = draft.description.trimmed().toUtf8();
    i.preventionNote = draft.preventionNote.trimmed().toUtf8();
    i.apology = (draft.apology.trimmed().isEmpty()
                     ? Playbook::personalise(c.category->apologies.first(), customer.name, giver.name)
                     : draft.apology.trimmed())
                    .toUtf8();
    i.fixNotes = draft.fixNotes.trimmed().toUtf8();
    i.resolved = draft.resolved;
    i.satisfaction = draft.satisfaction;
    i.currency = c.pb().currency().toUtf8();
    i.openedAt = TimeFormat::toStored(c.state.at(IncidentStatus::Open)).toLatin1();
    i.apologizedAt = TimeFormat::toStored(c.state.at(IncidentStatus::Apologized)).toLatin1();
    i.fixedAt = TimeFormat::toStored(c.state.at(IncidentStatus::Fixed)).toLatin1();
    i.compensatedAt = TimeFormat::toStored(c.state.at(IncidentStatus::Compensated)).toLatin1();
    i.followUpScheduledAt = TimeFormat::toStored(c.state.at(IncidentStatus::FollowUpScheduled)).toLatin1();
    i.totalMinor = c.total.minor();
    i.override = override;
    return i;
}

RecoveryRecord RecoveryService::recordOf(const Employee& giver, const AuthenticatedEmployee* approver,
                                         const RecoveryDraft& draft, const Checked& c,
                                         const Authorisation& authorisation, const Customer& customer,
                                         const QString& uuid) {
    RecoveryRecord r;
    r.incident = incidentRow(giver, draft, c, customer, uuid, authorisation.approvedBy.has_value());
    for (const Line& line : c.lines) {
        CompensationRow row;
        row.item = line.item->id.toUtf8();
        row.kind = catalogKindId(line.item->kind).toUtf8();
        row.amountMinor = line.amount.minor();
        row.costMinor = line.cost.minor();
        row.currency = r.incident.currency;
        row.givenBy = giver.id;
        row.givenAt = r.incident.compensatedAt;
        row.approvedBy = authorisation.approvedBy;
        if (line.item->kind == CatalogKind::Voucher)
            row.voucherCode = newVoucherCode().toLatin1();
        r.compensations.push_back(row);
    }
    r.followUp.dueAt = TimeFormat::toStored(c.due).toLatin1();
    r.followUp.channel = channelId(draft.followUpChannel.value_or(defaultFollowUpChannel(
                                       customer.phone, customer.email, customer.preferences)))
                             .toLatin1();
    r.followUp.ownerId = giver.id;
    r.giver = {giver.id, giver.code.toUtf8()};
    if (authorisation.approvedBy && approver)
        r.approver = RecordActor{approver->employee().id, approver->employee().code.toUtf8()};
    r.approvalReason = authorisation.reason.toUtf8();
    r.at = TimeFormat::toStored(m_clock.nowUtc()).toLatin1();
    return r;
}

Result<Customer> RecoveryService::customer(qint64 id) {
    Query q = m_db.query(SelectCustomer + u"WHERE id = ?"_s);
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(QCoreApplication::translate("Core", "customer.id: no customer %1").arg(id));
    return readCustomer(q);
}

Result<QList<Customer>> RecoveryService::findCustomers(const QString& text, int limit) {
    const QString needle = text.trimmed();
    QList<Customer> out;
    if (needle.isEmpty())
        return out;
    // Prefix matches use the indexes; names also match anywhere for "type-ahead" by surname.
    Query q =
        m_db.query(SelectCustomer + u"WHERE phone LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' "
                                    "OR account_ref = ? OR name %1 ? ESCAPE '\\' ORDER BY name LIMIT ?"_s.arg(
                                        m_db.dialect().like()));
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
