// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace rebound {

// RFC 4180 CSV in UTF-8 with CRLF row ends. Text cells a spreadsheet would run as a formula
// get a leading apostrophe; everything else is written byte for byte.
class CsvWriter final {
public:
    explicit CsvWriter(QIODevice& out, bool byteOrderMark = false);
    ~CsvWriter();

    CsvWriter& text(const QString& value);   // free text: quoted as needed, formulas neutralised
    CsvWriter& number(const QString& value); // digits the program produced: written as they are
    // The same for UTF-8 straight from the database, without a detour through QString.
    CsvWriter& text(QByteArrayView utf8);
    CsvWriter& number(QByteArrayView digits);
    void endRow();
    bool flush(); // false when the device refused the bytes (disk full, closed pipe)

    static QString neutralise(const QString& value);

private:
    void separator();
    QIODevice& m_out;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace rebound
