// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

class QWidget;

namespace rebound {

class AppContext;

// The customer's recovery note, printed or saved as PDF through Qt's print support.
namespace NotePrinter {

// The note's HTML for one recovery, with the business name and contact from the settings.
Result<QString> html(AppContext& ctx, qint64 incidentId);
Result<void> savePdf(AppContext& ctx, qint64 incidentId, const QString& path);
// Asks where (PDF) or which printer, then prints; the message says what happened.
QString saveOrPrint(AppContext& ctx, qint64 incidentId, QWidget* parent, bool toPrinter);
// Any page of HTML (the closing slip) written as a PDF at path; docName is the PDF's title.
Result<void> writeHtmlPdf(const QString& html, const QString& path, const QString& docName);
// Asks where, suggesting fileName in the home folder, then writes it; the message says what happened.
QString saveHtmlAsPdf(const QString& html, const QString& fileName, QWidget* parent);

} // namespace NotePrinter
} // namespace rebound
