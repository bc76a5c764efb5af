// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SqlRecordSink.h"

#include "store/Database.h"

#include <algorithm>

namespace rebound {

Result<qint64> SqlRecordSink::insert(RecordTable table, const RowValues& values) {
    auto ids = insertAll(table, {values});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> SqlRecordSink::insertAll(RecordTable table, const std::vector<RowValues>& rows) {
    QList<QByteArray> columns = columnsOf(table);
    // Where it was made: the counter's site and name.
    const bool placed = table == RecordTable::Incidents || table == RecordTable::FollowUps;
    if (placed)
        columns << "site"
                << "counter";
    const QByteArray marks = "(" + QByteArray("?, ").repeated(columns.size()).chopped(2) + ")";
    QByteArrayList tuples;
    for (std::size_t i = 0; i < rows.size(); ++i)
        tuples << marks;
    Query q = m_db.query(QString::fromLatin1("INSERT INTO " + tableName(table) + " (" + columns.join(", ") +
                                             ") VALUES " + tuples.join(", ") + " RETURNING id"));
    for (const RowValues& values : rows) {
        for (const RowValue& v : values) {
            switch (v.kind) {
            case RowValue::Kind::Null:
                q.bind(QVariant(QMetaType::fromType<qint64>()));
                break;
            case RowValue::Kind::Integer:
                q.bind(v.integer);
                break;
            case RowValue::Kind::Text:
                q.bind(QString::fromUtf8(v.text));
                break;
            }
        }
        if (placed) {
            const Place& at = m_stamp ? *m_stamp : m_db.place();
            q.bind(at.site).bind(at.counter);
        }
    }
    if (auto r = q.exec(); !r)
        return r.error();
    // RETURNING promises no order; the ids were handed out row by row, so sorted they follow the rows.
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    if (ids.size() != qsizetype(rows.size()))
        return Error::storage(QStringLiteral("the new rows' ids were not returned"));
    std::sort(ids.begin(), ids.end());
    return ids;
}

SqlRecordSink::~SqlRecordSink() {
    // An entry never written would leave its change unaudited: every batched caller flushes.
    Q_ASSERT(m_waiting.isEmpty());
}

Result<void> SqlRecordSink::audit(const QByteArray& at, const RecordActor& actor, AuditAction action,
                                  const char* entity, qint64 entityId, const QByteArray& payload,
                                  const RecoveryRef* recovery) {
    const Actor who{actor.id ? std::optional<qint64>(actor.id) : std::nullopt, QString::fromUtf8(actor.code)};
    m_waiting.append({who, action, QString::fromLatin1(entity), QString::number(entityId), payload,
                      recovery ? std::optional<qint64>(recovery->id) : std::nullopt,
                      QString::fromLatin1(at)});
    return m_batched ? Result<void>() : flush();
}

Result<void> SqlRecordSink::flush() {
    if (m_waiting.isEmpty())
        return {};
    auto last = AuditLog(m_db, m_clock).appendAll(m_waiting);
    m_waiting.clear();
    if (!last)
        return last.error();
    return {};
}

} // namespace rebound
