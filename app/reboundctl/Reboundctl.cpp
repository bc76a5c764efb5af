// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reboundctl.h"

#include "audit/AuditLog.h"
#include "audit/Receipt.h"
#include "audit/Verifier.h"
#include "demo/DemoSeeder.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "practice/PracticeService.h"
#include "record/RecordLineParser.h"
#include "reports/CsvWriter.h"
#include "reports/Exporter.h"
#include "security/InstallationKey.h"
#include "services/BackupService.h"
#include "services/ClosingService.h"
#include "services/CounterImport.h"
#include "services/EmployeeService.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "services/SiteService.h"
#include "services/VisitService.h"
#include "store/Database.h"
#include "store/ServerAdmin.h"
#include "sync/CatchUp.h"
#include "sync/CopyRefresh.h"
#include "sync/OfflineShares.h"
#include "sync/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>
#include <future>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

const QString Help = uR"(Usage: reboundctl [--db PATH] [--as CODE [--pin-fd N]] COMMAND [OPTIONS]

Every command that changes something, exports or backs up runs as a signed-in employee:
--as CODE, the PIN typed on the terminal (no echo), or from REBOUND_PIN, or one line
read from file descriptor N. The roles are those of the screens (marked below).

Commands:
  init [--manager-code CODE --manager-name NAME]
                         create or migrate the database, install the default playbook,
                         on an empty database create the first manager (PIN from
                         REBOUND_PIN or the terminal)
  employee add --code CODE --name NAME --role associate|supervisor|manager
                         [manager] the new employee's PIN from REBOUND_NEW_PIN, else typed twice
  employee list
  record                 [anyone] read recoveries as JSON lines on stdin
  visit                  [anyone] read customers' visits as JSON lines on stdin, one customer each
                         (name, phone, email, account_ref, segment, preferences,
                         lifetime_value): found by phone or email, or added
  export REPORT [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE] [--bom]
                         [supervisor]
                         tables: incidents, compensations, follow-ups, audit, stories,
                         visits; reports: actions (with counts before and after),
                         recognitions, return-visits, economics, outcomes
  verify [--full] [--chain-only] [--receipts DIR]
                         check the file, the audit chain, every table against the chain,
                         the closed days and the receipts (default DIR: beside the database)
                         (--full: also that every index matches its table; slower;
                         --chain-only: only the file and the hash chain)
  close-day [--date YYYY-MM-DD]
                         [manager]
                         close a business day (default: today): its totals go into the
                         chain and a signed receipt is written beside the database
  backup OUT             [supervisor] write a consistent copy of the database to OUT (and a
                         receipt)
  playbook validate FILE | import FILE | export
                         [import: manager]
  drill list | validate FILE | import FILE | export | results [--csv]
                         practice drills: the library, the business's own drills, the scores
                         [import: manager; results: anyone, an associate sees their own]
  seed-demo [--incidents N] [--seed S]
                         on a fresh database only
  sync attach [ADDRESS] | status | now | detach
                         [attach, now, detach: anyone, signed in on the copy, or on the
                         server while the copy knows nobody]
                         a counter's offline copy of a central server (with --db ADDRESS,
                         the copy beside the counter's key): attach makes or marks it (each
                         recovery or follow-up recorded in it is queued) and refreshes it,
                         status shows the outbox, now verifies the copy, sends it (each
                         exactly once) and refreshes the copy (staff, playbook, hours,
                         customers, the site's open recoveries); attach and now claim the
                         --as employee's offline allowance left today; detach removes it
                         (refused while anything
                         waits or the app has it open); record falls back to the copy
                         when the server does not answer

Global options:
  --db PATH              database file (default: $REBOUND_DB, else the user's data folder)
  --help, --version

Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 verification failed.
)"_s;

// The name recorded in the audit log for what the command line does on its own authority.
Actor cliActor() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QString::number(getuid());
    return Actor::system(u"reboundctl:"_s + user);
}

// Parses a subcommand's options; positional arguments are returned in `positional`.
struct Options {
    QCommandLineParser parser;
    QString error;

    Options(const QList<QCommandLineOption>& options, const QStringList& args) {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(options);
        if (!parser.parse(QStringList{u"reboundctl"_s} + args))
            error = parser.errorText();
    }
    QString value(const QString& name) const { return parser.value(name); }
    bool isSet(const QString& name) const { return parser.isSet(name); }
    QStringList positional() const { return parser.positionalArguments(); }
};

} // namespace

Reboundctl::Reboundctl()
    : m_out(stdout)
    , m_err(stderr) {}

int Reboundctl::fail(const Error& e, int code) {
    m_err << "reboundctl: " << e.message << Qt::endl;
    return code;
}

int Reboundctl::failSignIn(const Error& e) {
    return fail(e, e.field == u"as" ? Usage : Rejected);
}

int Reboundctl::usage(const QString& message) {
    m_err << "reboundctl: " << message << "\n(see reboundctl --help)" << Qt::endl;
    return Usage;
}

Result<std::unique_ptr<Database>> Reboundctl::openDatabase(bool create) {
    // Only the default location's folder is made; a path someone gave must exist as given.
    if (create && m_dbPath == m_defaultPath)
        QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
    auto db = Database::open(m_dbPath,
                             create ? Database::OpenMode::CreateOrMigrate : Database::OpenMode::ExistingOnly);
    if (db) {
        Place place = (*db)->place();
        if (!m_site.isEmpty())
            place.site = m_site;
        if (!m_counter.isEmpty())
            place.counter = m_counter;
        (*db)->setPlace(place);
    }
    return db;
}

