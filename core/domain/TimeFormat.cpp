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
