// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Drill.h"

#include <QFrame>
#include <QSet>

class QLabel;
class QTextBrowser;

namespace rebound {

// Beside the wizard's steps during a drill: an unmistakable PRACTICE banner, who the customer is and
// what went wrong, the customer's lines as the trainee moves on, and the pressure events at their moments.
class PracticeCoach final : public QFrame {
    Q_OBJECT
public:
    // segmentName: the customer's segment in words.
    PracticeCoach(const Drill& drill, const QString& segmentName, QWidget* parent = nullptr);

    // The trainee reached a step: the customer speaks, pressure happens; returns the events that fired.
    QList<PressureEvent> reach(DrillStep step);
    // What was said and happened so far, as shown.
    QString transcript() const;

private:
    void render();

    Drill m_drill;
    QString m_segmentName;
    QLabel* m_banner;
    QTextBrowser* m_talk;
    QSet<int> m_reached;
    QStringList m_lines; // HTML paragraphs, in order
};

} // namespace rebound