QString Reboundctl::where(const Database& db) const {
    if (db.backend() == Database::Backend::Server)
        return db.displayName();
    return QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath());
}

Result<QString> Reboundctl::readPin(const QString& prompt, const char* variable) {
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!isatty(STDIN_FILENO))
        return Error::invalid(u"no PIN: set %1 or run on a terminal"_s.arg(QLatin1String(variable)));
    m_err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[64] = {};
    const bool got = fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_err << Qt::endl;
    QString pin = QString::fromLocal8Bit(buffer).trimmed();
    sodium_memzero(buffer, sizeof buffer);
    if (!got)
        return Error::invalid(u"no PIN entered"_s);
    return pin;
}

Result<QString> Reboundctl::signingPin() {
    if (m_pinFd < 0)
        return readPin(u"PIN for %1: "_s.arg(m_as));
    // One line from the descriptor a script opened (a pipe or a file readable only by its owner).
    QFile in;
    if (!in.open(m_pinFd, QIODevice::ReadOnly))
        return Error::invalid(u"--pin-fd: cannot read descriptor %1"_s.arg(m_pinFd));
    const QByteArray line = in.readLine(64);
    if (line.trimmed().isEmpty())
        return Error::invalid(u"--pin-fd: no PIN on descriptor %1"_s.arg(m_pinFd));
    return QString::fromLocal8Bit(line).trimmed();
}

Result<QString> Reboundctl::newPin(const QString& name) {
    if (qEnvironmentVariableIsSet("REBOUND_NEW_PIN") || !isatty(STDIN_FILENO))
        return readPin({}, "REBOUND_NEW_PIN");
    auto first = readPin(u"new PIN for %1: "_s.arg(name), "REBOUND_NEW_PIN");
    if (!first)
        return first;
    auto again = readPin(u"the same PIN again: "_s, "REBOUND_NEW_PIN");
    if (!again)
        return again;
    if (again.value() != first.value())
        return Error::invalidAt(u"pin"_s, u"the two PINs differ; nothing was changed"_s);
    return first;
}

Result<void> Reboundctl::requireAs(const QString& command) const {
    if (m_as.isEmpty())
        return Error::invalidAt(u"as"_s, u"%1 runs as a signed-in employee: add --as CODE (the PIN from the "
                                         u"terminal, REBOUND_PIN or --pin-fd N)"_s.arg(command));
    return {};
}

Result<AuthenticatedEmployee> Reboundctl::signIn(Database& db, const QString& command) {
    if (auto a = requireAs(command); !a)
        return a.error();
    auto pin = signingPin();
    if (!pin)
        return pin.error();
    SystemClock clock;
    auto me = EmployeeService(db, clock).authenticate(m_as, pin.value());
    if (!me)
        return Error::denied(u"--as: "_s + me.error().message);
    return me;
}

int Reboundctl::run(QStringList args) {
    args.removeFirst();
    m_dbPath = Database::defaultPath();
    m_defaultPath = qEnvironmentVariableIsSet("REBOUND_DB") ? QString() : m_dbPath;
    QString pinFd;
    // --db, --site and --counter are global and may stand anywhere; the rest belongs to the subcommand.
    for (qsizetype i = 0; i < args.size();) {
        bool taken = false;
        for (auto [name, target] : {std::pair{u"db"_s, &m_dbPath}, std::pair{u"site"_s, &m_site},
                                    std::pair{u"counter"_s, &m_counter}, std::pair{u"as"_s, &m_as},
                                    std::pair{u"pin-fd"_s, &pinFd}}) {
            if (args[i] == u"--" + name) {
                if (i + 1 >= args.size())
                    return usage(u"--%1 needs a value"_s.arg(name));
                *target = args[i + 1];
                args.remove(i, 2);
                taken = true;
                break;
            }
            if (args[i].startsWith(u"--" + name + u'=')) {
                *target = args[i].mid(name.size() + 3);
                args.remove(i);
                taken = true;
                break;
            }
        }
        if (!taken)
            ++i;
    }
    if (!pinFd.isEmpty()) {
        bool ok = false;
        m_pinFd = pinFd.toInt(&ok);
        if (!ok || m_pinFd < 0)
            return usage(u"--pin-fd needs a file descriptor number, not \"%1\""_s.arg(pinFd));
    }
    if (args.isEmpty())
        return usage(u"no command given"_s);
    const QString command = args.takeFirst();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        m_out << Help;
        return Ok;
    }
    if (command == u"--version") {
        m_out << "reboundctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (command == u"init")
        return init(args);
    if (command == u"employee")
        return employee(args);
    if (command == u"record")
        return record(args);
    if (command == u"visit")
        return visit(args);
    if (command == u"export")
        return exportCsv(args);
    if (command == u"verify")
        return verify(args);
    if (command == u"backup")
        return backup(args);
    if (command == u"close-day")
        return closeDay(args);
    if (command == u"playbook")
        return playbook(args);
    if (command == u"drill")
        return drill(args);
    if (command == u"seed-demo")
        return seedDemo(args);
    if (command == u"server")
        return server(args);
    if (command == u"sync")
        return sync(args);
    return usage(u"unknown command \"%1\""_s.arg(command));
}

