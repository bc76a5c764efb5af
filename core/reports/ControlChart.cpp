// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ControlChart.h"

#include <cmath>

namespace rebound {

QList<ControlPoint> ControlChart::of(const QList<int>& weekly, int firstWeek, int baseline, int runLength) {
    QList<ControlPoint> out;
    out.reserve(weekly.size());
    int above = 0; // weeks in a row above their own mean
    double sum = 0;
    for (qsizetype i = 0; i < weekly.size(); ++i) {
        ControlPoint p;
        p.count = weekly[i];
        if (i >= baseline) {
            p.mean = sum / baseline;
            p.limit = p.mean + 3 * std::sqrt(p.mean);
        }
        if (i >= baseline + std::max(0, firstWeek)) {
            p.judged = true;
            p.beyond = p.count > p.limit;
            above = p.count > p.mean ? above + 1 : 0;
            // Flagged once, in the week the run reaches its length; a longer run says nothing new.
            p.run = above == runLength;
        }
        sum += weekly[i];
        if (i >= baseline)
            sum -= weekly[i - baseline];
        out.append(p);
    }
    return out;
}

} // namespace rebound
