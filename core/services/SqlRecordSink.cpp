// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SqlRecordSink.h"

#include "audit/AuditLog.h"
#include "store/Database.h"

namespace rebound {

Result<qint64> SqlRecordSink::insert(RecordTable table, const RowValues& values) {
    QList<QByteArray> columns = columnsOf(table);
    // Where it was made: the counter's site and name.
    const bool placed = table == RecordTable::Incidents || table == RecordTable::FollowUps;
    if (placed)
        columns << "site"
                << "counter";
    const QByteArray marks = QByteArray("?, ").repeated(columns.size()).chopped(2);
    Query q = m_db.query(QString::fromLatin1("INSERT INTO " + tableName(table) + " (" + columns.join(", ") +
                                             ") VALUES (" + marks + ") RETURNING id"));
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
    if (placed)
        q.bind(m_db.place().site).bind(m_db.place().counter);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::storage(QStringLiteral("the new row's id was not returned"));
    return q.integer(0);
}

Result<void> SqlRecordSink::audit(const QByteArray& at, const RecordActor& actor, AuditAction action,
                                  const char* entity, qint64 entityId, const QByteArray& payload,
                                  const RecoveryRef* recovery) {
    const Actor who{actor.id ? std::optional<qint64>(actor.id) : std::nullopt, QString::fromUtf8(actor.code)};
    auto entry =
        AuditLog(m_db, m_clock)
            .append(who, action, QString::fromLatin1(entity), QString::number(entityId), payload,
                    recovery ? std::optional<qint64>(recovery->id) : std::nullopt, QString::fromLatin1(at));
    if (!entry)
        return entry.error();
    return {};
}

} // namespace rebound