int Reboundctl::server(const QStringList& args) {
    if (args.isEmpty())
        return usage(u"server needs init, status or import"_s);
    const QString sub = args.first();
    QStringList rest = args.mid(1);
    if (sub == u"init") {
        if (rest.isEmpty() || !Database::isServerAddress(rest.first()))
            return usage(u"server init needs the server's address: postgresql://user@host:port/dbname"_s);
        m_dbPath = rest.takeFirst();
        if (m_site.trimmed().isEmpty())
            return usage(u"server init needs --site NAME: the site this counter stands at"_s);
        QString role;
        if (const qsizetype at = rest.indexOf(u"--app-role"_s); at >= 0) {
            if (at + 1 >= rest.size())
                return usage(u"--app-role needs a role name"_s);
            role = rest.at(at + 1);
            rest.remove(at, 2);
        }
        if (const int r = init(rest); r != Ok)
            return r;
        if (role.isEmpty())
            return Ok;
        auto db = openDatabase(false);
        if (!db)
            return fail(db.error());
        if (auto g = ServerAdmin(**db).grantApplicationRole(role); !g)
            return fail(g.error());
        m_out << "role " << role << ": reads and writes every table, only appends to the audit log"
              << Qt::endl;
        return Ok;
    }
    if (sub == u"status") {
        if (!rest.isEmpty())
            m_dbPath = rest.takeFirst();
        if (!rest.isEmpty())
            return usage(u"server status takes at most the server's address"_s);
        if (!Database::isServerAddress(m_dbPath))
            return usage(u"server status needs a server: --db postgresql://user@host:port/dbname"_s);
        auto db = openDatabase(false);
        if (!db)
            return fail(db.error());
        auto st = ServerAdmin(**db).status();
        if (!st)
            return fail(st.error());
        m_out << "server: " << where(**db) << "\nschema: " << st->schemaVersion
              << "\nrecoveries: " << st->recoveries << "\naudit entries: " << st->auditEntries
              << "\nsites: " << st->sites.join(u", "_s) << "\ncounters: " << st->counters.size() << "\n";
        for (const CounterSeen& c : std::as_const(st->counters))
            m_out << "  " << c.name << "\tsite " << c.site << "\tfirst seen " << c.firstSeen
                  << "\tlast write " << c.lastWrite << "\n";
        m_out << Qt::flush;
        return Ok;
    }
    if (sub == u"import")
        return serverImport(rest);
    return usage(u"unknown server command \"%1\" (init, status, import)"_s.arg(sub));
}

void Reboundctl::printRefresh(const RefreshSummary& fresh) {
    m_out << "refreshed: " << fresh.employeesAdded << " employees added, " << fresh.employeesChanged
          << " changed, playbook " << (fresh.playbookChanged ? "updated" : "unchanged") << ", "
          << fresh.customersAdded << " customers added, " << fresh.recoveriesAdded << " recoveries added, "
          << fresh.followUpsUpdated << " follow-ups updated, opening hours "
          << (fresh.hoursChanged ? "updated" : "unchanged") << Qt::endl;
}

int Reboundctl::sync(const QStringList& args) {
    if (args.isEmpty())
        return usage(u"sync needs attach, status, now or detach"_s);
    const QString sub = args.first();
    QStringList rest = args.mid(1);
    // --db ADDRESS: this counter's own copy of that server, kept beside its key.
    if (Database::isServerAddress(m_dbPath)) {
        if (sub == u"attach" && rest.isEmpty())
            rest << m_dbPath;
        m_dbPath = Database::offlineCopyPath(m_dbPath);
    }
    if (sub != u"attach" && sub != u"status" && sub != u"now" && sub != u"detach")
        return usage(u"unknown sync command \"%1\" (attach, status, now, detach)"_s.arg(sub));
    if (sub == u"attach" && (rest.size() != 1 || !Database::isServerAddress(rest.first())))
        return usage(u"sync attach needs the server's address: postgresql://user@host:port/dbname"_s);
    if (sub != u"attach" && !rest.isEmpty())
        return usage(u"sync %1 takes no arguments"_s.arg(sub));
    if (sub != u"status") {
        if (auto me = signInForSync(sub, sub == u"attach" ? rest.first() : QString()); !me)
            return failSignIn(me.error());
    }
    if (sub == u"detach") {
        if (auto r = detachCopy(m_dbPath); !r)
            return fail(r.error());
        m_out << "offline copy " << m_dbPath << " removed: this counter works on its server only" << Qt::endl;
        return Ok;
    }
    if (sub == u"attach" && !QFileInfo::exists(m_dbPath)) {
        // A new copy: the schema and the default playbook; the server's staff and playbook follow.
        if (const int r = init({}); r != Ok)
            return r;
    }
    auto local = openDatabase(false);
    if (!local)
        return fail(local.error());
    if (sub == u"attach")
        return syncAttach(**local, rest.first());
    if (!(*local)->keepsOutbox())
        return fail(Error::invalid(
            u"%1 is not an offline copy of a server (reboundctl sync attach ADDRESS)"_s.arg(where(**local))));
    return sub == u"status" ? syncStatus(**local) : syncNow(**local);
}

Result<AuthenticatedEmployee> Reboundctl::signInForSync(const QString& sub, const QString& server) {
    const QString command = u"sync "_s + sub;
    if (auto a = requireAs(command); !a)
        return a.error();
    SystemClock clock;
    if (QFileInfo::exists(m_dbPath)) {
        // Closed again before anything else runs: detach refuses a copy that is open.
        auto copy = openDatabase(false);
        if (!copy)
            return copy.error();
        auto staff = EmployeeService(**copy, clock).count();
        if (!staff)
            return staff.error();
        if (staff.value() > 0)
            return signIn(**copy, command);
    }
    // A new copy knows nobody yet: the server does.
    if (server.isEmpty())
        return Error::invalid(u"%1 has no staff yet to sign in: reboundctl sync attach ADDRESS first"_s.arg(
            QDir::toNativeSeparators(m_dbPath)));
    auto central = Database::open(server, Database::OpenMode::ExistingOnly);
    if (!central)
        return central.error();
    return signIn(**central, command);
}

