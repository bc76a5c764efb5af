// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SqlRecordSink.h"

#include "audit/AuditLog.h"
#include "store/Database.h"

namespace rebound {

Result<qint64> SqlRecordSink::insert(RecordTable table, const RowValues& values) {
    const QList<QByteArray> columns = columnsOf(table);
    const QByteArray marks = QByteArray("?, ").repeated(columns.size()).chopped(2);
    Query q = m_db.query(QString::fromLatin1("INSERT INTO " + tableName(table) + " (" + columns.join(", ") +
                                             ") VALUES (" + marks + ")"));
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
    if (auto r = q.exec(); !r)
        return r.error();
    return q.lastInsertId();
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
