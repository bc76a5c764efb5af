// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "services/ClosingService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QThread;

namespace rebound {

class AppContext;
class AuditLogModel;

// Every change, filterable and sortable, with one recovery's full history beside it and the chain check.
class AuditLogView final : public QWidget {
    Q_OBJECT
public:
    AuditLogView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    ~AuditLogView() override;
    AuditLogModel* model() const { return m_model; }
    void refresh();
    void applyFilter();
    void verify();
    // A manager closes a business day: asks which (today by default), closes it, offers the slip.
    void closeDay();
    // The closing line: the last closed day, and whether everything since was verified.
    void showClosing();

private:
    void setUpFilters();
    void setUpTable();
    void layOut();
    void showHistory();
    void showVerdict(bool ok, bool tampered, const QString& message);
    QString closingSummary(const std::optional<DayClosing>& last, qint64 verifiedHead) const;

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    AuditLogModel* m_model;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_employee;
    QComboBox* m_category;
    QComboBox* m_site; // shown when counters of more than one site write here
    QComboBox* m_action;
    QLineEdit* m_minAmount;
    QCheckBox* m_overrides;
    QLineEdit* m_text;
    QLabel* m_count;
    QLabel* m_sortNote;
    QTableView* m_table;
    QTextBrowser* m_history;
    QCheckBox* m_details; // the raw entries under the sentences
    QPushButton* m_verify;
    QProgressBar* m_progress;
    QLabel* m_verdict;
    QThread* m_verifying = nullptr;
    QPushButton* m_note = nullptr;
    QLabel* m_closing = nullptr;
    QPushButton* m_closeDay = nullptr;
    QPushButton* m_slip = nullptr;
    qint64 m_verifiedHead = 0; // the last entry Verify found intact in this session; 0: none
};

} // namespace rebound
