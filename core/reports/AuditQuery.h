// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditAction.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rebound {

class Database;

// What the supervisor narrows the audit log to. Empty fields do not filter.
struct AuditFilter {
    std::optional<QDate> from; // local calendar days, inclusive
    std::optional<QDate> to;
    std::optional<qint64> employeeId;
    CategoryId category;
    std::optional<AuditAction> action;
    std::optional<qint64> minAmountMinor; // the recovery's total
    bool overridesOnly = false;
    QString text; // a customer (name, phone, email, account), voucher code, employee or recovery number
    QString site; // entries made at this site; empty: every site
    std::optional<qint64> upToId; // a snapshot: entries written after it do not shift the pages

    bool operator==(const AuditFilter&) const = default;
};

struct AuditRow {
    qint64 id = 0;
    QString at; // stored UTC form
    QString actor;
    std::optional<AuditAction> action; // empty: an id this version does not know, kept in actionId
    QString actionId;
    QString entity;
    QString entityId;
    std::optional<qint64> incidentId;
    CategoryId category;
    std::optional<qint64> totalMinor;
    QString currency;
    bool override = false;
    QString payload;
};

// The audit log joined with its recoveries, counted and read a page at a time; never the whole table.
class AuditQuery final {
public:
    enum class Column { Id, At, Actor, Action, Recovery, Category, Amount };

    // Every order but the recovery total walks an index; that one sorts the matches, so only this many.
    static constexpr qint64 MaxSortedByAmount = 100'000;
    static bool sortable(Column c, qint64 total) { return c != Column::Amount || total <= MaxSortedByAmount; }

    explicit AuditQuery(Database& db)
        : m_db(db) {}

    Result<qint64> count(const AuditFilter& filter);
    // Rows [offset, offset + limit) in the given order; pages near the end are read backwards.
    Result<QList<AuditRow>> page(const AuditFilter& filter, Column sortBy, bool ascending, qint64 offset,
                                 int limit, qint64 total);
    // Every entry of one recovery, oldest first: its full history.
    Result<QList<AuditRow>> history(qint64 incidentId);
    // The distinct actions, for the filter's list.
    Result<QList<AuditAction>> actions();
    // The sites counters have written from, for the site filter.
    Result<QStringList> sites();
    // The newest entry's id, for a snapshot.
    Result<qint64> lastId();

private:
    Database& m_db;
};

} // namespace rebound
