// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace rebound::TimeText {

// "4 min", "2 h 05 min", "3 d 4 h": short enough for a table cell.
QString duration(qint64 seconds);
// "12 min ago", "in 3 h", or a local date and time when far away.
QString relative(const QDateTime& when, const QDateTime& now);

// "1 earlier recovery", "3 earlier recoveries".
QString pastRecoveries(int n);

} // namespace rebound::TimeText
