// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeCoach.h"

#include <QLabel>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rebound {

namespace {
const char* const PracticeColour = "#E65100";
} // namespace

PracticeCoach::PracticeCoach(const Drill& drill, const QString& segmentName, QWidget* parent)
    : QFrame(parent)
    , m_drill(drill)
    , m_segmentName(segmentName)
    , m_banner(new QLabel(this))
    , m_talk(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("practiceCoach"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#practiceCoach { border: 3px solid %1; border-radius: 4px; }")
                      .arg(QLatin1String(PracticeColour)));
    m_banner->setObjectName(QStringLiteral("practiceBanner"));
    m_banner->setText(tr("PRACTICE<br><span style='font-size:9pt; font-weight:400'>nothing here is real</span>"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: 700; font-size: 12pt; "
                                           "padding: 6px;")
                                .arg(QLatin1String(PracticeColour)));
    m_talk->setObjectName(QStringLiteral("practiceTalk"));
    m_talk->setMinimumSize(280, 260);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_talk, 1);
    render();
}

QList<PressureEvent> PracticeCoach::reach(DrillStep step) {
    QList<PressureEvent> fired;
    if (m_reached.contains(int(step)))
        return fired;
    m_reached.insert(int(step));
    const QString line = m_drill.lineAt(step);
    if (!line.isEmpty())
        m_lines << tr("<p><b>%1:</b> <i>“%2”</i></p>")
                       .arg(m_drill.customer.name.toHtmlEscaped(), line.toHtmlEscaped());
    for (const PressureEvent& e : m_drill.pressure) {
        if (e.step != step)
            continue;
        QString what;
        switch (e.kind) {
        case PressureEvent::Kind::Interrupt:
            what = tr("The customer interrupts");
            break;
        case PressureEvent::Kind::AboveAuthority:
            what = tr("Above your authority");
            break;
        case PressureEvent::Kind::Blame:
            what = tr("A colleague");
            break;
        }
        m_lines << QStringLiteral("<p style='background:#FFF3E0; padding:4px'>⚡ <b>%1:</b> %2</p>")
                       .arg(what.toHtmlEscaped(), e.text.toHtmlEscaped());
        fired << e;
    }
    render();
    return fired;
}

QString PracticeCoach::transcript() const {
    return m_talk->toPlainText();
}

void PracticeCoach::render() {
    const DrillCustomer& c = m_drill.customer;
    QString html = QStringLiteral("<h3>%1</h3><p style='color:#55615F'>%2</p>")
                       .arg(m_drill.title.toHtmlEscaped(), m_drill.setting.toHtmlEscaped());
    html += tr("<p><b>%1</b> · %2 · prefers %3<br>%4</p>")
                .arg(c.name.toHtmlEscaped(), m_segmentName.toHtmlEscaped(),
                     channelName(c.channel).toHtmlEscaped(), c.notes.toHtmlEscaped());
    html += tr("<p><b>What went wrong:</b> %1</p>").arg(m_drill.whatWentWrong.toHtmlEscaped());
    html += tr("<p>Drill target: %1 s.</p>").arg(m_drill.targetSeconds);
    html += QStringLiteral("<hr>") + m_lines.join(QString());
    m_talk->setHtml(html);
    m_talk->moveCursor(QTextCursor::End);
}

} // namespace rebound
