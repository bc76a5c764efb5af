// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableWidget;

namespace rebound {

class AppContext;

// What keeps going wrong and what recovering costs: each report a chart and the table behind it.
class ReportsView final : public QWidget {
    Q_OBJECT
public:
    enum Report {
        Combustion,
        Spend,
        RecoveryTime,
        Satisfaction,
        Proactive,
        AfterFollowUp,
        Pareto,
        ReturnVisits,
        Economics,
        Recognitions
    };

    explicit ReportsView(AppContext& ctx, QWidget* parent = nullptr);
    void show(Report report);
    void refresh();
    QTableWidget* table() const { return m_table; }

private:
    void combustion();
    void spend();
    void recoveryTime();
    void satisfaction();
    void proactive();
    void afterFollowUp();
    void pareto();
    void returnVisits();
    void economics();
    void recognitions();
    // Per category, its prevention actions with the recoveries before and after: for the combustion table.
    QHash<QString, QString> actionsByCategory();
    void setTable(const QStringList& headers, const QList<QStringList>& rows);
    void replaceChart(QChart* chart);

    AppContext& m_ctx;
    QListWidget* m_reports;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_spendBy;
    QComboBox* m_outcomeBy;
    QLabel* m_note;
    QChartView* m_chart;
    QTableWidget* m_table;
};

} // namespace rebound
