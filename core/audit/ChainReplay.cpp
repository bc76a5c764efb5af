// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/ChainReplay.h"

#include "audit/PayloadScan.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// Row ids are dense from 1; anything beyond this is not a row this database could hold.
constexpr qint64 MaxRowId = qint64(1) << 31;

std::optional<AuditAction> actionOf(QByteArrayView id) {
    static const std::unordered_map<std::string_view, AuditAction> actions = [] {
        std::unordered_map<std::string_view, AuditAction> out;
        for (AuditAction a : allAuditActions())
            out.emplace(auditActionId(a), a);
        return out;
    }();
    const auto it = actions.find(std::string_view(id.data(), size_t(id.size())));
    if (it == actions.end())
        return std::nullopt;
    return it->second;
}

QString utf8(QByteArrayView v) {
    return QString::fromUtf8(v);
}

// "audit entry 57 (compensation.give compensation 3)"
QString entryName(const ChainEntry& e) {
    return QCoreApplication::translate("Core", "audit entry %1 (%2 %3 %4)")
        .arg(e.id)
        .arg(utf8(e.action), utf8(e.entity), utf8(e.entityId));
}

Error broken(const ChainEntry& e, const QString& what) {
    return Error::corrupt(entryName(e) + u": "_s + what);
}

} // namespace

quint32 Interner::id(QByteArrayView text) {
    const std::string_view key(text.data(), size_t(text.size()));
    if (const auto it = m_ids.find(key); it != m_ids.end())
        return it->second;
    m_texts.push_back(text.toByteArray());
    const QByteArray& kept = m_texts.back();
    const auto id = quint32(m_texts.size());
    m_ids.emplace(std::string_view(kept.constData(), size_t(kept.size())), id);
    return id;
}

quint64 textDigest(QByteArrayView text) {
    return text.isEmpty() ? 0 : quint64(qHash(text, size_t(0x5eb0u))) | 1u;
}

ChainReplay::ChainReplay(GestureKinds kinds, std::vector<ReplayedClosing> closings)
    : m_kinds(std::move(kinds))
    , m_closings(std::move(closings)) {
    std::sort(m_closings.begin(), m_closings.end(),
              [](const ReplayedClosing& a, const ReplayedClosing& b) { return a.from < b.from; });
}

template <typename T> Result<T*> ChainReplay::slot(std::vector<T>& rows, qint64 id, const ChainEntry& e) {
    // Every row is created by an entry of its own, so no id can be beyond the entries read so far.
    if (id <= 0 || id >= MaxRowId || id > m_entries + 1024)
        return broken(e, QCoreApplication::translate("Core", "it names row %1, which cannot exist").arg(id));
    if (size_t(id) >= rows.size())
        rows.resize(std::max(size_t(id) + 1, rows.size() + rows.size() / 2));
    return &rows[size_t(id)];
}

ReplayedIncident* ChainReplay::openedIncident(qint64 id) {
    if (id <= 0 || size_t(id) >= m_incidents.size() || m_incidents[size_t(id)].openEntry == 0)
        return nullptr;
    return &m_incidents[size_t(id)];
}

Result<void> ChainReplay::apply(const ChainEntry& e) {
    ++m_entries;
    const auto action = actionOf(e.action);
    const auto entityId = PayloadScan::parseInteger(e.entityId);
    std::optional<qint64> incident;
    if (e.entity == "incident")
        incident = entityId;
    else
        incident = PayloadScan(e.payload).integer("incident_id");
    if (incident != e.incidentId) {
        if (!incident)
            return broken(e, QCoreApplication::translate("Core",
                                                         "it was put into recovery #%1's history, which it "
                                                         "does not belong to")
                                 .arg(*e.incidentId));
        return broken(e,
                      e.incidentId
                          ? QCoreApplication::translate("Core", "it was moved to another recovery")
                          : QCoreApplication::translate("Core", "it was taken out of recovery #%1's history")
                                .arg(*incident));
    }
    if (!incident || *incident != m_pendingIncident || action == AuditAction::IncidentAmend) {
        if (auto r = flushPending(); !r)
            return r;
    }
    if (action) {
        Result<void> applied = {};
        if (e.entity == "incident" && entityId)
            applied = applyIncident(*action, e, *entityId);
        else if (e.entity == "compensation" && entityId)
            applied = applyCompensation(e, *entityId);
        else if (e.entity == "follow_up" && entityId)
            applied = applyFollowUp(*action, e, *entityId);
        else if (e.entity == "employee" && entityId && *action != AuditAction::AuthFail)
            applied = applyEmployee(*action, e, *entityId);
        else
            applied = applyOther(*action, e);
        if (!applied)
            return applied;
        countInClosings(*action, e, incident);
    }
    return checkColumns(e, incident);
}

