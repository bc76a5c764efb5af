// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ControlChart.h"

#include "support/CatchQt.h"

#include <cmath>
#include <random>

using namespace rebound;

namespace {

// Weekly counts of a stationary process: Poisson with the given mean, from a fixed seed.
QList<int> poissonWeeks(int weeks, double mean, unsigned seed) {
    std::mt19937 engine(seed);
    std::poisson_distribution<int> draw(mean);
    QList<int> out;
    for (int i = 0; i < weeks; ++i)
        out << draw(engine);
    return out;
}

QList<int> signalledWeeks(const QList<ControlPoint>& chart) {
    QList<int> out;
    for (int i = 0; i < chart.size(); ++i) {
        if (chart[i].signal())
            out << i;
    }
    return out;
}

} // namespace

TEST_CASE("A c-chart sets each week against the mean and 3 sigma of the twelve before it", "[stats]") {
    QList<int> weeks(12, 4);
    weeks << 10 << 4;
    const QList<ControlPoint> chart = ControlChart::of(weeks);
    REQUIRE(chart.size() == 14);
    CHECK_FALSE(chart[11].signal()); // no full baseline before it
    CHECK(chart[12].mean == Approx(4.0));
    CHECK(chart[12].limit == Approx(4.0 + 3 * 2.0));
    CHECK_FALSE(chart[12].beyond); // 10 is exactly at the limit: not beyond
    weeks[12] = 11;
    CHECK(ControlChart::of(weeks)[12].beyond);
    // The 13th week's baseline has moved on by one week.
    CHECK(ControlChart::of(weeks)[13].mean == Approx((11 * 4 + 11) / 12.0));
}

TEST_CASE("A planted spike and a planted drift are flagged in the right week", "[stats]") {
    SECTION("a spike") {
        QList<int> weeks = poissonWeeks(60, 10, 7);
        weeks[40] = 35;
        const QList<int> signalled = signalledWeeks(ControlChart::of(weeks));
        CHECK(signalled.contains(40));
        CHECK_FALSE(signalled.contains(39));
    }
    SECTION("a drift: eight weeks in a row a little above the mean") {
        QList<int> weeks(30, 10);
        for (int i = 30; i < 45; ++i)
            weeks << 13; // within 3 sigma (10 + 9.5), so only the run can show it
        const QList<ControlPoint> chart = ControlChart::of(weeks);
        const QList<int> signalled = signalledWeeks(chart);
        REQUIRE_FALSE(signalled.isEmpty());
        CHECK(signalled.first() == 37); // the eighth week of the drift
        CHECK(chart[37].run);
        CHECK_FALSE(chart[37].beyond);
    }
}

TEST_CASE("Two years of stationary noise give no more false alarms than expected", "[stats]") {
    // Poisson(10): P(count > 10 + 3·√10) is about 0.35 %, and a run of 8 above the mean about 0.1 % a
    // week, so 92 judged weeks expect about 0.4 alarms. Over 200 histories the average must stay near it.
    int alarms = 0;
    constexpr int Histories = 200;
    for (unsigned seed = 1; seed <= Histories; ++seed)
        alarms += int(signalledWeeks(ControlChart::of(poissonWeeks(104, 10, seed))).size());
    const double perHistory = double(alarms) / Histories;
    INFO("false alarms per two years: " << perHistory);
    CHECK(perHistory <= 1.0);
    CHECK(perHistory > 0.0); // the rule is not blind either
}
