// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"

#include "demo/DemoSeeder.h"
#include "security/InstallationKey.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rebound {

Result<std::unique_ptr<AppContext>> AppContext::open(const QString& path, std::unique_ptr<Clock> clock) {
    auto db = Database::open(path);
    QString away;
    if (!db && db.error().code == Error::Code::Unreachable && Database::isServerAddress(path)) {
        // The server is away: the counter works from its offline copy, if it has one, and sends it later.
        if (auto copy = openOfflineCopy(Database::offlineCopyPath(path))) {
            away = db.error().message;
            db = std::move(copy);
        }
    }
    if (!db)
        return db.error();
    std::unique_ptr<AppContext> ctx(new AppContext);
    ctx->m_serverAway = away;
    if (Database::isServerAddress(path))
        ctx->m_server = path;
    else if (auto st = Outbox(**db).status(); (*db)->keepsOutbox() && st)
        ctx->m_server = st->server;
    ctx->m_clock = clock ? std::move(clock) : std::make_unique<SystemClock>();
    ctx->m_settings = std::make_unique<Settings>();
    if (auto r = ctx->install(std::move(db).value()); !r)
        return r.error();
    // The key that signs this installation's receipts, made with the database (a read-only folder is
    // reported when a day is closed, not here).
    const QString key = InstallationKey::keyPathFor(ctx->db().localPath());
    if (!QFile::exists(key))
        (void)InstallationKey::loadOrCreate(key);
    return ctx;
}

Result<void> AppContext::install(std::unique_ptr<Database> db) {
    auto on = std::make_unique<Services>();
    on->db = std::move(db);
    on->db->setPlace(m_settings->place());
    on->playbooks = std::make_unique<PlaybookService>(*on->db, *m_clock);
    on->employees = std::make_unique<EmployeeService>(*on->db, *m_clock);
    on->recoveries = std::make_unique<RecoveryService>(*on->db, *m_clock, *on->playbooks);
    on->site = std::make_unique<SiteService>(*on->db, *m_clock);
    on->followUps = std::make_unique<FollowUpService>(*on->db, *m_clock);
    on->frontDesk = std::make_unique<FrontDesk>(*on->db, *m_clock);
    if (auto r = on->playbooks->ensureInstalled(Actor::system(u"rebound"_s)); !r)
        return r.error();
    if (auto r = on->site->settle(Actor::system(u"rebound"_s)); !r)
        return r.error();
    if (m_on)
        m_retired.push_back(std::move(m_on));
    m_on = std::move(on);
    return {};
}

Result<void> AppContext::useOfflineCopy(const QString& why) {
    if (m_server.isEmpty() || isOfflineCopy())
        return Error::invalid(
            QCoreApplication::translate("AppContext", "this counter has no central server"));
    auto copy = openOfflineCopy(Database::offlineCopyPath(m_server));
    if (!copy)
        return copy.error();
    if (auto r = install(std::move(copy).value()); !r)
        return r;
    m_serverAway = why;
    return {};
}

Result<void> AppContext::useServer() {
    if (m_server.isEmpty() || !isOfflineCopy())
        return Error::invalid(QCoreApplication::translate("AppContext", "not working on an offline copy"));
    // The rule that keeps the counter from leaving its copy while anything there waits to be sent.
    if (auto r = checkMayLeave(db().path()); !r)
        return r;
    auto server = Database::open(m_server, Database::OpenMode::ExistingOnly);
    if (!server)
        return server.error();
    if (auto r = install(std::move(server).value()); !r)
        return r;
    m_serverAway.clear();
    return {};
}

QString AppContext::demoPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.sqlite"_s;
}

Result<std::unique_ptr<AppContext>> AppContext::openDemo() {
    const QString path = demoPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto ctx = open(path);
    if (!ctx)
        return ctx;
    auto staff = (*ctx)->employees().count();
    if (!staff)
        return staff.error();
    if (staff.value() == 0) {
        if (auto seeded = DemoSeeder((*ctx)->db()).seed(300, 1); !seeded)
            return seeded.error();
    }
    (*ctx)->m_demo = true;
    return ctx;
}

} // namespace rebound
