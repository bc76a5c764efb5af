// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/AuditLogModel.h"

#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rebound {

namespace {
// One readable line from the payload: "amount 9.00 · item dessert".
QString summarise(const QString& payload) {
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value =
            v.isString()   ? v.toString()
            : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
            : v.isBool()   ? (v.toBool() ? AuditLogModel::tr("yes") : AuditLogModel::tr("no"))
            : v.isArray()  ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
            : v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                           : QString();
        parts << it.key() + QLatin1Char(' ') + value.left(80);
    }
    return parts.join(QStringLiteral(" · "));
}
} // namespace

AuditLogModel::AuditLogModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(db) {
    reload();
}

void AuditLogModel::setFilter(const AuditFilter& filter) {
    m_filter = filter;
    reload();
}

void AuditLogModel::reload() {
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_names = {}; // a new colleague or a renamed one shows by name after a reload
    // What is shown is a snapshot up to the newest entry now; reload() moves it forward.
    auto last = m_query.lastId();
    m_filter.upToId = last ? std::optional<qint64>(last.value()) : std::nullopt;
    auto n = m_query.count(m_filter);
    m_count = n ? n.value() : 0;
    m_error = n ? QString() : n.error().message;
    const bool refused = !AuditQuery::sortable(m_sort, m_count);
    if (refused) {
        m_sort = AuditQuery::Column::Id;
        m_ascending = false;
    }
    endResetModel();
    if (refused)
        Q_EMIT sortRefused(Id, Qt::DescendingOrder);
}

int AuditLogModel::sortColumn() const {
    switch (m_sort) {
    case AuditQuery::Column::Id:
        return Id;
    case AuditQuery::Column::At:
        return At;
    case AuditQuery::Column::Actor:
        return Actor;
    case AuditQuery::Column::Action:
        return Action;
    case AuditQuery::Column::Recovery:
        return Recovery;
    case AuditQuery::Column::Category:
        return Category;
    case AuditQuery::Column::Amount:
        return Amount;
    }
    return Id;
}

void AuditLogModel::sort(int column, Qt::SortOrder order) {
    static const AuditQuery::Column map[] = {AuditQuery::Column::Id,       AuditQuery::Column::At,
                                             AuditQuery::Column::Actor,    AuditQuery::Column::Action,
                                             AuditQuery::Column::Recovery, AuditQuery::Column::Category,
                                             AuditQuery::Column::Amount};
    if (column < 0 || column >= int(std::size(map)))
        return;
    if (!AuditQuery::sortable(map[column], m_count)) {
        Q_EMIT sortRefused(sortColumn(), m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        return;
    }
    m_sort = map[column];
    m_ascending = order == Qt::AscendingOrder;
    // Every row shows another entry now: a reset, so no selection points at the wrong one.
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

void AuditLogModel::setPlaybook(std::shared_ptr<const Playbook> playbook) {
    beginResetModel();
    m_playbook = std::move(playbook);
    endResetModel();
}

const QList<AuditRow>* AuditLogModel::page(int number) const {
    auto it = m_pages.find(number);
    if (it == m_pages.end()) {
        auto rows = m_query.page(m_filter, m_sort, m_ascending, qint64(number) * PageSize, PageSize, m_count);
        if (!rows) {
            m_error = rows.error().message;
            return nullptr;
        }
        if (m_pages.size() >= PagesKept) {
            m_pages.remove(m_recent.takeFirst());
        }
        it = m_pages.insert(number, rows.value());
        // Employees once per reload, customers as their entries are paged in.
        if (m_names.employeeById.isEmpty()) {
            if (auto names = AuditNames::load(m_db, rows.value()))
                m_names = names.value();
        } else {
            (void)m_names.addCustomers(m_db, rows.value()); // unknown ones show as ids
        }
    } else {
        m_recent.removeOne(number);
    }
    m_recent.append(number);
    return &*it;
}

std::optional<AuditRow> AuditLogModel::rowAt(int row) const {
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const QList<AuditRow>* rows = page(row / PageSize);
    const int within = row % PageSize;
    if (!rows || within >= rows->size())
        return std::nullopt;
    return rows->at(within);
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IncidentRole &&
                             role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Id
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    const auto row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IncidentRole)
        return row->incidentId ? QVariant(*row->incidentId) : QVariant();
    switch (index.column()) {
    case Id:
        return row->id;
    case At:
        return QLocale().toString(TimeFormat::fromStored(row->at).toLocalTime(),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return role == Qt::ToolTipRole ? row->actor : m_names.employee(row->actor);
    case Action:
        return row->action ? auditActionName(*row->action) : row->actionId;
    case Recovery:
        return row->incidentId ? QVariant(QStringLiteral("#%1").arg(*row->incidentId)) : QVariant();
    case Category:
        return m_playbook ? PlaybookText::nameOf(*m_playbook, row->category) : row->category.toString();
    case Amount:
        return row->totalMinor ? QVariant(Money(*row->totalMinor, row->currency).toDecimalString())
                               : QVariant();
    case Override:
        return row->override ? tr("override") : QString();
    case Details:
        if (role == Qt::ToolTipRole)
            return row->payload;
        return m_playbook ? auditSentence(*row, m_names, *m_playbook) : summarise(row->payload);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case At:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Recovery:
        return tr("Recovery");
    case Category:
        return tr("Category");
    case Amount:
        return tr("Recovery total");
    case Override:
        return tr("Override");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace rebound
