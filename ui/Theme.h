// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QApplication;

namespace rebound::Theme {

// Fusion with a calm palette and one restrained accent; large click targets.
void apply(QApplication& app);

QColor accent();
QColor ok();
QColor warning();
QColor late();

} // namespace rebound::Theme
