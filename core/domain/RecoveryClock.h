// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace rebound {

// Where a clock stands against its target; the screens choose the colours.
enum class ClockState { Within, Nearing, Late };

namespace RecoveryClock {

// A recovery still at the counter: nearing after three quarters of the severity's target, late past it.
ClockState running(qint64 elapsedSeconds, int targetMinutes);
// A recovery already recovered, counted in whole minutes: within the target or late, never nearing.
ClockState recovered(qint64 tookSeconds, int targetMinutes);
// A follow-up: nearing within the hour before it is due, late once due.
ClockState followUp(qint64 secondsUntilDue);

} // namespace RecoveryClock
} // namespace rebound
