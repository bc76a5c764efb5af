// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace rebound {

// When the business answers its customers, in its own time zone: follow-ups fall inside these hours,
// and promises to customers are written in them.
class BusinessHours final {
public:
    struct Day {
        QTime open;
        QTime close;
        bool isOpen() const { return open.isValid() && close.isValid() && open < close; }
    };

    // Monday to Friday 09:00–18:00, Saturday 10:00–16:00, Sunday closed, in this computer's zone.
    BusinessHours();

    // "mon 09:00-18:00, tue 09:00-18:00, ..., sun closed": each weekday once, in any order.
    static Result<BusinessHours> fromText(const QString& text, const QByteArray& zoneId);
    QString toText() const;

    const QTimeZone& zone() const { return m_zone; }
    const Day& day(Qt::DayOfWeek weekday) const { return m_days[std::size_t(weekday) - 1]; }
    bool isOpenAt(const QDateTime& when) const;
    // The business day `utc` falls on, and where a business day starts (stored, UTC): what daily caps,
    // allowances and review weeks count, whatever zone the computer or a command runs in.
    QDate businessDate(const QDateTime& utc) const { return utc.toTimeZone(m_zone).date(); }
    QString dayStartStored(const QDate& day) const;

    // The follow-up's default: the playbook's offset from now when that lands at least an hour before
    // closing; otherwise the next open day at a sensible hour (an hour after opening). Quarter hours.
    QDateTime followUpDue(const QDateTime& nowUtc, int offsetHours) const;
    // One open day later than `due`: the same time when that day is open then (an hour before closing at
    // the latest), else an hour after it opens. What "one day later" means to a counter.
    QDateTime nextOpenDay(const QDateTime& due) const;
    // The two-hour window a customer is promised, cut at closing time.
    QDateTime windowEnd(const QDateTime& due) const;
    // "tomorrow, Tuesday 1 December, between 10:00 and 12:00", in the business's zone.
    QString promise(const QDateTime& due, const QDateTime& nowUtc, const QLocale& locale) const;

private:
    QTimeZone m_zone;
    std::array<Day, 7> m_days;
};

} // namespace rebound
