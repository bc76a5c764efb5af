// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rebound::TimeFormat {

QString toStored(const QDateTime& t) {
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QByteArray storedUtf8(qint64 ms) {
    // Days to civil date (proleptic Gregorian), after H. Hinnant's "chrono-compatible date algorithms".
    qint64 days = ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char out[25];
    const auto put = [&out](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, rest / 3'600'000, 2);
    out[13] = ':';
    put(14, rest / 60'000 % 60, 2);
    out[16] = ':';
    put(17, rest / 1000 % 60, 2);
    out[19] = '.';
    put(20, rest % 1000, 3);
    out[23] = 'Z';
    return QByteArray(out, 24);
}

std::optional<qint64> msecsFromStored(QByteArrayView t) {
    // "YYYY-MM-DDTHH:MM:SS.mmmZ", as storedUtf8 writes it.
    if (t.size() != 24 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' ||
        t[19] != '.' || t[23] != 'Z')
        return std::nullopt;
    const auto num = [&t](int at, int width) -> qint64 {
        qint64 v = 0;
        for (int i = at; i < at + width; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    const qint64 y0 = num(0, 4), m = num(5, 2), d = num(8, 2), hh = num(11, 2), mm = num(14, 2),
                 ss = num(17, 2), ms = num(20, 3);
    if (y0 < 0 || m < 1 || m > 12 || d < 1 || d > 31 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 ||
        ss > 60 || ms < 0)
        return std::nullopt;
    // Civil date to days, after H. Hinnant's "chrono-compatible date algorithms".
    const qint64 y = m <= 2 ? y0 - 1 : y0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = era * 146'097 + doe - 719'468;
    return ((days * 24 + hh) * 60 + mm) * 60'000 + ss * 1000 + ms;
}

QDateTime fromStored(const QString& s) {
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

Result<QDateTime> parseIso(const QString& text, const QString& field) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return Error::invalid(
            QCoreApplication::translate("Core", "%1: \"%2\" is not an ISO-8601 date and time")
                .arg(field, text));
    return t.toUTC();
}

QString localDayStartStored(const QDate& day) {
    return toStored(day.startOfDay());
}

} // namespace rebound::TimeFormat
