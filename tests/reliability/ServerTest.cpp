// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What only a central server can do or suffer: its set-up, its rights, its absence. Runs on the server
// run of the suite alone ([server]).
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Files.h"
#include "support/TestServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#ifndef REBOUND_TEST_SERVER_DIR
#define REBOUND_TEST_SERVER_DIR "" // no test server in this build
#endif

using namespace Qt::StringLiterals;
using namespace rebound::test;

namespace {

// The test server's own script stops it as a crash would, and starts it again.
void serverControl(const QString& action) {
    QProcess p;
    p.start(
        QStringLiteral(REBOUND_SOURCE_DIR "/scripts/test-server.sh"),
        {action, qEnvironmentVariable("REBOUND_TEST_SERVER_DIR", QStringLiteral(REBOUND_TEST_SERVER_DIR))});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

QString withUser(const QString& address, const QString& user) {
    QUrl url(address);
    url.setUserName(user);
    return url.toString();
}

// Runs one statement as the given role straight on the server; its error text, empty when it worked.
QString asRole(const QString& url, const QString& sql) {
    QString error;
    {
        QSqlDatabase raw = openRaw(url, u"as-role"_s);
        QSqlQuery q(raw);
        if (!q.exec(sql))
            error = q.lastError().text();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"as-role"_s);
    return error;
}

} // namespace

TEST_CASE("server init creates the schema once, the application role only appends to the audit log, "
          "server status names the counters",
          "[server]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    const QStringList init = {u"server"_s, u"init"_s,           ctl.db(),         u"--site"_s,
                              u"Lisbon"_s, u"--app-role"_s,     u"rebound_app"_s, u"--manager-code"_s,
                              u"M1"_s,     u"--manager-name"_s, u"Maria"_s};
    CliRun first = ctl(init, {}, u"4071829365"_s);
    INFO(first.err.toStdString());
    REQUIRE(first.exit == 0);
    CHECK(first.out.contains(u"ready: postgresql://"_s));
    CHECK(first.out.contains(u"role rebound_app"_s));
    CHECK(ctl({u"server"_s, u"init"_s, ctl.db()}).exit == 2); // the site is required
    // Again: the schema stays, the manager exists already.
    CliRun again = ctl(init, {}, u"4071829365"_s);
    CHECK(again.exit == 1);
    CHECK(ctl.scalar(u"SELECT count(*) FROM employees"_s) == 1);

