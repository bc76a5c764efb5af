// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/DrillCard.h"

#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "practice/Drill.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

QString drillCardHtml(const Drill& d, const Playbook& pb) {
    const auto nameOf = [](const auto* x, const QString& id) { return x ? PlaybookText::tr(x->name) : id; };
    QStringList delight;
    for (const QString& id : d.delight)
        delight << nameOf(pb.item(id), id);
    QString html = u"<h2>%1</h2><p><i>%2</i></p>"_s.arg(d.title.toHtmlEscaped(), d.setting.toHtmlEscaped());
    html += u"<p><b>%1</b> %2</p>"_s.arg(
        QCoreApplication::translate("DrillCard", "What went wrong:").toHtmlEscaped(),
        d.whatWentWrong.toHtmlEscaped());
    html += u"<p><b>%1</b> %2 — %3</p>"_s.arg(
        QCoreApplication::translate("DrillCard", "The customer:").toHtmlEscaped(),
        d.customer.name.toHtmlEscaped(), d.customer.notes.toHtmlEscaped());
    html +=
        u"<p><b>%1</b></p><ul>"_s.arg(QCoreApplication::translate("DrillCard", "They say").toHtmlEscaped());
    for (const QString& line : {d.opening, d.afterApology, d.afterFix, d.afterGesture})
        html += u"<li><i>“%1”</i></li>"_s.arg(line.toHtmlEscaped());
    html += u"</ul><p><b>%1</b> %2 · %3 · %4</p>"_s.arg(
        QCoreApplication::translate("DrillCard", "A good recovery:").toHtmlEscaped(),
        nameOf(pb.category(d.category), d.category.toString()).toHtmlEscaped(),
        nameOf(pb.severity(d.severity), d.severity.toString()).toHtmlEscaped(),
        delight.join(u", "_s).toHtmlEscaped());
    html += u"<ol>"_s;
    for (const QString& step : d.ideal)
        html += u"<li>%1</li>"_s.arg(step.toHtmlEscaped());
    html += u"</ol><p style='font-size:small'>%1</p>"_s.arg(
        QCoreApplication::translate("DrillCard",
                                    "Practise it at the counter: Practice a drill (Ctrl+D). Target: %1 s.")
            .arg(d.targetSeconds)
            .toHtmlEscaped());
    return html;
}

} // namespace rebound
