// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace rebound {

// What an audit entry records. Stored by its id ("incident.open"), which is hashed into the chain, so an
// id never changes once released; a new action gets a new id.
enum class AuditAction {
    CustomerAdd,
    IncidentOpen,
    IncidentApologize,
    IncidentFix,
    CompensationGive,
    CompensationApprove,
    IncidentCompensate,
    FollowUpSchedule,
    FollowUpDone,
    FollowUpAttempt,
    FollowUpReopen,
    IncidentClose,
    IncidentAmend,
    PlaybookImport,
    PlaybookLimits,
    PlaybookEdit,
    EmployeeAdd,
    EmployeeActivate,
    EmployeeDeactivate,
    EmployeeUnlock,
    EmployeePinReset,
    EmployeeRole,
    AuthFail,
    ReviewThreshold,
    BusinessHours,
    ReviewMark,
    Export,
    Backup,
    DayClose,
    PracticeResult,
    DrillImport,
    StoryNominate,
    StoryApprove,
    StoryEdit,
    StoryDecline,
    ActionOpen,
    ActionStatus,
    ActionClose,
    CustomerBack,
    CounterImport,
    RecoveryArrive,
    FollowUpArrive,
    OfflineShare,
    RecoveryBreach,
    CopyRefused,
};

// The stored id, in ASCII: the bulk writer writes it as bytes, the services as text.
const char* auditActionId(AuditAction action);
inline QString auditActionText(AuditAction action) {
    return QString::fromLatin1(auditActionId(action));
}
std::optional<AuditAction> auditActionFromId(QStringView id);
// What happened, in words and in the user's language: "Gesture given".
QString auditActionName(AuditAction action);
// Every action, in the order of the enum.
QList<AuditAction> allAuditActions();

} // namespace rebound
