// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QtGlobal>

class QWidget;

namespace rebound {

class AppContext;

// What only later screens need, in a module loaded at first use (ui/deferred/): the reports' charts
// (Qt Charts, which brings OpenGL) and the printed note (Qt Print Support). Start-up loads neither.
struct DeferredParts {
    QWidget* (*reportsView)(AppContext& ctx, QWidget* parent);
    void (*refreshReports)(QWidget* reportsView);
    // Asks where (PDF) or which printer, then prints; the message says what happened.
    QString (*saveOrPrintNote)(AppContext& ctx, qint64 incidentId, QWidget* parent, bool toPrinter);
    // Asks where, then writes a page of HTML (the closing slip) as PDF; the message says what happened.
    QString (*saveHtmlAsPdf)(const QString& html, const QString& fileName, QWidget* parent);
    // The same to a known path.
    Result<void> (*writeHtmlPdf)(const QString& html, const QString& path, const QString& docName);
};

namespace Deferred {

// The module's file name; it is installed beside the program or in <libdir>/rebound.
QString fileName();
// The parts, loading the module on the first call; null, with the reason in *error, if it cannot be.
const DeferredParts* parts(QString* error = nullptr);

// The same, for the callers: the reports view (or a label saying why there is none), its refresh,
// and the note printed or saved (or why it cannot be).
QWidget* reportsView(AppContext& ctx, QWidget* parent);
void refreshReports(QWidget* reportsView);
QString saveOrPrintNote(AppContext& ctx, qint64 incidentId, QWidget* parent, bool toPrinter);
QString saveHtmlAsPdf(const QString& html, const QString& fileName, QWidget* parent);
Result<void> writeHtmlPdf(const QString& html, const QString& path, const QString& docName);

} // namespace Deferred
} // namespace rebound
