// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/BulkRecoveryWriter.h"

#include "audit/AuditLog.h"
#include "store/CopyIn.h"
#include "store/Database.h"
#include "store/RowStatement.h"

#include <cstring>

namespace rebound {

namespace {
constexpr size_t BatchRows = 4096;
constexpr size_t QueuedBatches = 8; // then the builder waits: memory stays flat
} // namespace

BulkRecoveryWriter::BulkRecoveryWriter(Database& db)
    : m_db(db) {}

BulkRecoveryWriter::~BulkRecoveryWriter() {
    if (m_thread.joinable())
        (void)finish();
}

Result<void> BulkRecoveryWriter::start() {
    m_db.forgetChainHead();
    // The record's tables take their columns from RecoveryRecord, with the id handed out here first.
    QByteArray inserts[TableCount];
    const auto literal = [](const QString& text) {
        return QByteArray("'" + text.toUtf8().replace("'", "''") + "'");
    };
    const QByteArray place = literal(m_db.place().site) + ", " + literal(m_db.place().counter);
    for (RecordTable t : {RecordTable::Customers, RecordTable::Incidents, RecordTable::Compensations,
                          RecordTable::FollowUps}) {
        const QList<QByteArray> columns = columnsOf(t);
        // Recoveries and follow-ups are made at this counter, as the services' writer records them.
        const bool placed = t == RecordTable::Incidents || t == RecordTable::FollowUps;
        QByteArray sql = "INSERT INTO " + tableName(t) + " (id, " + columns.join(", ");
        sql += placed ? QByteArray(", site, counter) VALUES (?") : QByteArray(") VALUES (?");
        sql += QByteArray(", ?").repeated(columns.size());
        if (placed)
            sql += ", " + place;
        inserts[int(t)] = sql + ")";
    }
    inserts[Reviews] = "INSERT INTO reviews (id, kind, ref, reviewed_by, reviewed_at, note) "
                       "VALUES (?, 'incident', ?, ?, ?, ?)";
    inserts[Stories] =
        "INSERT INTO stories (id, incident_id, nominated_by, nominated_at, happened, did, reaction, "
        "learned, status, decided_by, decided_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    inserts[Actions] =
        "INSERT INTO prevention_actions (id, category, what, owner_id, due_on, status, source, "
        "source_ref, opened_by, opened_at, closed_by, closed_at, done) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    inserts[Visits] = "INSERT INTO visits (id, customer_id, at, recorded_by) VALUES (?, ?, ?, ?)";
    inserts[Audit] = "INSERT INTO audit_log (id, at, actor_id, actor, action, entity, entity_id, payload, "
                     "prev_hash, hash, incident_id, category, total_minor, override, site, counter) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " +
                     place + ")";
    static const char* const tables[TableCount] = {"customers",          "incidents", "compensations",
                                                   "follow_ups",         "reviews",   "stories",
                                                   "prevention_actions", "visits",    "audit_log"};
    for (int t = 0; t < TableCount; ++t) {
        if (m_db.backend() == Database::Backend::Server) {
            // On the server each table's rows go by COPY; a literal of the insert is a constant field.
            const QByteArray& sql = inserts[t];
            const qsizetype into = sql.indexOf("INTO ") + 5;
            const qsizetype values = sql.indexOf(") VALUES (");
            m_copies.push_back(std::make_unique<CopyIn>(m_db, sql.mid(into, values + 1 - into)));
            std::vector<QByteArray> fields(1);
            bool quoted = false;
            for (const char c : sql.mid(values + 10, sql.size() - values - 11)) {
                if (c == '\'')
                    quoted = !quoted;
                if (c == ',' && !quoted)
                    fields.emplace_back();
                else
                    fields.back() += c;
            }
            for (QByteArray& f : fields)
                f = f.trimmed();
            m_copyFields.push_back(std::move(fields));
        } else {
            m_statements.push_back(std::make_unique<RowStatement>(m_db, inserts[t].constData()));
            if (!m_statements.back()->prepareError().isEmpty())
                return Error::storage(m_statements.back()->prepareError());
        }
        // Nobody else writes during a bulk load, so ids are handed out here, without a round trip.
        RowStatement last(
            m_db, QByteArray(QByteArray("SELECT coalesce(max(id), 0) FROM ") + tables[t]).constData());
        if (!last.next())
            return last.error();
        m_nextId[t] = last.integer(0) + 1;
    }
    RowStatement head(m_db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    m_lastAuditId = 0;
    m_lastHash = AuditLog::genesisHash();
    if (head.next()) {
        m_lastAuditId = head.integer(0);
        m_lastHash = head.text(1).toByteArray();
    }
    if (auto r = head.error(); !r)
        return r;
    m_building.rows.reserve(BatchRows);
    m_building.values.reserve(BatchRows * 14);
    m_thread = std::thread([this] { run(); });
    return {};
}

void BulkRecoveryWriter::row(Table table) {
    if (m_building.rows.size() >= BatchRows)
        flush();
    m_building.rows.emplace_back(table, m_building.values.size());
}

void BulkRecoveryWriter::text(const QByteArray& v) {
    m_building.values.push_back({Value::Kind::Text, 0, v});
}

void BulkRecoveryWriter::integer(qint64 v) {
    m_building.values.push_back({Value::Kind::Integer, v, {}});
}

void BulkRecoveryWriter::null() {
    m_building.values.push_back({});
}

Result<qint64> BulkRecoveryWriter::insert(RecordTable table, const RowValues& values) {
    const int t = int(table);
    const qint64 id = m_nextId[t]++;
    row(Table(t));
    integer(id);
    m_building.values.insert(m_building.values.end(), values.begin(), values.end());
    return id;
}

qint64 BulkRecoveryWriter::add(Table table, const RowValues& values) {
    const qint64 id = m_nextId[table]++;
    row(table);
    integer(id);
    m_building.values.insert(m_building.values.end(), values.begin(), values.end());
    return id;
}

qint64 BulkRecoveryWriter::story(const RowValues& values) {
    return add(Stories, values);
}

qint64 BulkRecoveryWriter::action(const RowValues& values) {
    return add(Actions, values);
}

qint64 BulkRecoveryWriter::visit(const RowValues& values) {
    return add(Visits, values);
}

void BulkRecoveryWriter::review(qint64 incidentId, qint64 reviewedBy, const QByteArray& reviewedAt,
                                const QByteArray& note) {
    row(Reviews);
    integer(m_nextId[Reviews]++);
    text(QByteArray::number(incidentId));
    integer(reviewedBy);
    text(reviewedAt);
    text(note);
}

Result<void> BulkRecoveryWriter::audit(const QByteArray& at, const RecordActor& by, AuditAction what,
                                       const char* entity, qint64 entityId, const QByteArray& payload,
                                       const RecoveryRef* recovery) {
    const qint64 id = m_lastAuditId + 1;
    const qint64 actorId = by.id;
    const QByteArray& actor = by.code;
    const char* action = auditActionId(what);
    const QByteArray entityText = QByteArray::number(entityId);
    const QByteArray actorIdText = actorId ? QByteArray::number(actorId) : QByteArray();
    QByteArray hash = AuditLog::hashOf({m_lastHash, id, at, actorIdText, actor, QByteArrayView(action),
                                        QByteArrayView(entity), entityText, payload});
    row(Audit);
    integer(id);
    text(at);
    if (actorId)
        integer(actorId);
    else
        null();
    text(actor);
    text(QByteArray::fromRawData(action, qsizetype(strlen(action))));
    text(QByteArray::fromRawData(entity, qsizetype(strlen(entity))));
    text(entityText);
    text(payload);
    text(m_lastHash);
    text(hash);
    if (recovery) {
        integer(recovery->id);
        text(recovery->category);
        integer(recovery->totalMinor);
        integer(recovery->override ? 1 : 0);
    } else {
        null();
        null();
        null();
        integer(0);
    }
    m_lastAuditId = id;
    m_lastHash = std::move(hash);
    return {};
}

void BulkRecoveryWriter::flush() {
    if (m_building.rows.empty())
        return;
    Batch next;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < QueuedBatches || m_error; });
        if (!m_error)
            m_queue.push_back(std::move(m_building));
        if (!m_written.empty()) {
            next = std::move(m_written.back());
            m_written.pop_back();
        }
        m_changed.notify_all();
    }
    // Emptied here, not on the inserting thread: memory goes back to the allocator that gave it.
    next.rows.clear();
    next.values.clear();
    next.rows.reserve(BatchRows);
    next.values.reserve(BatchRows * 14);
    m_building = std::move(next);
}