// An entry's unhashed copies of its recovery's category, total and override flag wait until the service
// call that wrote it is over (the recording writes its first entries before its total is known).
Result<void> ChainReplay::checkColumns(const ChainEntry& e, std::optional<qint64> incident) {
    if (!incident) {
        if (e.category || e.totalMinor || e.override)
            return broken(
                e, QCoreApplication::translate(
                       "Core", "it shows a recovery's category, total or override but has no recovery"));
        return {};
    }
    m_pendingIncident = *incident;
    Pending p;
    p.entry = e.id;
    p.categoryNull = !e.category;
    p.category = e.category ? m_names.id(*e.category) : Interner::None;
    p.total = e.totalMinor;
    p.override = e.override;
    m_pending.push_back(p);
    return {};
}

Result<void> ChainReplay::flushPending() {
    if (m_pending.empty())
        return {};
    const qint64 id = m_pendingIncident;
    const ReplayedIncident* opened = openedIncident(id);
    const bool known = opened != nullptr;
    const ReplayedIncident none;
    const ReplayedIncident& i = known ? *opened : none;
    for (const Pending& p : m_pending) {
        QString what;
        if (p.categoryNull != !known || p.category != i.category)
            what = QCoreApplication::translate("Core",
                                               "category %1 in the audit view, %2 in the recovery's entries")
                       .arg(utf8(m_names.text(p.category)), utf8(m_names.text(i.category)));
        else if (p.total != (known ? std::optional<qint64>(i.totalMinor) : std::nullopt))
            what = QCoreApplication::translate(
                       "Core", "total %1 (minor units) in the audit view, %2 in the recovery's entries")
                       .arg(p.total ? QString::number(*p.total) : u"(none)"_s)
                       .arg(i.totalMinor);
        else if (p.override != i.override)
            what = QCoreApplication::translate("Core",
                                               "override %1 in the audit view, %2 in the recovery's entries")
                       .arg(p.override ? u"yes"_s : u"no"_s, i.override ? u"yes"_s : u"no"_s);
        if (!what.isEmpty()) {
            m_pending.clear();
            return Error::corrupt(QCoreApplication::translate("Core", "audit entry %1 of recovery #%2: %3")
                                      .arg(p.entry)
                                      .arg(id)
                                      .arg(what));
        }
    }
    m_pending.clear();
    return {};
}

Result<void> ChainReplay::applyIncident(AuditAction action, const ChainEntry& e, qint64 id) {
    auto row = slot(m_incidents, id, e);
    if (!row)
        return row.error();
    ReplayedIncident& i = **row;
    if (action == AuditAction::IncidentOpen) {
        if (i.openEntry != 0)
            return broken(
                e, QCoreApplication::translate("Core", "recovery #%1 was already opened by audit entry %2")
                       .arg(id)
                       .arg(i.openEntry));
        PayloadScan scan(e.payload);
        i.openEntry = i.categoryEntry = i.severityEntry = i.statusEntry = i.totalEntry = e.id;
        i.overrideEntry = i.currencyEntry = e.id;
        i.openedAt = textDigest(scan.text("opened_at").value_or(QByteArrayView()));
        i.customerId = scan.integer("customer_id").value_or(0);
        i.openedBy = e.actorId.value_or(0);
        i.playbookVersion = scan.integer("playbook_version").value_or(0);
        i.category = m_names.id(scan.text("category").value_or(QByteArrayView()));
        i.severity = m_names.id(scan.text("severity").value_or(QByteArrayView()));
        return {};
    }
    if (i.openEntry == 0)
        return broken(e, QCoreApplication::translate("Core", "recovery #%1 was never opened").arg(id));
    const auto advance = [&](IncidentStatus to) {
        i.status = to;
        i.statusEntry = e.id;
    };
    switch (action) {
    case AuditAction::IncidentApologize:
        advance(IncidentStatus::Apologized);
        break;
    case AuditAction::IncidentFix:
        advance(IncidentStatus::Fixed);
        break;
    case AuditAction::IncidentCompensate:
        advance(IncidentStatus::Compensated);
        i.currency = m_names.id(PayloadScan(e.payload).text("currency").value_or(QByteArrayView()));
        i.currencyEntry = e.id;
        break;
    case AuditAction::IncidentClose:
        advance(IncidentStatus::Closed);
        break;
    case AuditAction::CompensationApprove:
        i.override = true;
        i.overrideEntry = e.id;
        break;
    case AuditAction::IncidentAmend:
        return applyAmend(e, i);
    default:
        break;
    }
    return {};
}

