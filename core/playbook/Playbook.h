// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Money.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace rebound {

struct Segment {
    SegmentId id;
    QString name;
    int multiplierPercent = 100; // 1.5 in JSON is 150 here: budgets stay integer arithmetic
};

struct Severity {
    SeverityId id;
    QString name;
    Money base;
    int targetMinutes = 0;
};

// What a gesture is; a voucher gets a code the customer redeems.
enum class CatalogKind { Refund, Credit, Voucher, Gift, Upgrade, Waiver };
// The id in the playbook's JSON and the compensations table: "refund", "credit", "voucher", ...
QString catalogKindId(CatalogKind kind);
std::optional<CatalogKind> catalogKindFromId(QStringView id);
// In words, in the user's language: "Refunds", "Vouchers".
QString catalogKindName(CatalogKind kind);

struct CatalogItem {
    QString id;
    QString name;
    CatalogKind kind = CatalogKind::Gift;
    std::optional<Money> amount; // empty: the employee types the amount
    std::optional<Money> cost;   // empty: the business bears the full amount
    bool isFreeAmount() const { return !amount.has_value(); }
};

struct Category {
    CategoryId id;
    QString name;
    QStringList apologies; // with {customer} and {employee} placeholders
    QStringList checklist;
    QHash<SeverityId, QStringList> suggestions; // catalog item ids per severity
    QList<int> followUpHours;                   // first one is the default
};

struct RoleLimits {
    Role role = Role::Associate;
    Money perRecovery;
    std::optional<Money> perDay; // empty: no daily cap
    Money approveUpTo;           // zero: may not approve overrides
    // What one may give on their own at a counter whose server is away ("offline_per_recovery",
    // "offline_per_day"); unset: the per-recovery limit, and half the daily cap a day at that counter.
    std::optional<Money> offlinePerRecovery;
    std::optional<Money> offlinePerDay;

    // These limits as they apply offline: the allowance in place of the per-recovery limit and the cap.
    RoleLimits offline() const;
};

// What to say, do and give, and who may give how much. Immutable once loaded and validated.
class Playbook final {
public:
    static Result<Playbook> fromJson(const QByteArray& json);
    // The playbook compiled into the program (resources/playbook/default.json).
    static const Playbook& builtIn();
    static QByteArray builtInJson();

    const QByteArray& json() const { return m_json; }
    const QString& name() const { return m_name; }
    const QString& currency() const { return m_currency; }
    const QList<Segment>& segments() const { return m_segments; }
    // A customer's segment until someone says otherwise: the first one listed (the loader refuses none).
    const SegmentId& defaultSegment() const { return m_segments.first().id; }
    // The segment a new customer gets: the one chosen, else the default.
    SegmentId segmentOf(const SegmentId& chosen) const {
        return chosen.isEmpty() ? defaultSegment() : chosen;
    }
    const QList<Severity>& severities() const { return m_severities; }
    const QList<Category>& categories() const { return m_categories; }
    const QList<CatalogItem>& catalog() const { return m_catalog; }
    const QList<RoleLimits>& roles() const { return m_roles; }

    const Segment* segment(const SegmentId& id) const;
    const Severity* severity(const SeverityId& id) const;
    const Category* category(const CategoryId& id) const;
    const CatalogItem* item(const QString& id) const;
    const RoleLimits& limits(Role role) const;

    // Severity base × segment multiplier, rounded to the nearest minor unit.
    Money suggestedBudget(const SeverityId& severityId, const SegmentId& segmentId) const;
    // The "overreact" notch: the next severity's budget for the same segment (the top severity stays).
    Money overreactBudget(const SeverityId& severityId, const SegmentId& segmentId) const;
    // The severity one notch up (the top one stays); an unknown one is returned as it is.
    SeverityId notchUp(const SeverityId& severityId) const;
    // The most any role may approve: above it a gesture is refused outright.
    Money approvalCeiling() const;
    static QString personalise(QString script, const QString& customerName, const QString& employeeName);

private:
    QByteArray m_json;
    QString m_name;
    QString m_currency;
    QList<Segment> m_segments;
    QList<Severity> m_severities;
    QList<Category> m_categories;
    QList<CatalogItem> m_catalog;
    QList<RoleLimits> m_roles;

    friend class PlaybookParser;
};

} // namespace rebound
