// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A counter whose server is away records into its offline copy and catches up later, each recovery on
// the server exactly once, through a relay that fails on demand. Runs on the server run alone ([server]).
#include "domain/Clock.h"
#include "reports/AuditQuery.h"
#include "reports/AuditSentence.h"
#include "services/EmployeeService.h"
#include "services/FollowUpService.h"
#include "services/PlaybookService.h"
#include "services/ReviewService.h"
#include "services/SiteService.h"
#include "store/Database.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/FaultProxy.h"
#include "support/Files.h"
#include "support/TestServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rebound;
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
        attachCopy();
    }

    // A second counter of the same server: its own copy and relay.
    explicit Counter(const Counter& sameServer, const QString& name)
        : counterName(name) {
        server.setDb(sameServer.server.db());
        attachCopy();
    }

    QString counterName = u"till-1"_s;
    QString address; // the server's, through the relay

    void attachCopy() {
        QUrl url(server.db());
        proxy = std::make_unique<FaultProxy>(quint16(url.port()));
        url.setPort(proxy->port());
        address = url.toString();
        copy.setDb(copy.file(u"counter.sqlite"_s));
        copy.setUp();
        CliRun attach = copy({u"sync"_s, u"attach"_s, url.toString()});
        INFO(attach.err.toStdString());
        REQUIRE(attach.exit == 0);
    }

    CliRun at(const QStringList& args, const QByteArray& in = {}, const QString& pin = {}) const {
        return copy(QStringList{u"--counter"_s, counterName} + args, in, pin);
    }

    // n recoveries recorded at the counter by the manager (no daily cap), each with a dessert.
    void record(int n) {
        QByteArray lines;
        for (int i = 0; i < n; ++i, ++recorded)
            lines += recordLine(u"Guest %1"_s.arg(recorded), u"+1 555 %1"_s.arg(recorded, 6, 10, QChar(u'0')),
                                uR"({"item": "dessert"})"_s);
        CliRun r = copy({u"record"_s, u"--as"_s, u"M1"_s}, lines, u"4071829365"_s);
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }

    CliRun syncNow() const { return at({u"sync"_s, u"now"_s}); }
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
    // The counter may not sign out of its server while they wait: the copy stays, untouched.
    CliRun detach = c.copy({u"sync"_s, u"detach"_s});
    CHECK(detach.exit == 1);
    CHECK(detach.err.contains(u"200 recoveries or follow-ups recorded here while the server was away wait "
                              u"to be sent"_s));
    CHECK(c.waiting() == 200);

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
    {
        // The app still has the copy open: detach is refused, and the WAL is not cut from under the app.
        auto held = Database::open(c.copy.db(), Database::OpenMode::ExistingOnly);
        REQUIRE(held.ok());
        CliRun refused = c.copy({u"sync"_s, u"detach"_s});
        CHECK(refused.exit != 0);
        CHECK(refused.err.contains(u"is open in another program"_s));
        CHECK(QFile::exists(c.copy.db() + u"-wal"_s));
        CHECK((*held)->checkInPlace().ok());
    }
    // All sent: now it may.
    CliRun gone = c.copy({u"sync"_s, u"detach"_s});
    INFO(gone.err.toStdString());
    CHECK(gone.exit == 0);
    CHECK_FALSE(QFile::exists(c.copy.db()));
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

