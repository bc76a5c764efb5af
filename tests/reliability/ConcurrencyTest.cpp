// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"

#include <QProcess>

#include <memory>
#include <vector>

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
                {}, u"4071829365"_s)
                .exit == 0);
    constexpr int PerCounter = 1000;
    QProcess first;
    QProcess second;
    for (const auto& [p, who] : {std::pair{&first, u"M1"_s}, std::pair{&second, u"M2"_s}}) {
        p->setProcessEnvironment(ctl.environment(u"4071829365"_s));
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

TEST_CASE("Four counters recording at once: every recovery once, one unforked chain, no error shown",
          "[concurrency]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    constexpr int Counters = 4;
    constexpr int PerCounter = 500;
    std::vector<std::unique_ptr<QProcess>> counters;
    for (int c = 0; c < Counters; ++c) {
        const QString manager = u"M%1"_s.arg(c + 2);
        REQUIRE(ctl({u"employee"_s, u"add"_s, u"--code"_s, manager, u"--name"_s, u"Manager "_s + manager,
                     u"--role"_s, u"manager"_s},
                    {}, u"4071829365"_s)
                    .exit == 0);
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = ctl.environment(u"4071829365"_s);
        env.insert(u"REBOUND_COUNTER"_s, u"counter-%1"_s.arg(c + 1));
        env.insert(u"REBOUND_SITE"_s, c < 2 ? u"Lisbon"_s : u"Porto"_s);
        p->setProcessEnvironment(env);
        p->start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, manager});
        REQUIRE(p->waitForStarted());
        counters.push_back(std::move(p));
    }
    for (int c = 0; c < Counters; ++c) {
        counters[size_t(c)]->write(stream(u"counter%1"_s.arg(c + 1), PerCounter));
        counters[size_t(c)]->closeWriteChannel();
    }
    for (auto& p : counters) {
        REQUIRE(p->waitForFinished(600000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        INFO(err.toStdString());
        CHECK(p->exitCode() == 0);
        CHECK(err.isEmpty());
        CHECK(QString::fromUtf8(p->readAllStandardOutput()).count(u"recorded "_s) == PerCounter);
    }
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == Counters * PerCounter);
    CHECK(ctl.scalar(u"SELECT count(DISTINCT uuid) FROM incidents"_s) == Counters * PerCounter);
    // Each recovery knows where it was made, and so does each of its audit entries.
    for (int c = 1; c <= Counters; ++c) {
        CHECK(ctl.scalar(
                  u"SELECT count(*) FROM incidents WHERE counter = 'counter-%1' AND site = '%2'"_s.arg(c).arg(
                      c <= 2 ? u"Lisbon"_s : u"Porto"_s)) == PerCounter);
    }
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log a JOIN incidents i ON i.id = a.incident_id "
                     u"WHERE a.counter <> i.counter"_s) == 0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM counters WHERE name LIKE 'counter-%'"_s) == Counters);
    // One chain: ids without a gap, each entry linked to the one before it.
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log"_s) == ctl.scalar(u"SELECT max(id) FROM audit_log"_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 "
                     u"WHERE b.prev_hash <> a.hash"_s) == 0);
    CliRun verify = ctl({u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);
}

TEST_CASE("The same associate at three counters at once cannot pass the daily cap by a cent",
          "[concurrency]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    // 3 counters × 12 vouchers of 45.00 would be 1,620.00; an associate may give 500.00 a day.
    std::vector<std::unique_ptr<QProcess>> counters;
    for (int c = 0; c < 3; ++c) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = ctl.environment(u"4071829365"_s);
        env.insert(u"REBOUND_COUNTER"_s, u"desk-%1"_s.arg(c + 1));
        p->setProcessEnvironment(env);
        p->start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, u"A1"_s});
        REQUIRE(p->waitForStarted());
        counters.push_back(std::move(p));
    }
    for (int c = 0; c < 3; ++c) {
        QByteArray input;
        for (int i = 0; i < 12; ++i)
            input += recordLine(u"Guest %1-%2"_s.arg(c).arg(i),
                                u"+1 555 %1%2"_s.arg(c).arg(i, 3, 10, QLatin1Char('0')),
                                uR"({"item": "voucher", "amount": "45.00"})"_s);
        counters[size_t(c)]->write(input);
        counters[size_t(c)]->closeWriteChannel();
    }
    int recorded = 0;
    int refusedForCap = 0;
    for (auto& p : counters) {
        REQUIRE(p->waitForFinished(300000));
        recorded += QString::fromUtf8(p->readAllStandardOutput()).count(u"recorded "_s);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        INFO(err.toStdString());
        CHECK_FALSE(err.contains(u"busy"_s));
        CHECK_FALSE(err.contains(u"locked"_s));
        refusedForCap += err.count(u"daily"_s);
    }
    const qint64 given = ctl.scalar(u"SELECT coalesce(sum(x.amount_minor), 0) FROM compensations x "
                                    u"JOIN employees e ON e.id = x.given_by WHERE e.code = 'A1'"_s);
    CHECK(given <= 50000);
    CHECK(recorded == 11);
    CHECK(given == recorded * 4500);
    CHECK(refusedForCap == 36 - recorded);
}
