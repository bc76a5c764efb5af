// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rebound::test {

class ServerDatabase;

struct CliRun {
    int exit = -1; // -1 when the process crashed or was killed
    QString out;
    QString err;
};

// Runs reboundctl as a script would: its own process, a database path, the PIN in the environment,
// over a database file in a fresh temporary folder (a fresh server database on the server run).
class CliRunner {
public:
    explicit CliRunner(QString binary);
    ~CliRunner();

    QString db() const { return m_db; }
    void setDb(const QString& path) { m_db = path; }
    QString file(const QString& name) const { return m_dir.path() + u'/' + name; }
    QString dir() const { return m_dir.path(); }
    const QString& binary() const { return m_binary; }

    CliRun operator()(const QStringList& args, const QByteArray& stdinData = {},
                      const QString& pin = {}) const;
    QProcessEnvironment environment(const QString& pin) const;

    // Reads one number from the database through a connection of its own.
    qint64 scalar(const QString& sql) const;

    // init with a manager M1, an associate A1 and a supervisor S1, all with PIN 1234; later runs sign in
    // as M1.
    void setUp();
    // Later runs sign in as `code` with `pin` (REBOUND_PIN), unless their arguments name --as themselves;
    // an empty code: they sign in as nobody.
    void signInAs(const QString& code, const QString& pin = QStringLiteral("4071829365"));
    // Later runs in this TZ (UTC until told).
    void setTimeZone(const QString& tz) { m_tz = tz; }

private:
    QString m_binary;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server; // on the server run: the database m_db names
    QString m_db;
    QString m_as;
    QString m_asPin;
    QString m_tz = QStringLiteral("UTC");
};

// One valid `record` line for a minor delay with the given compensations (a JSON list's inside).
QByteArray recordLine(const QString& name, const QString& phone, const QString& compensations,
                      const QString& category = QStringLiteral("delay"));

} // namespace rebound::test
