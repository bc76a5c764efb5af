// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using namespace rebound::test;

namespace {
QByteArray stream(const QString& prefix, int count) {
    QByteArray input;
    for (int i = 0; i < count; ++i)
        input += recordLine(u"%1 guest %2"_s.arg(prefix).arg(i), u"%1-%2"_s.arg(prefix).arg(i),
                            uR"({"item": "dessert"})"_s);
    return input;
}
} // namespace

TEST_CASE("Two counters writing at once lose nothing and never see a locked database", "[concurrency]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    // Two managers: no daily cap ends the stream early, so every line must be recorded.
    REQUIRE(ctl({u"employee"_s, u"add"_s, u"--code"_s, u"M2"_s, u"--name"_s, u"Second Manager"_s, u"--role"_s,
                 u"manager"_s},
                {}, u"1234"_s)
                .exit == 0);
    constexpr int PerCounter = 1000;
    QProcess first;
    QProcess second;
    for (const auto& [p, who] : {std::pair{&first, u"M1"_s}, std::pair{&second, u"M2"_s}}) {
        p->setProcessEnvironment(ctl.environment(u"1234"_s));
        p->start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, who});
        REQUIRE(p->waitForStarted());
    }
    first.write(stream(u"north"_s, PerCounter));
    second.write(stream(u"south"_s, PerCounter));
    first.closeWriteChannel();
    second.closeWriteChannel();
    REQUIRE(first.waitForFinished(300000));
    REQUIRE(second.waitForFinished(300000));
    for (QProcess* p : {&first, &second}) {
        const QString err = QString::fromUtf8(p->readAllStandardError());
        INFO(err.toStdString());
        CHECK(p->exitCode() == 0);
        CHECK_FALSE(err.contains(u"locked"_s));
        CHECK_FALSE(err.contains(u"busy"_s));
        CHECK(QString::fromUtf8(p->readAllStandardOutput()).count(u"recorded "_s) == PerCounter);
    }
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == 2 * PerCounter);
    CHECK(
        ctl.scalar(
            u"SELECT count(*) FROM incidents i JOIN employees e ON e.id = i.opened_by WHERE e.code = 'M1'"_s) ==
        PerCounter);
    CliRun verify = ctl({u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);
}
