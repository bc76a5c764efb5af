// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SummaryPage.h"

#include "AppContext.h"
#include "Deferred.h"
#include "TimeText.h"
#include "domain/Channel.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebound {

SummaryPage::SummaryPage(QWidget* parent)
    : RecoveryPage(parent)
    , m_text(new QTextBrowser(this)) {
    setTitle(tr("Recovery saved"));
    m_text->setObjectName(QStringLiteral("summary"));
    m_text->setAccessibleName(tr("Summary of the recovery"));
    auto* pdf = new QPushButton(tr("Save the customer's note as PD&F…"), this);
    pdf->setObjectName(QStringLiteral("notePdf"));
    auto* print = new QPushButton(tr("&Print the customer's note…"), this);
    print->setObjectName(QStringLiteral("notePrint"));
    m_noteMessage = new QLabel(this);
    m_noteMessage->setObjectName(QStringLiteral("noteMessage"));
    m_noteMessage->setWordWrap(true);
    m_noteMessage->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addWidget(m_noteMessage, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    for (const auto& [button, toPrinter] : {std::pair{pdf, false}, std::pair{print, true}}) {
        connect(button, &QPushButton::clicked, this, [this, printer = toPrinter] {
            if (const auto& saved = recovery().saved())
                m_noteMessage->setText(
                    Deferred::saveOrPrintNote(recovery().context(), saved->id, this, printer));
        });
    }
}

void SummaryPage::initializePage() {
    RecoveryWizard& w = recovery();
    const auto& saved = w.saved();
    if (!saved)
        return;
    const RecoveryDraft& d = w.draft();
    const Playbook& pb = w.playbook();
    const qint64 seconds = saved->openedAt.secsTo(saved->recoveredAt);
    QString subtitle = tr("Recovery #%1, recovered in %2.").arg(saved->id).arg(TimeText::duration(seconds));
    // Saved on the counter's offline copy: the number is the copy's; the server gets it when it answers.
    if (w.context().isOfflineCopy())
        subtitle += u' ' + tr("Saved on this counter while the server is away; it is sent as soon as the "
                              "server answers.");
    setSubTitle(subtitle);

    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString html;
    html += tr("<h3>%1 — %2, %3</h3>")
                .arg(esc(d.customer.name), esc(PlaybookText::nameOf(pb, d.category)),
                     esc(PlaybookText::nameOf(pb, d.severity).toLower()));
    html += tr("<p><b>What happened:</b> %1</p>").arg(esc(d.description));
    html += tr("<p><b>Apology:</b> %1</p>")
                .arg(d.apology.isEmpty() ? tr("(the playbook's words)") : esc(d.apology));
    html += tr("<p><b>Fix:</b> %1<br>%2</p>")
                .arg(d.resolved ? tr("resolved") : tr("not yet resolved"),
                     d.fixNotes.isEmpty() ? QString() : esc(d.fixNotes));
    if (d.compensations.isEmpty()) {
        html += tr("<p><b>Gestures:</b> none</p>");
    } else {
        html += tr("<p><b>Gestures:</b></p><ul>");
        for (const CompensationDraft& c : d.compensations) {
            const CatalogItem* item = pb.item(c.item);
            auto amount = Money::parse(c.amount, pb.currency());
            const QString shown = amount                 ? amount->toDisplayString()
                                  : item && item->amount ? item->amount->toDisplayString()
                                                         : esc(c.amount);
            html += tr("<li>%1 — %2</li>").arg(item ? esc(PlaybookText::tr(item->name)) : esc(c.item), shown);
        }
        html += tr("</ul><p>Total <b>%1</b>").arg(saved->total.toDisplayString());
        if (saved->approvedBy && w.approver())
            html += tr(", approved by %1").arg(esc(w.approver()->employee().name));
        html += QStringLiteral("</p>");
        if (!saved->voucherCodes.isEmpty())
            html += tr("<p><b>Voucher code(s) for the customer:</b> %1</p>")
                        .arg(saved->voucherCodes.join(QStringLiteral(", ")));
    }
    html +=
        tr("<p><b>Follow-up:</b> %1 by %2</p>")
            .arg(QLocale().toString(d.followUpDue->toLocalTime(), QStringLiteral("dddd d MMMM yyyy, HH:mm")),
                 esc(channelName(d.followUpChannel.value_or(Channel::InPerson))));
    if (d.satisfaction)
        html += tr("<p><b>Satisfaction:</b> %1 / 5</p>").arg(*d.satisfaction);
    html += tr("<p style='color:#55615F'>Recorded by %1 at %2 under playbook “%3”.</p>")
                .arg(esc(w.user().employee().name),
                     QLocale().toString(saved->recoveredAt.toLocalTime(), QLocale::ShortFormat),
                     esc(PlaybookText::tr(pb.name())));
    m_text->setHtml(html);
    wizard()->button(QWizard::FinishButton)->setFocus();
}

} // namespace rebound
