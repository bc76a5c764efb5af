// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The module's one entry point, found by name (ui/Deferred.cpp); everything else it uses of
// Rebound comes from the program that loads it.
#include "Deferred.h"
#include "deferred/NotePrinter.h"
#include "deferred/ReportsView.h"

namespace {
QWidget* reportsView(rebound::AppContext& ctx, QWidget* parent) {
    return new rebound::ReportsView(ctx, parent);
}
void refreshReports(QWidget* view) {
    if (auto* reports = qobject_cast<rebound::ReportsView*>(view))
        reports->refresh();
}
constexpr rebound::DeferredParts parts{reportsView, refreshReports, rebound::NotePrinter::saveOrPrint,
                                       rebound::NotePrinter::saveHtmlAsPdf, rebound::NotePrinter::writeHtmlPdf};
} // namespace

extern "C" Q_DECL_EXPORT const rebound::DeferredParts* rebound_deferred_parts() {
    return &parts;
}
