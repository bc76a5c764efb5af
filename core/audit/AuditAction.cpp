// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditAction.h"

#include <QCoreApplication>

#include <array>

namespace rebound {

namespace {

struct Entry {
    AuditAction action;
    const char* id;
    const char* name; // in words, for the audit history
};

constexpr std::array Ids{
    Entry{AuditAction::CustomerAdd, "customer.add", QT_TRANSLATE_NOOP("AuditAction", "Customer added")},
    Entry{AuditAction::IncidentOpen, "incident.open", QT_TRANSLATE_NOOP("AuditAction", "Recovery opened")},
    Entry{AuditAction::IncidentApologize, "incident.apologize",
          QT_TRANSLATE_NOOP("AuditAction", "Apologized")},
    Entry{AuditAction::IncidentFix, "incident.fix", QT_TRANSLATE_NOOP("AuditAction", "Fixed")},
    Entry{AuditAction::CompensationGive, "compensation.give",
          QT_TRANSLATE_NOOP("AuditAction", "Gesture given")},
    Entry{AuditAction::CompensationApprove, "compensation.approve",
          QT_TRANSLATE_NOOP("AuditAction", "Gesture approved by a supervisor")},
    Entry{AuditAction::IncidentCompensate, "incident.compensate",
          QT_TRANSLATE_NOOP("AuditAction", "Gestures totalled")},
    Entry{AuditAction::FollowUpSchedule, "follow_up.schedule",
          QT_TRANSLATE_NOOP("AuditAction", "Follow-up scheduled")},
    Entry{AuditAction::FollowUpDone, "follow_up.done", QT_TRANSLATE_NOOP("AuditAction", "Follow-up done")},
    Entry{AuditAction::FollowUpAttempt, "follow_up.attempt",
          QT_TRANSLATE_NOOP("AuditAction", "Customer not reached")},
    Entry{AuditAction::FollowUpReopen, "follow_up.reopen",
          QT_TRANSLATE_NOOP("AuditAction", "Follow-up reopened")},
    Entry{AuditAction::IncidentClose, "incident.close", QT_TRANSLATE_NOOP("AuditAction", "Recovery closed")},
    Entry{AuditAction::IncidentAmend, "incident.amend",
          QT_TRANSLATE_NOOP("AuditAction", "Recovery corrected")},
    Entry{AuditAction::PlaybookImport, "playbook.import",
          QT_TRANSLATE_NOOP("AuditAction", "Playbook imported")},
    Entry{AuditAction::PlaybookLimits, "playbook.limits",
          QT_TRANSLATE_NOOP("AuditAction", "Spending limits changed")},
    Entry{AuditAction::PlaybookEdit, "playbook.edit", QT_TRANSLATE_NOOP("AuditAction", "Playbook edited")},
    Entry{AuditAction::EmployeeAdd, "employee.add", QT_TRANSLATE_NOOP("AuditAction", "Employee added")},
    Entry{AuditAction::EmployeeActivate, "employee.activate",
          QT_TRANSLATE_NOOP("AuditAction", "Employee reactivated")},
    Entry{AuditAction::EmployeeDeactivate, "employee.deactivate",
          QT_TRANSLATE_NOOP("AuditAction", "Employee deactivated")},
    Entry{AuditAction::EmployeeUnlock, "employee.unlock",
          QT_TRANSLATE_NOOP("AuditAction", "Employee unlocked")},
    Entry{AuditAction::EmployeePinReset, "employee.pin_reset", QT_TRANSLATE_NOOP("AuditAction", "PIN reset")},
    Entry{AuditAction::EmployeeRole, "employee.role", QT_TRANSLATE_NOOP("AuditAction", "Role changed")},
    Entry{AuditAction::AuthFail, "auth.fail", QT_TRANSLATE_NOOP("AuditAction", "Sign-in refused")},
    Entry{AuditAction::ReviewThreshold, "review.threshold",
          QT_TRANSLATE_NOOP("AuditAction", "Review threshold changed")},
    Entry{AuditAction::BusinessHours, "business.hours",
          QT_TRANSLATE_NOOP("AuditAction", "Opening hours changed")},
    Entry{AuditAction::ReviewMark, "review.mark", QT_TRANSLATE_NOOP("AuditAction", "Marked as reviewed")},
    Entry{AuditAction::Export, "export", QT_TRANSLATE_NOOP("AuditAction", "Exported")},
    Entry{AuditAction::Backup, "backup", QT_TRANSLATE_NOOP("AuditAction", "Backed up")},
    Entry{AuditAction::DayClose, "day.close", QT_TRANSLATE_NOOP("AuditAction", "Day closed")},
    Entry{AuditAction::PracticeResult, "practice.result",
          QT_TRANSLATE_NOOP("AuditAction", "Drill practised")},
    Entry{AuditAction::DrillImport, "drill.import",
          QT_TRANSLATE_NOOP("AuditAction", "Drill added to the library")},
    Entry{AuditAction::StoryNominate, "story.nominate", QT_TRANSLATE_NOOP("AuditAction", "Story nominated")},
    Entry{AuditAction::StoryApprove, "story.approve", QT_TRANSLATE_NOOP("AuditAction", "Story approved")},
    Entry{AuditAction::StoryEdit, "story.edit", QT_TRANSLATE_NOOP("AuditAction", "Story edited")},
    Entry{AuditAction::StoryDecline, "story.decline", QT_TRANSLATE_NOOP("AuditAction", "Story declined")},
    Entry{AuditAction::ActionOpen, "action.open",
          QT_TRANSLATE_NOOP("AuditAction", "Prevention action opened")},
    Entry{AuditAction::ActionStatus, "action.status",
          QT_TRANSLATE_NOOP("AuditAction", "Prevention action updated")},
    Entry{AuditAction::ActionClose, "action.close",
          QT_TRANSLATE_NOOP("AuditAction", "Prevention action closed")},
    Entry{AuditAction::CustomerBack, "customer.back", QT_TRANSLATE_NOOP("AuditAction", "Customer is back")},
    Entry{AuditAction::CounterImport, "counter.import",
          QT_TRANSLATE_NOOP("AuditAction", "A counter's history moved in")},
    Entry{AuditAction::RecoveryArrive, "recovery.arrive",
          QT_TRANSLATE_NOOP("AuditAction", "Recovery arrived from an offline counter")},
    Entry{AuditAction::FollowUpArrive, "follow_up.arrive",
          QT_TRANSLATE_NOOP("AuditAction", "Follow-up arrived from an offline counter")},
    Entry{AuditAction::OfflineShare, "offline.share",
          QT_TRANSLATE_NOOP("AuditAction", "Offline allowance shared out")},
    Entry{AuditAction::RecoveryBreach, "recovery.breach",
          QT_TRANSLATE_NOOP("AuditAction", "Limit broken offline")},
    Entry{AuditAction::CopyRefused, "copy.refused",
          QT_TRANSLATE_NOOP("AuditAction", "A counter's copy failed its check")},
};

} // namespace

const char* auditActionId(AuditAction action) {
    for (const Entry& e : Ids) {
        if (e.action == action)
            return e.id;
    }
    Q_UNREACHABLE();
}

QString auditActionName(AuditAction action) {
    for (const Entry& e : Ids) {
        if (e.action == action)
            return QCoreApplication::translate("AuditAction", e.name);
    }
    Q_UNREACHABLE();
}

QList<AuditAction> allAuditActions() {
    QList<AuditAction> out;
    for (const Entry& e : Ids)
        out << e.action;
    return out;
}

std::optional<AuditAction> auditActionFromId(QStringView id) {
    for (const Entry& e : Ids) {
        if (id == QLatin1String(e.id))
            return e.action;
    }
    return std::nullopt;
}

} // namespace rebound