int Reboundctl::syncAttach(Database& local, const QString& server) {
    if (auto c = Database::checkServerAddress(server); !c)
        return fail(c.error());
    if (auto r = Outbox(local).create(server); !r)
        return fail(r.error());
    m_out << "offline copy of " << server << ": recoveries recorded in " << where(local)
          << " wait here until sent" << Qt::endl;
    // Its staff, playbook and customers from the server now, if it answers.
    auto central = Database::open(server, Database::OpenMode::ExistingOnly);
    if (!central) {
        m_out << "not refreshed yet: " << central.error().message << Qt::endl;
        return Ok;
    }
    SystemClock clock;
    auto fresh = CopyRefresh(**central, local, clock).run(local.place().site);
    if (!fresh)
        return fail(fresh.error());
    printRefresh(*fresh);
    // Whoever attached it works here: the day's offline allowance they have left comes with them.
    auto shares = OfflineShares(**central, local, clock).refresh(local.place().counter, m_as);
    if (!shares)
        return fail(shares.error());
    return Ok;
}

int Reboundctl::syncStatus(Database& local) {
    auto st = Outbox(local).status();
    if (!st)
        return fail(st.error());
    const auto when = [](const std::optional<QDateTime>& t) { return t ? TimeFormat::toStored(*t) : u"-"_s; };
    m_out << "server: " << st->server << "\nwaiting: " << st->waiting
          << "\nof which follow-ups: " << st->followUps << "\nsent: " << st->sent
          << "\noldest waiting: " << when(st->oldestWaiting) << "\nlast sent: " << when(st->lastSent)
          << "\nlast attempt: " << when(st->lastAttempt)
          << "\nlast error: " << (st->lastError.isEmpty() ? u"-"_s : st->lastError) << Qt::endl;
    return Ok;
}

int Reboundctl::syncNow(Database& local) {
    Outbox outbox(local);
    auto st = outbox.status();
    if (!st)
        return fail(st.error());
    SystemClock clock;
    auto server = Database::open(st->server, Database::OpenMode::ExistingOnly);
    if (!server) {
        CatchUp::noteAway(local, clock, server.error());
        m_err << "reboundctl: " << server.error().message << "; " << st->waiting
              << " recoveries wait in the outbox" << Qt::endl;
        return Rejected;
    }
    (*server)->setPlace(local.place());
    auto done = CatchUp(local, **server, clock).signedIn(m_as).run();
    if (!done) {
        auto after = outbox.status();
        m_err << "reboundctl: " << done.error().message << "; " << (after ? after->waiting : st->waiting)
              << " recoveries wait in the outbox" << Qt::endl;
        return Rejected;
    }
    m_out << "sent: " << done->sent.sent << "\nalready on the server: " << done->sent.alreadyThere
          << "\nwaiting: " << done->sent.waiting << Qt::endl;
    printRefresh(done->refreshed);
    return Ok;
}

int Reboundctl::serverImport(const QStringList& args) {
    if (args.size() != 1)
        return usage(u"server import needs the counter's database file: server import FILE --site NAME"_s);
    if (!Database::isServerAddress(m_dbPath))
        return usage(u"server import moves a file into a server: --db postgresql://user@host:port/dbname"_s);
    if (m_site.trimmed().isEmpty())
        return usage(u"server import needs --site NAME: the site the counter stood at"_s);
    auto counter = Database::open(args.first(), Database::OpenMode::ExistingOnly);
    if (!counter)
        return fail(counter.error());
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    // Signed in on the server, or on the counter while the server has no staff yet.
    SystemClock clock;
    auto serverStaff = EmployeeService(**db, clock).count();
    if (!serverStaff)
        return fail(serverStaff.error());
    auto me = signIn(serverStaff.value() > 0 ? **db : **counter, u"server import"_s);
    if (!me)
        return failSignIn(me.error());
    auto done = CounterImport(**db, clock).run(**counter, m_site, me.value());
    if (!done)
        return fail(done.error(), done.error().code == Error::Code::Corrupt ? VerificationFailed : Rejected);
    m_out << "verified before: " << done->sourceEntries << " audit entries, head "
          << done->sourceHead.left(16) << "\nrecoveries: " << done->recoveries << " moved in, "
          << done->alreadyThere << " already there"
          << "\ncustomers: " << done->customersAdded << " added, " << done->customersMatched
          << " matched by phone or email\nemployees: " << done->employeesAdded << " added, "
          << done->employeesMatched << " matched by code\nfollow-ups done: " << done->followUpsDone
          << "\nvisits: " << done->visits << "\nverified after: " << done->serverEntries
          << " audit entries on " << where(**db) << "\n";
    if (!done->notCarried.isEmpty())
        m_out << "not carried over: " << done->notCarried.join(u", "_s) << "\n";
    m_out << Qt::flush;
    return Ok;
}

