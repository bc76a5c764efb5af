// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/SecondFailure.h"

#include "playbook/Playbook.h"

namespace rebound {

Result<std::optional<PastRecovery>> SecondFailure::previous(FrontDesk& frontDesk, qint64 customerId,
                                                            const QDateTime& now) {
    auto history = frontDesk.history(customerId, 1); // newest first
    if (!history)
        return history.error();
    if (history->isEmpty() || history->first().openedAt < now.addDays(-WithinDays))
        return std::optional<PastRecovery>();
    return std::optional<PastRecovery>(history->first());
}

SeverityId SecondFailure::suggestedSeverity(const Playbook& playbook, const SeverityId& severity,
                                            bool secondFailure) {
    return secondFailure ? playbook.notchUp(severity) : severity;
}

} // namespace rebound
