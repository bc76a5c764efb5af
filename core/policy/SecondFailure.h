// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "reports/FrontDesk.h"

#include <optional>

namespace rebound {

class Playbook;

// The recovery paradox rarely survives a second failure: a customer let down again within 90 days is
// told apart at the counter, and what is suggested to give moves up one severity notch.
class SecondFailure final {
public:
    static constexpr int WithinDays = 90;

    // The customer's latest recovery opened within the last 90 days, if any, from their history (newest
    // first, as FrontDesk::history gives it).
    static std::optional<PastRecovery> previous(const QList<PastRecovery>& history, const QDateTime& now);
    // The severity whose budget and gestures are suggested: one notch up on a second failure.
    static SeverityId suggestedSeverity(const Playbook& playbook, const SeverityId& severity,
                                        bool secondFailure);
};

} // namespace rebound
