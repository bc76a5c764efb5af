// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rebound::TimeFormat {

// Stored form: UTC, fixed width, so text order is time order in SQL.
QString toStored(const QDateTime& t);
QDateTime fromStored(const QString& s);
// ISO-8601 from users and files: with an offset or 'Z'; without one it is local time.
Result<QDateTime> parseIso(const QString& text, const QString& field);
// Local calendar day [start, end) in stored form.
QString localDayStartStored(const QDate& day);

} // namespace rebound::TimeFormat