int Reboundctl::init(const QStringList& args) {
    Options o({{u"manager-code"_s, {}, u"code"_s}, {u"manager-name"_s, {}, u"name"_s}}, args);
    if (!o.error.isEmpty())
        return usage(o.error);
    if (!o.positional().isEmpty())
        return usage(u"init takes no arguments"_s);
    if (o.isSet(u"manager-code"_s) != o.isSet(u"manager-name"_s))
        return usage(u"--manager-code and --manager-name go together"_s);
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    SystemClock clock;
    PlaybookService playbooks(**db, clock);
    auto version = playbooks.ensureInstalled(cliActor());
    if (!version)
        return fail(version.error());
    // The business day from now on is this zone's, not that of whichever computer runs a command.
    if (auto settled = SiteService(**db, clock).settle(cliActor()); !settled)
        return fail(settled.error());
    // The key that signs this installation's receipts (closed days, exports, backups).
    if (auto key = InstallationKey::loadOrCreate(InstallationKey::keyPathFor((*db)->localPath())); !key)
        return fail(key.error());
    if (o.isSet(u"manager-code"_s)) {
        auto pin = readPin(u"PIN for the new manager: "_s);
        if (!pin)
            return fail(pin.error(), Usage);
        EmployeeService staff(**db, clock);
        auto e = staff.addFirstManager(o.value(u"manager-code"_s), o.value(u"manager-name"_s), pin.value());
        if (!e)
            return fail(e.error());
        m_out << "manager " << e->code << " (" << e->name << ") created" << Qt::endl;
    }
    m_out << "ready: " << where(**db) << " (schema " << Database::SchemaVersion << ", playbook version "
          << version.value() << ")" << Qt::endl;
    return Ok;
}

int Reboundctl::employee(const QStringList& args) {
    if (args.isEmpty())
        return usage(u"employee needs add or list"_s);
    const QString sub = args.first();
    Options o({{u"code"_s, {}, u"code"_s}, {u"name"_s, {}, u"name"_s}, {u"role"_s, {}, u"role"_s}},
              args.mid(1));
    if (!o.error.isEmpty())
        return usage(o.error);
    if (!o.positional().isEmpty())
        return usage(u"unexpected argument \"%1\""_s.arg(o.positional().first()));
    SystemClock clock;
    if (sub == u"list") {
        auto db = openDatabase(false);
        if (!db)
            return fail(db.error());
        auto list = EmployeeService(**db, clock).list();
        if (!list)
            return fail(list.error());
        for (const Employee& e : list.value()) {
            QString state = e.active ? u"active"_s : u"inactive"_s;
            if (EmployeeService::isLockedOut(e, clock.nowUtc()))
                state = u"locked"_s;
            m_out << e.code.leftJustified(10) << ' ' << e.name.leftJustified(28) << ' '
                  << roleId(e.role).leftJustified(11) << ' ' << state << '\n';
        }
        m_out.flush();
        return Ok;
    }
    if (sub != u"add")
        return usage(u"unknown employee command \"%1\" (add or list)"_s.arg(sub));
    for (const auto& required : {u"code"_s, u"name"_s, u"role"_s}) {
        if (!o.isSet(required))
            return usage(u"employee add needs --%1"_s.arg(required));
    }
    const auto role = roleFromId(o.value(u"role"_s));
    if (!role)
        return usage(
            u"--role must be associate, supervisor or manager, not \"%1\""_s.arg(o.value(u"role"_s)));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    EmployeeService staff(**db, clock);
    if (auto n = staff.count(); n && n.value() == 0)
        return fail(Error::invalid(u"%1 has no employee yet: create the first manager with reboundctl init "
                                   u"--manager-code CODE --manager-name NAME"_s.arg(where(**db))));
    auto me = signIn(**db, u"employee add"_s);
    if (!me)
        return failSignIn(me.error());
    auto pin = newPin(o.value(u"name"_s));
    if (!pin)
        return fail(pin.error(), Usage);
    auto e = staff.hire(me.value(), o.value(u"code"_s), o.value(u"name"_s), *role, pin.value());
    if (!e)
        return fail(e.error());
    m_out << "employee " << e->code << " (" << e->name << ", " << roleId(e->role) << ") added" << Qt::endl;
    return Ok;
}

int Reboundctl::eachLineAs(const QString& command, const QStringList& args,
                           const std::function<Result<QString>(Database&, const AuthenticatedEmployee&,
                                                               const QByteArray&)>& handle) {
    if (!args.isEmpty())
        return usage(u"%1 takes no arguments but --as CODE"_s.arg(command));
    if (m_as.isEmpty())
        return usage(u"%1 needs --as CODE"_s.arg(command));
    if (m_pinFd < 0 && !qEnvironmentVariableIsSet("REBOUND_PIN"))
        return usage(
            u"%1 reads its lines on stdin, so the PIN must come from REBOUND_PIN or --pin-fd"_s.arg(command));
    auto db = openDatabase(false);
    if (!db && db.error().code == Error::Code::Unreachable && command == u"record" &&
        QFileInfo::exists(Database::offlineCopyPath(m_dbPath))) {
        // The server is away: the counter records in its offline copy, sent later by `sync now`.
        const QString server = m_dbPath;
        m_dbPath = Database::offlineCopyPath(server);
        auto copy = openDatabase(false);
        m_dbPath = server;
        if (copy && (*copy)->keepsOutbox()) {
            m_err << "reboundctl: offline: " << db.error().message << "; recording in this counter's copy "
                  << where(**copy) << ", sent when the server answers (reboundctl sync now)" << Qt::endl;
            db = std::move(copy);
        }
    }
    if (!db)
        return fail(db.error());
    auto me = signIn(**db, command);
    if (!me)
        return fail(me.error());

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error::storage(u"cannot read standard input"_s));
    constexpr qint64 MaxLine = 1 << 20;
    int lineNo = 0;
    int rejected = 0;
    while (true) {
        QByteArray line = in.readLine(MaxLine + 1);
        if (line.isEmpty() && in.atEnd())
            break;
        ++lineNo;
        if (line.size() > MaxLine && !line.endsWith('\n')) {
            while (!in.atEnd() && !in.readLine(MaxLine).endsWith('\n')) {
            }
            m_err << "line " << lineNo << ": longer than 1 MiB" << Qt::endl;
            ++rejected;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        auto done = handle(**db, me.value(), line);
        if (!done) {
            m_err << "line " << lineNo << ": " << done.error().message << Qt::endl;
            ++rejected;
            if (done.error().isStoreFailure()) {
                // The store itself failed: later lines would fail alike, so each is named, not tried.
                const int failedAt = lineNo;
                while (!in.atEnd()) {
                    ++lineNo;
                    if (!in.readLine(MaxLine + 1).trimmed().isEmpty())
                        m_err << "line " << lineNo << ": not recorded: the database failed at line "
                              << failedAt << Qt::endl;
                }
                return Rejected;
            }
            continue;
        }
        m_out << done.value() << Qt::endl; // flushed: a printed line is committed
    }
    return rejected > 0 ? Rejected : Ok;
}

