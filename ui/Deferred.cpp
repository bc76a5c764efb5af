// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deferred.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLibrary>

#include <dlfcn.h>

namespace rebound::Deferred {

namespace {
using Entry = const DeferredParts* (*)();
constexpr char entryName[] = "rebound_deferred_parts";

QStringList candidates() {
    const QDir here(QCoreApplication::applicationDirPath());
    // Beside the program in the build tree; <libdir>/rebound once installed.
    return {here.filePath(fileName()),
            QDir::cleanPath(here.filePath(QStringLiteral(REBOUND_MODULE_FROM_BINDIR "/") + fileName()))};
}

const DeferredParts* load(QString* error) {
    // A program linked with the module (the tests) has it already.
    if (auto entry = reinterpret_cast<Entry>(dlsym(RTLD_DEFAULT, entryName)))
        return entry();
    QStringList reasons;
    for (const QString& path : candidates()) {
        QLibrary library(path);
        if (auto entry = reinterpret_cast<Entry>(library.resolve(entryName)))
            return entry(); // never unloaded: its widgets live as long as the program
        reasons << library.errorString();
    }
    if (error)
        *error = reasons.join(QLatin1Char('\n'));
    return nullptr;
}
} // namespace

QString fileName() {
    return QStringLiteral("rebound-reports-print.so");
}

const DeferredParts* parts(QString* error) {
    static QString reason;
    static const DeferredParts* loaded = load(&reason);
    if (!loaded && error)
        *error = QCoreApplication::translate("Deferred", "The reports and printing module is missing:\n%1")
                     .arg(reason);
    return loaded;
}

QWidget* reportsView(AppContext& ctx, QWidget* parent) {
    QString error;
    if (const DeferredParts* p = parts(&error))
        return p->reportsView(ctx, parent);
    auto* why = new QLabel(error, parent);
    why->setObjectName(QStringLiteral("reportsMissing"));
    why->setProperty("role", QStringLiteral("error"));
    why->setWordWrap(true);
    return why;
}

void refreshReports(QWidget* reportsView) {
    if (const DeferredParts* p = parts())
        p->refreshReports(reportsView);
}

QString saveOrPrintNote(AppContext& ctx, qint64 incidentId, QWidget* parent, bool toPrinter) {
    QString error;
    const DeferredParts* p = parts(&error);
    return p ? p->saveOrPrintNote(ctx, incidentId, parent, toPrinter) : error;
}

QString saveHtmlAsPdf(const QString& html, const QString& fileName, QWidget* parent) {
    QString error;
    const DeferredParts* p = parts(&error);
    return p ? p->saveHtmlAsPdf(html, fileName, parent) : error;
}

Result<void> writeHtmlPdf(const QString& html, const QString& path, const QString& docName) {
    QString error;
    const DeferredParts* p = parts(&error);
    if (!p)
        return Error::storage(error);
    return p->writeHtmlPdf(html, path, docName);
}

} // namespace rebound::Deferred
