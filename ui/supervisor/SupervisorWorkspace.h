// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QWidget>

class QTabWidget;

namespace rebound {

class AppContext;
class AuditLogView;
class FollowUpsTable;
class PlaybookEditor;
class PlaybookView;
class PracticeView;
class PreventionView;
class StaffView;
class ReviewQueueView;
class StoriesView;

// Where supervisors and managers audit, review, measure and export. Associates never see it.
class SupervisorWorkspace final : public QWidget {
    Q_OBJECT
public:
    enum Tab {
        Audit,
        Review,
        FollowUps,
        Stories,
        Prevention,
        Reports,
        PlaybookTab,
        PlaybookEdit,
        Staff,
        Practice
    };

    SupervisorWorkspace(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);

    void showTab(Tab tab);
    void openExport();
    AuditLogView* audit() const { return m_audit; }
    ReviewQueueView* review() const { return m_review; }
    // The reports view (ui/deferred/ReportsView), built on first use.
    QWidget* reports();
    PlaybookView* playbook() const { return m_playbook; }
    StaffView* staff() const { return m_staff; }
    PlaybookEditor* editor() const { return m_editor; }
    PracticeView* practice() const { return m_practice; }
    StoriesView* stories() const { return m_stories; }
    PreventionView* prevention() const { return m_prevention; }

Q_SIGNALS:
    void backRequested();

private:
    void refreshCurrent();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    QTabWidget* m_tabs;
    AuditLogView* m_audit;
    ReviewQueueView* m_review;
    FollowUpsTable* m_followUps;
    QWidget* m_reportsTab;
    QWidget* m_reports = nullptr;
    PlaybookView* m_playbook;
    StaffView* m_staff;
    PlaybookEditor* m_editor;
    PracticeView* m_practice;
    StoriesView* m_stories;
    PreventionView* m_prevention;
};

} // namespace rebound
