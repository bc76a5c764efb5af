// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace rebound {

// Reads top-level values of an audit payload (compact JSON as AuditLog writes it) without building a
// document: verification reads millions of them. Views stay valid while the payload and this scanner
// do; a string with escapes is decoded into the scanner's own buffer (valid until the next call).
class PayloadScan final {
public:
    explicit PayloadScan(QByteArrayView json)
        : m_json(json) {}

    // The value's JSON text (a string keeps its quotes), or nothing when the key is absent.
    std::optional<QByteArrayView> raw(QByteArrayView key) const;
    std::optional<qint64> integer(QByteArrayView key) const;
    std::optional<bool> boolean(QByteArrayView key) const;
    // A string value, unescaped, as UTF-8.
    std::optional<QByteArrayView> text(QByteArrayView key);
    // A decimal amount written as a string ("45.00") in minor units (4500): the number of decimals
    // written is the currency's.
    std::optional<qint64> minorUnits(QByteArrayView key);

    static std::optional<qint64> parseInteger(QByteArrayView digits);
    static std::optional<qint64> parseMinorUnits(QByteArrayView decimal);

private:
    QByteArrayView m_json;
    QByteArray m_scratch;
};

} // namespace rebound
