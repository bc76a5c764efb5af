// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace rebound {

// One week of a c-chart: the count against the mean of the weeks before it and the 3σ limit (√mean for
// counts), and the signals: beyond the limit, or the 8th week in a row above the mean.
struct ControlPoint {
    int count = 0;
    double mean = 0;     // of the previous baseline weeks
    double limit = 0;    // mean + 3√mean
    bool judged = false; // a full baseline of history lies before it
    bool beyond = false;
    bool run = false;
    bool signal() const { return beyond || run; }
};

// A c-chart over weekly counts, oldest first: a combustion point is found by statistics, not by eye.
// Weeks without a full baseline of history before them are not judged: `firstWeek` is the first week
// with data at all (weeks before it are zeros only because nothing was recorded yet).
class ControlChart final {
public:
    static constexpr int Baseline = 12;
    static constexpr int RunLength = 8;

    static QList<ControlPoint> of(const QList<int>& weekly, int firstWeek = 0, int baseline = Baseline,
                                  int runLength = RunLength);
};

} // namespace rebound