    // A counter signs in as the application role and records.
    const QString app = withUser(ctl.db(), u"rebound_app"_s);
    ctl.setDb(app);
    ctl.signInAs(u"M1"_s);
    REQUIRE(ctl({u"employee"_s, u"add"_s, u"--code"_s, u"A1"_s, u"--name"_s, u"Alex"_s, u"--role"_s,
                 u"associate"_s, u"--site"_s, u"Porto"_s, u"--counter"_s, u"porto-1"_s},
                {}, u"4071829365"_s)
                .exit == 0);
    REQUIRE(ctl({u"record"_s, u"--as"_s, u"A1"_s, u"--site"_s, u"Porto"_s, u"--counter"_s, u"porto-1"_s},
                recordLine(u"Ana"_s, u"+351 1"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s)
                .exit == 0);
    // It may read and append to the audit log, never change or empty it; nor may the owner.
    CHECK(asRole(app, u"SELECT count(*) FROM audit_log"_s).isEmpty());
    CHECK(asRole(app, u"UPDATE audit_log SET actor = 'x'"_s).contains(u"permission denied"_s));
    CHECK(asRole(app, u"DELETE FROM audit_log"_s).contains(u"permission denied"_s));
    CHECK(asRole(app, u"TRUNCATE audit_log"_s).contains(u"permission denied"_s));
    CHECK(asRole(app, u"UPDATE rebound_meta SET value = '99'"_s).contains(u"permission denied"_s));
    const QString owner = withUser(app, u"rebound"_s);
    CHECK(asRole(owner, u"UPDATE audit_log SET actor = 'x'"_s).contains(u"append-only"_s));
    CHECK(asRole(owner, u"DELETE FROM audit_log"_s).contains(u"append-only"_s));
    CHECK(asRole(owner, u"TRUNCATE audit_log"_s).contains(u"append-only"_s));

    CliRun status = ctl({u"server"_s, u"status"_s});
    INFO(status.err.toStdString());
    REQUIRE(status.exit == 0);
    CHECK(status.out.contains(u"schema: 8"_s));
    CHECK(status.out.contains(u"recoveries: 1"_s));
    CHECK(status.out.contains(u"sites: Lisbon, Porto"_s));
    CHECK(status.out.contains(u"counters: 2"_s));
    CHECK(status.out.contains(u"porto-1\tsite Porto\tfirst seen "_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents WHERE site = 'Porto' AND counter = 'porto-1'"_s) == 1);
    CliRun verify = ctl({u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);
}

TEST_CASE(
    "A server of schema 7 is migrated by its owner, and a counter's application role is told to ask them",
    "[server]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    const QStringList init = {u"server"_s, u"init"_s,       ctl.db(),        u"--site"_s,
                              u"Lisbon"_s, u"--app-role"_s, u"rebound_app"_s};
    REQUIRE(ctl(init + QStringList{u"--manager-code"_s, u"M1"_s, u"--manager-name"_s, u"Maria"_s}, {},
                u"4071829365"_s)
                .exit == 0);
    // As a server made by the previous release: without what version 8 adds.
    tamper(ctl.db(), {u"DROP TABLE offline_shares"_s, u"DROP TABLE breaches"_s,
                      u"ALTER TABLE incidents DROP COLUMN offline"_s,
                      u"UPDATE rebound_meta SET value = '7' WHERE key = 'schema_version'"_s});
    const QString app = withUser(ctl.db(), u"rebound_app"_s);
    CliRunner counter(QStringLiteral(REBOUNDCTL_PATH));
    counter.setDb(app);
    counter.signInAs(u"M1"_s);
    CliRun refused = counter({u"record"_s}, recordLine(u"Ana"_s, u"+351 1"_s, uR"({"item": "dessert"})"_s));
    CHECK(refused.exit != 0);
    CHECK(refused.err.contains(u"must be migrated to 8 by its owner"_s));
    CHECK(ctl.scalar(u"SELECT value::int FROM rebound_meta WHERE key = 'schema_version'"_s) == 7);
    // The owner runs server init again: migrated, the new tables granted to the application role.
    CliRun again = ctl(init);
    INFO(again.err.toStdString());
    REQUIRE(again.exit == 0);
    CHECK(ctl.scalar(u"SELECT value::int FROM rebound_meta WHERE key = 'schema_version'"_s) == 8);
    CliRun recorded = counter({u"record"_s}, recordLine(u"Ana"_s, u"+351 1"_s, uR"({"item": "dessert"})"_s));
    INFO(recorded.err.toStdString());
    CHECK(recorded.exit == 0);
    CHECK(asRole(app, u"SELECT count(*) FROM offline_shares"_s).isEmpty());
    CHECK(counter({u"verify"_s}).exit == 0);
}

TEST_CASE("A database that is not Rebound's, a newer schema or a password in the address is refused, "
          "nothing written",
          "[server]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    tamper(ctl.db(), {u"CREATE TABLE orders (id bigint PRIMARY KEY)"_s});
    CliRun other = ctl({u"init"_s});
    CHECK(other.exit == 1);
    CHECK(other.err.contains(u"not a Rebound database"_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s) == 1);

    CliRunner fresh(QStringLiteral(REBOUNDCTL_PATH));
    fresh.setUp();
    tamper(fresh.db(), {u"UPDATE rebound_meta SET value = '99' WHERE key = 'schema_version'"_s});
    const qint64 entries = fresh.scalar(u"SELECT count(*) FROM audit_log"_s);
    CliRun newer = fresh({u"record"_s, u"--as"_s, u"A1"_s},
                         recordLine(u"Ana"_s, u"1"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s);
    CHECK(newer.exit == 1);
    CHECK(newer.err.contains(u"newer than this Rebound"_s));
    CHECK(fresh.scalar(u"SELECT count(*) FROM audit_log"_s) == entries);

    QString withPassword = fresh.db();
    withPassword.replace(u"//rebound@"_s, u"//rebound:secret@"_s);
    CliRunner pw(QStringLiteral(REBOUNDCTL_PATH));
    pw.setDb(withPassword);
    CliRun refused = pw({u"employee"_s, u"list"_s});
    CHECK(refused.exit == 1);
    CHECK(refused.err.contains(u".pgpass"_s));
    CHECK_FALSE(refused.err.contains(u"secret"_s));
}

TEST_CASE("An unreachable server is named within 5 seconds", "[server]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    for (const QString& address : {u"postgresql://rebound@127.0.0.1:1/rebound"_s,
                                   u"postgresql://rebound@10.255.255.1:5432/rebound"_s}) {
        ctl.setDb(address);
        QElapsedTimer timer;
        timer.start();
        CliRun r = ctl({u"employee"_s, u"list"_s});
        const qint64 ms = timer.elapsed();
        INFO(address.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exit == 1);
        CHECK(ms < 5000);
        CHECK(r.err.contains(QUrl(address).host()));
    }
}

TEST_CASE("The server stopped as by a crash during a stream of record: every recovery reported recorded is "
          "there after the restart, the rest refused with a clear line",
          "[server][crash]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    QByteArray input;
    for (int i = 0; i < 3000; ++i)
        input += recordLine(u"Guest %1"_s.arg(i), u"+1 555 %1"_s.arg(i, 7, 10, QLatin1Char('0')),
                            uR"({"item": "dessert"})"_s);
    QProcess p;
    p.setProcessEnvironment(ctl.environment(u"4071829365"_s));
    p.start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, u"M1"_s});
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForReadyRead(30000));
    QThread::msleep(300);
    serverControl(u"kill"_s);
    const bool finished = p.waitForFinished(120000);
    serverControl(u"restart"_s);
    REQUIRE(finished);
    QSet<qint64> reported;
    for (const QString& line :
         QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        REQUIRE(line.startsWith(u"recorded "_s));
        reported.insert(line.mid(9).toLongLong());
    }
    // (libpq may add the server's own farewell, a "WARNING:" line, before them)
    const QStringList refused = QString::fromUtf8(p.readAllStandardError())
                                    .split(u'\n', Qt::SkipEmptyParts)
                                    .filter(QRegularExpression(u"^line \\d+: "_s));
    INFO(refused.mid(0, 5).join(u'\n').toStdString());
    CHECK(reported.size() > 0);
    CHECK(reported.size() < 3000);
    CHECK(reported.size() + refused.size() == 3000);
    // The line that met the dead server says so; each after it is named as not recorded.
    const QStringList failed = refused.filter(u"server does not answer"_s);
    CHECK(failed.size() == 1);
    CHECK(refused.filter(u": not recorded: the database failed at line "_s).size() ==
          refused.size() - failed.size());
    for (qint64 id : std::as_const(reported)) {
        INFO("recovery " << id);
        REQUIRE(ctl.scalar(u"SELECT count(*) FROM incidents WHERE id = %1"_s.arg(id)) == 1);
    }
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM audit_log a "
                     u"WHERE a.incident_id = i.id) <> 6"_s) == 0);
    CliRun verify = ctl({u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);
}