TEST_CASE("While the server answers, the copy takes the server's staff, PINs and roles, and still verifies",
          "[server][offline]") {
    Counter c;
    CHECK(c.server({u"employee"_s, u"add"_s, u"--code"_s, u"A7"_s, u"--name"_s, u"Ada New"_s, u"--role"_s,
                    u"associate"_s},
                   {}, u"4071829365"_s)
              .exit == 0);
    CliRun first = c.syncNow();
    INFO(first.err.toStdString());
    REQUIRE(first.exit == 0);
    CHECK(first.out.contains(u"refreshed: 1 employees added"_s));
    // A7 signs in at the counter while the server answers: the day's offline allowance comes here.
    CHECK(c.at({u"sync"_s, u"now"_s, u"--as"_s, u"A7"_s}, {}, u"4071829365"_s).exit == 0);
    // A7 records offline with the PIN the server knows.
    CliRun rec =
        c.copy({u"record"_s, u"--as"_s, u"A7"_s},
               recordLine(u"Guest"_s, u"+1 555 700"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s);
    INFO(rec.err.toStdString());
    CHECK(rec.exit == 0);
    ++c.recorded;
    CliRun again = c.syncNow();
    CHECK(again.out.contains(u"sent: 1"_s));
    CHECK(again.out.contains(u"refreshed: 0 employees added, 0 changed"_s));
    c.checkExactlyOnce();
    // Staff are changed at the server only.
    CliRun add = c.copy({u"employee"_s, u"add"_s, u"--code"_s, u"A8"_s, u"--name"_s, u"Not Here"_s,
                         u"--role"_s, u"associate"_s},
                        {}, u"4071829365"_s);
    CHECK(add.exit == 1);
    CHECK(add.err.contains(u"offline: adding an employee is done at the server"_s));
    CliRun exported = c.copy({u"export"_s, u"incidents"_s, u"--out"_s, c.copy.file(u"x.csv"_s)});
    CHECK(exported.exit == 1);
    CHECK(exported.err.contains(u"offline: exporting is done at the server"_s));
    CHECK_FALSE(QFile::exists(c.copy.file(u"x.csv"_s)));
}

TEST_CASE("While the server answers, the copy takes the site's open recoveries, its opening hours and what "
          "the follow-ups became, and still verifies",
          "[server][offline]") {
    Counter c;
    // Two recoveries made at another counter of the site, and the site's opening hours.
    CHECK(c.server({u"record"_s, u"--as"_s, u"A1"_s},
                   recordLine(u"Ana Morales"_s, u"+1 555 0108"_s, uR"({"item": "dessert"})"_s) +
                       recordLine(u"Ben Okafor"_s, u"+1 555 0109"_s, uR"({"item": "dessert"})"_s),
                   u"4071829365"_s)
              .exit == 0);
    SystemClock clock;
    {
        auto server = Database::open(c.server.db(), Database::OpenMode::ExistingOnly);
        REQUIRE(server.ok());
        auto m1 = EmployeeService(**server, clock).authenticate(u"M1"_s, u"4071829365"_s);
        REQUIRE(m1.ok());
        REQUIRE(SiteService(**server, clock)
                    .setHours(m1.value(),
                              u"mon 07:00-23:00, tue 07:00-23:00, wed 07:00-23:00, "
                              u"thu 07:00-23:00, fri 07:00-23:00, sat 07:00-23:00, "
                              u"sun 09:00-21:00"_s,
                              "UTC")
                    .ok());
        // Ben gets a second follow-up: the copy takes both.
        auto a1 = EmployeeService(**server, clock).authenticate(u"A1"_s, u"4071829365"_s);
        REQUIRE(a1.ok());
        const qint64 benRecovery = c.server.scalar(
            u"SELECT i.id FROM incidents i JOIN customers k ON k.id = i.customer_id WHERE k.name = 'Ben Okafor'"_s);
        REQUIRE(FollowUpService(**server, clock)
                    .schedule(a1.value(), benRecovery, clock.nowUtc().addDays(2), Channel::Email)
                    .ok());
    }
    CliRun first = c.syncNow();
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exit == 0);
    CHECK(first.out.contains(u"2 recoveries added, 0 follow-ups updated, opening hours updated"_s));
    CHECK(c.copy.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NULL"_s) == 3);
    CHECK(c.copy.scalar(u"SELECT count(*) FROM follow_ups WHERE channel = 'email'"_s) == 1);
    CHECK(c.copy.scalar(u"SELECT count(*) FROM customers WHERE name = 'Ana Morales'"_s) == 1);
    // Made at the server's other counter, and the copy says so.
    CHECK(c.copy.scalar(u"SELECT count(*) FROM incidents WHERE counter = 'till-1'"_s) == 0);
    CHECK(c.waiting() == 0); // the server's own: nothing to send back

    // Ana's follow-up is done at the server; Ben is called and not reached.
    {
        auto server = Database::open(c.server.db(), Database::OpenMode::ExistingOnly);
        REQUIRE(server.ok());
        auto a1 = EmployeeService(**server, clock).authenticate(u"A1"_s, u"4071829365"_s);
        REQUIRE(a1.ok());
        FollowUpService followUps(**server, clock);
        const qint64 ana = c.server.scalar(u"SELECT f.id FROM follow_ups f JOIN incidents i ON i.id = "
                                           u"f.incident_id JOIN customers k ON k.id = i.customer_id "
                                           u"WHERE k.name = 'Ana Morales'"_s);
        const qint64 ben = c.server.scalar(u"SELECT f.id FROM follow_ups f JOIN incidents i ON i.id = "
                                           u"f.incident_id JOIN customers k ON k.id = i.customer_id "
                                           u"WHERE k.name = 'Ben Okafor'"_s);
        FollowUpOutcome reached;
        reached.satisfaction = 5;
        reached.verdict = Verdict::BlownAway;
        reached.comment = u"Loved the dessert"_s;
        REQUIRE(followUps.complete(a1.value(), ana, reached).ok());
        FollowUpOutcome away;
        away.reached = false;
        REQUIRE(followUps.complete(a1.value(), ben, away).ok());
    }
    CliRun second = c.syncNow();
    INFO(second.out.toStdString() << second.err.toStdString());
    CHECK(second.out.contains(u"0 recoveries added, 2 follow-ups updated"_s));
    CHECK(c.copy.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NULL"_s) == 2);
    CHECK(c.copy.scalar(u"SELECT count(*) FROM follow_ups WHERE verdict = 'blown-away' AND satisfaction = 5 "
                        u"AND done_by = (SELECT id FROM employees WHERE code = 'A1')"_s) == 1);
    CHECK(c.copy.scalar(u"SELECT count(*) FROM incidents WHERE status = 'closed'"_s) == 1);
    CHECK(c.copy.scalar(u"SELECT sum(attempts) FROM follow_ups WHERE done_at IS NULL"_s) == 1);
    CHECK(c.server.scalar(u"SELECT count(*) FROM incidents"_s) == 2);
    // Nothing changes twice.
    CHECK(c.syncNow().out.contains(u"0 recoveries added, 0 follow-ups updated, opening hours unchanged"_s));
    // Both of Ben's done at the server: his recovery closes here too, once, after both.
    {
        auto server = Database::open(c.server.db(), Database::OpenMode::ExistingOnly);
        REQUIRE(server.ok());
        auto a1 = EmployeeService(**server, clock).authenticate(u"A1"_s, u"4071829365"_s);
        REQUIRE(a1.ok());
        FollowUpOutcome satisfied;
        satisfied.satisfaction = 4;
        satisfied.verdict = Verdict::Satisfied;
        FollowUpService followUps(**server, clock);
        for (qint64 id : {c.server.scalar(u"SELECT min(id) FROM follow_ups WHERE done_at IS NULL"_s),
                          c.server.scalar(u"SELECT max(id) FROM follow_ups WHERE done_at IS NULL"_s)})
            REQUIRE(followUps.complete(a1.value(), id, satisfied).ok());
    }
    CHECK(c.syncNow().out.contains(u"0 recoveries added, 2 follow-ups updated"_s));
    CHECK(c.copy.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NULL"_s) == 0);
    CHECK(c.copy.scalar(u"SELECT count(*) FROM incidents WHERE status = 'closed'"_s) == 2);
    CHECK(c.copy.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'incident.close'"_s) == 2);
    CliRun v = c.copy({u"verify"_s});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.exit == 0);
}

TEST_CASE(
    "Follow-ups done offline reach the server once, as they were done, a lost reply retried, and one done "
    "at the server first is only recorded",
    "[server][offline]") {
    Counter c;
    QByteArray lines;
    for (const QString& name : {u"Ana Morales"_s, u"Ben Okafor"_s, u"Cleo Park"_s})
        lines += recordLine(name, u"+1 555 01%1"_s.arg(name.size()), uR"({"item": "dessert"})"_s);
    REQUIRE(c.server({u"record"_s, u"--as"_s, u"A1"_s}, lines, u"4071829365"_s).exit == 0);
    REQUIRE(c.syncNow().out.contains(u"3 recoveries added"_s));
    c.proxy->setRefusing(true);
    c.record(1); // Guest 0, recorded offline
    const auto followUpOf = [](const CliRunner& side, const QString& name) {
        return side.scalar(u"SELECT min(f.id) FROM follow_ups f JOIN incidents i ON i.id = f.incident_id "
                           u"JOIN customers k ON k.id = i.customer_id WHERE k.name = '%1'"_s.arg(name));
    };
    SystemClock clock;
    FollowUpOutcome blownAway;
    blownAway.satisfaction = 5;
    blownAway.verdict = Verdict::BlownAway;
    blownAway.comment = u"Came back with friends"_s;
    FollowUpOutcome notReached;
    notReached.reached = false;
    notReached.comment = u"Voicemail"_s;
    {
        // At the counter, offline: Ana reached, Ben not, Cleo reached, and the guest recorded here.
        auto copy = Database::open(c.copy.db(), Database::OpenMode::ExistingOnly);
        REQUIRE(copy.ok());
        auto a1 = EmployeeService(**copy, clock).authenticate(u"A1"_s, u"4071829365"_s);
        REQUIRE(a1.ok());
        FollowUpService followUps(**copy, clock);
        REQUIRE(followUps.complete(a1.value(), followUpOf(c.copy, u"Ana Morales"_s), blownAway).ok());
        REQUIRE(followUps.complete(a1.value(), followUpOf(c.copy, u"Ben Okafor"_s), notReached).ok());
        REQUIRE(followUps.complete(a1.value(), followUpOf(c.copy, u"Cleo Park"_s), blownAway).ok());
        REQUIRE(followUps.complete(a1.value(), followUpOf(c.copy, u"Guest 0"_s), blownAway).ok());
        // What only the server does with follow-ups is refused here.
        auto again = followUps.schedule(a1.value(), c.copy.scalar(u"SELECT min(id) FROM incidents"_s),
                                        clock.nowUtc().addDays(1), Channel::Phone);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.startsWith(u"offline: adding a follow-up is done at the server"_s));
    }
    CHECK(c.waiting() == 5);
    CliRun status = c.copy({u"sync"_s, u"status"_s});
    CHECK(status.out.contains(u"of which follow-ups: 4"_s));
    {
        // Meanwhile, at the server, S1 reaches Cleo first.
        auto server = Database::open(c.server.db(), Database::OpenMode::ExistingOnly);
        REQUIRE(server.ok());
        auto s1 = EmployeeService(**server, clock).authenticate(u"S1"_s, u"4071829365"_s);
        REQUIRE(s1.ok());
        FollowUpOutcome satisfied;
        satisfied.satisfaction = 4;
        satisfied.verdict = Verdict::Satisfied;
        REQUIRE(FollowUpService(**server, clock)
                    .complete(s1.value(), followUpOf(c.server, u"Cleo Park"_s), satisfied)
                    .ok());
    }
    c.proxy->setRefusing(false);
    c.proxy->dropNextCommitReply();
    CliRun first = c.syncNow();
    CHECK(first.exit == 1);
    CHECK(c.proxy->commitRepliesDropped() == 1);
    CliRun second = c.syncNow();
    INFO(second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.exit == 0);
    CHECK(c.waiting() == 0);

    const auto doneBy = [&](const QString& name) {
        return c.server.scalar(u"SELECT e.code = 'A1' FROM follow_ups f JOIN employees e ON e.id = f.done_by "
                               u"WHERE f.id = %1"_s.arg(followUpOf(c.server, name)));
    };
    // Ana: done once, by A1, when it was done at the counter; her recovery closed.
    const qint64 ana = followUpOf(c.server, u"Ana Morales"_s);
    CHECK(doneBy(u"Ana Morales"_s) == 1);
    CHECK(c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.done' AND entity_id = "
                          u"'%1'"_s.arg(ana)) == 1);
    CHECK(c.server.scalar(u"SELECT count(*) FROM follow_ups WHERE id = %1 AND verdict = 'blown-away' AND "
                          u"satisfaction = 5"_s.arg(ana)) == 1);
    CHECK(c.server.scalar(u"SELECT count(*) FROM incidents i JOIN follow_ups f ON f.incident_id = i.id "
                          u"WHERE f.id = %1 AND i.status = 'closed'"_s.arg(ana)) == 1);
    // Ben: one try, the next as the counter set it.
    const qint64 ben = followUpOf(c.server, u"Ben Okafor"_s);
    CHECK(c.server.scalar(u"SELECT attempts FROM follow_ups WHERE id = %1"_s.arg(ben)) == 1);
    CHECK(c.server.scalar(u"SELECT done_at IS NULL FROM follow_ups WHERE id = %1"_s.arg(ben)) == 1);
    // Cleo: S1's outcome stands; the counter's is in the log, marked superseded.
    CHECK(doneBy(u"Cleo Park"_s) == 0);
    CHECK(c.server.scalar(u"SELECT satisfaction FROM follow_ups WHERE id = %1"_s.arg(
              followUpOf(c.server, u"Cleo Park"_s))) == 4);
    CHECK(
        c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.arrive' AND payload LIKE "
                        u"'%\"superseded\":true%'"_s) == 1);
    // The guest recorded offline arrived with the follow-up already done: nothing applied twice.
    CHECK(doneBy(u"Guest 0"_s) == 1);
    CHECK(c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.arrive'"_s) == 3);
    CHECK(c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.done'"_s) == 3);
    {
        // The supervisor is told Cleo may have been called twice, with what the counter recorded.
        auto server = Database::open(c.server.db(), Database::OpenMode::ExistingOnly);
        REQUIRE(server.ok());
        auto s1 = EmployeeService(**server, clock).authenticate(u"S1"_s, u"4071829365"_s);
        REQUIRE(s1.ok());
        PlaybookService playbooks(**server, clock);
        ReviewService reviews(**server, clock, playbooks);
        const auto twice = [&] {
            QList<ReviewItem> found;
            auto queue = reviews.queue(s1.value());
            REQUIRE(queue.ok());
            for (const ReviewItem& item : queue.value()) {
                if (item.kind == ReviewItem::Kind::FollowUpTwice)
                    found << item;
            }
            return found;
        };
        const QList<ReviewItem> items = twice();
        REQUIRE(items.size() == 1);
        CHECK(items.first().customer == u"Cleo Park"_s);
        CHECK(items.first().employee == u"A1"_s);
        CHECK(
            items.first().reason.contains(u"counter till-1 while it was offline (Blown away, satisfaction 5 "
                                          u"of 5)"_s));
        REQUIRE(reviews.markReviewed(s1.value(), items.first(), u"Called Cleo back: all well"_s).ok());
        CHECK(twice().isEmpty());
    }
    for (const CliRunner* side : {&c.copy, &c.server}) {
        CliRun v = (*side)({u"verify"_s});
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.exit == 0);
    }
}

TEST_CASE("Two counters offline at once, and a copy detached and attached again, give one associate no more "
          "than the day's offline allowance in all",
          "[server][offline]") {
    const bool firstCounterFirst = GENERATE(true, false);
    Counter one;
    Counter two(one, u"till-2"_s);
    const auto refunds = [](int from, int n, const QString& amount) {
        QByteArray lines;
        for (int i = from; i < from + n; ++i)
            lines += recordLine(u"Guest %1"_s.arg(i), u"+1 555 8%1"_s.arg(i, 3, 10, QChar(u'0')),
                                uR"({"item": "refund", "amount": "%1"})"_s.arg(amount), u"billing"_s);
        return lines;
    };
    const QString pin = u"4071829365"_s;
    const QStringList asA1 = {u"--as"_s, u"A1"_s};
    // At the server, online: 240.00 of A1's 500.00 a day; the offline allowance is 250.00 a day.
    CHECK(one.server(QStringList{u"record"_s} + asA1, refunds(0, 2, u"120.00"_s), pin).exit == 0);
    // A1 signs in at till-1, then at till-2, while the server answers: till-1 claimed the whole day's
    // allowance and has not given it back yet, so till-2 holds none.
    CHECK(one.at(QStringList{u"sync"_s, u"now"_s} + asA1, {}, pin).exit == 0);
    CHECK(two.at(QStringList{u"sync"_s, u"now"_s} + asA1, {}, pin).exit == 0);
    CHECK(one.server.scalar(u"SELECT sum(amount_minor) FROM offline_shares"_s) == 25000);
    one.proxy->setRefusing(true);
    two.proxy->setRefusing(true);
    CliRun a = one.at(QStringList{u"record"_s} + asA1, refunds(10, 3, u"120.00"_s), pin);
    INFO(a.out.toStdString() + a.err.toStdString());
    CHECK(a.out.count(u"recorded "_s) == 2);
    CHECK(a.err.contains(u"offline allowance"_s));
    CliRun b = two.at(QStringList{u"record"_s} + asA1, refunds(20, 1, u"0.01"_s), pin);
    CHECK(b.exit != 0);
    CHECK(b.err.contains(u"is more than the 0.00 USD left of your offline allowance"_s));
    one.proxy->setRefusing(false);
    two.proxy->setRefusing(false);
    for (const Counter* c :
         firstCounterFirst ? QList<const Counter*>{&one, &two} : QList<const Counter*>{&two, &one}) {
        CliRun sent = c->syncNow();
        INFO(sent.err.toStdString());
        CHECK(sent.exit == 0);
    }
    // Detached and attached again by A1: the new copy of till-1 grants only what the day has left.
    CliRun detach = one.at({u"sync"_s, u"detach"_s});
    INFO(detach.err.toStdString());
    REQUIRE(detach.exit == 0);
    CliRun attach = one.at(QStringList{u"sync"_s, u"attach"_s, one.address} + asA1, {}, pin);
    INFO(attach.err.toStdString());
    REQUIRE(attach.exit == 0);
    one.proxy->setRefusing(true);
    CliRun c = one.at(QStringList{u"record"_s} + asA1, refunds(30, 1, u"10.01"_s), pin);
    CHECK(c.exit != 0);
    CHECK(c.err.contains(u"is more than the 10.00 USD left of your offline allowance"_s));
    CHECK(one.at(QStringList{u"record"_s} + asA1, refunds(31, 1, u"10.00"_s), pin).exit == 0);
    one.proxy->setRefusing(false);
    CHECK(one.syncNow().exit == 0);
    // The worst case: the day's offline allowance, 250.00, whatever the counters and copies.
    CHECK(one.server.scalar(u"SELECT sum(c.amount_minor) FROM compensations c JOIN incidents i ON "
                            u"i.id = c.incident_id WHERE i.offline = 1"_s) == 25000);
    CHECK(one.server.scalar(u"SELECT sum(amount_minor) FROM offline_shares"_s) == 25000);
    CHECK(one.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'offline.share'"_s) >= 2);
    CHECK(one.server({u"verify"_s}).exit == 0);
}

TEST_CASE("An edited copy sends nothing: a role raised, an amount changed, an approver invented or entries "
          "deleted stop it, it says why, and the server's review queue names the counter",
          "[server][offline]") {
    const int edit = GENERATE(0, 1, 2, 3);
    Counter c;
    const QString pin = u"4071829365"_s;
    CHECK(c.at({u"sync"_s, u"now"_s, u"--as"_s, u"A1"_s}, {}, pin).exit == 0);
    c.proxy->setRefusing(true);
    CHECK(c.at({u"record"_s, u"--as"_s, u"A1"_s},
               recordLine(u"Guest"_s, u"+1 555 901"_s, uR"({"item": "refund", "amount": "100.00"})"_s,
                          u"billing"_s),
               pin)
              .exit == 0);
    const QList<QStringList> edits = {
        {u"UPDATE employees SET role = 'manager' WHERE code = 'A1'"_s},
        {u"UPDATE compensations SET amount_minor = 190000"_s},
        {u"INSERT INTO employees (code, name, role, pin_hash, created_at) VALUES ('Z9', 'Zed', 'supervisor', "
         u"'x', '2026-01-01T00:00:00.000Z')"_s,
         u"UPDATE compensations SET approved_by = (SELECT id FROM employees WHERE code = 'Z9')"_s},
        {u"DROP TRIGGER audit_log_no_delete"_s,
         u"DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"_s},
    };
    tamper(c.copy.db(), edits.at(edit));
    c.proxy->setRefusing(false);
    for (int attempt = 0; attempt < 2; ++attempt) {
        CliRun sent = c.syncNow();
        CHECK(sent.exit != 0);
        CHECK(sent.err.contains(u"failed its own check and sends nothing"_s));
    }
    CliRun status = c.at({u"sync"_s, u"status"_s});
    CHECK(status.out.contains(u"waiting: 1"_s));
    CHECK(status.out.contains(u"failed its own check"_s));
    CHECK(c.server.scalar(u"SELECT count(*) FROM incidents"_s) == 0);
    CHECK(c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'copy.refused' AND "
                          u"entity_id = 'till-1'"_s) == 1); // once a day, however often it tries
    auto server = Database::open(c.server.db(), Database::OpenMode::ExistingOnly);
    REQUIRE(server.ok());
    SystemClock clock;
    PlaybookService playbooks(**server, clock);
    auto s1 = EmployeeService(**server, clock).authenticate(u"S1"_s, pin);
    REQUIRE(s1.ok());
    auto queue = ReviewService(**server, clock, playbooks).queue(s1.value());
    REQUIRE(queue.ok());
    int refused = 0;
    for (const ReviewItem& item : queue.value()) {
        if (item.kind == ReviewItem::Kind::CopyRefused) {
            ++refused;
            CHECK(item.reason.contains(u"counter till-1"_s));
        }
    }
    CHECK(refused == 1);
}

TEST_CASE("A recovery over the limits the server had set while its counter was offline arrives as history, "
          "flagged as a breach in the review queue, the audit view and the export",
          "[server][offline]") {
    Counter c;
    const QString pin = u"4071829365"_s;
    CHECK(c.at({u"sync"_s, u"now"_s, u"--as"_s, u"A1"_s}, {}, pin).exit == 0);
    c.proxy->setRefusing(true);
    // Meanwhile at the server, a manager lowers the associate's offline allowance: 40.00 a recovery,
    // 60.00 a day. The copy cannot know.
    CliRun exported = c.server({u"playbook"_s, u"export"_s});
    REQUIRE(exported.exit == 0);
    QJsonObject root = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QJsonArray roles = root.value(u"roles"_s).toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        QJsonObject r = roles[i].toObject();
        if (r.value(u"id"_s) == u"associate"_s) {
            r.insert(u"offline_per_recovery"_s, u"40.00"_s);
            r.insert(u"offline_per_day"_s, u"60.00"_s);
        }
        roles[i] = r;
    }
    root.insert(u"roles"_s, roles);
    const QString file = c.server.file(u"lower.json"_s);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    CliRun imported = c.server({u"playbook"_s, u"import"_s, file}, {}, pin);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exit == 0);
    QThread::msleep(5); // the recovery is made after the new limits
    CHECK(c.at({u"record"_s, u"--as"_s, u"A1"_s},
               recordLine(u"Guest"_s, u"+1 555 902"_s, uR"({"item": "refund", "amount": "100.00"})"_s,
                          u"billing"_s),
               pin)
              .exit == 0);
    c.proxy->setRefusing(false);
    CliRun sent = c.syncNow();
    INFO(sent.err.toStdString());
    REQUIRE(sent.exit == 0);
    CHECK(sent.out.contains(u"sent: 1"_s));
    // Accepted, the money having been given; each rule it broke is kept, with the amount over.
    CHECK(c.server.scalar(u"SELECT over_minor FROM breaches WHERE rule = 'authority'"_s) == 6000);
    CHECK(c.server.scalar(u"SELECT over_minor FROM breaches WHERE rule = 'offline_allowance'"_s) == 4000);
    CHECK(c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'recovery.breach'"_s) == 2);
    CliRun csv = c.server({u"export"_s, u"incidents"_s, u"--out"_s, c.server.file(u"i.csv"_s)});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exit == 0);
    QFile incidents(c.server.file(u"i.csv"_s));
    REQUIRE(incidents.open(QIODevice::ReadOnly));
    CHECK(incidents.readAll().contains("authority offline_allowance"));
    auto server = Database::open(c.server.db(), Database::OpenMode::ExistingOnly);
    REQUIRE(server.ok());
    SystemClock clock;
    PlaybookService playbooks(**server, clock);
    // The audit view says it in the recovery's history.
    auto history = AuditQuery(**server).history(c.server.scalar(u"SELECT max(id) FROM incidents"_s));
    REQUIRE(history.ok());
    auto names = AuditNames::load(**server, history.value());
    REQUIRE(names.ok());
    QStringList said;
    for (const AuditRow& row : history.value())
        said << auditSentence(row, names.value(), *playbooks.current()->playbook);
    CHECK(said.join(u'\n').contains(
        u"Alex Associate gave 60.00 USD over their authority while the server was away"_s));
    auto s1 = EmployeeService(**server, clock).authenticate(u"S1"_s, pin);
    REQUIRE(s1.ok());
    auto queue = ReviewService(**server, clock, playbooks).queue(s1.value());
    REQUIRE(queue.ok());
    QStringList breaches;
    for (const ReviewItem& item : queue.value()) {
        if (item.kind == ReviewItem::Kind::Breach)
            breaches << item.reason;
    }
    CHECK(breaches.size() == 2);
    CHECK(breaches.join(u'|').contains(u"breach at counter till-1: 60.00"_s));
    CHECK(c.server({u"verify"_s}).exit == 0);
}

