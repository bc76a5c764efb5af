// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace rebound::test;

TEST_CASE("A recovery that was reported recorded survives SIGKILL at any moment", "[crash]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    QRandomGenerator random(20261122);
    QSet<qint64> reported;
    int kills = 0;
    for (int round = 0; round < 24; ++round) {
        QByteArray input;
        for (int i = 0; i < 400; ++i) {
            const QString phone = u"+1 555 %1"_s.arg(round * 1000 + i, 7, 10, QLatin1Char('0'));
            input += recordLine(u"Guest %1-%2"_s.arg(round).arg(i), phone,
                                uR"({"item": "dessert"}, {"item": "voucher", "amount": "5.00"})"_s);
            // (a manager records: no daily cap stops the stream before the kill)
        }
        QProcess p;
        p.setProcessEnvironment(ctl.environment(u"4071829365"_s));
        p.start(ctl.binary(), {u"--db"_s, ctl.db(), u"record"_s, u"--as"_s, u"M1"_s});
        REQUIRE(p.waitForStarted());
        p.write(input);
        // Once commits are under way (past the PIN check), at a different moment each round.
        REQUIRE(p.waitForReadyRead(30000));
        QThread::msleep(random.bounded(400));
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++kills;
        }
        REQUIRE(p.waitForFinished(30000));
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            REQUIRE(line.startsWith(u"recorded "_s));
            reported.insert(line.mid(9).toLongLong());
        }
        // After every kill: each reported recovery is there and whole, the file is sound, the chain verifies.
        for (qint64 id : std::as_const(reported)) {
            INFO("recovery " << id);
            REQUIRE(
                ctl.scalar(
                    u"SELECT count(*) FROM incidents WHERE id = %1 AND status = 'follow-up-scheduled'"_s.arg(
                        id)) == 1);
        }
        CHECK(ctl.scalar(u"SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM compensations c "
                         "WHERE c.incident_id = i.id) <> 2"_s) == 0);
        CHECK(ctl.scalar(u"SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM follow_ups f "
                         "WHERE f.incident_id = i.id) <> 1"_s) == 0);
        CHECK(ctl.scalar(u"SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM audit_log a "
                         "WHERE a.incident_id = i.id) <> 7"_s) == 0);
        CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) >= reported.size());
        CliRun verify = ctl({u"verify"_s});
        INFO(verify.err.toStdString());
        REQUIRE(verify.exit == 0);
    }
    CHECK(kills >= 20);
    CHECK(reported.size() > 100);
    CliRun check = ctl({u"verify"_s});
    CHECK(check.out.startsWith(u"ok: "_s));
}
