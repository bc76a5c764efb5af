// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryText.h"

#include "AppContext.h"
#include "domain/TimeFormat.h"
#include "reports/AuditQuery.h"
#include "reports/AuditSentence.h"

#include <QCoreApplication>
#include <QLocale>

namespace rebound {

QString historyHtml(AppContext& ctx, qint64 incidentId, bool details) {
    auto rows = AuditQuery(ctx.db()).history(incidentId);
    if (!rows)
        return rows.error().message.toHtmlEscaped();
    auto names = AuditNames::load(ctx.db(), rows.value());
    auto pb = ctx.playbooks().current();
    if (!names || !pb)
        return (!names ? names.error().message : pb.error().message).toHtmlEscaped();
    QString html =
        QCoreApplication::translate("rebound::HistoryText", "<h3>Recovery #%1</h3>").arg(incidentId);
    for (const AuditRow& r : rows.value()) {
        html += QStringLiteral("<p><span style='color:#55615F'>%1</span><br>%2")
                    .arg(QLocale().toString(TimeFormat::fromStored(r.at).toLocalTime(), QLocale::ShortFormat),
                         auditSentence(r, names.value(), *pb->playbook).toHtmlEscaped());
        if (details)
            html += QStringLiteral("<br><code style='color:#55615F'>#%1 %2 %3 %4</code>")
                        .arg(r.id)
                        .arg(r.actor.toHtmlEscaped(), r.actionId.toHtmlEscaped(), r.payload.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace rebound
