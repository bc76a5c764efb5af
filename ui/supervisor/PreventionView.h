// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "services/PreventionService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace rebound {

class AppContext;

// Prevention actions with their owners and due dates; a new one on a category, the categories the
// c-chart flags this week first; moving one on and closing it with what was done.
class PreventionView final : public QWidget {
    Q_OBJECT
public:
    PreventionView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    void refresh();
    // What the buttons do, also used by tests; each returns the message shown.
    QString startAction(int row);
    QString closeAction(int row, const QString& done);

private:
    void openNew();
    void askAndClose();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    PreventionService m_actions;
    QList<PreventionAction> m_rows;
    QComboBox* m_category;
    QCheckBox* m_showDone;
    QTableWidget* m_table;
    QLabel* m_signals;
    QLabel* m_message;
};

} // namespace rebound
