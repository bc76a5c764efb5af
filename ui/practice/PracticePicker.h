// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Drill.h"
#include "practice/PracticeService.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace rebound {

// Which drill to practise: each with the employee's last and best score, and the drill of the day.
class PracticePicker final : public QDialog {
    Q_OBJECT
public:
    PracticePicker(const DrillLibrary& library, const QList<PracticeRecord>& history, const Drill* ofTheDay,
                   QWidget* parent = nullptr);
    // The drill chosen, once accepted.
    QString chosen() const { return m_chosen; }

private:
    void showCurrent();

    const DrillLibrary& m_library;
    QListWidget* m_list;
    QTextBrowser* m_about;
    QString m_chosen;
};

} // namespace rebound