int Reboundctl::record(const QStringList& args) {
    SystemClock clock;
    std::unique_ptr<PlaybookService> playbooks;
    std::unique_ptr<RecoveryService> recoveries;
    return eachLineAs(
        u"record"_s, args,
        [&](Database& db, const AuthenticatedEmployee& me, const QByteArray& line) -> Result<QString> {
            if (!recoveries) {
                playbooks = std::make_unique<PlaybookService>(db, clock);
                recoveries = std::make_unique<RecoveryService>(db, clock, *playbooks);
            }
            auto draft = RecordLineParser::parse(line);
            if (!draft)
                return draft.error();
            auto r = recoveries->record(me, draft.value());
            if (!r)
                return r.error();
            return u"recorded %1"_s.arg(r->id);
        });
}

// Visits of customers found or added by their details: a till or booking system's daily feed, so the
// return-visit report can set recovered customers against those never let down.
int Reboundctl::visit(const QStringList& args) {
    SystemClock clock;
    std::unique_ptr<PlaybookService> playbooks;
    return eachLineAs(
        u"visit"_s, args,
        [&](Database& db, const AuthenticatedEmployee& me, const QByteArray& line) -> Result<QString> {
            if (!playbooks)
                playbooks = std::make_unique<PlaybookService>(db, clock);
            auto customer = RecordLineParser::parseCustomer(line);
            if (!customer)
                return customer.error();
            auto id = VisitService(db, clock).visitOf(me, customer.value(), *playbooks);
            if (!id)
                return id.error();
            return u"visit %1"_s.arg(id.value());
        });
}

int Reboundctl::exportCsv(const QStringList& args) {
    Options o(
        {{u"from"_s, {}, u"date"_s}, {u"to"_s, {}, u"date"_s}, {u"out"_s, {}, u"file"_s}, {u"bom"_s, {}}},
        args);
    if (!o.error.isEmpty())
        return usage(o.error);
    if (o.positional().size() != 1)
        return usage(u"export needs one report: %1"_s.arg(Exporter::KindIds.join(u", "_s)));
    const auto kind = Exporter::kindFromId(o.positional().first());
    if (!kind)
        return usage(u"unknown report \"%1\" (one of %2)"_s.arg(o.positional().first(),
                                                                Exporter::KindIds.join(u", "_s)));
    ExportRequest request{*kind, {}, {}, o.isSet(u"bom"_s), {}};
    request.site = m_site.simplified(); // --site: only that site's rows
    for (const auto& [name, target] :
         {std::pair{u"from"_s, &request.from}, std::pair{u"to"_s, &request.to}}) {
        if (!o.isSet(name))
            continue;
        const QDate d = QDate::fromString(o.value(name), Qt::ISODate);
        if (!d.isValid())
            return usage(u"--%1: \"%2\" is not a date like 2026-01-31"_s.arg(name, o.value(name)));
        *target = d;
    }
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    auto me = signIn(**db, u"export"_s);
    if (!me)
        return failSignIn(me.error());
    SystemClock clock;
    Exporter exporter(**db, clock);
    if (!o.isSet(u"out"_s)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(Error::storage(u"cannot write to standard output"_s));
        auto rows = exporter.write(me.value(), request, out);
        if (!rows)
            return fail(rows.error());
        if (auto a = exporter.recordExport(request, rows.value(), me.value()); !a)
            return fail(a.error());
        return Ok;
    }
    // Written beside the target and renamed at the end: a failed export leaves no partial file.
    QSaveFile out(o.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly))
        return fail(
            Error::storage(u"--out: cannot write %1: %2"_s.arg(o.value(u"out"_s), out.errorString())));
    auto rows = exporter.write(me.value(), request, out);
    if (!rows) {
        out.cancelWriting();
        return fail(rows.error());
    }
    if (!out.commit())
        return fail(Error::storage(u"--out: cannot save %1: %2"_s.arg(o.value(u"out"_s), out.errorString())));
    if (auto a = exporter.recordExport(request, rows.value(), me.value()); !a)
        return fail(a.error());
    m_err << "exported " << rows.value() << " rows to " << o.value(u"out"_s) << Qt::endl;
    return Ok;
}

