// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <array>
#include <csignal>
#include <cstdio>
#include <list>
#include <memory>

using namespace Qt::StringLiterals;
using namespace rebound::test;

namespace {

// About two minutes in the test command; REBOUND_SOAK_SECONDS (scripts/run-tests.sh --soak) sets another.
int soakSeconds() {
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("REBOUND_SOAK_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : REBOUND_SOAK_DEFAULT_SECONDS;
}

enum class Kind { Counter, Record, Backup, CloseDay, Export, Verify, Visit };
const char* const KindNames[] = {"counter app", "record stream", "backup",    "close-day",
                                 "export",      "verify",        "visit feed"};

struct Worker {
    Worker(Kind k, int s)
        : kind(k)
        , slot(s) {}
    Kind kind;
    int slot; // which counter or stream, for its restart
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    bool killed = false;
    qint64 killAt = -1; // a command doomed when it started: killed at this moment of the soak
    QString day;        // the day a close-day closes
    QByteArray err;
};

// Everything IT and the counters run at once on one file, killed at random, for a bounded time.
class Soak final {
public:
    explicit Soak(CliRunner& ctl)
        : m_ctl(ctl) {}

    void run(qint64 ms);
    void stop();
    void checkAfterwards();
    void print(qint64 ms) const;

private:
    void start(Kind kind, int slot, const QStringList& args, const QByteArray& input = {});
    void startCounter(int slot);
    void startRecord(int slot);
    void startNextCommand();
    void startVisits();
    void startCloseDay();
    void read(Worker& w);
    void reap(bool restart);
    static bool exitedWell(const Worker& w);
    void kill(Worker& w);
    void killOne();
    void killDoomed();
    void checkWalHeld();
    bool running(Kind kind) const;

    CliRunner& m_ctl;
    QRandomGenerator m_random{20261207};
    std::list<Worker> m_workers;
    QSet<qint64> m_recoveries;
    QSet<QString> m_employees;
    QSet<qint64> m_visits;
    QStringList m_problems;
    QHash<int, int> m_runs;
    QHash<int, int> m_kills;
    int m_line = 0;
    int m_visitor = 0;
    int m_starts = 0;
    int m_next = 0;
    int m_backups = 0;
    int m_closings = 0;
    QElapsedTimer m_clock;
    QList<std::pair<qint64, int>> m_pausedStreams; // when a till's next burst starts, and which till
    // Days whose close-day was killed, perhaps after its commit and before its receipt: closed again
    // (which writes a missing receipt) before any verify.
    QSet<QString> m_unsure;
};

void Soak::start(Kind kind, int slot, const QStringList& args, const QByteArray& input) {
    Worker& w = m_workers.emplace_back(kind, slot);
    QProcess* p = w.process.get();
    p->setProcessEnvironment(m_ctl.environment(u"4071829365"_s));
    QObject::connect(p, &QProcess::readyReadStandardOutput, [this, &w] { read(w); });
    QObject::connect(p, &QProcess::readyReadStandardError,
                     [&w] { w.err += w.process->readAllStandardError(); });
    if (kind == Kind::Counter)
        p->start(QStringLiteral(SOAK_COUNTER_PATH), args);
    else
        // Backups, closings and exports run as the manager M1; a record or a visit names its own --as.
        p->start(m_ctl.binary(),
                 QStringList{u"--db"_s, m_ctl.db()} +
                     (args.contains(u"--as"_s) ? args : QStringList{u"--as"_s, u"M1"_s} + args));
    if (!p->waitForStarted())
        m_problems << u"%1 did not start"_s.arg(QString::fromLatin1(KindNames[int(kind)]));
    if (!input.isEmpty())
        p->write(input);
    ++m_runs[int(kind)];
}

void Soak::startCounter(int slot) {
    const QString tag = u"c%1r%2"_s.arg(slot).arg(++m_starts);
    start(Kind::Counter, slot, {m_ctl.db(), u"M%1"_s.arg(4 + slot), u"4071829365"_s, tag, m_ctl.dir()});
}

void Soak::startRecord(int slot) {
    QByteArray lines;
    const int burst = 100 + m_random.bounded(900);
    for (int i = 0; i < burst; ++i, ++m_line)
        lines += recordLine(u"Till guest %1"_s.arg(m_line), u"+1 555 %1"_s.arg(m_line, 7, 10, QChar(u'0')),
                            uR"({"item": "dessert"})"_s);
    start(Kind::Record, slot, {u"record"_s, u"--as"_s, u"M%1"_s.arg(2 + slot)}, lines);
    m_workers.back().process->closeWriteChannel();
}

bool Soak::running(Kind kind) const {
    for (const Worker& w : m_workers)
        if (w.kind == kind && w.process->state() != QProcess::NotRunning)
            return true;
    return false;
}

// One of backup, close-day, export, verify and a till's visit feed in turn; verify never beside a
// close-day that may not have written its receipt yet (verify would rightly call that closing unreceipted).
void Soak::startNextCommand() {
    const Kind kind =
        std::array{Kind::Backup, Kind::CloseDay, Kind::Export, Kind::Verify, Kind::Visit}[m_next++ % 5];
    if (running(kind) || (kind == Kind::Verify && (running(Kind::CloseDay) || !m_unsure.isEmpty())))
        return;
    if (kind == Kind::Backup)
        start(kind, 0, {u"backup"_s, m_ctl.file(u"backup-%1.sqlite"_s.arg(++m_backups))});
    else if (kind == Kind::CloseDay)
        startCloseDay();
    else if (kind == Kind::Export)
        start(kind, 0, {u"export"_s, u"incidents"_s, u"--out"_s, m_ctl.file(u"incidents.csv"_s)});
    else if (kind == Kind::Verify)
        start(kind, 0, {u"verify"_s});
    else
        startVisits();
    if (m_workers.back().kind == kind && m_random.bounded(4) == 0)
        m_workers.back().killAt =
            m_clock.elapsed() + m_random.bounded(40); // most take a few dozen milliseconds
}

// A day left unsure by a kill, else today and then one day further back each time: each run a new closing.
void Soak::startCloseDay() {
    const QString day =
        !m_unsure.isEmpty()
            ? *m_unsure.cbegin()
            : QDateTime::currentDateTimeUtc().date().addDays(-m_closings++).toString(Qt::ISODate);
    start(Kind::CloseDay, 0, {u"close-day"_s, u"--date"_s, day});
    m_workers.back().day = day;
}

void Soak::startVisits() {
    QByteArray lines;
    for (int i = 0; i < 5; ++i, ++m_visitor)
        lines += uR"({"name": "Visitor %1", "phone": "+1 444 %1"})"_s.arg(m_visitor).toUtf8() + '\n';
    start(Kind::Visit, 0, {u"visit"_s, u"--as"_s, u"M1"_s}, lines);
    m_workers.back().process->closeWriteChannel();
}

void Soak::read(Worker& w) {
    while (w.process->canReadLine()) {
        const QString line = QString::fromUtf8(w.process->readLine()).trimmed();
        if (line.startsWith(u"recorded "_s) || line.startsWith(u"recovery "_s))
            m_recoveries.insert(line.section(u' ', 1, 1).toLongLong());
        else if (line.startsWith(u"employee "_s))
            m_employees.insert(line.section(u' ', 1, 1));
        else if (line.startsWith(u"visit "_s))
            m_visits.insert(line.section(u' ', 1, 1).toLongLong());
    }
}

// Finished processes: what they said is read, a failure noted, a counter or stream started again.
void Soak::reap(bool restart) {
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        Worker& w = *it;
        if (w.process->state() != QProcess::NotRunning) {
            ++it;
            continue;
        }
        read(w);
        w.err += w.process->readAllStandardError();
        const QString who = QString::fromLatin1(KindNames[int(w.kind)]);
        // What a process may say on stderr is its summary ("exported 12 rows…"); never a failure.
        static const QRegularExpression failure(
            u"malformed|locked|busy|damaged|corrupt|disk i/o|moved|deleted|error"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QString err = QString::fromUtf8(w.err).trimmed();
        if (err.contains(failure))
            m_problems << who + u": "_s + err;
        else if (!w.killed && !exitedWell(w))
            m_problems << u"%1 ended with exit code %2: %3"_s.arg(who).arg(w.process->exitCode()).arg(err);
        if (w.kind == Kind::CloseDay && w.killed)
            m_unsure.insert(w.day);
        else if (w.kind == Kind::CloseDay)
            m_unsure.remove(w.day);
        const Kind kind = w.kind;
        const int slot = w.slot;
        it = m_workers.erase(it);
        if (restart && kind == Kind::Counter)
            startCounter(slot);
        else if (restart && kind == Kind::Record) // a till sends in bursts, with quiet moments between
            m_pausedStreams.append({m_clock.elapsed() + 500 + m_random.bounded(3500), slot});
    }
    for (qsizetype i = m_pausedStreams.size() - 1; restart && i >= 0; --i) {
        if (m_pausedStreams[i].first <= m_clock.elapsed())
            startRecord(m_pausedStreams.takeAt(i).second);
    }
}

// Exit 0; a close-day of a day already closed says so and exits 1, which is no failure.
bool Soak::exitedWell(const Worker& w) {
    if (w.process->exitStatus() != QProcess::NormalExit)
        return false;
    return w.process->exitCode() == 0 || (w.kind == Kind::CloseDay && w.process->exitCode() == 1);
}

void Soak::kill(Worker& w) {
    ::kill(pid_t(w.process->processId()), SIGKILL);
    w.killed = true;
    ++m_kills[int(w.kind)];
}

// Now and then one of the long-running ones; the short commands are doomed when they start.
void Soak::killOne() {
    std::vector<Worker*> alive;
    for (Worker& w : m_workers)
        if (w.process->state() == QProcess::Running && (w.kind == Kind::Counter || w.kind == Kind::Record))
            alive.push_back(&w);
    if (!alive.empty())
        kill(*alive[m_random.bounded(int(alive.size()))]);
}

void Soak::killDoomed() {
    for (Worker& w : m_workers)
        if (w.killAt >= 0 && w.killAt <= m_clock.elapsed() && w.process->state() == QProcess::Running &&
            !w.killed)
            kill(w);
}

// The failure this soak exists for: a -wal or -shm deleted while a process still writes into it.
void Soak::checkWalHeld() {
    for (const Worker& w : m_workers) {
        if (w.process->processId() == 0)
            continue; // ended since the last look (0 would look at this process)
        const QStringList held = deletedButHeld(m_ctl.db(), w.process->processId());
        if (!held.isEmpty())
            m_problems << u"%1 writes into deleted files: %2"_s.arg(
                QString::fromLatin1(KindNames[int(w.kind)]), held.join(u", "_s));
    }
}

void Soak::run(qint64 ms) {
    for (int slot = 0; slot < 2; ++slot) {
        startCounter(slot);
        startRecord(slot);
    }
    QElapsedTimer& t = m_clock;
    t.start();
    qint64 nextCommand = 500;
    qint64 nextKill = 2000;
    qint64 nextLook = 250;
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        reap(true);
        if (t.elapsed() >= nextCommand) {
            startNextCommand();
            nextCommand += 1000;
        }
        killDoomed();
        if (t.elapsed() >= nextKill) {
            killOne();
            nextKill += 1500 + m_random.bounded(2000);
        }
        if (t.elapsed() >= nextLook) {
            checkWalHeld();
            nextLook += 250;
        }
        QThread::msleep(10);
    }
}

// Counters end when their stdin closes, streams when their input is done; nothing is started again.
void Soak::stop() {
    for (Worker& w : m_workers)
        if (w.kind == Kind::Counter)
            w.process->closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (!m_workers.empty() && t.elapsed() < 240000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        reap(false);
        QThread::msleep(10);
    }
    CHECK(m_workers.empty());
}

QSet<QString> column(const QString& path, const QString& sql) {
    QSet<QString> values;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"soak-read"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(sql));
        while (q.next())
            values.insert(q.value(0).toString());
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"soak-read"_s);
    return values;
}

