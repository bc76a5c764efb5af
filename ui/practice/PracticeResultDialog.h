// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Drill.h"
#include "practice/DrillScore.h"

#include <QDialog>

namespace rebound {

// After a drill: the score out of 100, each criterion met or missed with its sentence, what the customer
// cared about without saying it, and the ideal path.
class PracticeResultDialog final : public QDialog {
    Q_OBJECT
public:
    PracticeResultDialog(const Drill& drill, const DrillResult& result, QWidget* parent = nullptr);

    // Closed with "Try again".
    bool again() const { return m_again; }
    static QString html(const Drill& drill, const DrillResult& result);

private:
    bool m_again = false;
};

} // namespace rebound
