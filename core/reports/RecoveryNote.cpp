// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/RecoveryNote.h"

#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "store/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
// lupdate files the tr() calls below under the struct's qualified name.
QString tr(const char* text) {
    return QCoreApplication::translate("rebound::RecoveryNote", text);
}

QString esc(const QString& s) {
    return s.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}
} // namespace

Result<RecoveryNote> RecoveryNote::load(Database& db, qint64 incidentId, const Playbook& names,
                                        const BusinessHours& hours, const QDateTime& nowUtc) {
    RecoveryNote note;
    note.incidentId = incidentId;
    note.hours = hours;
    note.printedAt = nowUtc;
    {
        Query q =
            db.query(uR"(SELECT c.name, i.category, i.apology, i.fix_notes, i.resolved, e.name, i.opened_at
            FROM incidents i JOIN customers c ON c.id = i.customer_id JOIN employees e ON e.id = i.opened_by
            WHERE i.id = ?)"_s);
        q.bind(incidentId);
        if (auto r = q.exec(); !r)
            return r.error();
        if (!q.next())
            return Error::notFound(
                QCoreApplication::translate("Core", "recovery %1 does not exist").arg(incidentId));
        note.customer = q.text(0);
        const Category* cat = names.category(CategoryId(q.text(1)));
        note.category = cat ? PlaybookText::tr(cat->name) : q.text(1);
        note.apology = q.text(2);
        note.fixNotes = q.text(3);
        note.resolved = q.integer(4) != 0;
        note.employee = q.text(5);
        note.openedAt = TimeFormat::fromStored(q.text(6));
    }
    {
        Query q = db.query(
            u"SELECT c.item, c.amount_minor, c.currency, c.voucher_code FROM compensations c WHERE "
            u"c.incident_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM amendments w WHERE w.compensation_id = c.id) ORDER BY c.id"_s);
        q.bind(incidentId);
        if (auto r = q.exec(); !r)
            return r.error();
        while (q.next()) {
            const CatalogItem* item = names.item(q.text(0));
            note.gestures.append(
                {item ? PlaybookText::tr(item->name) : q.text(0), Money(q.integer(1), q.text(2)), q.text(3)});
        }
    }
    {
        Query q = db.query(
            // The follow-up still to come; once it is done, the note names the contact instead.
            u"SELECT due_at, channel FROM follow_ups WHERE incident_id = ? AND done_at IS NULL ORDER BY due_at LIMIT 1"_s);
        q.bind(incidentId);
        if (auto r = q.exec(); !r)
            return r.error();
        if (q.next()) {
            note.followUpDue = TimeFormat::fromStored(q.text(0));
            note.followUpChannel = channelFromId(q.text(1)).value_or(Channel::InPerson);
        }
    }
    return note;
}

QString RecoveryNote::toHtml(const QString& businessName, const QString& contact,
                             const QLocale& locale) const {
    // The channel as the customer reads it, not its id.
    const auto channelName = [](Channel channel) {
        switch (channel) {
        case Channel::Phone:
            return tr("phone");
        case Channel::Email:
            return tr("email");
        case Channel::Sms:
            return tr("text message");
        case Channel::InPerson:
            break;
        }
        return tr("in person");
    };
    QString html = u"<html><body style='font-family: DejaVu Sans, sans-serif; font-size: 11pt;'>"_s;
    html += u"<h1 style='color:#0F6E6A; font-size: 20pt;'>%1</h1>"_s.arg(
        esc(businessName.isEmpty() ? tr("Our apologies") : businessName));
    html += u"<p style='color:#55615F'>%1</p>"_s.arg(
        esc(tr("For %1 · %2 · reference R-%3")
                .arg(customer, locale.toString(openedAt.toLocalTime().date(), QLocale::LongFormat),
                     QString::number(incidentId))));
    html += u"<h2 style='font-size: 13pt;'>%1</h2><p>%2</p>"_s.arg(esc(tr("We are sorry")), esc(apology));
    html += u"<h2 style='font-size: 13pt;'>%1</h2><p>%2</p>"_s.arg(
        esc(tr("What we did")), esc(fixNotes.isEmpty() ? (resolved ? tr("The problem has been put right.")
                                                                   : tr("We are still working on it."))
                                                       : fixNotes));
    if (!gestures.isEmpty()) {
        html += u"<h2 style='font-size: 13pt;'>%1</h2><table cellpadding='4'>"_s.arg(
            esc(tr("With our compliments")));
        for (const Gesture& g : gestures) {
            const QString amount = g.amount.toDisplayString();
            html += u"<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>"_s.arg(
                esc(g.name), esc(amount),
                g.voucherCode.isEmpty() ? QString() : esc(tr("voucher code %1").arg(g.voucherCode)));
        }
        html += u"</table>"_s;
    }
    html += u"<h2 style='font-size: 13pt;'>%1</h2><p>%2</p>"_s.arg(
        esc(tr("We will be in touch")),
        esc(followUpDue.isValid() ? tr("%1 will contact you by %2 %3.")
                                        .arg(employee, channelName(followUpChannel),
                                             hours.promise(followUpDue, printedAt, locale))
                                  : tr("%1 is your contact for anything more.").arg(employee)));
    if (!contact.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(tr("Questions? %1").arg(contact)));
    html += u"<p style='color:#55615F; font-size: 9pt;'>%1</p>"_s.arg(
        esc(tr("Thank you for giving us the chance to "
               "make this right.")));
    html += u"</body></html>"_s;
    return html;
}

} // namespace rebound
