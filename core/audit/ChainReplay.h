// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditAction.h"
#include "audit/DayTotals.h"
#include "domain/Incident.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMap>

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rebound {

// One audit entry as verification reads it: the hashed fields and the unhashed columns, as UTF-8 views
// valid for one step.
struct ChainEntry {
    qint64 id = 0;
    QByteArrayView at;
    std::optional<qint64> actorId;
    QByteArrayView actor, action, entity, entityId, payload;
    std::optional<qint64> incidentId; // the unhashed copies, for the supervisor's filters
    std::optional<QByteArrayView> category;
    std::optional<qint64> totalMinor;
    bool override = false;
};

// Short texts that repeat (categories, items, channels, roles): kept once, compared as numbers.
class Interner final {
public:
    static constexpr quint32 None = 0;
    quint32 id(QByteArrayView text);
    QByteArray text(quint32 id) const { return id == None ? QByteArray() : m_texts[id - 1]; }

private:
    std::vector<QByteArray> m_texts;
    std::unordered_map<std::string_view, quint32> m_ids; // views into m_texts' own data
};

// A 64-bit digest of a longer text (voucher code, due time, comment): equal texts, equal digests.
quint64 textDigest(QByteArrayView text);

struct ReplayedIncident {
    qint64 openEntry = 0; // 0: no entry opened it
    qint64 categoryEntry = 0, severityEntry = 0, statusEntry = 0, totalEntry = 0, overrideEntry = 0;
    qint64 currencyEntry = 0;
    qint64 customerId = 0, openedBy = 0, totalMinor = 0, playbookVersion = 0;
    quint64 openedAt = 0;
    qint32 amendments = 0;
    quint32 category = Interner::None, severity = Interner::None, currency = Interner::None;
    IncidentStatus status = IncidentStatus::Open;
    bool override = false;
};

struct ReplayedCompensation {
    qint64 entry = 0, withdrawnEntry = 0;
    qint64 incidentId = 0, amountMinor = 0, approvedBy = 0; // approvedBy 0: none
    qint64 givenBy = 0;
    quint64 voucher = 0;
    quint32 item = Interner::None, currency = Interner::None, kind = Interner::None;
};

struct ReplayedFollowUp {
    qint64 entry = 0, dueEntry = 0, doneEntry = 0;
    qint64 incidentId = 0, ownerId = 0;
    quint64 due = 0, outcome = 0;
    quint32 channel = Interner::None, verdict = Interner::None;
    qint32 attempts = 0;
    qint8 reached = -1;     // -1: not recorded
    qint8 satisfaction = 0; // 0: none
    bool done = false;
};

struct ReplayedEmployee {
    qint64 entry = 0, roleEntry = 0, activeEntry = 0;
    quint64 code = 0;
    quint32 role = Interner::None;
    bool active = true;
};

struct ReplayedCustomer {
    qint64 entry = 0;
    quint64 name = 0;
    qint64 lifetimeValueMinor = 0;
    quint32 segment = Interner::None;
};

struct ReplayedSetting {
    qint64 entry = 0;
    quint64 value = 0;
};

struct ReplayedPractice {
    qint64 entry = 0, employeeId = 0;
    qint64 score = 0;
    quint64 drill = 0;
};

// A story: who nominated it, its four parts (one digest), its status and who decided.
struct ReplayedStory {
    qint64 entry = 0, textEntry = 0, statusEntry = 0;
    qint64 incidentId = 0, nominatedBy = 0, decidedBy = 0;
    quint64 text = 0;
    quint32 status = Interner::None;
};

struct ReplayedAction {
    qint64 entry = 0, statusEntry = 0;
    qint64 ownerId = 0;
    quint64 what = 0, due = 0, done = 0;
    quint32 category = Interner::None, status = Interner::None;
};

struct ReplayedVisit {
    qint64 entry = 0, customerId = 0, by = 0;
};

struct ReplayedReview {
    qint64 entry = 0, by = 0;
};

// A closed business day: its range, the entry that closed it, and what the chain counts in it.
struct ReplayedClosing {
    qint64 entry = 0;
    QByteArray date, from, to; // UTC range [from, to) of the local day
    DayTotals counted;
};

// What the audit chain says the business tables hold, rebuilt entry by entry in chain order. It also
// checks each entry's unhashed columns against the recovery they copy: the state once the service call
// that wrote the entry was done (entries of one recovery run together until another recovery's entry
// or a correction).
class ChainReplay final {
public:
    // closings: the day closings found in the log before the walk (their ranges), in any order.
    ChainReplay(GestureKinds kinds, std::vector<ReplayedClosing> closings);

    Result<void> apply(const ChainEntry& e);
    Result<void> finish();

    Interner& names() { return m_names; }
    const Interner& names() const { return m_names; }
    const std::vector<ReplayedIncident>& incidents() const { return m_incidents; }
    const std::vector<ReplayedCompensation>& compensations() const { return m_compensations; }
    const std::vector<ReplayedFollowUp>& followUps() const { return m_followUps; }
    const std::vector<ReplayedEmployee>& employees() const { return m_employees; }
    const std::vector<ReplayedCustomer>& customers() const { return m_customers; }
    const QMap<qint64, std::pair<qint64, QByteArray>>& playbookVersions() const { return m_playbooks; }
    const QHash<QByteArray, ReplayedSetting>& settings() const { return m_settings; }
    const QHash<QByteArray, ReplayedReview>& reviews() const { return m_reviews; }
    const std::vector<ReplayedPractice>& practice() const { return m_practice; }
    const std::vector<ReplayedStory>& stories() const { return m_stories; }
    const std::vector<ReplayedAction>& actions() const { return m_actions; }
    const std::vector<ReplayedVisit>& visits() const { return m_visits; }
    const QHash<QByteArray, std::pair<qint64, QByteArray>>& drills() const { return m_drills; }
    const std::vector<ReplayedClosing>& closings() const { return m_closings; }
    qint64 entries() const { return m_entries; }

private:
    struct Pending {
        qint64 entry = 0;
        quint32 category = Interner::None;
        bool categoryNull = true;
        std::optional<qint64> total;
        bool override = false;
    };

    template <typename T> Result<T*> slot(std::vector<T>& rows, qint64 id, const ChainEntry& e);
    // The recovery, if an entry opened it.
    ReplayedIncident* openedIncident(qint64 id);
    Result<void> checkColumns(const ChainEntry& e, std::optional<qint64> incident);
    Result<void> flushPending();
    Result<void> applyIncident(AuditAction action, const ChainEntry& e, qint64 id);
    Result<void> applyAmend(const ChainEntry& e, ReplayedIncident& i);
    Result<void> applyCompensation(const ChainEntry& e, qint64 id);
    Result<void> applyFollowUp(AuditAction action, const ChainEntry& e, qint64 id);
    Result<void> applyEmployee(AuditAction action, const ChainEntry& e, qint64 id);
    Result<void> applyOther(AuditAction action, const ChainEntry& e);
    Result<void> applyLoop(AuditAction action, const ChainEntry& e);
    void countInClosings(AuditAction action, const ChainEntry& e, std::optional<qint64> incident);

    Interner m_names;
    GestureKinds m_kinds;
    std::vector<ReplayedIncident> m_incidents;
    std::vector<ReplayedCompensation> m_compensations;
    std::vector<ReplayedFollowUp> m_followUps;
    std::vector<ReplayedEmployee> m_employees;
    std::vector<ReplayedCustomer> m_customers;
    QMap<qint64, std::pair<qint64, QByteArray>> m_playbooks; // version → (entry, sha256)
    QHash<QByteArray, ReplayedSetting> m_settings;
    QHash<QByteArray, ReplayedReview> m_reviews; // "kind ref"
    std::vector<ReplayedPractice> m_practice;
    std::vector<ReplayedStory> m_stories;
    std::vector<ReplayedAction> m_actions;
    std::vector<ReplayedVisit> m_visits;
    QHash<QByteArray, std::pair<qint64, QByteArray>> m_drills; // drill id → (entry, sha256)
    std::vector<ReplayedClosing> m_closings;                   // sorted by range
    qint64 m_pendingIncident = 0;
    std::vector<Pending> m_pending;
    qint64 m_entries = 0;
};

} // namespace rebound
