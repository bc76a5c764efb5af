// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Csv.h"

namespace rebound::test {

QList<QStringList> readCsv(const QByteArray& data) {
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') {
            row.append(QString::fromUtf8(field));
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(QString::fromUtf8(field));
        rows.append(row);
    }
    return rows;
}

} // namespace rebound::test
