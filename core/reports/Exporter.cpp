// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/Exporter.h"

#include "audit/AuditLog.h"
#include "audit/Receipt.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "reports/CsvWriter.h"
#include "reports/ReportTable.h"
#include "services/SiteService.h"
#include "services/StoryService.h"
#include "store/Database.h"
#include "store/RowStatement.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace rebound {

const QStringList Exporter::KindIds = {
    u"incidents"_s, u"compensations"_s, u"follow-ups"_s,    u"audit"_s,     u"stories"_s,  u"visits"_s,
    u"actions"_s,   u"recognitions"_s,  u"return-visits"_s, u"economics"_s, u"outcomes"_s, u"voids"_s};

namespace {

struct Spec {
    QString sql;      // selects the rows of [from, to) ordered by id
    QString countSql; // counts them, for a progress bar
    QStringList columns;
    QString numeric; // one letter per column: 'n' written as is, 't' text, 'm' money, 'd' minutes
    QString site;    // the column that names a row's site; empty: the kind is not kept per site
};

// Only the rows of one site: a condition before the ORDER BY, and a count over the filtered rows.
void restrictToSite(Spec& spec) {
    const qsizetype order = spec.sql.lastIndexOf(u" ORDER BY "_s);
    spec.sql.insert(order, u" AND "_s + spec.site + u" = ?"_s);
    const QString rows = spec.sql.left(spec.sql.lastIndexOf(u" ORDER BY "_s));
    spec.countSql = u"SELECT count(*) FROM ("_s + rows + u") site_rows"_s;
}

// Each recovery with its customer, who opened and approved it, and the rules it broke when it arrived
// from an offline counter ("authority", "offline_allowance"; empty when none).
Spec incidentsSpec(const Dialect& dialect) {
    return {
        uR"(SELECT i.id, i.uuid, i.opened_at, i.closed_at, i.status, i.category, i.severity, i.detected_by,
               c.name, c.phone, c.segment, i.description, i.prevention_note, e.code,
               i.total_minor, i.currency,
               CASE WHEN i.override <> 0 THEN (SELECT max(a.code) FROM compensations x
                 JOIN employees a ON a.id = x.approved_by WHERE x.incident_id = i.id) END,
               (SELECT )"_s +
            dialect.joined(u"b.rule"_s, u"' '"_s) + uR"( FROM breaches b WHERE b.incident_id = i.id),
               (SELECT min(f.due_at) FROM follow_ups f WHERE f.incident_id = i.id),
               i.satisfaction, i.opened_at, i.follow_up_scheduled_at
            FROM incidents i JOIN customers c ON c.id = i.customer_id JOIN employees e ON e.id = i.opened_by
            WHERE i.opened_at >= ? AND i.opened_at < ? ORDER BY i.id)"_s,
        u"SELECT count(*) FROM incidents WHERE opened_at >= ? AND opened_at < ?"_s,
        {u"id"_s,
         u"uuid"_s,
         u"opened_at"_s,
         u"closed_at"_s,
         u"status"_s,
         u"category"_s,
         u"severity"_s,
         u"detected_by"_s,
         u"customer_name"_s,
         u"customer_phone"_s,
         u"segment"_s,
         u"description"_s,
         u"prevention_note"_s,
         u"opened_by"_s,
         u"compensation_total"_s,
         u"currency"_s,
         u"approved_by"_s,
         u"breaches"_s,
         u"follow_up_due"_s,
         u"satisfaction"_s,
         u"minutes_to_recover"_s},
        u"ntttttttttttttmttttnd"_s,
        u"i.site"_s};
}

