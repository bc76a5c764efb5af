// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferred/NotePrinter.h"

#include "AppContext.h"
#include "reports/RecoveryNote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace rebound::NotePrinter {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("rebound::NotePrinter", text);
}

void render(const QString& html, QPrinter& printer) {
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&printer);
}
} // namespace

Result<QString> html(AppContext& ctx, qint64 incidentId) {
    auto pb = ctx.playbooks().current();
    if (!pb)
        return pb.error();
    auto hours = ctx.site().hours();
    if (!hours)
        return hours.error();
    auto note = RecoveryNote::load(ctx.db(), incidentId, *pb->playbook, hours.value(), ctx.clock().nowUtc());
    if (!note)
        return note.error();
    const QString html =
        note->toHtml(ctx.settings().businessName(), ctx.settings().businessContact(), QLocale());
    if (!ctx.isPractice())
        return html;
    // A note printed in a drill must never pass for a real one.
    const QString banner =
        QStringLiteral("<p style='background:#E65100; color:white; font-weight:700; text-align:center'>%1</p>")
            .arg(tr("PRACTICE — NOT A REAL RECOVERY"));
    return QString(banner + html);
}

Result<void> savePdf(AppContext& ctx, qint64 incidentId, const QString& path) {
    auto text = html(ctx, incidentId);
    if (!text)
        return text.error();
    return writeHtmlPdf(text.value(), path, QStringLiteral("R-%1").arg(incidentId));
}

Result<void> writeHtmlPdf(const QString& html, const QString& path, const QString& docName) {
    // An older file of the same name must not pass for the new note if writing fails.
    QFile::remove(path);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(
        QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4));
    printer.setOutputFileName(path);
    printer.setDocName(docName);
    render(html, printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error::storage(QStringLiteral("cannot write %1").arg(path));
    return {};
}

QString saveHtmlAsPdf(const QString& html, const QString& fileName, QWidget* parent) {
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"),
                                                      QDir::home().filePath(fileName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    auto saved = writeHtmlPdf(html, path, QFileInfo(fileName).completeBaseName());
    return saved ? tr("Saved to %1.").arg(path) : saved.error().message;
}

QString saveOrPrint(AppContext& ctx, qint64 incidentId, QWidget* parent, bool toPrinter) {
    if (!toPrinter) {
        const QString path = QFileDialog::getSaveFileName(
            parent, tr("Save the note as PDF"),
            QDir::home().filePath(QStringLiteral("recovery-R-%1.pdf").arg(incidentId)), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return {};
        auto saved = savePdf(ctx, incidentId, path);
        return saved ? tr("The note was saved to %1.").arg(path) : saved.error().message;
    }
    auto text = html(ctx, incidentId);
    if (!text)
        return text.error().message;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    render(text.value(), printer);
    return tr("The note was sent to the printer.");
}

} // namespace rebound::NotePrinter
