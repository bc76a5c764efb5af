// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace rebound {

// An amount in integer minor units (cents) of an ISO 4217 currency; never a double.
class Money final {
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency)) {}

    // Exact decimal parsing: "12", "12.5", "12.50" are accepted; a sign, an exponent,
    // grouping, more decimals than the currency has, or an empty string are rejected.
    static Result<Money> parse(const QString& text, const QString& currency);
    // What a person types, in their locale's format too: "1,800.00" (en), "1.800,00" (de, es); the plain
    // form above is also understood. A text the two read differently is refused, saying why.
    static Result<Money> parseTyped(const QString& text, const QString& currency, const QLocale& locale);
    static Result<void> validateCurrency(const QString& currency);
    static int decimalsOf(const QString& currency);

    qint64 minor() const { return m_minor; }
    const QString& currency() const { return m_currency; }

    // Plain decimal text, e.g. "1800.00": what CSV and JSON carry.
    QString toDecimalString() const;
    // For people: "1,800.00 USD".
    QString toDisplayString() const;

    Money operator+(const Money& other) const { return {m_minor + other.m_minor, m_currency}; }
    Money& operator+=(const Money& other) {
        m_minor += other.m_minor;
        return *this;
    }
    bool operator==(const Money& other) const = default;
    auto operator<=>(const Money& other) const { return m_minor <=> other.m_minor; }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace rebound
