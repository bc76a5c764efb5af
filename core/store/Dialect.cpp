// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Dialect.h"

using namespace Qt::StringLiterals;

namespace rebound {

QString Dialect::minutesBetween(const QString& from, const QString& to) const {
    if (m_server)
        return u"(extract(epoch FROM (CAST(%2 AS timestamptz) - CAST(%1 AS timestamptz))) / 60.0)"_s.arg(from,
                                                                                                         to);
    return u"((julianday(%2) - julianday(%1)) * 1440.0)"_s.arg(from, to);
}

QString Dialect::plusHours(const QString& at, int hours) const {
    if (m_server)
        return uR"(to_char((CAST(%1 AS timestamptz) + interval '%2 hours') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))"_s
            .arg(at)
            .arg(hours);
    return u"strftime('%Y-%m-%dT%H:%M:%fZ', %1, '%2%3 hours')"_s.arg(at, hours < 0 ? u""_s : u"+"_s)
        .arg(hours);
}

QString Dialect::joined(const QString& expression, const QString& separatorLiteral) const {
    return (m_server ? u"string_agg(%1, %2)"_s : u"group_concat(%1, %2)"_s).arg(expression, separatorLiteral);
}

} // namespace rebound
