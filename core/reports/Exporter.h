// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "domain/Employee.h"
#include "domain/Result.h"

#include <QDate>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace rebound {

class Clock;
class Database;

// The tables, then the learning loop's tables and reports.
enum class ExportKind {
    Incidents,
    Compensations,
    FollowUps,
    Audit,
    Stories,
    Visits,
    Actions,
    Recognitions,
    ReturnVisits,
    Economics,
    Outcomes,
    Voids
};

struct ExportRequest {
    ExportKind kind = ExportKind::Incidents;
    std::optional<QDate> from; // local calendar days, inclusive
    std::optional<QDate> to;
    bool byteOrderMark = false;
    QString site; // only this site's rows (recoveries, gestures, follow-ups, stories, audit); empty: all
};

// CSV exports for accounting and head office; the command line and the supervisor dialog share it.
class Exporter final {
public:
    static const QStringList KindIds;
    static std::optional<ExportKind> kindFromId(const QString& id);
    static QString kindId(ExportKind kind);
    static QStringList columns(ExportKind kind);

    Exporter(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    // How many rows write() will produce, for a progress bar.
    Result<qint64> count(const ExportRequest& request);
    // Writes the CSV for a supervisor or a manager (exports carry customers' contact details and the
    // staff's work). progress(rows) may return false to cancel.
    Result<qint64> write(const AuthenticatedEmployee& by, const ExportRequest& request, QIODevice& out,
                         const std::function<bool(qint64)>& progress = {});
    // Once the file is safely written: the audit entry that says who took which data.
    Result<void> recordExport(const ExportRequest& request, qint64 rows, const AuthenticatedEmployee& by);

private:
    // Who may export (a supervisor or a manager), from where (not an offline copy), and a sane range.
    Result<void> checkRequest(const AuthenticatedEmployee& by, const ExportRequest& request);
    std::pair<QDate, QDate> days(const ExportRequest& request) const;
    Result<qint64> writeComputed(const ExportRequest& request, QIODevice& out);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace rebound
