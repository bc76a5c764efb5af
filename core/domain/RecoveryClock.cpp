// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RecoveryClock.h"

namespace rebound::RecoveryClock {

ClockState running(qint64 elapsedSeconds, int targetMinutes) {
    const qint64 target = qint64(targetMinutes) * 60;
    if (elapsedSeconds > target)
        return ClockState::Late;
    return elapsedSeconds * 4 > target * 3 ? ClockState::Nearing : ClockState::Within;
}

ClockState recovered(qint64 tookSeconds, int targetMinutes) {
    return tookSeconds / 60 <= targetMinutes ? ClockState::Within : ClockState::Late;
}

ClockState followUp(qint64 secondsUntilDue) {
    if (secondsUntilDue < 0)
        return ClockState::Late;
    return secondsUntilDue < 3600 ? ClockState::Nearing : ClockState::Within;
}

} // namespace rebound::RecoveryClock
