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

namespace {
// A spreadsheet runs a cell starting with one of these as a formula.
bool startsFormula(char16_t first) {
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

// RFC 4180: quoted when it holds a separator, a quote or a line break; quotes doubled.
void appendQuoted(QByteArray& out, QByteArrayView utf8) {
    bool needs = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needs = true;
            break;
        }
    }
    if (!needs) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}
} // namespace

QString CsvWriter::neutralise(const QString& value) {
    if (!value.isEmpty() && startsFormula(value.front().unicode()))
        return u'\'' + value;
    return value;
}

void CsvWriter::separator() {
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

CsvWriter& CsvWriter::text(const QString& value) {
    separator();
    appendQuoted(m_buffer, neutralise(value).toUtf8());
    return *this;
}

CsvWriter& CsvWriter::text(QByteArrayView utf8) {
    separator();
    // The same as text(QString), on the bytes: every character involved is ASCII.
    if (!utf8.isEmpty() && startsFormula(char16_t(static_cast<unsigned char>(utf8.front()))))
        appendQuoted(m_buffer, QByteArray(QByteArray("'") + utf8));
    else
        appendQuoted(m_buffer, utf8);
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