Result<void> ChainReplay::applyAmend(const ChainEntry& e, ReplayedIncident& i) {
    const QJsonObject payload = QJsonDocument::fromJson(e.payload.toByteArray()).object();
    for (const QJsonValue& v : payload.value(u"changes"_s).toArray()) {
        const QJsonObject change = v.toObject();
        const QString field = change.value(u"field"_s).toString();
        const QByteArray after = change.value(u"after"_s).toString().toUtf8();
        ++i.amendments;
        if (field == u"category") {
            i.category = m_names.id(after);
            i.categoryEntry = e.id;
        } else if (field == u"severity") {
            i.severity = m_names.id(after);
            i.severityEntry = e.id;
        } else if (field == u"gesture") {
            const qint64 c = change.value(u"compensation_id"_s).toInteger();
            if (c <= 0 || size_t(c) >= m_compensations.size() || m_compensations[size_t(c)].entry == 0)
                return broken(
                    e, QCoreApplication::translate("Core", "it withdraws gesture %1, which was never given")
                           .arg(c));
            ReplayedCompensation& given = m_compensations[size_t(c)];
            given.withdrawnEntry = e.id;
            i.totalMinor -= given.amountMinor;
            i.totalEntry = e.id;
        }
    }
    return {};
}

Result<void> ChainReplay::applyCompensation(const ChainEntry& e, qint64 id) {
    auto row = slot(m_compensations, id, e);
    if (!row)
        return row.error();
    ReplayedCompensation& c = **row;
    if (c.entry != 0)
        return broken(e, QCoreApplication::translate("Core", "gesture %1 was already given by audit entry %2")
                             .arg(id)
                             .arg(c.entry));
    PayloadScan scan(e.payload);
    c.entry = e.id;
    c.incidentId = scan.integer("incident_id").value_or(0);
    c.amountMinor = scan.minorUnits("amount").value_or(0);
    c.approvedBy = scan.integer("approved_by").value_or(0);
    c.givenBy = e.actorId.value_or(0);
    c.voucher = textDigest(scan.text("voucher_code").value_or(QByteArrayView()));
    c.item = m_names.id(scan.text("item").value_or(QByteArrayView()));
    c.currency = m_names.id(scan.text("currency").value_or(QByteArrayView()));
    ReplayedIncident* opened = openedIncident(c.incidentId);
    if (!opened)
        return broken(e,
                      QCoreApplication::translate("Core", "recovery #%1 was never opened").arg(c.incidentId));
    ReplayedIncident& i = *opened;
    c.kind = m_names.id(m_kinds.kindOf(i.playbookVersion, m_names.text(c.item)));
    i.totalMinor += c.amountMinor;
    i.totalEntry = e.id;
    if (c.approvedBy != 0 && !i.override) {
        i.override = true;
        i.overrideEntry = e.id;
    }
    return {};
}

Result<void> ChainReplay::applyFollowUp(AuditAction action, const ChainEntry& e, qint64 id) {
    auto row = slot(m_followUps, id, e);
    if (!row)
        return row.error();
    ReplayedFollowUp& f = **row;
    PayloadScan scan(e.payload);
    if (action == AuditAction::FollowUpSchedule) {
        if (f.entry != 0)
            return broken(
                e, QCoreApplication::translate("Core", "follow-up %1 was already scheduled by audit entry %2")
                       .arg(id)
                       .arg(f.entry));
        f.entry = f.dueEntry = e.id;
        f.incidentId = scan.integer("incident_id").value_or(0);
        f.ownerId = e.actorId.value_or(0);
        f.due = textDigest(scan.text("due").value_or(QByteArrayView()));
        f.channel = m_names.id(scan.text("channel").value_or(QByteArrayView()));
    } else if (f.entry == 0) {
        return broken(e, QCoreApplication::translate("Core", "follow-up %1 was never scheduled").arg(id));
    }
    ReplayedIncident* opened = openedIncident(f.incidentId);
    if (!opened)
        return broken(e,
                      QCoreApplication::translate("Core", "recovery #%1 was never opened").arg(f.incidentId));
    ReplayedIncident& i = *opened;
    const auto reopen = [&] {
        if (i.status == IncidentStatus::Closed || i.status < IncidentStatus::FollowUpScheduled) {
            i.status = IncidentStatus::FollowUpScheduled;
            i.statusEntry = e.id;
        }
    };
    switch (action) {
    case AuditAction::FollowUpSchedule:
        reopen();
        break;
    case AuditAction::FollowUpAttempt:
        f.attempts = qint32(scan.integer("attempt").value_or(f.attempts + 1));
        f.due = textDigest(scan.text("next_due").value_or(QByteArrayView()));
        f.dueEntry = e.id;
        break;
    case AuditAction::FollowUpDone: {
        f.done = true;
        f.doneEntry = e.id;
        const auto reached = scan.boolean("reached");
        f.reached = reached ? qint8(*reached ? 1 : 0) : qint8(-1);
        f.satisfaction = qint8(scan.integer("satisfaction").value_or(0));
        const auto verdict = scan.text("verdict");
        f.verdict = verdict ? m_names.id(*verdict) : Interner::None;
        f.outcome = textDigest(scan.text("outcome").value_or(QByteArrayView()));
        if (const auto attempts = scan.integer("attempts"))
            f.attempts = qint32(*attempts);
        break;
    }
    case AuditAction::FollowUpReopen:
        f.done = false;
        f.doneEntry = e.id;
        f.reached = -1;
        f.satisfaction = 0;
        f.verdict = Interner::None;
        f.due = textDigest(scan.text("due").value_or(QByteArrayView()));
        f.dueEntry = e.id;
        if (i.status == IncidentStatus::Closed)
            reopen();
        break;
    default:
        break;
    }
    return {};
}

