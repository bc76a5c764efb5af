// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"
#include "Tr.h"
#include "deferred/NotePrinter.h"
#include "demo/DemoSeeder.h"
#include "support/CatchQt.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rebound;

TEST_CASE("The customer's note for a demo recovery renders to a PDF with the right words", "[note]") {
    REQUIRE_FALSE(QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty());
    QTemporaryDir dir;
    auto ctx = AppContext::open(dir.filePath(u"demo.sqlite"_s));
    REQUIRE(ctx.ok());
    REQUIRE(DemoSeeder((*ctx)->db()).seed(60, 5).ok());
    (*ctx)->settings().setValue(Settings::Key::BusinessName, u"Hotel Miramar"_s);
    (*ctx)->settings().setValue(Settings::Key::BusinessContact, u"Front desk, +1 555 0100"_s);
    // A recovery with a voucher, so its code must be on the note.
    Query q = (*ctx)->db().query(
        u"SELECT incident_id, voucher_code FROM compensations WHERE voucher_code <> '' LIMIT 1"_s);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    const qint64 incident = q.integer(0);
    const QString voucher = q.text(1);
    Query who = (*ctx)->db().query(
        u"SELECT c.name FROM incidents i JOIN customers c ON c.id = i.customer_id WHERE i.id = ?"_s);
    who.bind(incident);
    REQUIRE(who.exec().ok());
    REQUIRE(who.next());
    const QString customer = who.text(0);

    const QString pdf = dir.filePath(u"note.pdf"_s);
    auto saved = NotePrinter::savePdf(**ctx, incident, pdf);
    INFO((saved ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    INFO(words.toStdString());
    CHECK(words.contains(u"Hotel Miramar"_s));
    CHECK(words.contains(customer));
    CHECK(words.contains(test::T("RecoveryNote", "We are sorry")));
    CHECK(words.contains(test::T("RecoveryNote", "What we did")));
    CHECK(words.contains(test::T("RecoveryNote", "voucher code %1").arg(voucher)));
    CHECK(words.contains(test::T("RecoveryNote", "We will be in touch")));
    CHECK(words.contains(u"Front desk, +1 555 0100"_s));
    CHECK(words.contains(u"R-%1"_s.arg(incident)));
    QProcess pages;
    pages.start(u"pdfinfo"_s, {pdf});
    REQUIRE(pages.waitForFinished(30000));
    CHECK(QString::fromUtf8(pages.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+1\\b"_s)));

    CHECK(NotePrinter::savePdf(**ctx, 999999, dir.filePath(u"none.pdf"_s)).error().code ==
          Error::Code::NotFound);
}
