// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeResultDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebound {

PracticeResultDialog::PracticeResultDialog(const Drill& drill, const DrillResult& result, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("practiceResult"));
    setWindowTitle(tr("Practice result — %1").arg(drill.title));
    resize(760, 640);
    auto* score = new QLabel(this);
    score->setObjectName(QStringLiteral("practiceScore"));
    const QColor colour = result.score >= 80   ? Theme::ok()
                          : result.score >= 50 ? Theme::warning()
                                               : Theme::late();
    score->setText(tr("<span style='font-size:28pt; font-weight:700; color:%1'>%2</span>"
                      "<span style='font-size:14pt'> / 100</span>")
                       .arg(colour.name())
                       .arg(result.score));
    auto* details = new QTextBrowser(this);
    details->setObjectName(QStringLiteral("practiceCriteria"));
    details->setHtml(html(drill, result));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* again = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("practiceAgain"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, [this] {
        m_again = true;
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(score);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
}

QString PracticeResultDialog::html(const Drill& drill, const DrillResult& result) {
    QString out = tr("<p>%1 s against a target of %2 s.</p>").arg(result.seconds).arg(drill.targetSeconds);
    out += QStringLiteral("<table width='100%' cellpadding='4'>");
    for (const CriterionResult& c : result.criteria) {
        out += QStringLiteral("<tr><td style='color:%1; font-size:14pt'>%2</td><td><b>%3</b><br>%4</td>"
                              "<td align='right'>%5/%6</td></tr>")
                   .arg((c.met ? Theme::ok() : Theme::late()).name(),
                        c.met ? QStringLiteral("✓") : QStringLiteral("✗"),
                        criterionName(c.id).toHtmlEscaped(), c.feedback.toHtmlEscaped())
                   .arg(c.points)
                   .arg(c.max);
    }
    out += QStringLiteral("</table>");
    if (!drill.customer.secrets.isEmpty())
        out +=
            tr("<h4>What the customer did not say</h4><p>%1</p>").arg(drill.customer.secrets.toHtmlEscaped());
    out += tr("<h4>The ideal path</h4><ol>");
    for (const QString& step : drill.ideal)
        out += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    return out + QStringLiteral("</ol>");
}

} // namespace rebound
