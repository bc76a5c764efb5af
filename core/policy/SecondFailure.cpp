// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/SecondFailure.h"

#include "playbook/Playbook.h"

namespace rebound {

std::optional<PastRecovery> SecondFailure::previous(const QList<PastRecovery>& history,
                                                    const QDateTime& now) {
    if (history.isEmpty() || history.first().openedAt < now.addDays(-WithinDays))
        return std::nullopt;
    return history.first();
}

SeverityId SecondFailure::suggestedSeverity(const Playbook& playbook, const SeverityId& severity,
                                            bool secondFailure) {
    return secondFailure ? playbook.notchUp(severity) : severity;
}

} // namespace rebound
