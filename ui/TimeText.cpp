// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace rebound::TimeText {

QString duration(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return QCoreApplication::translate("TimeText", "%1 s").arg(seconds);
    if (minutes < 60)
        return QCoreApplication::translate("TimeText", "%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return QCoreApplication::translate("TimeText", "%1 h %2 min")
            .arg(minutes / 60)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("TimeText", "%1 d %2 h")
        .arg(minutes / 1440)
        .arg((minutes % 1440) / 60);
}

QString relative(const QDateTime& when, const QDateTime& now) {
    const qint64 delta = now.secsTo(when);
    if (std::abs(delta) > 3 * 24 * 3600)
        return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
    if (delta <= 0) // this very second is past already: "0 s ago", not "in 0 s"
        return QCoreApplication::translate("TimeText", "%1 ago").arg(duration(-delta));
    return QCoreApplication::translate("TimeText", "in %1").arg(duration(delta));
}

QString pastRecoveries(int n) {
    return n == 1 ? QCoreApplication::translate("TimeText", "1 earlier recovery")
                  : QCoreApplication::translate("TimeText", "%1 earlier recoveries").arg(n);
}

} // namespace rebound::TimeText