int Reboundctl::verify(const QStringList& args) {
    Options o(
        {QCommandLineOption(u"full"_s), QCommandLineOption(u"chain-only"_s), {u"receipts"_s, {}, u"dir"_s}},
        args);
    if (!o.error.isEmpty())
        return usage(o.error);
    if (!o.positional().isEmpty())
        return usage(u"verify takes no arguments"_s);
    const auto depth = o.isSet(u"full"_s) ? Database::Check::Full : Database::Check::Quick;
    auto db = openDatabase(false);
    if (!db) {
        const bool damaged =
            db.error().code == Error::Code::Corrupt || db.error().code == Error::Code::NotOurs;
        return fail(db.error(), damaged ? VerificationFailed : Rejected);
    }
    VerifyOptions options;
    options.chainOnly = o.isSet(u"chain-only"_s);
    options.receiptsDir = o.value(u"receipts"_s);
    if (o.isSet(u"receipts"_s) && !QFileInfo(options.receiptsDir).isDir())
        return fail(
            Error::invalidAt(u"receipts"_s, u"--receipts: %1 is not a folder"_s.arg(options.receiptsDir)));
    // The file check runs on its own connection on the other core while this one walks the chain.
    const QString path = (*db)->path();
    auto fileCheck = std::async(std::launch::async, [path, depth]() -> Result<void> {
        auto own = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!own)
            return own.error();
        return (*own)->integrityCheck(depth);
    });
    SystemClock clock;
    auto v = Verifier(**db, clock).run(options);
    if (auto r = fileCheck.get(); !r)
        return fail(r.error(), VerificationFailed);
    if (!v)
        return fail(v.error(), v.error().code == Error::Code::Corrupt ? VerificationFailed : Rejected);
    m_out << "ok: " << v->entries << " audit entries";
    if (!options.chainOnly) {
        m_out << "; tables reconciled; closed days: " << v->closings << "; receipts: " << v->receipts;
        if (!v->lastClosedDay.isEmpty())
            m_out << "; last closed day: " << v->lastClosedDay
                  << " (entries since: " << v->entriesSinceClosing << ")";
    }
    m_out << Qt::endl;
    return Ok;
}

int Reboundctl::closeDay(const QStringList& args) {
    Options o({{u"date"_s, {}, u"YYYY-MM-DD"_s}}, args);
    if (!o.error.isEmpty())
        return usage(o.error);
    if (!o.positional().isEmpty())
        return usage(u"close-day takes no arguments but --date"_s);
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    auto me = signIn(**db, u"close-day"_s);
    if (!me)
        return failSignIn(me.error());
    SystemClock clock;
    ClosingService closing(**db, clock);
    QDate day;
    if (o.isSet(u"date"_s)) {
        day = QDate::fromString(o.value(u"date"_s), Qt::ISODate);
        if (!day.isValid())
            return fail(Error::invalidAt(
                u"date"_s, u"--date: \"%1\" is not a date (YYYY-MM-DD)"_s.arg(o.value(u"date"_s))));
    } else {
        auto today = closing.today();
        if (!today)
            return fail(today.error());
        day = *today;
    }
    auto closed = closing.closeAs(me.value(), day);
    if (!closed)
        return fail(closed.error());
    const QJsonObject t = closed->totals;
    if (closed->reissued)
        m_out << day.toString(Qt::ISODate) << " was already closed (audit entry " << closed->entry
              << "); its missing receipt was written again" << Qt::endl;
    else
        m_out << "closed " << day.toString(Qt::ISODate) << ": recoveries "
              << t.value(u"recoveries"_s).toInteger() << ", gestures " << t.value(u"gestures"_s).toInteger()
              << ", given "
              << Money(t.value(u"given_minor"_s).toInteger(), t.value(u"currency"_s).toString())
                     .toDecimalString()
              << ", overrides " << t.value(u"overrides"_s).toInteger() << " (audit entry " << closed->entry
              << ")" << Qt::endl;
    m_out << "receipt: " << closed->receiptPath << Qt::endl;
    return Ok;
}

int Reboundctl::backup(const QStringList& args) {
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(u"backup needs one argument: the file to write"_s);
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    auto me = signIn(**db, u"backup"_s);
    if (!me)
        return failSignIn(me.error());
    SystemClock clock;
    auto done = BackupService(**db, clock).backup(me.value(), args.first());
    if (!done)
        return fail(done.error());
    m_out << "backup written to " << args.first() << " (audit log head: entry " << done->head << ")"
          << Qt::endl;
    if (!done->receiptPath.isEmpty())
        m_out << "receipt: " << done->receiptPath << Qt::endl;
    return Ok;
}

int Reboundctl::playbook(const QStringList& args) {
    if (args.isEmpty())
        return usage(u"playbook needs validate FILE, import FILE or export"_s);
    const QString sub = args.first();
    SystemClock clock;
    if (sub == u"export") {
        if (args.size() != 1)
            return usage(u"playbook export takes no arguments"_s);
        auto db = openDatabase(false);
        if (!db)
            return fail(db.error());
        auto current = PlaybookService(**db, clock).current();
        if (!current)
            return fail(current.error());
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(current->playbook->json()) < 0)
            return fail(Error::storage(u"cannot write to standard output"_s));
        return Ok;
    }
    if (sub != u"validate" && sub != u"import")
        return usage(u"unknown playbook command \"%1\" (validate, import or export)"_s.arg(sub));
    if (args.size() != 2)
        return usage(u"playbook %1 needs one FILE"_s.arg(sub));
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::invalid(u"%1: %2"_s.arg(args[1], file.errorString())));
    const QByteArray json = file.readAll();
    if (sub == u"validate") {
        auto pb = Playbook::fromJson(json);
        if (!pb)
            return fail(Error::invalid(args[1] + u": "_s + pb.error().message));
        m_out << args[1] << ": valid (" << pb->categories().size() << " categories, " << pb->catalog().size()
              << " catalog items, currency " << pb->currency() << ")" << Qt::endl;
        return Ok;
    }
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    auto me = signIn(**db, u"playbook import"_s);
    if (!me)
        return failSignIn(me.error());
    auto version = PlaybookService(**db, clock).importAs(me.value(), json);
    if (!version)
        return fail(Error::invalid(args[1] + u": "_s + version.error().message));
    m_out << "playbook version " << version.value() << " is now in force" << Qt::endl;
    return Ok;
}