void BulkRecoveryWriter::run() {
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        if (!m_copies.empty()) {
            if (auto e = copy(batch); !e) {
                std::lock_guard lock(m_mutex);
                m_error = e.error();
                m_queue.clear();
                m_changed.notify_all();
                return;
            }
            std::lock_guard lock(m_mutex);
            m_written.push_back(std::move(batch));
            continue;
        }
        for (size_t r = 0; r < batch.rows.size(); ++r) {
            const auto [table, first] = batch.rows[r];
            const size_t end = r + 1 < batch.rows.size() ? batch.rows[r + 1].second : batch.values.size();
            RowStatement& s = *m_statements[size_t(table)];
            auto value = batch.values.cbegin() + qsizetype(first);
            for (int i = 1; size_t(i) <= end - first; ++i, ++value) {
                switch (value->kind) {
                case Value::Kind::Null:
                    s.bindNull(i);
                    break;
                case Value::Kind::Integer:
                    s.bind(i, value->integer);
                    break;
                case Value::Kind::Text:
                    s.bindStatic(i, QByteArrayView(value->text));
                    break;
                }
            }
            if (auto e = s.run(); !e) {
                std::lock_guard lock(m_mutex);
                m_error = e.error();
                m_queue.clear();
                m_changed.notify_all();
                return;
            }
        }
        std::lock_guard lock(m_mutex);
        m_written.push_back(std::move(batch));
    }
}

Result<void> BulkRecoveryWriter::copy(const Batch& batch) {
    for (size_t r = 0; r < batch.rows.size(); ++r) {
        const auto [table, first] = batch.rows[r];
        CopyIn& c = *m_copies[size_t(table)];
        auto value = batch.values.cbegin() + qsizetype(first);
        for (const QByteArray& field : m_copyFields[size_t(table)]) {
            if (field != "?") {
                c.text(QByteArray(field.mid(1, field.size() - 2)).replace("''", "'")); // a quoted literal
                continue;
            }
            switch (value->kind) {
            case Value::Kind::Null:
                c.null();
                break;
            case Value::Kind::Integer:
                c.integer(value->integer);
                break;
            case Value::Kind::Text:
                c.text(value->text);
                break;
            }
            ++value;
        }
        c.endRow();
    }
    // In the order of the tables, so a row's references arrive before it.
    for (auto& c : m_copies) {
        if (auto e = c->send(); !e)
            return e;
    }
    return {};
}

bool BulkRecoveryWriter::failed() const {
    std::lock_guard lock(m_mutex);
    return m_error.has_value();
}

Result<void> BulkRecoveryWriter::finish() {
    m_db.forgetChainHead(); // the chain now ends at this writer's last entry
    flush();
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        return *m_error;
    return {};
}

} // namespace rebound
