// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TestServer.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using rebound::test::CliRun;
using rebound::test::CliRunner;

namespace {

struct Command {
    QStringList args;
    QString refusal; // what an associate is told
};

// What an associate with a terminal would try, each needing a manager or a supervisor.
QList<Command> adminCommands(const CliRunner& ctl) {
    QList<Command> out{
        {{u"employee"_s, u"add"_s, u"--code"_s, u"Z9"_s, u"--name"_s, u"Zed"_s, u"--role"_s, u"supervisor"_s},
         u"only a manager may add an employee"_s},
        {{u"playbook"_s, u"import"_s, ctl.file(u"raised.json"_s)},
         u"only a manager may change the playbook"_s},
        {{u"close-day"_s}, u"only a manager may close a day"_s},
        {{u"export"_s, u"incidents"_s}, u"only a supervisor or a manager may export"_s},
    };
    if (!rebound::test::onServer())
        out.append({{u"backup"_s, ctl.file(u"copy.sqlite"_s)},
                    u"only a supervisor or a manager may back up the database"_s});
    return out;
}

} // namespace

TEST_CASE("Every command that changes, exports or backs up asks who runs it, and checks their role",
          "[cli][authority]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    CliRun playbook = ctl({u"playbook"_s, u"export"_s});
    REQUIRE(playbook.exit == 0);
    {
        QFile f(ctl.file(u"raised.json"_s));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(playbook.out.toUtf8().replace("\"150.00\"", "\"120.00\""));
    }
    const qint64 entries = ctl.scalar(u"SELECT count(*) FROM audit_log"_s);
    for (const Command& c : adminCommands(ctl)) {
        INFO(c.args.join(u' ').toStdString());
        ctl.signInAs({});
        CliRun nobody = ctl(c.args, {}, u"4071829365"_s);
        CHECK(nobody.exit == 2);
        CHECK(nobody.err.contains(u"add --as CODE"_s));
        ctl.signInAs(u"A1"_s);
        CliRun associate = ctl(c.args);
        CHECK(associate.exit == 1);
        CHECK(associate.err.contains(c.refusal));
        ctl.signInAs(u"A1"_s, u"9999"_s); // (the right PIN next time ends the run of wrong ones)
        CliRun wrongPin = ctl(c.args);
        CHECK(wrongPin.exit == 1);
        CHECK(wrongPin.err.contains(u"--as: "_s));
    }
    // Nothing was done: no new supervisor, the limits as they were, no day closed, no file written.
    CHECK(ctl.scalar(u"SELECT count(*) FROM employees WHERE code = 'Z9'"_s) == 0);
    CHECK(ctl.scalar(u"SELECT max(version) FROM playbook_versions"_s) == 1);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'day.close'"_s) == 0);
    CHECK_FALSE(QFileInfo::exists(ctl.file(u"copy.sqlite"_s)));
    // Only the refused sign-ins were written: one for each wrong PIN.
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log"_s) == entries + adminCommands(ctl).size());
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log WHERE action NOT IN ('auth.fail')"_s) ==
          ctl.scalar(u"SELECT count(*) FROM audit_log"_s) - adminCommands(ctl).size());

    // The manager may, and each entry names them.
    ctl.signInAs(u"M1"_s);
    for (const Command& c : adminCommands(ctl)) {
        CliRun done = ctl(c.args);
        INFO(c.args.join(u' ').toStdString() + ": " + done.err.toStdString());
        CHECK(done.exit == 0);
    }
    const QString since = u" WHERE a.id > %1"_s.arg(entries);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log a"_s + since +
                     u" AND (a.actor_id IS NULL OR "
                     u"a.actor LIKE 'reboundctl:%')"_s) == 0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM audit_log a JOIN employees e ON e.id = a.actor_id"_s + since +
                     u" AND e.code = 'M1' AND a.action IN ('employee.add', 'playbook.import', 'day.close', "
                     u"'export')"_s) == 4);
    // A supervisor exports, but adds nobody.
    ctl.signInAs(u"S1"_s);
    CHECK(ctl({u"export"_s, u"incidents"_s}).exit == 0);
    CHECK(
        ctl({u"employee"_s, u"add"_s, u"--code"_s, u"Z8"_s, u"--name"_s, u"Zoe"_s, u"--role"_s, u"manager"_s})
            .exit == 1);
    CHECK(ctl({u"verify"_s}).exit == 0);
}

TEST_CASE("A PIN comes from a file descriptor for scripts, and init adds a first manager only to an empty "
          "database",
          "[cli][authority][file]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    // init --manager-code on a database with staff is no back door.
    CliRun again =
        ctl({u"init"_s, u"--manager-code"_s, u"Z9"_s, u"--manager-name"_s, u"Zed"_s}, {}, u"3726159048"_s);
    CHECK(again.exit == 1);
    CHECK(ctl.scalar(u"SELECT count(*) FROM employees WHERE code = 'Z9'"_s) == 0);
    // --pin-fd 0: the PIN read from standard input, nothing in the environment.
    ctl.signInAs({});
    CliRun fromFd = ctl({u"--as"_s, u"M1"_s, u"--pin-fd"_s, u"0"_s, u"close-day"_s}, "4071829365\n");
    INFO(fromFd.err.toStdString());
    CHECK(fromFd.exit == 0);
    CHECK(ctl({u"--as"_s, u"M1"_s, u"--pin-fd"_s, u"x"_s, u"close-day"_s}).exit == 2);
}

TEST_CASE("The daily cap counts the business's day, whatever zone a command runs in", "[cli][authority]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp(); // in UTC: the business's zone from now on
    const QByteArray gift =
        rebound::test::recordLine(u"Ana"_s, u"+1 555 0101"_s, uR"({"item": "credit", "amount": "140.00"})"_s);
    ctl.signInAs(u"A1"_s);
    for (int i = 0; i < 3; ++i)
        REQUIRE(ctl({u"record"_s}, gift).exit == 0);
    // Where the computer's date is not the business's: 14 hours ahead or 11 behind, one of them now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString elsewhere = now.toTimeZone(QTimeZone("Pacific/Kiritimati")).date() != now.date()
                                  ? u"Pacific/Kiritimati"_s
                                  : u"Pacific/Pago_Pago"_s;
    ctl.setTimeZone(elsewhere);
    CliRun fourth = ctl({u"record"_s}, gift);
    INFO(elsewhere.toStdString() + ": " + fourth.err.toStdString());
    CHECK(fourth.exit == 1);
    CHECK(fourth.err.contains(u"line 1: "_s));
    CHECK(ctl.scalar(u"SELECT count(*) FROM compensations"_s) == 3);
}
