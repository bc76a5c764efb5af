// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A counter's app as the soak runs it (not a test of its own): one connection held for its whole life, as
// the window holds one, while the export and Verify open connections of their own in this same process,
// the pattern that once let another process delete the WAL under the app. Each write is printed once it
// is committed ("recovery ID", "employee CODE"); every failure goes to stderr as "error CODE: message".
// Usage: rebound_soak_counter DB EMPLOYEE PIN TAG DIR   (its exports go to DIR; it runs until stdin closes or
// it is killed)
#include "audit/Verifier.h"
#include "domain/Clock.h"
#include "reports/ExportJob.h"
#include "services/EmployeeService.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rebound;

namespace {

void fail(const Error& e) {
    fprintf(stderr, "error %d: %s\n", int(e.code), qPrintable(e.message));
    fflush(stderr);
}

void acknowledge(const QString& what) {
    printf("%s\n", qPrintable(what));
    fflush(stdout);
}

// The orchestrator ends a counter by closing its stdin.
bool stdinClosed() {
    pollfd p{STDIN_FILENO, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0)
        return false;
    char c;
    return ::read(STDIN_FILENO, &c, 1) <= 0;
}

RecoveryDraft draftFor(const QString& tag, int n) {
    RecoveryDraft d;
    d.customer.name = u"Soak guest %1-%2"_s.arg(tag).arg(n);
    d.customer.phone = u"soak-%1-%2"_s.arg(tag).arg(n);
    d.category = CategoryId(u"delay"_s);
    d.severity = SeverityId(u"minor"_s);
    d.description = u"Waited at the counter"_s;
    d.fixNotes = u"Served at once"_s;
    d.resolved = true;
    d.compensations = {{u"dessert"_s, {}}};
    d.satisfaction = 4;
    return d;
}

// What the supervisor's Export dialog runs: a connection of its own, opened and closed.
void exportOnce(const QString& path, const AuthenticatedEmployee& by, const QString& out) {
    ExportJob job(path, ExportRequest{}, out, by);
    QObject::connect(&job, &ExportJob::finished, [](ExportJob::Outcome outcome, qint64, const QString& why) {
        if (outcome != ExportJob::Outcome::Written)
            fail(Error::storage(u"export: "_s + why));
    });
    job.run();
}

// What the audit view's Verify runs: a connection of its own, opened and closed. Without the receipts: a
// close-day the soak killed after its commit has none until the next one writes it, which verify rightly
// reports (reboundctl verify in the soak checks them, never while a receipt is owed).
void verifyOnce(const QString& path, const Clock& clock) {
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(db.error());
    VerifyOptions options;
    options.skipReceipts = true;
    if (auto v = Verifier(**db, clock).run(options); !v)
        fail(v.error());
}

int run(const QString& path, const QString& code, const QString& pin, const QString& tag,
        const QString& dir) {
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(db.error()), 1;
    SystemClock clock;
    PlaybookService playbooks(**db, clock);
    EmployeeService employees(**db, clock);
    RecoveryService recoveries(**db, clock, playbooks);
    auto me = employees.authenticate(code, pin);
    if (!me)
        return fail(me.error()), 1;
    const QString out = QDir(dir).filePath(u"soak-%1.csv"_s.arg(tag));
    for (int n = 1; !stdinClosed(); ++n) {
        if (auto r = recoveries.record(me.value(), draftFor(tag, n)))
            acknowledge(u"recovery %1"_s.arg(r->id));
        else
            fail(r.error());
        if (n % 10 == 0) {
            const QString hired = u"%1N%2"_s.arg(tag).arg(n);
            if (auto e = employees.hire(me.value(), hired, u"Soak hire "_s + hired, Role::Associate,
                                        u"3726159048"_s))
                acknowledge(u"employee "_s + hired);
            else
                fail(e.error());
        }
        if (n % 15 == 0)
            exportOnce(path, me.value(), out);
        if (n % 20 == 0)
            verifyOnce(path, clock);
    }
    QFile::remove(out);
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        fprintf(stderr, "usage: rebound_soak_counter DB EMPLOYEE PIN TAG DIR\n");
        return 2;
    }
    return run(args[1], args[2], args[3], args[4], args[5]);
}