Spec specOf(ExportKind kind, const Dialect& dialect) {
    switch (kind) {
    case ExportKind::Incidents:
        return incidentsSpec(dialect);
    case ExportKind::Compensations:
        return {
            uR"(SELECT x.id, x.incident_id, x.given_at, x.item, x.kind, x.amount_minor, x.cost_minor, x.currency,
                   g.code, a.code, x.voucher_code, c.name
                FROM compensations x JOIN incidents i ON i.id = x.incident_id
                JOIN customers c ON c.id = i.customer_id JOIN employees g ON g.id = x.given_by
                LEFT JOIN employees a ON a.id = x.approved_by
                WHERE x.given_at >= ? AND x.given_at < ? ORDER BY x.id)"_s,
            u"SELECT count(*) FROM compensations WHERE given_at >= ? AND given_at < ?"_s,
            {u"id"_s, u"incident_id"_s, u"given_at"_s, u"item"_s, u"kind"_s, u"amount"_s, u"cost"_s,
             u"currency"_s, u"given_by"_s, u"approved_by"_s, u"voucher_code"_s, u"customer_name"_s},
            u"nntttmmttttt"_s,
            u"i.site"_s};
    case ExportKind::FollowUps:
        return {uR"(SELECT f.id, f.incident_id, f.due_at, f.channel, o.code, c.name, c.phone, c.email,
                   f.done_at, d.code, f.outcome, f.reached, f.attempts, f.satisfaction, f.verdict
                FROM follow_ups f JOIN incidents i ON i.id = f.incident_id
                JOIN customers c ON c.id = i.customer_id JOIN employees o ON o.id = f.owner_id
                LEFT JOIN employees d ON d.id = f.done_by
                WHERE f.due_at >= ? AND f.due_at < ? ORDER BY f.id)"_s,
                u"SELECT count(*) FROM follow_ups WHERE due_at >= ? AND due_at < ?"_s,
                {u"id"_s, u"incident_id"_s, u"due_at"_s, u"channel"_s, u"owner"_s, u"customer_name"_s,
                 u"customer_phone"_s, u"customer_email"_s, u"done_at"_s, u"done_by"_s, u"outcome"_s,
                 u"reached"_s, u"attempts"_s, u"satisfaction"_s, u"verdict"_s},
                u"nntttttttttnnnt"_s,
                u"i.site"_s};
    case ExportKind::Stories:
        return {uR"(SELECT s.id, s.incident_id, s.status, s.nominated_at, n.code, i.category, c.name,
                   s.happened, s.did, s.reaction, s.learned, s.decided_at, d.code, s.reason,
                   (SELECT )"_s +
                    dialect.joined(u"e.code"_s, u"' '"_s) + uR"( FROM employees e WHERE e.id IN ()"_s +
                    workedRecoverySql(u"s.incident_id"_s) + uR"())
                FROM stories s JOIN incidents i ON i.id = s.incident_id JOIN customers c ON c.id = i.customer_id
                JOIN employees n ON n.id = s.nominated_by LEFT JOIN employees d ON d.id = s.decided_by
                WHERE s.nominated_at >= ? AND s.nominated_at < ? ORDER BY s.id)"_s,
                u"SELECT count(*) FROM stories WHERE nominated_at >= ? AND nominated_at < ?"_s,
                {u"id"_s, u"incident_id"_s, u"status"_s, u"nominated_at"_s, u"nominated_by"_s, u"category"_s,
                 u"customer_name"_s, u"what_happened"_s, u"what_we_did"_s, u"customer_reaction"_s,
                 u"what_we_learned"_s, u"decided_at"_s, u"decided_by"_s, u"reason"_s, u"recognized"_s},
                u"nnttttttttttttt"_s,
                u"i.site"_s};
    case ExportKind::Visits:
        return {uR"(SELECT v.id, v.at, c.id, c.name, c.phone, c.segment, e.code,
                   (SELECT count(*) FROM incidents i WHERE i.customer_id = v.customer_id AND i.opened_at < v.at)
                FROM visits v JOIN customers c ON c.id = v.customer_id JOIN employees e ON e.id = v.recorded_by
                WHERE v.at >= ? AND v.at < ? ORDER BY v.id)"_s,
                u"SELECT count(*) FROM visits WHERE at >= ? AND at < ?"_s,
                {u"id"_s, u"at"_s, u"customer_id"_s, u"customer_name"_s, u"customer_phone"_s, u"segment"_s,
                 u"recorded_by"_s, u"recoveries_before"_s},
                u"ntnttttn"_s,
                {}};
    case ExportKind::Audit:
        return {uR"(SELECT id, at, actor, action, entity, entity_id, payload, prev_hash, hash
                FROM audit_log WHERE at >= ? AND at < ? ORDER BY id)"_s,
                u"SELECT count(*) FROM audit_log WHERE at >= ? AND at < ?"_s,
                {u"id"_s, u"at"_s, u"actor"_s, u"action"_s, u"entity"_s, u"entity_id"_s, u"payload"_s,
                 u"prev_hash"_s, u"hash"_s},
                u"ntttttttt"_s,
                u"site"_s};
    case ExportKind::Actions:
    case ExportKind::Recognitions:
    case ExportKind::ReturnVisits:
    case ExportKind::Economics:
    case ExportKind::Outcomes:
    case ExportKind::Voids:
        break; // computed: reports/ReportTable
    }
    return {};
}

