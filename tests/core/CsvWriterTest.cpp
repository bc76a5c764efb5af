// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CsvWriter.h"

#include "support/CatchQt.h"
#include "support/Csv.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace rebound;

TEST_CASE("CSV quotes what needs quoting and nothing else", "[csv]") {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(buffer);
        csv.text(u"plain"_s).text(u"a,b"_s).text(u"say \"hi\""_s).text(u"two\nlines"_s).number(u"12.50"_s);
        csv.endRow();
    }
    CHECK(buffer.data() == QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",12.50\r\n"));
}

TEST_CASE("Cells a spreadsheet would run as a formula are neutralised", "[csv]") {
    for (const QString& s :
         {u"=HYPERLINK(\"http://x\")"_s, u"+1"_s, u"-2+3"_s, u"@SUM(A1)"_s, u"\tcmd"_s, u"\rx"_s})
        CHECK(CsvWriter::neutralise(s) == u'\'' + s);
    CHECK(CsvWriter::neutralise(u"Ana said = fine"_s) == u"Ana said = fine");
    CHECK(CsvWriter::neutralise(u""_s).isEmpty());
}

TEST_CASE("Every other byte survives a round trip through a CSV reader", "[csv]") {
    const QStringList fields = {u"Robert'); DROP TABLE incidents;--"_s,
                                u"Zoë “quotes” ñ 日本 🎉"_s,
                                u"line1\r\nline2"_s,
                                u"\"\""_s,
                                u",,,"_s,
                                u""_s,
                                u"  spaces  "_s,
                                u"back\\slash"_s};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(buffer, true);
        for (const QString& f : fields)
            csv.text(f);
        csv.endRow();
        csv.text(u"second"_s).number(u"42"_s);
        csv.endRow();
    }
    QByteArray data = buffer.data();
    REQUIRE(data.startsWith("\xEF\xBB\xBF"));
    const auto rows = test::readCsv(data.mid(3));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == fields);
    CHECK(rows[1] == QStringList{u"second"_s, u"42"_s});
}

TEST_CASE("UTF-8 straight from the database is written exactly as its QString would be", "[csv]") {
    const QStringList fields = {
        u"plain"_s,   u"a,b"_s, u"say \"hi\""_s, u"two\r\nlines"_s,        u"=SUM(A1)"_s,
        u"-2+3"_s,    u"@x"_s,  u"\tcmd"_s,      u"Zoë “quotes” 日本 🎉"_s, u""_s,
        u"=\"a,b\""_s};
    QBuffer fromText, fromBytes;
    fromText.open(QIODevice::WriteOnly);
    fromBytes.open(QIODevice::WriteOnly);
    {
        CsvWriter a(fromText), b(fromBytes);
        for (const QString& f : fields) {
            a.text(f);
            b.text(QByteArrayView(f.toUtf8()));
        }
        a.number(u"12.50"_s);
        b.number(QByteArrayView("12.50"));
        a.endRow();
        b.endRow();
    }
    CHECK(fromBytes.data() == fromText.data());
}
