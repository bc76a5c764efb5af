// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A counter whose server is away records into its offline copy and catches up later, each recovery on
// the server exactly once, through a relay that fails on demand. Runs on the server run alone ([server]).
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/FaultProxy.h"
#include "support/Files.h"
#include "support/TestServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rebound::test;

namespace {

// A server with M1, A1 and S1; a counter's file with the same staff, attached to the server through
// a relay.
struct Counter {
    CliRunner server{QStringLiteral(REBOUNDCTL_PATH)};
    CliRunner copy{QStringLiteral(REBOUNDCTL_PATH)};
    std::unique_ptr<FaultProxy> proxy;
    int recorded = 0;

    Counter() {
        server.setUp();
        QUrl url(server.db());
        proxy = std::make_unique<FaultProxy>(quint16(url.port()));
        url.setPort(proxy->port());
        copy.setDb(copy.file(u"counter.sqlite"_s));
        copy.setUp();
        CliRun attach = copy({u"sync"_s, u"attach"_s, url.toString()});
        INFO(attach.err.toStdString());
        REQUIRE(attach.exit == 0);
    }

    // n recoveries recorded at the counter by the manager (no daily cap), each with a dessert.
    void record(int n) {
        QByteArray lines;
        for (int i = 0; i < n; ++i, ++recorded)
            lines += recordLine(u"Guest %1"_s.arg(recorded), u"+1 555 %1"_s.arg(recorded, 6, 10, QChar(u'0')),
                                uR"({"item": "dessert"})"_s);
        CliRun r = copy({u"record"_s, u"--as"_s, u"M1"_s}, lines, u"1234"_s);
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }

    CliRun syncNow() const { return copy({u"sync"_s, u"now"_s}); }
    qint64 waiting() const { return copy.scalar(u"SELECT count(*) FROM outbox WHERE sent_at IS NULL"_s); }

    // Every recovery of the counter is on the server once (by UUID), and both chains verify.
    void checkExactlyOnce() const {
        const QStringList here = uuids(copy.db());
        const QStringList there = uuids(server.db());
        CHECK(here.size() == recorded);
        CHECK(there == here);
        CHECK(server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'recovery.arrive'"_s) ==
              recorded);
        for (const CliRunner* side : {&copy, &server}) {
            CliRun v = (*side)({u"verify"_s});
            INFO(v.out.toStdString() << v.err.toStdString());
            CHECK(v.exit == 0);
        }
    }

    static QStringList uuids(const QString& location) {
        QStringList out;
        {
            QSqlDatabase raw = openRaw(location, u"uuids"_s);
            QSqlQuery q(raw);
            REQUIRE(q.exec(u"SELECT uuid FROM incidents ORDER BY uuid"_s));
            while (q.next())
                out << q.value(0).toString();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"uuids"_s);
        return out;
    }
};

} // namespace

TEST_CASE("A counter without its server records 200 recoveries, then sends each once", "[server][offline]") {
    Counter c;
    c.proxy->setRefusing(true);
    c.record(200);
    CHECK(c.waiting() == 200);
    QElapsedTimer t;
    t.start();
    CliRun away = c.syncNow();
    CHECK(t.elapsed() < 5000);
    CHECK(away.exit == 1);
    INFO(away.err.toStdString());
    CHECK(away.err.contains(u"cannot reach the server at 127.0.0.1"_s));
    CHECK(away.err.contains(u"200 recoveries wait in the outbox"_s));
    CliRun status = c.copy({u"sync"_s, u"status"_s});
    CHECK(status.out.contains(u"waiting: 200"_s));
    CHECK(status.out.contains(u"last error: "_s));
    CHECK_FALSE(status.out.contains(u"last error: -"_s));
    CHECK(c.server.scalar(u"SELECT count(*) FROM incidents"_s) == 0);

    c.proxy->setRefusing(false);
    CliRun back = c.syncNow();
    INFO(back.err.toStdString());
    REQUIRE(back.exit == 0);
    CHECK(back.out.contains(u"sent: 200"_s));
    CHECK(c.waiting() == 0);
    c.checkExactlyOnce();
    // Nothing is sent twice: a second run finds nothing waiting.
    CliRun again = c.syncNow();
    CHECK(again.out.contains(u"sent: 0"_s));
    CHECK(c.copy({u"sync"_s, u"status"_s}).out.contains(u"last error: -"_s));
}

TEST_CASE("The reply to COMMIT lost: the retry finds the recovery there, one copy", "[server][offline]") {
    Counter c;
    c.record(2);
    c.proxy->dropNextCommitReply();
    CliRun lost = c.syncNow();
    CHECK(lost.exit == 1);
    CHECK(c.proxy->commitRepliesDropped() == 1);
    // The server committed the first; the counter, never told, still holds it.
    CHECK(c.server.scalar(u"SELECT count(*) FROM incidents"_s) == 1);
    CHECK(c.waiting() == 2);
    CliRun retry = c.syncNow();
    INFO(retry.err.toStdString());
    REQUIRE(retry.exit == 0);
    CHECK(retry.out.contains(u"sent: 1"_s));
    CHECK(retry.out.contains(u"already on the server: 1"_s));
    c.checkExactlyOnce();
}

TEST_CASE("Sending cut 20 times and killed 10 times: nothing lost, nothing twice, no gap",
          "[server][offline]") {
    Counter c;
    c.record(40);
    auto* random = QRandomGenerator::global();
    int failures = 0;
    for (int i = 0; i < 20; ++i) {
        c.record(3);
        c.proxy->cutAfter(random->bounded(200, 40000));
        CliRun r = c.syncNow();
        failures += r.exit != 0 ? 1 : 0;
        CHECK((r.exit == 0 || r.err.contains(u"recoveries wait in the outbox"_s)));
    }
    CHECK(failures > 0); // the cuts did land somewhere
    c.proxy->cutAfter(-1);
    for (int i = 0; i < 10; ++i) {
        c.record(3);
        QProcess p;
        p.setProcessEnvironment(c.copy.environment({}));
        p.start(c.copy.binary(), {u"--db"_s, c.copy.db(), u"sync"_s, u"now"_s});
        REQUIRE(p.waitForStarted());
        QThread::msleep(random->bounded(20, 250));
        p.kill(); // SIGKILL
        p.waitForFinished();
    }
    for (int attempt = 0; attempt < 3 && c.waiting() > 0; ++attempt) {
        CliRun r = c.syncNow();
        INFO(r.err.toStdString());
        CHECK(r.exit == 0);
    }
    CHECK(c.waiting() == 0);
    c.checkExactlyOnce();
}