// The kind's query, restricted to one site when one is named.
Result<Spec> specFor(ExportKind kind, const Dialect& dialect, const QString& site = {}) {
    Spec spec = specOf(kind, dialect);
    if (site.isEmpty())
        return spec;
    if (spec.site.isEmpty())
        return Error::invalidAt(u"site"_s,
                                QCoreApplication::translate("Core", "--site: %1 are not kept per site; "
                                                                    "export them without --site")
                                    .arg(Exporter::kindId(kind)));
    restrictToSite(spec);
    return spec;
}

} // namespace

std::optional<ExportKind> Exporter::kindFromId(const QString& id) {
    const qsizetype i = KindIds.indexOf(id);
    if (i < 0)
        return std::nullopt;
    return ExportKind(i);
}

QString Exporter::kindId(ExportKind kind) {
    return KindIds.at(qsizetype(kind));
}

QStringList Exporter::columns(ExportKind kind) {
    return isComputed(kind) ? computedColumns(kind) : specOf(kind, Dialect(false)).columns;
}

namespace {
// The request's days as the business counts them (its zone), whatever zone this process runs in.
Result<std::pair<QString, QString>> bounds(Database& db, const Clock& clock, const ExportRequest& request) {
    auto hours = SiteService(db, clock).hours();
    if (!hours)
        return hours.error();
    return std::pair{request.from ? hours->dayStartStored(*request.from) : u"0000"_s,
                     request.to ? hours->dayStartStored(request.to->addDays(1)) : u"9999"_s};
}
} // namespace

// A computed report's range: all of the history when a bound is open.
std::pair<QDate, QDate> Exporter::days(const ExportRequest& request) const {
    auto hours = SiteService(m_db, m_clock).hours();
    const QDate today = hours ? hours->businessDate(m_clock.nowUtc()) : m_clock.nowUtc().toLocalTime().date();
    return {request.from.value_or(QDate(1970, 1, 1)), request.to.value_or(today)};
}

