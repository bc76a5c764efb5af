// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rebound::TimeFormat {

// Stored form: UTC, fixed width, so text order is time order in SQL.
QString toStored(const QDateTime& t);
// The same stored form from milliseconds since the epoch, without QDateTime: for bulk writers.
QByteArray storedUtf8(qint64 msecsSinceEpoch);
// Milliseconds since the epoch of a stored time, or nothing when the text is not in the stored form.
std::optional<qint64> msecsFromStored(QByteArrayView stored);
QDateTime fromStored(const QString& s);
// ISO-8601 from users and files: with an offset or 'Z'; without one it is local time.
Result<QDateTime> parseIso(const QString& text, const QString& field);
// Local calendar day [start, end) in stored form.
QString localDayStartStored(const QDate& day);

} // namespace rebound::TimeFormat
