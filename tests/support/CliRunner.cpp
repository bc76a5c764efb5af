// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CliRunner.h"

#include "support/Files.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <tuple>

using namespace Qt::StringLiterals;

namespace rebound::test {

CliRunner::CliRunner(QString binary)
    : m_binary(std::move(binary)) {
    REQUIRE(m_dir.isValid());
    if (onServer()) {
        m_server = std::make_unique<ServerDatabase>();
        m_db = m_server->url();
    } else {
        m_db = m_dir.path() + u"/rebound.sqlite"_s;
    }
}

CliRunner::~CliRunner() = default;

QProcessEnvironment CliRunner::environment(const QString& pin) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"REBOUND_DB"_s);
    env.remove(u"REBOUND_PIN"_s);
    env.remove(u"REBOUND_NEW_PIN"_s);
    if (!pin.isEmpty()) {
        env.insert(u"REBOUND_PIN"_s, pin);
        env.insert(u"REBOUND_NEW_PIN"_s, pin); // a new employee's PIN: the same, in these tests
    }
    env.insert(u"TZ"_s, m_tz);
    // A server database's key and receipts go to the data folder: this test's own.
    if (m_server)
        env.insert(u"XDG_DATA_HOME"_s, m_dir.path() + u"/data"_s);
    return env;
}

CliRun CliRunner::operator()(const QStringList& args, const QByteArray& stdinData, const QString& pin) const {
    QStringList all{u"--db"_s, m_db};
    QString signingPin = pin;
    if (!m_as.isEmpty() && !args.contains(u"--as"_s)) {
        all << u"--as"_s << m_as;
        if (signingPin.isEmpty())
            signingPin = m_asPin;
    }
    QProcess p;
    p.setProcessEnvironment(environment(signingPin));
    p.start(m_binary, all + args);
    REQUIRE(p.waitForStarted());
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(300000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

qint64 CliRunner::scalar(const QString& sql) const {
    return scalarIn(m_db, sql);
}

void CliRunner::signInAs(const QString& code, const QString& pin) {
    m_as = code;
    m_asPin = pin;
}

void CliRunner::setUp() {
    CliRun init = (*this)({u"init"_s, u"--manager-code"_s, u"M1"_s, u"--manager-name"_s, u"Maria Manager"_s},
                          {}, u"4071829365"_s);
    INFO(init.err.toStdString());
    REQUIRE(init.exit == 0);
    signInAs(u"M1"_s);
    for (const auto& [code, name, role] : {std::tuple{u"A1"_s, u"Alex Associate"_s, u"associate"_s},
                                           std::tuple{u"S1"_s, u"Sam Supervisor"_s, u"supervisor"_s}}) {
        CliRun added =
            (*this)({u"employee"_s, u"add"_s, u"--code"_s, code, u"--name"_s, name, u"--role"_s, role}, {},
                    u"4071829365"_s);
        INFO(added.err.toStdString());
        REQUIRE(added.exit == 0);
    }
}

QByteArray recordLine(const QString& name, const QString& phone, const QString& compensations,
                      const QString& category) {
    return uR"({"customer": {"name": "%1", "phone": "%2", "segment": "standard", "preferences": "window seat"},
               "category": "%3", "severity": "minor", "detected_by": "customer", "description": "Waited 30 minutes",
               "apology": "We are sorry.", "fix": {"notes": "Served at once", "resolved": true},
               "compensations": [%4], "satisfaction": 4})"_s.arg(name, phone, category, compensations)
               .simplified()
               .toUtf8() +
           '\n';
}

} // namespace rebound::test