void Soak::checkAfterwards() {
    INFO(m_problems.join(u'\n').toStdString());
    CHECK(m_problems.isEmpty());
    // A close-day killed after its commit wrote no receipt; run again, it writes it.
    for (const QString& day : std::as_const(m_unsure)) {
        CliRun closed = m_ctl({u"close-day"_s, u"--date"_s, day});
        CHECK((closed.exit == 0 ||
               closed.exit == 1)); // closed now, its receipt written again, or there already
    }
    const QSet<QString> ids = column(m_ctl.db(), u"SELECT id FROM incidents"_s);
    qint64 missing = 0;
    for (qint64 id : std::as_const(m_recoveries))
        missing += ids.contains(QString::number(id)) ? 0 : 1;
    CHECK(missing == 0);
    CHECK(column(m_ctl.db(), u"SELECT code FROM employees"_s).contains(m_employees));
    const QSet<QString> visits = column(m_ctl.db(), u"SELECT id FROM visits"_s);
    for (qint64 id : std::as_const(m_visits))
        missing += visits.contains(QString::number(id)) ? 0 : 1;
    CHECK(missing == 0);
    CHECK(column(m_ctl.db(), u"PRAGMA integrity_check"_s) == QSet<QString>{u"ok"_s});
    CliRun verify = m_ctl({u"verify"_s, u"--full"_s});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exit == 0);
    CHECK(verify.out.contains(u"; receipts: "_s));
    CHECK_FALSE(verify.out.contains(u"; receipts: 0"_s)); // every backup and closing's receipt checked
}

