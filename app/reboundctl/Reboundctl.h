// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Result.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace rebound {

class Playbook;
class PracticeService;

class Database;
struct RefreshSummary;

// `reboundctl`: scripts' way into Rebound. Parses arguments, calls core services, prints results.
class Reboundctl final {
public:
    enum Exit { Ok = 0, Rejected = 1, Usage = 2, VerificationFailed = 3 };

    Reboundctl();
    int run(QStringList args);

private:
    int init(const QStringList& args);
    int employee(const QStringList& args);
    int record(const QStringList& args);
    int visit(const QStringList& args);
    // Reads JSON lines on stdin as the employee --as names (PIN from REBOUND_PIN), one `handle` call
    // each: the line's message on success, its error otherwise (named by line number).
    int eachLineAs(const QString& command, const QStringList& args,
                   const std::function<Result<QString>(Database&, const AuthenticatedEmployee&,
                                                       const QByteArray&)>& handle);
    int exportCsv(const QStringList& args);
    int verify(const QStringList& args);
    int backup(const QStringList& args);
    int closeDay(const QStringList& args);
    int drill(const QStringList& args);
    int drillList(PracticeService& practice, const Playbook& playbook, const QStringList& args);
    int drillResults(PracticeService& practice, const AuthenticatedEmployee& me, const QStringList& args);
    int playbook(const QStringList& args);
    int seedDemo(const QStringList& args);
    int server(const QStringList& args);
    int serverImport(const QStringList& args);
    int sync(const QStringList& args);
    // `sync attach`: marks the copy and fills it from the server when it answers.
    int syncAttach(Database& local, const QString& server);
    int syncStatus(Database& local);
    // Who runs `sync attach|now|detach`: signed in on the copy, or on the server while the copy knows
    // nobody yet.
    Result<AuthenticatedEmployee> signInForSync(const QString& sub, const QString& server);
    // `sync now`: sends what waits, then refreshes the copy.
    int syncNow(Database& local);
    // Brings a counter's offline copy up to date from its server and says what changed.
    void printRefresh(const RefreshSummary& fresh);

    // Opened at the place --site and --counter name (else REBOUND_SITE, REBOUND_COUNTER, the defaults).
    Result<std::unique_ptr<Database>> openDatabase(bool create);
    // The database as messages name it: the file's absolute path or the server's address.
    QString where(const Database& db) const;
    // A PIN from the environment variable `variable`, else typed on the terminal without echo.
    Result<QString> readPin(const QString& prompt, const char* variable = "REBOUND_PIN");
    // The signing-in PIN: one line from --pin-fd, else REBOUND_PIN, else the terminal.
    Result<QString> signingPin();
    // A new employee's PIN: REBOUND_NEW_PIN, else typed twice on the terminal.
    Result<QString> newPin(const QString& name);
    // The employee --as names, signed in on `db`: what every state-changing command runs as. `command`
    // names the command in the message when --as is missing.
    Result<AuthenticatedEmployee> signIn(Database& db, const QString& command);
    // Refused, naming `command`, when --as is missing.
    Result<void> requireAs(const QString& command) const;
    int fail(const Error& e, int code = Rejected);
    // A refused sign-in: a usage error when --as is missing, else the input was rejected.
    int failSignIn(const Error& e);
    int usage(const QString& message);

    QString m_dbPath;
    QString m_defaultPath; // empty when REBOUND_DB chose the path
    QString m_site;
    QString m_counter;
    QString m_as;     // --as CODE: who runs the command
    int m_pinFd = -1; // --pin-fd N: the PIN is read from this descriptor (scripts)
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace rebound