TEST_CASE("A lockout made on an offline copy reaches the server, and the refresh keeps it",
          "[server][offline]") {
    Counter c;
    c.proxy->setRefusing(true);
    for (int i = 0; i < 5; ++i) {
        CliRun wrong =
            c.at({u"record"_s, u"--as"_s, u"A1"_s},
                 recordLine(u"Guest"_s, u"+1 555 903"_s, uR"({"item": "dessert"})"_s), u"5019283746"_s);
        CHECK(wrong.exit != 0);
    }
    CHECK(c.copy.scalar(u"SELECT failed_pins FROM employees WHERE code = 'A1'"_s) == 5);
    c.proxy->setRefusing(false);
    CliRun sent = c.syncNow();
    INFO(sent.err.toStdString());
    REQUIRE(sent.exit == 0);
    // Counted at the server as tried at the counter, the lockout with them; the copy still locked.
    CHECK(c.server.scalar(u"SELECT failed_pins FROM employees WHERE code = 'A1'"_s) == 5);
    CHECK(c.server.scalar(
              u"SELECT count(*) FROM employees WHERE code = 'A1' AND locked_until IS NOT NULL"_s) == 1);
    CHECK(c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 5);
    CHECK(c.copy.scalar(u"SELECT failed_pins FROM employees WHERE code = 'A1'"_s) == 5);
    CHECK(c.at({u"record"_s, u"--as"_s, u"A1"_s},
               recordLine(u"Guest"_s, u"+1 555 903"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s)
              .err.contains(u"locked out"_s));
    // Sent once: another catch-up sends none again.
    CHECK(c.syncNow().exit == 0);
    CHECK(c.server.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 5);
    CHECK(c.server({u"verify"_s}).exit == 0);
}

TEST_CASE("A counter pointed at its server keeps a copy beside its key and records there when the server "
          "does not answer",
          "[server][offline]") {
    CliRunner server(QStringLiteral(REBOUNDCTL_PATH));
    server.setUp();
    QUrl url(server.db());
    FaultProxy proxy(quint16(url.port()));
    url.setPort(proxy.port());
    CliRunner counter(QStringLiteral(REBOUNDCTL_PATH));
    counter.setDb(url.toString());
    counter.signInAs(u"A1"_s); // on the server: the new copy knows nobody yet
    CliRun attach = counter({u"sync"_s, u"attach"_s});
    INFO(attach.err.toStdString());
    REQUIRE(attach.exit == 0);
    CHECK(attach.out.contains(u".offline.sqlite"_s));
    CHECK(attach.out.contains(u"refreshed: 3 employees added"_s)); // M1, A1, S1 with their PINs

    proxy.setRefusing(true);
    CliRun rec = counter({u"record"_s, u"--as"_s, u"A1"_s},
                         recordLine(u"Ana"_s, u"+351 9"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s);
    INFO(rec.err.toStdString());
    CHECK(rec.exit == 0);
    CHECK(rec.out.contains(u"recorded 1"_s));
    CHECK(rec.err.contains(u"offline: cannot reach the server"_s));
    CHECK(rec.err.contains(u"recording in this counter's copy"_s));
    CHECK(counter({u"sync"_s, u"status"_s}).out.contains(u"waiting: 1"_s));
    CHECK(server.scalar(u"SELECT count(*) FROM incidents"_s) == 0);

    proxy.setRefusing(false);
    CliRun now = counter({u"sync"_s, u"now"_s});
    CHECK(now.out.contains(u"sent: 1"_s));
    CHECK(server.scalar(u"SELECT count(*) FROM incidents"_s) == 1);
    CHECK(counter({u"sync"_s, u"status"_s}).out.contains(u"waiting: 0"_s));
}
