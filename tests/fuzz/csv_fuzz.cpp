// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CsvWriter.h"
#include "support/Csv.h"

#include <QBuffer>

#include <cstdlib>

using namespace rebound;

// Fields (split on 0x1F) written as one row must read back as written, formulas neutralised.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QStringList fields;
    for (const QByteArray& part : bytes.split('\x1f'))
        fields << QString::fromUtf8(part);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(buffer);
        for (const QString& f : fields)
            csv.text(f);
        csv.endRow();
    }
    const QList<QStringList> rows = test::readCsv(buffer.data());
    if (rows.size() != 1 || rows.first().size() != fields.size())
        std::abort();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (rows.first()[i] != CsvWriter::neutralise(fields[i]))
            std::abort();
    }
    return 0;
}
