// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditAction.h"

#include <array>
#include <utility>

namespace rebound {

namespace {

constexpr std::array Ids{
    std::pair{AuditAction::CustomerAdd, "customer.add"},
    std::pair{AuditAction::IncidentOpen, "incident.open"},
    std::pair{AuditAction::IncidentApologize, "incident.apologize"},
    std::pair{AuditAction::IncidentFix, "incident.fix"},
    std::pair{AuditAction::CompensationGive, "compensation.give"},
    std::pair{AuditAction::CompensationApprove, "compensation.approve"},
    std::pair{AuditAction::IncidentCompensate, "incident.compensate"},
    std::pair{AuditAction::FollowUpSchedule, "follow_up.schedule"},
    std::pair{AuditAction::FollowUpDone, "follow_up.done"},
    std::pair{AuditAction::IncidentClose, "incident.close"},
    std::pair{AuditAction::PlaybookImport, "playbook.import"},
    std::pair{AuditAction::PlaybookLimits, "playbook.limits"},
    std::pair{AuditAction::EmployeeAdd, "employee.add"},
    std::pair{AuditAction::EmployeeActivate, "employee.activate"},
    std::pair{AuditAction::EmployeeDeactivate, "employee.deactivate"},
    std::pair{AuditAction::EmployeeUnlock, "employee.unlock"},
    std::pair{AuditAction::AuthFail, "auth.fail"},
    std::pair{AuditAction::ReviewThreshold, "review.threshold"},
    std::pair{AuditAction::ReviewMark, "review.mark"},
    std::pair{AuditAction::Export, "export"},
    std::pair{AuditAction::Backup, "backup"},
};

} // namespace

const char* auditActionId(AuditAction action) {
    for (const auto& [a, id] : Ids) {
        if (a == action)
            return id;
    }
    Q_UNREACHABLE();
}

std::optional<AuditAction> auditActionFromId(QStringView id) {
    for (const auto& [a, text] : Ids) {
        if (id == QLatin1String(text))
            return a;
    }
    return std::nullopt;
}

} // namespace rebound