int Reboundctl::drill(const QStringList& args) {
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"validate") {
        if (rest.size() != 1)
            return usage(u"drill validate needs one FILE"_s);
        QFile file(rest.first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::invalid(u"%1: %2"_s.arg(rest.first(), file.errorString())));
        auto parsed = DrillLibrary::fromJson(file.readAll(), Playbook::builtIn());
        if (!parsed)
            return fail(Error::invalid(rest.first() + u": "_s + parsed.error().message));
        m_out << rest.first() << ": " << parsed->drills().size() << " drills, valid" << Qt::endl;
        return Ok;
    }
    if (sub != u"list" && sub != u"import" && sub != u"export" && sub != u"results")
        return usage(u"drill needs list, validate FILE, import FILE, export or results [--csv]"_s);
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    SystemClock clock;
    auto pb = PlaybookService(**db, clock).current();
    if (!pb)
        return fail(pb.error());
    PracticeService practice(**db, clock);
    if (sub == u"list")
        return drillList(practice, *pb->playbook, rest);
    if (sub == u"import") {
        if (rest.size() != 1)
            return usage(u"drill import needs one FILE"_s);
        QFile file(rest.first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::invalid(u"%1: %2"_s.arg(rest.first(), file.errorString())));
        auto me = signIn(**db, u"drill import"_s);
        if (!me)
            return failSignIn(me.error());
        auto ids = practice.importDrillsAs(me.value(), file.readAll(), *pb->playbook);
        if (!ids)
            return fail(ids.error().code == Error::Code::Invalid
                            ? Error::invalid(rest.first() + u": "_s + ids.error().message)
                            : ids.error());
        m_out << "added to the library: " << ids->join(u", "_s) << Qt::endl;
        return Ok;
    }
    if (sub == u"export") {
        auto json = practice.exportOwnDrills(*pb->playbook);
        if (!json)
            return fail(json.error());
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*json) < 0)
            return fail(Error::storage(u"cannot write to standard output"_s));
        return Ok;
    }
    auto me = signIn(**db, u"drill results"_s);
    if (!me)
        return failSignIn(me.error());
    return drillResults(practice, me.value(), rest);
}

int Reboundctl::drillList(PracticeService& practice, const Playbook& playbook, const QStringList& args) {
    if (!args.isEmpty())
        return usage(u"drill list takes no arguments"_s);
    const QString language = QLocale().name().section(u'_', 0, 0);
    auto library = practice.library(language, playbook);
    if (!library)
        return fail(library.error());
    for (const Drill& d : library->drills())
        m_out << d.id << "\t" << d.title << "\t" << d.category.toString() << "/" << d.severity.toString()
              << "\t" << d.targetSeconds << " s" << Qt::endl;
    return Ok;
}

int Reboundctl::drillResults(PracticeService& practice, const AuthenticatedEmployee& me,
                             const QStringList& args) {
    if (args.size() > 1 || (args.size() == 1 && args.first() != u"--csv"))
        return usage(u"drill results takes no arguments but --csv"_s);
    auto results = practice.resultsFor(me);
    if (!results)
        return fail(results.error());
    if (args.isEmpty()) {
        for (const PracticeRecord& r : *results)
            m_out << TimeFormat::toStored(r.playedAt) << "  " << r.employeeCode << "  " << r.drillId << "  "
                  << r.score << "/100  " << r.seconds
                  << " s  missed: " << (r.missed.isEmpty() ? u"-"_s : r.missed.join(u","_s)) << Qt::endl;
        return Ok;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(Error::storage(u"cannot write to standard output"_s));
    CsvWriter csv(out);
    for (const char* h : {"played_at", "employee", "name", "drill", "score", "seconds", "missed"})
        csv.text(QString::fromLatin1(h));
    csv.endRow();
    for (const PracticeRecord& r : *results) {
        csv.text(TimeFormat::toStored(r.playedAt)).text(r.employeeCode).text(r.employeeName).text(r.drillId);
        csv.number(QString::number(r.score)).number(QString::number(r.seconds)).text(r.missed.join(u' '));
        csv.endRow();
    }
    if (!csv.flush())
        return fail(Error::storage(u"cannot write to standard output"_s));
    return Ok;
}

int Reboundctl::seedDemo(const QStringList& args) {
    Options o({{u"incidents"_s, {}, u"n"_s, u"300"_s}, {u"seed"_s, {}, u"s"_s, u"1"_s}}, args);
    if (!o.error.isEmpty())
        return usage(o.error);
    bool okN = false;
    bool okS = false;
    const int incidents = o.value(u"incidents"_s).toInt(&okN);
    const quint32 seed = o.value(u"seed"_s).toUInt(&okS);
    if (!okN || incidents < 0)
        return usage(u"--incidents must be a whole number"_s);
    if (!okS)
        return usage(u"--seed must be a whole number"_s);
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    auto summary = DemoSeeder(**db).seed(incidents, seed);
    if (!summary)
        return fail(summary.error());
    m_out << "demo data: " << summary->employees << " employees, " << summary->customers << " customers, "
          << summary->incidents << " recoveries, " << summary->followUpsDone << " follow-ups done"
          << Qt::endl;
    m_out << "demo logins (code / PIN):" << Qt::endl;
    for (const DemoEmployee& e : DemoSeeder::employees())
        m_out << "  " << e.code << " / " << e.pin << "  " << e.name << " (" << roleId(e.role) << ")"
              << Qt::endl;
    return Ok;
}

} // namespace rebound