Result<void> ChainReplay::applyEmployee(AuditAction action, const ChainEntry& e, qint64 id) {
    auto row = slot(m_employees, id, e);
    if (!row)
        return row.error();
    ReplayedEmployee& emp = **row;
    PayloadScan scan(e.payload);
    if (action == AuditAction::EmployeeAdd) {
        emp.entry = emp.roleEntry = emp.activeEntry = e.id;
        emp.code = textDigest(scan.text("code").value_or(QByteArrayView()));
        emp.role = m_names.id(scan.text("role").value_or(QByteArrayView()));
        emp.active = true;
        return {};
    }
    if (emp.entry == 0)
        return {}; // unlocks and PIN resets of an employee added before the log began say nothing here
    if (action == AuditAction::EmployeeRole) {
        emp.role = m_names.id(scan.text("to").value_or(QByteArrayView()));
        emp.roleEntry = e.id;
    } else if (action == AuditAction::EmployeeActivate || action == AuditAction::EmployeeDeactivate) {
        emp.active = action == AuditAction::EmployeeActivate;
        emp.activeEntry = e.id;
    }
    return {};
}

Result<void> ChainReplay::applyOther(AuditAction action, const ChainEntry& e) {
    PayloadScan scan(e.payload);
    switch (action) {
    case AuditAction::CustomerAdd: {
        auto row = slot(m_customers, PayloadScan::parseInteger(e.entityId).value_or(0), e);
        if (!row)
            return row.error();
        (*row)->entry = e.id;
        (*row)->name = textDigest(scan.text("name").value_or(QByteArrayView()));
        (*row)->segment = m_names.id(scan.text("segment").value_or(QByteArrayView()));
        (*row)->lifetimeValueMinor = scan.integer("lifetime_value_minor").value_or(0);
        break;
    }
    case AuditAction::PlaybookImport:
    case AuditAction::PlaybookEdit:
    case AuditAction::PlaybookLimits:
        m_playbooks.insert(PayloadScan::parseInteger(e.entityId).value_or(0),
                           {e.id, scan.text("sha256").value_or(QByteArrayView()).toByteArray()});
        break;
    case AuditAction::ReviewThreshold:
        m_settings.insert(QByteArrayLiteral("review.threshold_minor"),
                          {e.id, textDigest(QByteArray::number(scan.minorUnits("amount").value_or(0)))});
        break;
    case AuditAction::BusinessHours:
        m_settings.insert(QByteArrayLiteral("business.hours"),
                          {e.id, textDigest(scan.text("after").value_or(QByteArrayView()))});
        m_settings.insert(QByteArrayLiteral("business.time_zone"),
                          {e.id, textDigest(scan.text("time_zone").value_or(QByteArrayView()))});
        break;
    case AuditAction::PracticeResult: {
        auto row = slot(m_practice, PayloadScan::parseInteger(e.entityId).value_or(0), e);
        if (!row)
            return row.error();
        **row = {e.id, scan.integer("employee_id").value_or(0), scan.integer("score").value_or(-1),
                 textDigest(scan.text("drill").value_or(QByteArrayView()))};
        break;
    }
    case AuditAction::DrillImport:
        m_drills.insert(e.entityId.toByteArray(),
                        {e.id, scan.text("sha256").value_or(QByteArrayView()).toByteArray()});
        break;
    case AuditAction::ReviewMark: {
        const QByteArray key =
            scan.text("kind").value_or(QByteArrayView()).toByteArray() + ' ' + e.entityId.toByteArray();
        m_reviews.insert(key, {e.id, e.actorId.value_or(0)});
        break;
    }
    default:
        return applyLoop(action, e);
    }
    return {};
}