void Soak::print(qint64 ms) const {
    std::printf("soak: %lld s on one file; acknowledged and found again: %lld recoveries, %lld employees, "
                "%lld visits\n",
                ms / 1000, qint64(m_recoveries.size()), qint64(m_employees.size()), qint64(m_visits.size()));
    for (int k = 0; k < 7; ++k)
        std::printf("soak: %-13s %4d runs, %3d killed\n", KindNames[k], m_runs.value(k), m_kills.value(k));
    std::printf("soak: problems seen: %lld\n", qint64(m_problems.size()));
    std::fflush(stdout);
}

} // namespace

TEST_CASE("Two counter apps, two tills, backups, closings, exports and verifies share one file through "
          "random kills: nothing acknowledged is lost",
          "[soak][file]") {
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    ctl.setUp();
    // Managers have no daily cap, so every line and every gesture is recorded.
    for (int m = 2; m <= 5; ++m)
        REQUIRE(ctl({u"employee"_s, u"add"_s, u"--code"_s, u"M%1"_s.arg(m), u"--name"_s,
                     u"Manager %1"_s.arg(m), u"--role"_s, u"manager"_s},
                    {}, u"4071829365"_s)
                    .exit == 0);
    const qint64 ms = soakSeconds() * 1000LL;
    Soak soak(ctl);
    soak.run(ms);
    soak.stop();
    soak.print(ms);
    soak.checkAfterwards();
}
