// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CsvWriter.h"

#include <QIODevice>

namespace rebound {

namespace {
constexpr qsizetype FlushAt = 64 * 1024;
} // namespace

CsvWriter::CsvWriter(QIODevice& out, bool byteOrderMark)
    : m_out(out) {
    m_buffer.reserve(FlushAt + 4096);
    if (byteOrderMark)
        m_buffer += "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter() {
    flush();
}

QString CsvWriter::neutralise(const QString& value) {
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            return u'\'' + value;
    }
    return value;
}

QByteArray CsvWriter::quote(const QByteArray& utf8) {
    bool needs = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvWriter::separator() {
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

CsvWriter& CsvWriter::text(const QString& value) {
    separator();
    m_buffer += quote(neutralise(value).toUtf8());
    return *this;
}

CsvWriter& CsvWriter::text(QByteArrayView utf8) {
    separator();
    // Same rules as neutralise() and quote(), on the bytes: all the characters involved are ASCII.
    if (!utf8.isEmpty()) {
        const char first = utf8.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            m_buffer += quote(QByteArray("'") + utf8);
            return *this;
        }
    }
    bool needs = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needs = true;
            break;
        }
    }
    if (!needs) {
        m_buffer += utf8;
        return *this;
    }
    m_buffer += '"';
    for (char c : utf8) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
    return *this;
}

CsvWriter& CsvWriter::number(QByteArrayView digits) {
    separator();
    m_buffer += digits;
    return *this;
}

CsvWriter& CsvWriter::number(const QString& value) {
    separator();
    m_buffer += value.toLatin1();
    return *this;
}

void CsvWriter::endRow() {
    m_buffer += "\r\n";
    m_rowStarted = false;
    if (m_buffer.size() >= FlushAt)
        flush();
}

bool CsvWriter::flush() {
    if (!m_buffer.isEmpty() && !m_failed) {
        if (m_out.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace rebound
