// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rebound {

// The recovery's steps, in the only order they may happen.
enum class IncidentStatus { Open, Apologized, Fixed, Compensated, FollowUpScheduled, Closed };

QString statusId(IncidentStatus s);
// In words, in the user's language: "follow-up scheduled".
QString statusName(IncidentStatus s);
std::optional<IncidentStatus> statusFromId(const QString& id);

enum class DetectedBy { Customer, Staff };
QString detectedById(DetectedBy d);
std::optional<DetectedBy> detectedByFromId(const QString& id);

// The state machine of a recovery: each step is taken once, in order, and stamped with its time.
class IncidentState final {
public:
    explicit IncidentState(const QDateTime& openedAt);

    IncidentStatus status() const { return m_status; }
    Result<void> advanceTo(IncidentStatus next, const QDateTime& at);
    // Time the step was reached; invalid if not yet.
    QDateTime at(IncidentStatus s) const { return m_at[std::size_t(s)]; }

    static bool canAdvance(IncidentStatus from, IncidentStatus to);

private:
    IncidentStatus m_status = IncidentStatus::Open;
    std::array<QDateTime, 6> m_at;
};

} // namespace rebound
