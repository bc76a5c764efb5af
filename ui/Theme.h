// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecoveryClock.h"

#include <QColor>

class QApplication;
class QLabel;
class QString;

namespace rebound::Theme {

// Fusion with a calm palette and one restrained accent; large click targets.
void apply(QApplication& app);
// The application's icon, set once the first window is on screen: reading the SVG loads an image
// plug-in and Qt SVG, which the window's appearing does not wait for.
void applyIcon();

QColor accent();
QColor ok();
QColor warning();
QColor late();
// A clock's colour: warning when nearing, late when late, and the caller's colour while within.
QColor clock(ClockState state, const QColor& within);
// The message after an action: green when it went through, red when refused.
void showOutcome(QLabel* label, bool done, const QString& text);

} // namespace rebound::Theme