Result<qint64> Exporter::count(const ExportRequest& request) {
    if (isComputed(request.kind))
        return 0; // computed at once: no progress to show
    auto range = bounds(m_db, m_clock, request);
    if (!range)
        return range.error();
    const auto [lower, upper] = range.value();
    auto spec = specFor(request.kind, m_db.dialect(), request.site);
    if (!spec)
        return spec.error();
    Query q = m_db.query(spec->countSql);
    q.bind(lower).bind(upper);
    if (!request.site.isEmpty())
        q.bind(request.site);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

Result<void> Exporter::checkRequest(const AuthenticatedEmployee& by, const ExportRequest& request) {
    if (by.employee().role == Role::Associate)
        return Error::denied(
            QCoreApplication::translate("Core", "only a supervisor or a manager may export"));
    // An offline copy holds this counter's recent work only: a report from it would mislead head office.
    if (auto r = refuseOffline(m_db, QCoreApplication::translate("Core", "exporting")); !r)
        return r;
    if (request.from && request.to && *request.from > *request.to)
        return Error::invalid(
            QCoreApplication::translate("Core", "--from: %1 is after --to %2")
                .arg(request.from->toString(Qt::ISODate), request.to->toString(Qt::ISODate)));
    return {};
}

namespace {

// One row's values as the spec's column types say: numbers, money in the row's currency, the minutes
// between two times, text.
void writeRow(CsvWriter& csv, RowStatement& q, const QString& types, const QString& currency) {
    int source = 0;
    for (QChar type : types) {
        const int i = source++;
        switch (type.unicode()) {
        case u'n':
            csv.number(q.text(i));
            break;
        case u'm':
            csv.number(QByteArrayView(Money(q.integer(i), currency).toDecimalString().toLatin1()));
            break;
        case u'd': {
            // minutes_to_recover reads two columns: opened_at and follow_up_scheduled_at.
            const auto opened = TimeFormat::msecsFromStored(q.text(i));
            const auto recovered = TimeFormat::msecsFromStored(q.text(i + 1));
            ++source;
            csv.number(opened && recovered
                           ? QByteArrayView(QByteArray::number((*recovered - *opened) / 60'000))
                           : QByteArrayView());
            break;
        }
        default:
            csv.text(q.text(i));
        }
    }
}

} // namespace

Result<qint64> Exporter::write(const AuthenticatedEmployee& by, const ExportRequest& request, QIODevice& out,
                               const std::function<bool(qint64)>& progress) {
    if (auto allowed = checkRequest(by, request); !allowed)
        return allowed.error();
    if (progress && !progress(0))
        return Error::cancelled(QCoreApplication::translate("Core", "export cancelled"));
    if (isComputed(request.kind)) {
        if (!request.site.isEmpty())
            return Error::invalidAt(
                u"site"_s, QCoreApplication::translate("Core", "--site: the %1 report counts every site; "
                                                               "export it without --site")
                               .arg(kindId(request.kind)));
        return writeComputed(request, out);
    }
    auto specified = specFor(request.kind, m_db.dialect(), request.site);
    if (!specified)
        return specified.error();
    const Spec& spec = *specified;
    auto range = bounds(m_db, m_clock, request);
    if (!range)
        return range.error();
    const auto [lower, upper] = range.value();

    CsvWriter csv(out, request.byteOrderMark);
    for (const QString& column : spec.columns)
        csv.text(column);
    csv.endRow();

    qint64 rows = 0;
    {
        // A million rows: straight from SQLite's buffers to the CSV buffer, no QVariant or QString per value.
        const QByteArray sql = spec.sql.toUtf8();
        RowStatement q(m_db, sql.constData(), RowStatement::Mode::Streamed);
        q.bind(1, QByteArrayView(lower.toUtf8()));
        q.bind(2, QByteArrayView(upper.toUtf8()));
        if (!request.site.isEmpty())
            q.bind(3, QByteArrayView(request.site.toUtf8()));
        QByteArray currencyBytes;
        QString currency;
        const int currencyColumn =
            spec.columns.contains(u"currency"_s) ? (request.kind == ExportKind::Incidents ? 15 : 7) : -1;
        while (q.next()) {
            if (currencyColumn >= 0 && q.text(currencyColumn) != currencyBytes) {
                currencyBytes = q.text(currencyColumn).toByteArray();
                currency = QString::fromUtf8(currencyBytes);
            }
            writeRow(csv, q, spec.numeric, currency);
            csv.endRow();
            ++rows;
            if (progress && (rows % 256) == 0 && !progress(rows))
                return Error::cancelled(QCoreApplication::translate("Core", "export cancelled"));
        }
        if (auto r = q.error(); !r)
            return r.error();
    }
    if (!csv.flush())
        return Error::storage(
            QCoreApplication::translate("Core", "could not write the export: %1").arg(out.errorString()));
    if (progress && !progress(rows))
        return Error::cancelled(QCoreApplication::translate("Core", "export cancelled"));
    return rows;
}

Result<qint64> Exporter::writeComputed(const ExportRequest& request, QIODevice& out) {
    const auto [from, to] = days(request);
    auto table = computeReport(m_db, m_clock, request.kind, from, to);
    if (!table)
        return table.error();
    CsvWriter csv(out, request.byteOrderMark);
    for (const QString& column : table->columns)
        csv.text(column);
    csv.endRow();
    for (const QStringList& row : std::as_const(table->rows)) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (table->types.at(i) == u'n')
                csv.number(row[i]);
            else
                csv.text(row[i]);
        }
        csv.endRow();
    }
    if (!csv.flush())
        return Error::storage(
            QCoreApplication::translate("Core", "could not write the export: %1").arg(out.errorString()));
    return qint64(table->rows.size());
}

Result<void> Exporter::recordExport(const ExportRequest& request, qint64 rows,
                                    const AuthenticatedEmployee& by) {
    QJsonObject payload{{u"report"_s, kindId(request.kind)}, {u"rows"_s, rows}};
    if (request.from)
        payload.insert(u"from"_s, request.from->toString(Qt::ISODate));
    if (request.to)
        payload.insert(u"to"_s, request.to->toString(Qt::ISODate));
    const Actor actor = Actor::of(by.employee());
    auto audited = m_db.write([&]() -> Result<qint64> {
        return AuditLog(m_db, m_clock)
            .append(actor, AuditAction::Export, u"report"_s, kindId(request.kind), payload);
    });
    if (!audited)
        return audited.error();
    // The export's own entry closes the chain it saw: a signed receipt of it goes beside the database.
    auto receipt = writeHeadReceipt(m_db, Receipt::Kind::Export, *audited, actor.name, kindId(request.kind),
                                    TimeFormat::toStored(m_clock.nowUtc()));
    if (!receipt)
        return Error::of(
            receipt.error().code,
            QCoreApplication::translate("Core", "the export was written, but its receipt was not: %1")
                .arg(receipt.error().message));
    return {};
}

} // namespace rebound
