// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ClosingSlip.h"

#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "services/ClosingService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ClosingSlip", text);
}

QString row(const QString& label, const QString& value) {
    return u"<tr><td>%1</td><td align='right'><b>%2</b></td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                         value.toHtmlEscaped());
}

} // namespace

QString closingSlipHtml(const DayClosing& c, const QString& businessName, const QLocale& locale) {
    const QJsonObject& t = c.totals;
    const QString currency = t.value(u"currency"_s).toString();
    const auto money = [&](qint64 minor) { return Money(minor, currency).toDisplayString(); };
    QString html = u"<h2>%1</h2><h3>%2</h3>"_s.arg(
        businessName.toHtmlEscaped(), QCoreApplication::translate("ClosingSlip", "Day closed: %1")
                                          .arg(locale.toString(c.date, QLocale::LongFormat))
                                          .toHtmlEscaped());
    const QDateTime closedAt = TimeFormat::fromStored(c.closedAt);
    html += u"<p>"_s +
            QCoreApplication::translate("ClosingSlip", "Closed by %1 on %2.")
                .arg(c.closedBy, locale.toString(closedAt.toLocalTime(), QLocale::ShortFormat))
                .toHtmlEscaped() +
            u"</p><table width='100%' cellpadding='3'>"_s;
    html += row(tr("Recoveries"), locale.toString(t.value(u"recoveries"_s).toInteger()));
    html += row(tr("Gestures"), locale.toString(t.value(u"gestures"_s).toInteger()));
    html += row(tr("Given in all"), money(t.value(u"given_minor"_s).toInteger()));
    const QJsonObject kinds = t.value(u"given_by_kind"_s).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        html += row(u"    "_s + it.key(), money(it.value().toInteger()));
    html += row(tr("Overrides approved"), locale.toString(t.value(u"overrides"_s).toInteger()));
    html += u"</table><h4>%1</h4><table width='100%' cellpadding='3'><tr><th align='left'>%2</th>"
            "<th align='right'>%3</th><th align='right'>%4</th><th align='right'>%5</th></tr>"_s.arg(
                tr("Per employee"), tr("Employee"), tr("Recoveries"), tr("Given"), tr("Overrides"));
    const QJsonObject employees = t.value(u"employees"_s).toObject();
    for (auto it = employees.begin(); it != employees.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        html +=
            u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>"_s
                .arg(it.key().toHtmlEscaped(), locale.toString(e.value(u"recoveries"_s).toInteger()),
                     money(e.value(u"given_minor"_s).toInteger()).toHtmlEscaped(),
                     locale.toString(e.value(u"overrides"_s).toInteger()));
    }
    html += u"</table><p style='font-size:small'>%1<br><tt>%2</tt></p>"_s.arg(
        QCoreApplication::translate("ClosingSlip", "Audit entry %1, SHA-256 of the chain up to this closing:")
            .arg(c.entry)
            .toHtmlEscaped(),
        QString::fromLatin1(c.hash));
    html += u"<p style='font-size:small'>%1</p>"_s.arg(
        tr("Keep this slip with the day's takings. reboundctl verify names any later change to this day.")
            .toHtmlEscaped());
    return html;
}

} // namespace rebound
