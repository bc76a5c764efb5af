// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "reports/Exporter.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace rebound {

class Clock;
class Database;

// A computed report as the rows of a CSV: the exporter writes it like a table it reads.
struct ReportTable {
    QStringList columns;
    QString types; // one letter per column: 'n' a number the program wrote, 't' text
    QList<QStringList> rows;
};

// Whether the kind is computed (recognitions, return visits, economics, outcomes, actions with their
// impact) rather than read row by row from one table.
bool isComputed(ExportKind kind);
QStringList computedColumns(ExportKind kind);
// The report over local days [from, to], both inclusive.
Result<ReportTable> computeReport(Database& db, const Clock& clock, ExportKind kind, const QDate& from,
                                  const QDate& to);

} // namespace rebound
