// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ClosingSlip.h"

#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "services/ClosingService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

QString row(const QString& label, const QString& value) {
    return u"<tr><td>%1</td><td align='right'><b>%2</b></td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                         value.toHtmlEscaped());
}

} // namespace

QString closingSlipHtml(const DayClosing& c, const QString& businessName, const QLocale& locale,
                        const QHash<QString, QString>& names) {
    // "Alex Rivera (A100)", or the code alone for someone no longer on the staff list.
    const auto who = [&](const QString& code) {
        const QString name = names.value(code);
        return name.isEmpty() ? code : u"%1 (%2)"_s.arg(name, code);
    };
    const QJsonObject& t = c.totals;
    const QString currency = t.value(u"currency"_s).toString();
    const auto money = [&](qint64 minor) { return Money(minor, currency).toDisplayString(); };
    QString html = businessName.isEmpty() ? QString() : u"<h2>%1</h2>"_s.arg(businessName.toHtmlEscaped());
    html += u"<h3>%1</h3>"_s.arg(QCoreApplication::translate("ClosingSlip", "Day closed: %1")
                                     .arg(locale.toString(c.date, QLocale::LongFormat))
                                     .toHtmlEscaped());
    const QDateTime closedAt = TimeFormat::fromStored(c.closedAt);
    html += u"<p>"_s +
            QCoreApplication::translate("ClosingSlip", "Closed by %1 on %2.")
                .arg(who(c.closedBy), locale.toString(closedAt.toLocalTime(), QLocale::ShortFormat))
                .toHtmlEscaped() +
            u"</p><table width='100%' cellpadding='3'>"_s;
    html += row(QCoreApplication::translate("ClosingSlip", "Recoveries"),
                locale.toString(t.value(u"recoveries"_s).toInteger()));
    html += row(QCoreApplication::translate("ClosingSlip", "Gestures"),
                locale.toString(t.value(u"gestures"_s).toInteger()));
    html += row(QCoreApplication::translate("ClosingSlip", "Given in all"),
                money(t.value(u"given_minor"_s).toInteger()));
    const QJsonObject kinds = t.value(u"given_by_kind"_s).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        // "voucher" in the day's currency, or "voucher EUR" in a second one.
        const QString kindId = it.key().section(u' ', 0, 0);
        const QString ownCurrency = it.key().section(u' ', 1, 1);
        const auto kind = catalogKindFromId(kindId);
        html += u"<tr><td style='padding-left:18px'>%1</td><td align='right'>%2</td></tr>"_s.arg(
            (kind ? catalogKindName(*kind) : kindId).toHtmlEscaped(),
            Money(it.value().toInteger(), ownCurrency.isEmpty() ? currency : ownCurrency)
                .toDisplayString()
                .toHtmlEscaped());
    }
    html += row(QCoreApplication::translate("ClosingSlip", "Overrides approved"),
                locale.toString(t.value(u"overrides"_s).toInteger()));
    html += u"</table><h4>%1</h4><table width='100%' cellpadding='3'><tr><th align='left'>%2</th>"
            "<th align='right'>%3</th><th align='right'>%4</th><th align='right'>%5</th></tr>"_s.arg(
                QCoreApplication::translate("ClosingSlip", "Per employee"),
                QCoreApplication::translate("ClosingSlip", "Employee"),
                QCoreApplication::translate("ClosingSlip", "Recoveries"),
                QCoreApplication::translate("ClosingSlip", "Given"),
                QCoreApplication::translate("ClosingSlip", "Overrides"));
    const QJsonObject employees = t.value(u"employees"_s).toObject();
    for (auto it = employees.begin(); it != employees.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        html +=
            u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>"_s
                .arg(who(it.key()).toHtmlEscaped(), locale.toString(e.value(u"recoveries"_s).toInteger()),
                     money(e.value(u"given_minor"_s).toInteger()).toHtmlEscaped(),
                     locale.toString(e.value(u"overrides"_s).toInteger()));
    }
    html += u"</table><p style='font-size:small'>%1<br><tt>%2</tt></p>"_s.arg(
        QCoreApplication::translate("ClosingSlip", "Audit entry %1, SHA-256 of the chain up to this closing:")
            .arg(c.entry)
            .toHtmlEscaped(),
        QString::fromLatin1(c.hash));
    html += u"<p style='font-size:small'>%1</p>"_s.arg(
        QCoreApplication::translate(
            "ClosingSlip",
            "Keep this slip with the day's takings. reboundctl verify names any later change to this day.")
            .toHtmlEscaped());
    return html;
}

} // namespace rebound
