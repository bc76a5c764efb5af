// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/AuditQuery.h"
#include "reports/AuditSentence.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace rebound {

class Database;
class Playbook;

// The audit log as a table that reads pages on demand and keeps only a few of them,
// so scrolling through or jumping to the end of millions of rows stays fast and small.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, At, Actor, Action, Recovery, Category, Amount, Override, Details, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int PagesKept = 8;
    static constexpr int IncidentRole = Qt::UserRole + 1;

    explicit AuditLogModel(Database& db, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    // For display names and sentences; without one, ids and raw entries are shown.
    void setPlaybook(std::shared_ptr<const Playbook> playbook);
    const AuditFilter& filter() const { return m_filter; }
    // Re-reads the count (new entries from other counters) and drops the cached pages.
    void reload();
    const QString& lastError() const { return m_error; }
    std::optional<AuditRow> rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The order asked for would sort too many entries (see AuditQuery::sortable); the model keeps, or
    // falls back to, this one.
    void sortRefused(int column, Qt::SortOrder order);

private:
    int sortColumn() const;
    const QList<AuditRow>* page(int number) const;

    Database& m_db;
    mutable AuditQuery m_query;
    AuditFilter m_filter;
    AuditQuery::Column m_sort = AuditQuery::Column::Id;
    bool m_ascending = false; // newest first
    qint64 m_count = 0;
    mutable QHash<int, QList<AuditRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable QString m_error;
    std::shared_ptr<const Playbook> m_playbook;
    mutable AuditNames m_names; // grows with the pages read
};

} // namespace rebound
