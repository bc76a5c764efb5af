// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace rebound {

// "Did we blow you away?" rather than "were you satisfied?": the customer's verdict at the follow-up.
enum class Verdict { BlownAway, Satisfied, NotSatisfied };

// The stored id: "blown-away", "satisfied", "not-satisfied".
QString verdictId(Verdict verdict);
std::optional<Verdict> verdictFromId(QStringView id);
// In words, in the user's language.
QString verdictName(Verdict verdict);

// What happened when we got back to the customer.
struct FollowUpOutcome {
    bool reached = true;
    std::optional<int> satisfaction; // 1–5; required when reached
    std::optional<Verdict> verdict;  // required when reached
    QString comment;
    std::optional<QDateTime> retryAt; // not reached: when to try again; empty: the next slot in opening hours
};

} // namespace rebound
