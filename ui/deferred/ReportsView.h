// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/SupervisorReports.h"

#include <QHash>
#include <QStringList>
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
    QChartView* chartView() const { return m_chart; }

    static constexpr int SideBySide = -1; // the site box's data for "Sites side by side"

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
    // One figure per row of the report, one bar per site: how the sites compare.
    void compareSites(Report report);
    // Per row of the report at one site: its label and the figure the sites are compared on.
    Result<QList<std::pair<QString, double>>> siteFigures(Report report, const QString& site);
    QString siteFigureName(Report report) const;
    void fillSites();
    QString site() const; // the one site chosen, else empty (all sites, or side by side)
    bool sideBySide() const;
    SupervisorReports supervisorReports(const QString& site) const;
    SupervisorReports supervisorReports() const;
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
    QComboBox* m_site;
    QStringList m_sites;
    QLabel* m_note;
    QChartView* m_chart;
    QTableWidget* m_table;
};

} // namespace rebound
