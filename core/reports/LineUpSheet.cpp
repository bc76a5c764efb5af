// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/LineUpSheet.h"

#include "playbook/PlaybookText.h"
#include "services/StoryService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

QString part(const QString& heading, const QString& text) {
    if (text.trimmed().isEmpty())
        return {};
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    return u"<p><b>%1</b><br>%2</p>"_s.arg(heading.toHtmlEscaped(), html);
}

} // namespace

QString storyPartsHtml(const StoryText& t) {
    return part(QCoreApplication::translate("LineUpSheet", "What happened"), t.happened) +
           part(QCoreApplication::translate("LineUpSheet", "What we did"), t.did) +
           part(QCoreApplication::translate("LineUpSheet", "How the customer reacted"), t.reaction) +
           part(QCoreApplication::translate("LineUpSheet", "What we learned"), t.learned);
}

QString lineUpSheetHtml(const QList<Story>& stories, const Playbook& pb, const QString& businessName,
                        const QDate& week, const QLocale& locale) {
    QString html = businessName.isEmpty() ? QString() : u"<h2>%1</h2>"_s.arg(businessName.toHtmlEscaped());
    html += u"<h3>%1</h3>"_s.arg(
        QCoreApplication::translate("LineUpSheet", "Line-up: recoveries to be proud of, week of %1")
            .arg(locale.toString(week, QLocale::LongFormat))
            .toHtmlEscaped());
    if (stories.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(
            QCoreApplication::translate("LineUpSheet", "No story was approved in the last 30 days.")
                .toHtmlEscaped());
        return html;
    }
    for (const Story& s : stories) {
        QStringList names;
        for (const StoryPerson& p : s.recognized)
            names << p.name;
        html += u"<hr><h3>%1</h3>"_s.arg(
            QCoreApplication::translate("LineUpSheet", "Recovery #%1 · %2 · thanks to %3")
                .arg(s.incidentId)
                .arg(PlaybookText::nameOf(pb, s.category), locale.createSeparatedList(names))
                .toHtmlEscaped());
        html += storyPartsHtml(s.text);
    }
    html += u"<hr><p><i>%1</i></p>"_s.arg(
        QCoreApplication::translate("LineUpSheet",
                                    "Ask the team: what would you have done? What can we change so "
                                    "it does not happen again?")
            .toHtmlEscaped());
    return html;
}

} // namespace rebound
