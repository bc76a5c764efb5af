// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QString>

namespace rebound {

class Playbook;

struct SpendingDecision {
    enum class Verdict { Allowed, NeedsApproval, Refused };
    Verdict verdict = Verdict::Allowed;
    QString reason;    // a sentence for the associate when not simply allowed
    Money perRecovery; // the giver's per-recovery limit
    Money leftToday;   // what the giver may still give today on their own (negative never shown)
    bool dailyCap = true;
};

// May this employee give this much now? Within authority: yes. Above: only with an approver
// whose own authority covers it and who is someone else. Above every limit: no.
// Offline (a counter's copy while its server is away) the giver's own authority is their role's
// offline allowance; what a supervisor may approve stays as online.
class SpendingPolicy final {
public:
    enum class Mode { Online, Offline };

    explicit SpendingPolicy(const Playbook& playbook, Mode mode = Mode::Online)
        : m_playbook(playbook)
        , m_mode(mode) {}

    // spentToday: what the giver already gave today on their own authority.
    SpendingDecision evaluate(const Employee& giver, const Money& total, const Money& spentToday) const;
    Result<void> checkApprover(const Employee& giver, const Employee& approver, const Money& total) const;

private:
    const Playbook& m_playbook;
    Mode m_mode;
};

} // namespace rebound
