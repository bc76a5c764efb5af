// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/SpendingPolicy.h"

#include "playbook/Playbook.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

SpendingDecision SpendingPolicy::evaluate(const Employee& giver, const Money& total,
                                          const Money& spentToday) const {
    const RoleLimits limits =
        m_mode == Mode::Offline ? m_playbook.limits(giver.role).offline() : m_playbook.limits(giver.role);
    const bool away = m_mode == Mode::Offline;
    SpendingDecision d;
    d.perRecovery = limits.perRecovery;
    d.dailyCap = limits.perDay.has_value();
    d.leftToday = limits.perDay ? Money(std::max<qint64>(0, limits.perDay->minor() - spentToday.minor()),
                                        total.currency())
                                : limits.perRecovery;
    const Money ceiling = m_playbook.approvalCeiling();
    if (total > ceiling) {
        d.verdict = SpendingDecision::Verdict::Refused;
        d.reason = QCoreApplication::translate(
                       "Core", "%1 is above every limit: nobody may give more than %2 in one recovery")
                       .arg(total.toDisplayString(), ceiling.toDisplayString());
        return d;
    }
    if (total > limits.perRecovery) {
        d.verdict = SpendingDecision::Verdict::NeedsApproval;
        d.reason =
            (away ? QCoreApplication::translate(
                        "Core", "%1 is above your offline allowance of %2 per recovery (the server is away)")
                  : QCoreApplication::translate("Core", "%1 is above your authority of %2 per recovery"))
                .arg(total.toDisplayString(), limits.perRecovery.toDisplayString());
        return d;
    }
    if (limits.perDay && spentToday.minor() + total.minor() > limits.perDay->minor()) {
        d.verdict = SpendingDecision::Verdict::NeedsApproval;
        d.reason = (away ? QCoreApplication::translate("Core", "%1 is more than the %2 left of your offline "
                                                               "allowance at this counter (%3 a day in the "
                                                               "whole business)")
                         : QCoreApplication::translate(
                               "Core", "%1 is more than the %2 left of your daily authority of %3"))
                       .arg(total.toDisplayString(), d.leftToday.toDisplayString(),
                            limits.perDay->toDisplayString());
        return d;
    }
    d.verdict = SpendingDecision::Verdict::Allowed;
    return d;
}

Result<void> SpendingPolicy::checkApprover(const Employee& giver, const Employee& approver,
                                           const Money& total) const {
    if (approver.id == giver.id || approver.code == giver.code)
        return Error::denied(QCoreApplication::translate(
            "Core", "approval: nobody may approve their own gesture; ask a supervisor"));
    if (!approver.active)
        return Error::denied(
            QCoreApplication::translate("Core", "approval: %1 is deactivated and may not approve")
                .arg(approver.name));
    const RoleLimits& limits = m_playbook.limits(approver.role);
    if (limits.approveUpTo < total) {
        if (limits.approveUpTo.minor() == 0)
            return Error::denied(
                QCoreApplication::translate("Core", "approval: %1 (%2) may not approve gestures")
                    .arg(approver.name, roleId(approver.role)));
        return Error::denied(QCoreApplication::translate(
                                 "Core", "approval: %1 (%2) may approve up to %3; this recovery gives %4")
                                 .arg(approver.name, roleId(approver.role),
                                      limits.approveUpTo.toDisplayString(), total.toDisplayString()));
    }
    return {};
}

} // namespace rebound
