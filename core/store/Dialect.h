// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebound {

// The few SQL expressions SQLite and PostgreSQL spell differently. Times are stored alike on both:
// UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ", whose text order is time order.
class Dialect final {
public:
    explicit Dialect(bool server)
        : m_server(server) {}

    bool isServer() const { return m_server; }
    // Minutes (fractional) from one stored time to another.
    QString minutesBetween(const QString& from, const QString& to) const;
    // A stored time moved by whole hours, as stored text.
    QString plusHours(const QString& at, int hours) const;
    // The texts of a group joined with a separator (a quoted SQL literal).
    QString joined(const QString& expression, const QString& separatorLiteral) const;
    // LIKE that ignores the case of ASCII letters, as SQLite's does.
    QString like() const { return m_server ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); }

private:
    bool m_server;
};

} // namespace rebound
