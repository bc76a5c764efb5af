// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/Drill.h"
#include "store/Database.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Csv.h"
#include "support/Files.h"
#include "support/TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Run = rebound::test::CliRun;
using rebound::test::recordLine;

class Ctl final : public rebound::test::CliRunner {
public:
    Ctl()
        : CliRunner(QStringLiteral(REBOUNDCTL_PATH)) {}
};

QByteArray line(const QString& name, const QString& phone, const QString& compensations,
                const QString& category = u"delay"_s) {
    return recordLine(name, phone, compensations, category);
}

} // namespace

TEST_CASE("init, employee add and employee list work on a new file", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    Run list = ctl({u"employee"_s, u"list"_s});
    CHECK(list.exit == 0);
    CHECK(list.out.contains(u"A1"_s));
    CHECK(list.out.contains(u"Sam Supervisor"_s));
    CHECK(list.out.contains(u"manager"_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM employees WHERE pin_hash LIKE '$argon2id$%'"_s) == 3);
    // Running init again migrates nothing and keeps everything.
    CHECK(ctl({u"init"_s}).exit == 0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM playbook_versions"_s) == 1);

    Run dup =
        ctl({u"employee"_s, u"add"_s, u"--code"_s, u"A1"_s, u"--name"_s, u"X"_s, u"--role"_s, u"associate"_s},
            {}, u"4071829365"_s);
    CHECK(dup.exit == 1);
    CHECK(dup.err.contains(u"already exists"_s));
    CHECK(ctl({u"employee"_s, u"add"_s, u"--code"_s, u"B1"_s, u"--name"_s, u"X"_s, u"--role"_s, u"boss"_s},
              {}, u"4071829365"_s)
              .exit == 2);
    CHECK(ctl({u"frobnicate"_s}).exit == 2);
    CHECK(ctl({}).exit == 2);
}

TEST_CASE("record commits good lines and refuses bad ones by line number", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    QByteArray input;
    input += line(u"Ana One"_s, u"+1 555 0001"_s, uR"({"item": "dessert"})"_s); // 1 ok
    input += line(u"Ben Two"_s, u"+1 555 0002"_s,
                  uR"({"item": "credit", "amount": "200.00"})"_s); // 2 over authority
    input += line(u"Cy Three"_s, u"+1 555 0003"_s, uR"({"item": "voucher", "amount": "25.00"})"_s); // 3 ok
    input += "{\"customer\": {\"name\": \"Broken\"\n"; // 4 malformed
    input +=
        line(u"Di Five"_s, u"+1 555 0005"_s, uR"({"item": "dessert"})"_s, u"weather"_s); // 5 unknown category
    input += line(u"Ed Six"_s, u"+1 555 0006"_s, uR"({"item": "credit", "amount": "-1"})"_s); // 6 negative
    input += line(u"Flo Seven"_s, u"+1 555 0007"_s,
                  uR"({"item": "credit", "amount": "12.505"})"_s); // 7 over-precise
    input +=
        line(u"Gus Eight"_s, u"+1 555 0008"_s, uR"({"item": "spa", "amount": "10.00"})"_s); // 8 unknown item
    input += line(u"Hal Nine"_s, u"+1 555 0009"_s, uR"({"item": "refund", "amount": "12.50"})"_s); // 9 ok

    Run r = ctl({u"record"_s, u"--as"_s, u"A1"_s}, input, u"4071829365"_s);
    CHECK(r.exit == 1);
    const QStringList recorded = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(recorded.size() == 3);
    for (const QString& l : recorded)
        CHECK(l.startsWith(u"recorded "_s));
    const QStringList errors = r.err.split(u'\n', Qt::SkipEmptyParts);
    INFO(r.err.toStdString());
    REQUIRE(errors.size() == 6);
    CHECK(errors[0].startsWith(u"line 2: compensations: "_s));
    CHECK(errors[0].contains(u"above your authority"_s));
    CHECK(errors[1].startsWith(u"line 4: malformed JSON"_s));
    CHECK(errors[2] == u"line 5: category: unknown category \"weather\"");
    CHECK(errors[3].startsWith(u"line 6: compensations[0].amount: amount \"-1\" is negative"_s));
    CHECK(errors[4].startsWith(u"line 7: compensations[0].amount: "_s));
    CHECK(errors[5] == u"line 8: compensations[0].item: unknown catalog item \"spa\"");

    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == 3);
    CHECK(ctl.scalar(u"SELECT count(*) FROM customers"_s) == 3);
    CHECK(
        ctl.scalar(
            u"SELECT count(*) FROM customers WHERE name IN ('Ben Two', 'Di Five', 'Ed Six', 'Flo Seven', 'Gus Eight')"_s) ==
        0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM compensations"_s) == 3);
    CHECK(ctl.scalar(u"SELECT sum(amount_minor) FROM compensations"_s) == 900 + 2500 + 1250);

    Run wrongPin = ctl({u"record"_s, u"--as"_s, u"A1"_s}, line(u"X"_s, u"1"_s, {}), u"9999"_s);
    CHECK(wrongPin.exit == 1);
    CHECK(wrongPin.err.contains(u"--as:"_s));
    CHECK(ctl({u"record"_s, u"--as"_s, u"A1"_s}, {}, {}).exit == 2);
}

TEST_CASE("export writes RFC 4180 CSV to stdout or a file, and is audited", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    QByteArray input =
        line(u"=HYPERLINK(\\\"http://evil\\\")"_s, u"+1 555 0100"_s, uR"({"item": "dessert"})"_s);
    REQUIRE(ctl({u"record"_s, u"--as"_s, u"A1"_s}, input, u"4071829365"_s).exit == 0);

    Run out = ctl({u"export"_s, u"incidents"_s});
    REQUIRE(out.exit == 0);
    const auto rows = rebound::test::readCsv(out.out.toUtf8());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].first() == u"id");
    CHECK(rows[1].at(rows[0].indexOf(u"customer_name"_s)) == u"'=HYPERLINK(\"http://evil\")");
    CHECK(rows[1].at(rows[0].indexOf(u"compensation_total"_s)) == u"9.00");

    const QString file = ctl.file(u"comp.csv"_s);
    Run toFile = ctl({u"export"_s, u"compensations"_s, u"--from"_s, u"2000-01-01"_s, u"--out"_s, file});
    REQUIRE(toFile.exit == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(rebound::test::readCsv(f.readAll()).size() == 2);
    for (const auto& kind : {u"follow-ups"_s, u"audit"_s})
        CHECK(ctl({u"export"_s, kind}).exit == 0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s) == 4);

    CHECK(ctl({u"export"_s, u"payroll"_s}).exit == 2);
    CHECK(ctl({u"export"_s, u"incidents"_s, u"--from"_s, u"31/01/2026"_s}).exit == 2);
    CHECK_FALSE(QFile::exists(ctl.file(u"missing/x.csv"_s)));
    CHECK(ctl({u"export"_s, u"incidents"_s, u"--out"_s, ctl.file(u"missing/x.csv"_s)}).exit == 1);
}

TEST_CASE("verify passes on a clean database and exits 3 naming a tampered entry", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    REQUIRE(ctl({u"record"_s, u"--as"_s, u"A1"_s},
                line(u"Ana"_s, u"+1 555 0001"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s)
                .exit == 0);
    Run ok = ctl({u"verify"_s});
    CHECK(ok.exit == 0);
    CHECK(ok.out.startsWith(u"ok: "_s));
    CHECK(ok.out.contains(u" audit entries"_s));
    Run full = ctl({u"verify"_s, u"--full"_s});
    CHECK(full.exit == 0);
    CHECK(full.out == ok.out);
    CHECK(ctl({u"verify"_s, u"--fast"_s}).exit == 2);

    Run backup = ctl({u"backup"_s, ctl.file(u"copy.sqlite"_s)});
    if (rebound::test::onServer()) {
        // A server is backed up on the server; the command says so and writes nothing.
        CHECK(backup.exit == 1);
        CHECK(backup.err.contains(u"pg_dump"_s));
        CHECK_FALSE(QFile::exists(ctl.file(u"copy.sqlite"_s)));
    } else {
        CHECK(backup.exit == 0);
        CHECK(QFile::permissions(ctl.file(u"copy.sqlite"_s)) ==
              (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    }

    rebound::test::tamper(
        ctl.db(),
        {u"DROP TRIGGER audit_log_no_update"_s,
         u"UPDATE audit_log SET payload = replace(payload, '9.00', '1.00') WHERE action = 'compensation.give'"_s});
    Run bad = ctl({u"verify"_s});
    CHECK(bad.exit == 3);
    CHECK(bad.err.contains(u"compensation.give"_s));
    CHECK(bad.err.contains(u"changed after it was written"_s));
    CHECK(ctl({u"verify"_s, u"--full"_s}).exit == 3);
}

TEST_CASE("close-day closes once, verify checks the receipts and exits 3 naming a changed table", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    REQUIRE(ctl({u"record"_s, u"--as"_s, u"A1"_s},
                line(u"Ana"_s, u"+1 555 0001"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s)
                .exit == 0);
    Run closed = ctl({u"close-day"_s});
    INFO(closed.err.toStdString());
    REQUIRE(closed.exit == 0);
    CHECK(closed.out.contains(u": recoveries 1, gestures 1, given 9.00, overrides 0 (audit entry "_s));
    // Beside the database file; for a server, beside the counter's own files for that server.
    const QString receipts = rebound::test::onServer()
                                 ? closed.out.section(u"receipt: "_s, 1).section(u"/closing-"_s, 0, 0)
                                 : ctl.db() + u".receipts"_s;
    CHECK(receipts.endsWith(u".receipts"_s));
    CHECK(closed.out.contains(u"receipt: "_s + receipts + u"/closing-"_s));
    Run twice = ctl({u"close-day"_s});
    CHECK(twice.exit == 1);
    CHECK(twice.err.contains(u"is already closed"_s));
    CHECK(ctl({u"close-day"_s, u"--date"_s, u"yesterday"_s}).exit == 1);
    CHECK(ctl({u"close-day"_s, u"--date"_s, u"2999-01-01"_s}).exit == 1);

    const bool server = rebound::test::onServer();
    if (!server) {
        Run backup = ctl({u"backup"_s, ctl.file(u"copy.sqlite"_s)});
        CHECK(backup.exit == 0);
        CHECK(backup.out.contains(u"receipt: "_s + receipts + u"/backup-"_s));
    }

    Run ok = ctl({u"verify"_s});
    CHECK(ok.exit == 0);
    CHECK(ok.out.contains(
        u"; tables reconciled; closed days: 1; receipts: %1; last closed day: "_s.arg(server ? 1 : 2)));
    CHECK(ctl({u"verify"_s, u"--receipts"_s, receipts}).exit == 0);
    CHECK(ctl({u"verify"_s, u"--receipts"_s, ctl.file(u"nowhere"_s)}).exit == 1);

    rebound::test::tamper(ctl.db(), {u"UPDATE compensations SET amount_minor = 90000"_s});
    Run bad = ctl({u"verify"_s});
    CHECK(bad.exit == 3);
    CHECK(bad.err.contains(
        u"compensation 1 of recovery #1: amount 900.00 USD in the table, 9.00 USD in audit entry "_s));
    // The hash chain alone cannot see it: that is what the reconciliation is for.
    CHECK(ctl({u"verify"_s, u"--chain-only"_s}).exit == 0);
}

namespace {
void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}
} // namespace

TEST_CASE("drill list, validate, import, export and results", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    Run list = ctl({u"drill"_s, u"list"_s});
    CHECK(list.exit == 0);
    CHECK(list.out.count(u'\n') == 8);
    CHECK(list.out.contains(u"late-birthday-delivery\tLate delivery for a birthday\tdelay/moderate\t90 s"_s));

    QJsonObject root = QJsonDocument::fromJson(rebound::DrillLibrary::builtInJson(u"en"_s)).object();
    QJsonArray drills = root.value(u"drills"_s).toArray();
    QJsonObject own = drills.at(3).toObject();
    own.insert(u"id"_s, u"cold-soup"_s);
    root.insert(u"drills"_s, QJsonArray{own});
    const QString good = ctl.file(u"own.json"_s);
    writeFile(good, QJsonDocument(root).toJson());
    own.insert(u"target_seconds"_s, 2);
    root.insert(u"drills"_s, QJsonArray{own});
    const QString bad = ctl.file(u"bad.json"_s);
    writeFile(bad, QJsonDocument(root).toJson());

    Run invalid = ctl({u"drill"_s, u"validate"_s, bad});
    CHECK(invalid.exit == 1);
    CHECK(invalid.err.contains(
        u"bad.json: drills[0].target_seconds: a whole number of seconds from 10 to 3600"_s));
    CHECK(ctl({u"drill"_s, u"validate"_s, good}).exit == 0);
    CHECK(ctl({u"drill"_s, u"import"_s, bad}).exit == 1);
    CHECK(ctl({u"drill"_s, u"export"_s}).exit == 1); // none of the business's own yet
    Run imported = ctl({u"drill"_s, u"import"_s, good});
    CHECK(imported.exit == 0);
    CHECK(imported.out.contains(u"cold-soup"_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'drill.import'"_s) == 1);
    CHECK(ctl({u"drill"_s, u"list"_s}).out.count(u'\n') == 9);
    Run exported = ctl({u"drill"_s, u"export"_s});
    CHECK(exported.exit == 0);
    CHECK(exported.out.contains(u"\"cold-soup\""_s));
    Run results = ctl({u"drill"_s, u"results"_s, u"--csv"_s});
    CHECK(results.exit == 0);
    CHECK(results.out.startsWith(u"played_at,employee,name,drill,score,seconds,missed"_s));
    CHECK(ctl({u"drill"_s, u"fly"_s}).exit == 2);
    CHECK(ctl({u"verify"_s}).exit == 0);
}

TEST_CASE("playbook validate, import and export", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    Run exported = ctl({u"playbook"_s, u"export"_s});
    REQUIRE(exported.exit == 0);
    const QString good = ctl.file(u"good.json"_s);
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(exported.out.toUtf8().replace("\"150.00\"", "\"120.00\""));
    }
    CHECK(ctl({u"playbook"_s, u"validate"_s, good}).exit == 0);
    const QString bad = ctl.file(u"bad.json"_s);
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(exported.out.toUtf8().replace("\"fee-waiver\", \"voucher\"", "\"fee-waiver\", \"spa\""));
    }
    Run invalid = ctl({u"playbook"_s, u"import"_s, bad});
    CHECK(invalid.exit == 1);
    CHECK(invalid.err.contains(u"categories[0].suggestions.minor[1]: unknown item \"spa\""_s));
    CHECK(ctl.scalar(u"SELECT max(version) FROM playbook_versions"_s) == 1);
    Run imported = ctl({u"playbook"_s, u"import"_s, good});
    CHECK(imported.exit == 0);
    CHECK(ctl.scalar(u"SELECT max(version) FROM playbook_versions"_s) == 2);
    REQUIRE(ctl({u"record"_s, u"--as"_s, u"A1"_s},
                line(u"Ana"_s, u"+1 555 0001"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s)
                .exit == 0);
    CHECK(ctl.scalar(u"SELECT playbook_version FROM incidents"_s) == 2);
}

TEST_CASE("seed-demo builds a realistic database that verifies", "[cli]") {
    Ctl ctl;
    Run seeded = ctl({u"seed-demo"_s, u"--incidents"_s, u"120"_s, u"--seed"_s, u"7"_s});
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exit == 0);
    CHECK(seeded.out.contains(u"A100 / 4071829365"_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == 120);
    CHECK(ctl.scalar(u"SELECT count(DISTINCT category) FROM incidents"_s) == 6);
    CHECK(ctl.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL"_s) > 0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NULL"_s) > 0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents WHERE detected_by = 'staff'"_s) > 0);
    CHECK(ctl({u"verify"_s}).exit == 0);
    CHECK(ctl({u"seed-demo"_s}).exit == 1); // not twice on one database
}

TEST_CASE("export writes the learning loop's tables and reports from a demo", "[cli]") {
    Ctl ctl;
    REQUIRE(ctl({u"seed-demo"_s, u"--incidents"_s, u"300"_s, u"--seed"_s, u"3"_s}).exit == 0);
    ctl.signInAs(u"S200"_s, u"5830617294"_s); // the demo's supervisor
    const auto exported = [&](const QString& kind) {
        Run run = ctl({u"export"_s, kind});
        INFO(kind.toStdString() + ": " + run.err.toStdString());
        REQUIRE(run.exit == 0);
        return rebound::test::readCsv(run.out.toUtf8());
    };
    const auto stories = exported(u"stories"_s);
    REQUIRE(stories.size() > 1);
    CHECK(stories[0].contains(u"recognized"_s));
    const int status = int(stories[0].indexOf(u"status"_s));
    CHECK(std::any_of(stories.begin() + 1, stories.end(),
                      [&](const QStringList& r) { return r.at(status) == u"approved"; }));
    CHECK(exported(u"visits"_s).size() - 1 == ctl.scalar(u"SELECT count(*) FROM visits"_s));
    const auto actions = exported(u"actions"_s);
    REQUIRE(actions.size() - 1 == ctl.scalar(u"SELECT count(*) FROM prevention_actions"_s));
    CHECK_FALSE(actions[1].at(actions[0].indexOf(u"recoveries_28_days_before"_s)).isEmpty());
    const auto recognitions = exported(u"recognitions"_s);
    CHECK(recognitions.size() - 1 == ctl.scalar(u"SELECT count(*) FROM employees WHERE active = 1"_s));
    const auto returns = exported(u"return-visits"_s);
    REQUIRE(returns.size() == 7);
    CHECK(returns[6].first() == u"never-failed");
    CHECK(returns[6].at(1).toInt() > 0);
    const auto economics = exported(u"economics"_s);
    REQUIRE(economics.size() >= 3);
    CHECK(economics.last().first() == u"all");
    CHECK(economics.last().at(economics[0].indexOf(u"recoveries"_s)).toInt() == 300);
    const auto outcomes = exported(u"outcomes"_s);
    CHECK(std::any_of(outcomes.begin() + 1, outcomes.end(),
                      [](const QStringList& r) { return r.first() == u"gesture"; }));
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'export'"_s) == 7);
    CHECK(ctl({u"verify"_s}).exit == 0);
}

TEST_CASE("visit records customers' visits from JSON lines, adding the new ones, once a day", "[cli]") {
    Ctl ctl;
    ctl.setUp();
    REQUIRE(ctl({u"record"_s, u"--as"_s, u"A1"_s},
                line(u"Ana Morales"_s, u"+1 555 0100"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s)
                .exit == 0);
    const QByteArray lines = R"({"name": "Ana Morales", "phone": "+1 555 0100"}
{"name": "Hannah Berg", "phone": "+1 555 0501", "segment": "regular", "lifetime_value": "2400.00"}
{"name": "Omar Haddad", "lifetime_value": "lots"}
{"phone": "+1 555 0100"}
)";
    Run run = ctl({u"visit"_s, u"--as"_s, u"A1"_s}, lines, u"4071829365"_s);
    INFO(run.err.toStdString());
    CHECK(run.exit == 1);
    CHECK(run.out.count(u"visit "_s) == 2);
    CHECK(run.err.contains(u"line 3: customer.lifetime_value"_s));
    CHECK(run.err.contains(u"line 4: "_s)); // Ana again, the same day
    CHECK(ctl.scalar(u"SELECT count(*) FROM visits"_s) == 2);
    CHECK(ctl.scalar(u"SELECT count(*) FROM customers"_s) == 2); // Ana found by phone, Hannah added
    CHECK(ctl.scalar(u"SELECT lifetime_value_minor FROM customers WHERE name = 'Hannah Berg'"_s) == 240000);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'customer.back'"_s) == 2);
    ctl.signInAs({});
    CHECK(ctl({u"visit"_s}, {}, u"4071829365"_s).exit == 2); // --as is required
    CHECK(ctl({u"verify"_s}).exit == 0);
}

TEST_CASE("reboundctl does not link Qt Widgets", "[cli][layering]") {
    QProcess ldd;
    ldd.start(u"ldd"_s, {QStringLiteral(REBOUNDCTL_PATH)});
    REQUIRE(ldd.waitForFinished(30000));
    const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
    CHECK(libs.contains(u"libQt6Core"_s));
    CHECK_FALSE(libs.contains(u"Widgets"_s));
    CHECK_FALSE(libs.contains(u"libQt6Gui"_s));
}

TEST_CASE("A file that is not a database is refused and left alone", "[cli][file]") {
    Ctl ctl;
    {
        QFile f(ctl.db());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    Run r = ctl({u"verify"_s});
    CHECK(r.exit == 3);
    CHECK(r.err.contains(u"not a Rebound database"_s));
    QFile f(ctl.db());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "hello");
    Ctl fresh;
    Run missing = fresh({u"employee"_s, u"list"_s});
    CHECK(missing.exit == 1);
    CHECK(missing.err.contains(u"reboundctl --db"_s));
}
