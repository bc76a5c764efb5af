// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/PayloadScan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <limits>

namespace rebound {

namespace {

// The end of the value starting at `at` (one past its last byte), or -1 when it is malformed.
qsizetype valueEnd(QByteArrayView json, qsizetype at) {
    const qsizetype n = json.size();
    if (at >= n)
        return -1;
    if (json[at] == '"') {
        for (qsizetype i = at + 1; i < n; ++i) {
            if (json[i] == '\\')
                ++i;
            else if (json[i] == '"')
                return i + 1;
        }
        return -1;
    }
    if (json[at] == '{' || json[at] == '[') {
        int depth = 0;
        for (qsizetype i = at; i < n; ++i) {
            const char c = json[i];
            if (c == '"') {
                for (++i; i < n && json[i] != '"'; ++i) {
                    if (json[i] == '\\')
                        ++i;
                }
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = at;
    while (i < n && json[i] != ',' && json[i] != '}' && json[i] != ']')
        ++i;
    return i;
}

} // namespace

std::optional<QByteArrayView> PayloadScan::raw(QByteArrayView key) const {
    // Keys are walked in order, each value skipped whole, so text inside a value never matches.
    const qsizetype n = m_json.size();
    if (n < 2 || m_json[0] != '{')
        return std::nullopt;
    qsizetype at = 1;
    while (at < n && m_json[at] == '"') {
        const qsizetype keyEnd = valueEnd(m_json, at);
        if (keyEnd < 0 || keyEnd >= n || m_json[keyEnd] != ':')
            return std::nullopt;
        const qsizetype valueAt = keyEnd + 1;
        const qsizetype end = valueEnd(m_json, valueAt);
        if (end < 0)
            return std::nullopt;
        if (m_json.sliced(at + 1, keyEnd - at - 2) == key)
            return m_json.sliced(valueAt, end - valueAt);
        if (end >= n || m_json[end] != ',')
            return std::nullopt;
        at = end + 1;
    }
    return std::nullopt;
}

std::optional<qint64> PayloadScan::parseInteger(QByteArrayView digits) {
    qint64 v = 0;
    const char* first = digits.data();
    const char* last = first + digits.size();
    auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last || digits.isEmpty())
        return std::nullopt;
    return v;
}

std::optional<qint64> PayloadScan::parseMinorUnits(QByteArrayView decimal) {
    const qsizetype dot = decimal.indexOf('.');
    const QByteArrayView whole = dot < 0 ? decimal : decimal.first(dot);
    const QByteArrayView fraction = dot < 0 ? QByteArrayView() : decimal.sliced(dot + 1);
    auto w = parseInteger(whole);
    if (!w || *w < 0 || fraction.size() > 6 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 minor = *w;
    for (const char c : fraction) {
        if (c < '0' || c > '9' || minor > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::nullopt;
        minor = minor * 10 + (c - '0');
    }
    return minor;
}

std::optional<qint64> PayloadScan::integer(QByteArrayView key) const {
    auto v = raw(key);
    if (!v)
        return std::nullopt;
    return parseInteger(*v);
}

std::optional<bool> PayloadScan::boolean(QByteArrayView key) const {
    auto v = raw(key);
    if (v == QByteArrayView("true"))
        return true;
    if (v == QByteArrayView("false"))
        return false;
    return std::nullopt;
}

std::optional<QByteArrayView> PayloadScan::text(QByteArrayView key) {
    auto v = raw(key);
    if (!v || v->size() < 2 || v->front() != '"')
        return std::nullopt;
    const QByteArrayView inner = v->sliced(1, v->size() - 2);
    if (!inner.contains('\\'))
        return inner;
    // Rare: let Qt's parser undo the escapes.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + *v + ']');
    if (!doc.isArray() || !doc.array().at(0).isString())
        return std::nullopt;
    m_scratch = doc.array().at(0).toString().toUtf8();
    return QByteArrayView(m_scratch);
}

std::optional<qint64> PayloadScan::minorUnits(QByteArrayView key) {
    auto t = text(key);
    if (!t)
        return std::nullopt;
    return parseMinorUnits(*t);
}

} // namespace rebound
