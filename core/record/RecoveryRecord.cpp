// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/RecoveryRecord.h"

#include "domain/Money.h"

namespace rebound {

namespace {

// JSON string escaping as Qt's writer does it: quote, backslash and control characters; UTF-8 as is.
void appendJsonString(QByteArray& out, QByteArrayView text) {
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

RowValue text(const QByteArray& v) {
    return RowValue::ofText(v);
}
RowValue integer(qint64 v) {
    return RowValue::ofInteger(v);
}
RowValue textOrNull(const QByteArray& v) {
    return v.isEmpty() ? RowValue{} : text(v);
}
template <typename T> RowValue integerOrNull(const std::optional<T>& v) {
    return v ? integer(*v) : RowValue{};
}

QByteArray decimal(qint64 minor, const QByteArray& currency) {
    return Money(minor, QString::fromUtf8(currency)).toDecimalString().toLatin1();
}

} // namespace

void JsonPayload::key(const char* key) {
    if (m_json.size() > 1)
        m_json += ',';
    appendJsonString(m_json, QByteArrayView(key));
    m_json += ':';
}

JsonPayload& JsonPayload::add(const char* k, QByteArrayView utf8Text) {
    key(k);
    appendJsonString(m_json, utf8Text);
    return *this;
}

JsonPayload& JsonPayload::add(const char* k, qint64 number) {
    key(k);
    m_json += QByteArray::number(number);
    return *this;
}

JsonPayload& JsonPayload::addRaw(const char* k, QByteArrayView json) {
    key(k);
    m_json += json;
    return *this;
}

JsonPayload& JsonPayload::addBool(const char* k, bool value) {
    key(k);
    m_json += value ? "true" : "false";
    return *this;
}

QByteArray tableName(RecordTable table) {
    switch (table) {
    case RecordTable::Customers:
        return "customers";
    case RecordTable::Incidents:
        return "incidents";
    case RecordTable::Compensations:
        return "compensations";
    case RecordTable::FollowUps:
        return "follow_ups";
    }
    return {};
}

QList<QByteArray> columnsOf(RecordTable table) {
    switch (table) {
    case RecordTable::Customers:
        return {"name",    "phone",       "email",      "account_ref",
                "segment", "preferences", "created_at", "lifetime_value_minor"};
    case RecordTable::Incidents:
        return {"uuid",      "customer_id",   "opened_by",   "playbook_version", "status",
                "category",  "severity",      "detected_by", "description",      "prevention_note",
                "apology",   "fix_notes",     "resolved",    "satisfaction",     "currency",
                "opened_at", "apologized_at", "fixed_at",    "compensated_at",   "follow_up_scheduled_at",
                "closed_at", "total_minor",   "override"};
    case RecordTable::Compensations:
        return {"incident_id", "item",     "kind",     "amount_minor", "cost_minor",
                "currency",    "given_by", "given_at", "approved_by",  "voucher_code"};
    case RecordTable::FollowUps:
        return {"incident_id", "due_at",  "channel",  "owner_id",     "done_at", "done_by",
                "outcome",     "reached", "attempts", "satisfaction", "verdict"};
    }
    return {};
}

RowValues rowValues(const CustomerRow& c) {
    return {text(c.name),    text(c.phone),       text(c.email),     text(c.accountRef),
            text(c.segment), text(c.preferences), text(c.createdAt), integer(c.lifetimeValueMinor)};
}

RowValues rowValues(const IncidentRow& i) {
    return {text(i.uuid),
            integer(i.customerId),
            integer(i.openedBy),
            integer(i.playbookVersion),
            text(i.status),
            text(i.category),
            text(i.severity),
            text(i.detectedBy),
            text(i.description),
            text(i.preventionNote),
            text(i.apology),
            text(i.fixNotes),
            integer(i.resolved ? 1 : 0),
            integerOrNull(i.satisfaction),
            text(i.currency),
            text(i.openedAt),
            text(i.apologizedAt),
            text(i.fixedAt),
            text(i.compensatedAt),
            text(i.followUpScheduledAt),
            textOrNull(i.closedAt),
            integer(i.totalMinor),
            integer(i.override ? 1 : 0)};
}

RowValues rowValues(const CompensationRow& c) {
    return {integer(c.incidentId),       text(c.item),       text(c.kind),       integer(c.amountMinor),
            integer(c.costMinor),        text(c.currency),   integer(c.givenBy), text(c.givenAt),
            integerOrNull(c.approvedBy), text(c.voucherCode)};
}

RowValues rowValues(const FollowUpRow& f) {
    const bool done = !f.doneAt.isEmpty();
    return {integer(f.incidentId),
            text(f.dueAt),
            text(f.channel),
            integer(f.ownerId),
            textOrNull(f.doneAt),
            done ? integer(f.doneBy) : RowValue{},
            text(f.outcome),
            f.reached ? integer(*f.reached ? 1 : 0) : RowValue{},
            integer(f.attempts),
            integerOrNull(f.satisfaction),
            f.verdict.isEmpty() ? RowValue{} : text(f.verdict)};
}

QByteArray followUpDonePayload(qint64 incidentId, const FollowUpRow& done) {
    JsonPayload p;
    p.add("attempts", done.attempts).add("incident_id", incidentId).add("outcome", done.outcome);
    p.addBool("reached", done.reached.value_or(true));
    if (done.satisfaction)
        p.add("satisfaction", qint64(*done.satisfaction));
    if (!done.verdict.isEmpty())
        p.add("verdict", done.verdict);
    return p.bytes();
}

Result<QList<qint64>> RecordSink::insertAll(RecordTable table, const std::vector<RowValues>& rows) {
    QList<qint64> ids;
    for (const RowValues& row : rows) {
        auto id = insert(table, row);
        if (!id)
            return id.error();
        ids << *id;
    }
    return ids;
}

Result<qint64> writeCustomer(RecordSink& sink, const CustomerRow& row, const RecordActor& by,
                             const QByteArray& at) {
    auto id = sink.insert(RecordTable::Customers, rowValues(row));
    if (!id)
        return id;
    JsonPayload payload;
    if (row.lifetimeValueMinor > 0) // absent when not known, as in entries written before it was asked
        payload.add("lifetime_value_minor", row.lifetimeValueMinor);
    payload.add("name", row.name).add("segment", row.segment);
    if (auto r = sink.audit(at, by, AuditAction::CustomerAdd, "customer", *id, payload.bytes(), nullptr); !r)
        return r.error();
    return id;
}

namespace {

Result<qint64> writeIncident(RecordSink& sink, const RecoveryRecord& r, RecoveryRef& ref) {
    const IncidentRow& i = r.incident;
    auto id = sink.insert(RecordTable::Incidents, rowValues(i));
    if (!id)
        return id;
    ref = {*id, i.category, i.totalMinor, i.override};
    JsonPayload open;
    open.add("category", i.category)
        .add("customer_id", i.customerId)
        .add("description", i.description)
        .add("detected_by", i.detectedBy)
        .add("opened_at", i.openedAt)
        .add("playbook_version", i.playbookVersion)
        .add("severity", i.severity)
        .add("uuid", i.uuid);
    JsonPayload apologize;
    apologize.add("apology", i.apology);
    JsonPayload fix;
    fix.add("notes", i.fixNotes).add("prevention_note", i.preventionNote).addBool("resolved", i.resolved);
    for (const auto& [action, payload] :
         {std::pair{AuditAction::IncidentOpen, &open}, std::pair{AuditAction::IncidentApologize, &apologize},
          std::pair{AuditAction::IncidentFix, &fix}}) {
        if (auto a = sink.audit(r.at, r.giver, action, "incident", *id, payload->bytes(), &ref); !a)
            return a.error();
    }
    return id;
}

Result<void> writeCompensations(RecordSink& sink, RecoveryRecord& r, const RecoveryRef& ref,
                                RecordedIds& ids) {
    std::vector<RowValues> rows;
    for (CompensationRow& c : r.compensations) {
        c.incidentId = ref.id;
        rows.push_back(rowValues(c));
    }
    if (!rows.empty()) {
        auto inserted = sink.insertAll(RecordTable::Compensations, rows);
        if (!inserted)
            return inserted.error();
        ids.compensations = inserted.value();
    }
    for (qsizetype n = 0; n < qsizetype(r.compensations.size()); ++n) {
        const CompensationRow& c = r.compensations[std::size_t(n)];
        const qint64 id = ids.compensations[n];
        JsonPayload give;
        give.add("amount", decimal(c.amountMinor, c.currency));
        if (c.approvedBy)
            give.add("approved_by", *c.approvedBy);
        give.add("currency", c.currency).add("incident_id", ref.id).add("item", c.item);
        if (!c.voucherCode.isEmpty())
            give.add("voucher_code", c.voucherCode);
        if (auto a = sink.audit(r.at, r.giver, AuditAction::CompensationGive, "compensation", id,
                                give.bytes(), &ref);
            !a)
            return a;
    }
    const QByteArray total = decimal(r.incident.totalMinor, r.incident.currency);
    if (r.approver) {
        // The approver's entry names what they agreed to: the customer and each gesture.
        QByteArray gestures = "[";
        for (const CompensationRow& c : r.compensations) {
            if (gestures.size() > 1)
                gestures += ',';
            appendJsonString(gestures, QByteArray(c.item + ' ' + decimal(c.amountMinor, c.currency)));
        }
        gestures += ']';
        JsonPayload approve;
        approve.add("customer_id", r.incident.customerId)
            .addRaw("gestures", gestures)
            .add("given_by", r.giver.code)
            .add("reason", r.approvalReason)
            .add("total", total);
        if (auto a = sink.audit(r.at, *r.approver, AuditAction::CompensationApprove, "incident", ref.id,
                                approve.bytes(), &ref);
            !a)
            return a;
    }
    JsonPayload compensate;
    compensate.add("currency", r.incident.currency)
        .add("lines", qint64(r.compensations.size()))
        .add("total", total);
    return sink.audit(r.at, r.giver, AuditAction::IncidentCompensate, "incident", ref.id, compensate.bytes(),
                      &ref);
}

} // namespace

Result<RecordedIds> writeRecovery(RecordSink& sink, RecoveryRecord& r) {
    RecordedIds ids;
    RecoveryRef ref;
    auto incident = writeIncident(sink, r, ref);
    if (!incident)
        return incident.error();
    ids.incident = *incident;
    if (auto c = writeCompensations(sink, r, ref, ids); !c)
        return c.error();
    r.followUp.incidentId = ref.id;
    auto followUp = sink.insert(RecordTable::FollowUps, rowValues(r.followUp));
    if (!followUp)
        return followUp.error();
    ids.followUp = *followUp;
    JsonPayload schedule;
    schedule.add("channel", r.followUp.channel).add("due", r.followUp.dueAt).add("incident_id", ref.id);
    if (r.incident.satisfaction)
        schedule.add("satisfaction", *r.incident.satisfaction);
    if (auto a = sink.audit(r.at, r.giver, AuditAction::FollowUpSchedule, "follow_up", ids.followUp,
                            schedule.bytes(), &ref);
        !a)
        return a.error();
    return ids;
}

} // namespace rebound
