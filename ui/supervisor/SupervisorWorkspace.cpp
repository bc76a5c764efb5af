// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/SupervisorWorkspace.h"

#include "AppContext.h"
#include "Deferred.h"
#include "FollowUpsTable.h"
#include "supervisor/AuditLogView.h"
#include "supervisor/ExportDialog.h"
#include "supervisor/PlaybookEditor.h"
#include "supervisor/PlaybookView.h"
#include "supervisor/PracticeView.h"
#include "supervisor/PreventionView.h"
#include "supervisor/ReviewQueueView.h"
#include "supervisor/StaffView.h"
#include "supervisor/StoriesView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rebound {

SupervisorWorkspace::SupervisorWorkspace(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_tabs(new QTabWidget(this))
    , m_audit(new AuditLogView(ctx, user, this))
    , m_review(new ReviewQueueView(ctx, user, this))
    , m_followUps(new FollowUpsTable(ctx, this))
    , m_reportsTab(new QWidget(this))
    , m_playbook(new PlaybookView(ctx, user, this))
    , m_staff(new StaffView(ctx, user, this))
    , m_editor(new PlaybookEditor(ctx, user, this))
    , m_practice(new PracticeView(ctx, user, this))
    , m_stories(new StoriesView(ctx, user, this))
    , m_prevention(new PreventionView(ctx, user, this)) {
    setObjectName(QStringLiteral("supervisorWorkspace"));
    auto* title = new QLabel(tr("Supervisor workspace"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto* who = new QLabel(tr("%1 · %2").arg(user.employee().name, roleId(user.employee().role)), this);
    who->setProperty("role", QStringLiteral("subtitle"));
    auto* exportButton = new QPushButton(tr("Export &CSV…"), this);
    exportButton->setObjectName(QStringLiteral("openExport"));
    auto* back = new QPushButton(tr("Back to the &counter"), this);
    back->setObjectName(QStringLiteral("backToCounter"));
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(m_audit, tr("&Audit log"));
    m_tabs->addTab(m_review, tr("&Review queue"));
    auto* followUps = new QWidget(this);
    auto* followUpsLayout = new QVBoxLayout(followUps);
    followUpsLayout->addWidget(
        new QLabel(tr("Every follow-up due today or overdue, whoever owns it."), followUps));
    followUpsLayout->addWidget(m_followUps, 1);
    m_followUps->setUser(user);
    m_tabs->addTab(followUps, tr("&Follow-ups"));
    m_tabs->addTab(m_stories, tr("St&ories"));
    m_tabs->addTab(m_prevention, tr("Pre&vention"));
    // The charts' libraries are loaded when the tab is first opened.
    new QVBoxLayout(m_reportsTab);
    m_reportsTab->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_reportsTab, tr("Re&ports"));
    m_tabs->addTab(m_playbook, tr("Play&book and limits"));
    m_tabs->addTab(m_editor, tr("Categories and &gestures"));
    m_tabs->addTab(m_staff, tr("&Staff"));
    m_tabs->addTab(m_practice, tr("Prac&tice"));

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(who);
    header->addLayout(titles, 1);
    header->addWidget(exportButton);
    header->addWidget(back);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(back, &QPushButton::clicked, this, &SupervisorWorkspace::backRequested);
    connect(exportButton, &QPushButton::clicked, this, &SupervisorWorkspace::openExport);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SupervisorWorkspace::refreshCurrent);
    refreshCurrent();
}

QWidget* SupervisorWorkspace::reports() {
    if (!m_reports) {
        m_reports = Deferred::reportsView(m_ctx, m_reportsTab);
        m_reportsTab->layout()->addWidget(m_reports);
    }
    return m_reports;
}

void SupervisorWorkspace::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
    refreshCurrent();
}

void SupervisorWorkspace::refreshCurrent() {
    switch (Tab(m_tabs->currentIndex())) {
    case Audit:
        m_audit->refresh();
        break;
    case Review:
        m_review->refresh();
        break;
    case FollowUps:
        m_followUps->refresh();
        break;
    case Stories:
        m_stories->refresh();
        break;
    case Prevention:
        m_prevention->refresh();
        break;
    case Reports:
        Deferred::refreshReports(reports());
        break;
    case PlaybookTab:
        m_playbook->refresh();
        break;
    case PlaybookEdit:
        m_editor->refresh();
        break;
    case Staff:
        m_staff->refresh();
        break;
    case Practice:
        m_practice->refresh();
        break;
    }
}

void SupervisorWorkspace::openExport() {
    auto* dialog = new ExportDialog(m_ctx, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace rebound
