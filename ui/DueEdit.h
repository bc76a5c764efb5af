// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTimeEdit>

namespace rebound {

// When a follow-up is due: a date and a time, never in the past. No weekday field: stepping one moves
// within its week, even backwards; the day is named in words beside it where it matters.
class DueEdit final : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit DueEdit(QWidget* parent = nullptr);
    // A quarter of an hour from now at the earliest, and the proposed time (both UTC).
    void propose(const QDateTime& nowUtc, const QDateTime& dueUtc);
};

} // namespace rebound
