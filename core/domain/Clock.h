// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace rebound {

// The one source of "now" for services, so tests and the demo seeder control time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// Another clock's time: a practice sandbox keeps the counter's "now" (a test's manual clock included).
class BorrowedClock final : public Clock {
public:
    explicit BorrowedClock(const Clock& from)
        : m_from(from) {}
    QDateTime nowUtc() const override { return m_from.nowUtc(); }

private:
    const Clock& m_from;
};

// A clock that only moves when told to: tests, and the demo seeder writing history.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace rebound
