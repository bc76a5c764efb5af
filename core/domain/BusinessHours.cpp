// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/BusinessHours.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr std::array DayIds{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QDateTime quarterUp(QDateTime t) {
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    const int extra = t.time().minute() % 15;
    return extra == 0 ? t : t.addSecs(qint64(15 - extra) * 60);
}

} // namespace

QString BusinessHours::dayStartStored(const QDate& day) const {
    return TimeFormat::toStored(QDateTime(day, QTime(0, 0), m_zone).toUTC());
}

BusinessHours::BusinessHours()
    : m_zone(QTimeZone::systemTimeZone()) {
    for (int d = 0; d < 5; ++d)
        m_days[std::size_t(d)] = {QTime(9, 0), QTime(18, 0)};
    m_days[5] = {QTime(10, 0), QTime(16, 0)};
}

Result<BusinessHours> BusinessHours::fromText(const QString& text, const QByteArray& zoneId) {
    BusinessHours h;
    if (!zoneId.isEmpty()) {
        h.m_zone = QTimeZone(zoneId);
        if (!h.m_zone.isValid())
            return Error::invalidAt(u"time_zone"_s,
                                    QCoreApplication::translate("Core", "time zone: unknown zone \"%1\"")
                                        .arg(QString::fromUtf8(zoneId)));
    }
    static const QRegularExpression entry(
        u"^(\\w{3})\\s+(?:(closed)|(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2}))$"_s);
    std::array<bool, 7> seen{};
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto m = entry.match(part.trimmed().toLower());
        const auto index =
            m.hasMatch() ? std::find(DayIds.begin(), DayIds.end(), m.captured(1).toLatin1()) : DayIds.end();
        if (index == DayIds.end())
            return Error::invalidAt(
                u"hours"_s,
                QCoreApplication::translate("Core", "opening hours: \"%1\" is not like \"mon 09:00-18:00\" "
                                                    "or \"sun closed\"")
                    .arg(part.trimmed()));
        const auto d = std::size_t(index - DayIds.begin());
        Day day;
        if (m.captured(2).isEmpty()) {
            day = {QTime::fromString(m.captured(3).rightJustified(5, u'0'), u"HH:mm"_s),
                   QTime::fromString(m.captured(4).rightJustified(5, u'0'), u"HH:mm"_s)};
            if (!day.isOpen())
                return Error::invalidAt(
                    u"hours"_s, QCoreApplication::translate(
                                    "Core", "opening hours: on %1 the opening must come before the closing")
                                    .arg(m.captured(1)));
        }
        if (seen[d])
            return Error::invalidAt(
                u"hours"_s,
                QCoreApplication::translate("Core", "opening hours: %1 is given twice").arg(m.captured(1)));
        seen[d] = true;
        h.m_days[d] = day;
    }
    for (std::size_t d = 0; d < 7; ++d) {
        if (!seen[d])
            return Error::invalidAt(u"hours"_s,
                                    QCoreApplication::translate("Core", "opening hours: %1 is missing")
                                        .arg(QLatin1String(DayIds[d])));
    }
    return h;
}

QString BusinessHours::toText() const {
    QStringList parts;
    for (std::size_t d = 0; d < 7; ++d) {
        const Day& day = m_days[d];
        parts << QLatin1String(DayIds[d]) + u' ' +
                     (day.isOpen() ? day.open.toString(u"HH:mm"_s) + u'-' + day.close.toString(u"HH:mm"_s)
                                   : u"closed"_s);
    }
    return parts.join(u", "_s);
}

bool BusinessHours::isOpenAt(const QDateTime& when) const {
    const QDateTime local = when.toTimeZone(m_zone);
    const Day& d = day(Qt::DayOfWeek(local.date().dayOfWeek()));
    return d.isOpen() && local.time() >= d.open && local.time() < d.close;
}

QDateTime BusinessHours::followUpDue(const QDateTime& nowUtc, int offsetHours) const {
    const QDateTime wanted = quarterUp(nowUtc.addSecs(qint64(offsetHours) * 3600).toTimeZone(m_zone));
    const Day& d = day(Qt::DayOfWeek(wanted.date().dayOfWeek()));
    if (d.isOpen() && wanted.time() >= d.open && wanted.time() <= d.close.addSecs(-3600))
        return wanted.toUTC();
    // The next open day from the wanted one (the same day when it has not opened yet), an hour in.
    QDate date = wanted.date();
    if (d.isOpen() && wanted.time() >= d.open)
        date = date.addDays(1);
    for (int i = 0; i < 8; ++i, date = date.addDays(1)) {
        const Day& open = day(Qt::DayOfWeek(date.dayOfWeek()));
        if (!open.isOpen())
            continue;
        const QTime at = open.open.secsTo(open.close) >= 2 * 3600 ? open.open.addSecs(3600) : open.open;
        return QDateTime(date, at, m_zone).toUTC();
    }
    return wanted.toUTC(); // never open: the playbook's offset as it is
}

QDateTime BusinessHours::nextOpenDay(const QDateTime& due) const {
    const QDateTime local = due.toTimeZone(m_zone);
    QDate date = local.date().addDays(1);
    for (int i = 0; i < 7; ++i, date = date.addDays(1)) {
        const Day& d = day(Qt::DayOfWeek(date.dayOfWeek()));
        if (!d.isOpen())
            continue;
        const QTime latest = d.open.secsTo(d.close) >= 3600 ? d.close.addSecs(-3600) : d.open;
        const QTime at = local.time() >= d.open && local.time() <= latest
                             ? local.time()
                             : (d.open.secsTo(d.close) >= 2 * 3600 ? d.open.addSecs(3600) : d.open);
        return QDateTime(date, at, m_zone).toUTC();
    }
    return due.addDays(1); // never open: a calendar day
}

QDateTime BusinessHours::windowEnd(const QDateTime& due) const {
    const QDateTime local = due.toTimeZone(m_zone);
    const Day& d = day(Qt::DayOfWeek(local.date().dayOfWeek()));
    QDateTime end = local.addSecs(2 * 3600);
    if (d.isOpen() && local.time() < d.close && end.time() > d.close)
        end = QDateTime(local.date(), d.close, m_zone);
    return end.toUTC();
}

QString BusinessHours::promise(const QDateTime& due, const QDateTime& nowUtc, const QLocale& locale) const {
    const QDateTime from = due.toTimeZone(m_zone);
    const QDateTime to = windowEnd(due).toTimeZone(m_zone);
    const qint64 days = nowUtc.toTimeZone(m_zone).date().daysTo(from.date());
    const QString date = locale.toString(from.date(), u"dddd d MMMM"_s);
    const QString day = days == 0   ? QCoreApplication::translate("Core", "today, %1").arg(date)
                        : days == 1 ? QCoreApplication::translate("Core", "tomorrow, %1").arg(date)
                                    : date;
    return QCoreApplication::translate("Core", "%1, between %2 and %3")
        .arg(day, locale.toString(from.time(), QLocale::ShortFormat),
             locale.toString(to.time(), QLocale::ShortFormat));
}

} // namespace rebound