TEST_CASE("server import moves a standalone counter of 10,000 recoveries in once, however often it runs",
          "[server][import]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    REQUIRE(ctl({u"server"_s, u"init"_s, ctl.db(), u"--site"_s, u"Head office"_s, u"--manager-code"_s,
                 u"M1"_s, u"--manager-name"_s, u"Maria"_s},
                {}, u"4071829365"_s)
                .exit == 0);
    // The standalone counter: its own file, with a customer the server already knows by phone.
    CliRunner standalone(QStringLiteral(REBOUNDCTL_PATH));
    standalone.setDb(standalone.file(u"counter.sqlite"_s));
    CliRun seeded = standalone({u"seed-demo"_s, u"--incidents"_s, u"10000"_s});
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exit == 0);
    const qint64 recoveries = standalone.scalar(u"SELECT count(*) FROM incidents"_s);
    REQUIRE(recoveries == 10000);
    REQUIRE(ctl({u"visit"_s, u"--as"_s, u"M1"_s},
                R"({"name": "Known", "phone": "+1 555 0200001", "segment": "regular"})"
                "\n",
                u"4071829365"_s)
                .exit == 0);
    REQUIRE(standalone.scalar(u"SELECT count(*) FROM customers WHERE phone = '+1 555 0200001'"_s) == 1);
    const QByteArray fileBefore = digest(standalone.db());

    ctl.signInAs(u"M1"_s); // a manager of the server
    CliRun first = ctl({u"server"_s, u"import"_s, standalone.db(), u"--site"_s, u"Lisbon"_s});
    INFO(first.err.toStdString());
    REQUIRE(first.exit == 0);
    CHECK(first.out.contains(u"recoveries: 10000 moved in, 0 already there"_s));
    CHECK(first.out.contains(u"verified before: "_s));
    CHECK(first.out.contains(u"verified after: "_s));
    CHECK(digest(standalone.db()) == fileBefore); // the counter's file is only read
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents WHERE site = 'Lisbon'"_s) == recoveries);
    CHECK(ctl.scalar(u"SELECT count(*) FROM compensations"_s) ==
          standalone.scalar(u"SELECT count(*) FROM compensations x WHERE NOT EXISTS "
                            u"(SELECT 1 FROM amendments w WHERE w.compensation_id = x.id)"_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL"_s) ==
          standalone.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL"_s));
    // (and the known customer's own visit, recorded at the server)
    CHECK(ctl.scalar(u"SELECT count(*) FROM visits"_s) ==
          standalone.scalar(u"SELECT count(*) FROM visits"_s) + 1);
    // Staff by code (the manager M1 was there already), the known customer by phone.
    CHECK(ctl.scalar(u"SELECT count(*) FROM employees WHERE code = 'M1'"_s) == 1);
    CHECK(ctl.scalar(u"SELECT count(*) FROM customers WHERE phone = '+1 555 0200001'"_s) == 1);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'counter.import'"_s) == 1);
    const qint64 entries = ctl.scalar(u"SELECT count(*) FROM audit_log"_s);
    const qint64 customers = ctl.scalar(u"SELECT count(*) FROM customers"_s);

    CliRun second = ctl({u"server"_s, u"import"_s, standalone.db(), u"--site"_s, u"Lisbon"_s});
    INFO(second.err.toStdString());
    REQUIRE(second.exit == 0);
    CHECK(second.out.contains(u"recoveries: 0 moved in, 10000 already there"_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == recoveries);
    CHECK(ctl.scalar(u"SELECT count(*) FROM customers"_s) == customers);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log"_s) == entries);
    CliRun verify = ctl({u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);

    // A counter whose own chain does not verify moves nothing.
    tamper(standalone.db(), {u"DROP TRIGGER audit_log_no_update"_s,
                             u"UPDATE audit_log SET payload = replace(payload, 'a', 'b') WHERE id = 5"_s});
    CliRunner other(QStringLiteral(REBOUNDCTL_PATH));
    REQUIRE(other({u"server"_s, u"init"_s, other.db(), u"--site"_s, u"HQ"_s}).exit == 0);
    other.signInAs(u"M300"_s, u"9184037265"_s); // the counter's manager: the server has nobody yet
    CliRun refused = other({u"server"_s, u"import"_s, standalone.db(), u"--site"_s, u"Lisbon"_s});
    CHECK(refused.exit == 3);
    CHECK(refused.err.contains(u"does not verify, nothing was imported"_s));
    CHECK(other.scalar(u"SELECT count(*) FROM incidents"_s) == 0);
}
