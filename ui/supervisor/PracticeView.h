// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "practice/Drill.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rebound {

class AppContext;

// The team's practice: employee × drill (last score, days since), who has not practised in 30 days, the
// criteria missed most; a drill card for the line-up as PDF; a manager turns a closed recovery into a drill.
class PracticeView final : public QWidget {
    Q_OBJECT
public:
    PracticeView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    void refresh();
    // Builds a drill from a closed recovery and opens it for editing; the message says what happened.
    QString drillFromRecovery(qint64 incidentId);

private:
    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    std::optional<DrillLibrary> m_library;
    QTableWidget* m_matrix;
    QLabel* m_lately;
    QLabel* m_missed;
    QComboBox* m_drills;
    QPushButton* m_card;
    QPushButton* m_fromRecovery;
    QLabel* m_message;
};

} // namespace rebound