namespace {
// A story's four parts as one digest, in the order the table's columns are read.
quint64 storyTextDigest(PayloadScan& scan) {
    QByteArray all;
    for (const char* key : {"happened", "did", "reaction", "learned"}) {
        all += scan.text(key).value_or(QByteArrayView()).toByteArray();
        all += '\x1f';
    }
    return textDigest(all);
}
} // namespace

// Stories, prevention actions and return visits.
Result<void> ChainReplay::applyLoop(AuditAction action, const ChainEntry& e) {
    PayloadScan scan(e.payload);
    const qint64 id = PayloadScan::parseInteger(e.entityId).value_or(0);
    switch (action) {
    case AuditAction::StoryNominate: {
        auto row = slot(m_stories, id, e);
        if (!row)
            return row.error();
        ReplayedStory& s = **row;
        s = {e.id,
             e.id,
             e.id,
             scan.integer("incident_id").value_or(0),
             e.actorId.value_or(0),
             0,
             storyTextDigest(scan),
             m_names.id("nominated")};
        break;
    }
    case AuditAction::StoryEdit:
    case AuditAction::StoryApprove:
    case AuditAction::StoryDecline: {
        auto row = slot(m_stories, id, e);
        if (!row)
            return row.error();
        ReplayedStory& s = **row;
        if (s.entry == 0)
            return broken(e, QCoreApplication::translate("Core", "story %1 was never nominated").arg(id));
        if (action == AuditAction::StoryEdit) {
            s.text = storyTextDigest(scan);
            s.textEntry = e.id;
        } else {
            s.status = m_names.id(action == AuditAction::StoryApprove ? "approved" : "declined");
            s.decidedBy = e.actorId.value_or(0);
            s.statusEntry = e.id;
        }
        break;
    }
    case AuditAction::ActionOpen: {
        auto row = slot(m_actions, id, e);
        if (!row)
            return row.error();
        **row = {e.id,
                 e.id,
                 scan.integer("owner_id").value_or(0),
                 textDigest(scan.text("what").value_or(QByteArrayView())),
                 textDigest(scan.text("due").value_or(QByteArrayView())),
                 0,
                 m_names.id(scan.text("category").value_or(QByteArrayView())),
                 m_names.id("open")};
        break;
    }
    case AuditAction::ActionStatus:
    case AuditAction::ActionClose: {
        auto row = slot(m_actions, id, e);
        if (!row)
            return row.error();
        ReplayedAction& a = **row;
        if (a.entry == 0)
            return broken(e, QCoreApplication::translate("Core", "action %1 was never opened").arg(id));
        a.statusEntry = e.id;
        if (action == AuditAction::ActionClose) {
            a.status = m_names.id("done");
            a.done = textDigest(scan.text("done").value_or(QByteArrayView()));
        } else {
            a.status = m_names.id(scan.text("status").value_or(QByteArrayView()));
        }
        break;
    }
    case AuditAction::CustomerBack: {
        auto row = slot(m_visits, id, e);
        if (!row)
            return row.error();
        **row = {e.id, scan.integer("customer_id").value_or(0), e.actorId.value_or(0)};
        break;
    }
    default:
        break;
    }
    return {};
}

// The closed days' figures, counted again from the entries a closing covered.
void ChainReplay::countInClosings(AuditAction action, const ChainEntry& e, std::optional<qint64> incident) {
    if (m_closings.empty() ||
        (action != AuditAction::IncidentOpen && action != AuditAction::CompensationGive &&
         action != AuditAction::CompensationApprove))
        return;
    const auto after =
        std::upper_bound(m_closings.begin(), m_closings.end(), e.at,
                         [](QByteArrayView at, const ReplayedClosing& c) { return at < c.from; });
    const ReplayedIncident* opened = incident ? openedIncident(*incident) : nullptr;
    const qint64 version = opened ? opened->playbookVersion : 0;
    // A day is about 24 hours, so only the last few closings starting before the entry can hold it; after
    // a change of time zone two of them can overlap, and each counts what its range holds.
    int looked = 0;
    for (auto it = after; it != m_closings.begin() && looked < 4; ++looked) {
        ReplayedClosing& c = *--it;
        if (e.at < QByteArrayView(c.to) && e.id < c.entry)
            c.counted.add(action, e.actor, e.payload, version, m_kinds);
    }
}

Result<void> ChainReplay::finish() {
    return flushPending();
}

} // namespace rebound
