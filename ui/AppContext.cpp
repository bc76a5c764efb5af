// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"

#include "demo/DemoSeeder.h"
#include "security/InstallationKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rebound {

Result<std::unique_ptr<AppContext>> AppContext::open(const QString& path, std::unique_ptr<Clock> clock) {
    auto db = Database::open(path);
    QString away;
    if (!db && db.error().code == Error::Code::Unreachable && Database::isServerAddress(path) &&
        QFileInfo::exists(Database::offlineCopyPath(path))) {
        // The server is away: the counter works from its offline copy and sends it later.
        auto copy = Database::open(Database::offlineCopyPath(path), Database::OpenMode::ExistingOnly);
        if (copy && (*copy)->keepsOutbox()) {
            away = db.error().message;
            db = std::move(copy);
        }
    }
    if (!db)
        return db.error();
    std::unique_ptr<AppContext> ctx(new AppContext);
    ctx->m_serverAway = away;
    ctx->m_clock = clock ? std::move(clock) : std::make_unique<SystemClock>();
    ctx->m_db = std::move(db).value();
    ctx->m_playbooks = std::make_unique<PlaybookService>(*ctx->m_db, *ctx->m_clock);
    ctx->m_employees = std::make_unique<EmployeeService>(*ctx->m_db, *ctx->m_clock);
    ctx->m_recoveries = std::make_unique<RecoveryService>(*ctx->m_db, *ctx->m_clock, *ctx->m_playbooks);
    ctx->m_site = std::make_unique<SiteService>(*ctx->m_db, *ctx->m_clock);
    ctx->m_followUps = std::make_unique<FollowUpService>(*ctx->m_db, *ctx->m_clock);
    ctx->m_frontDesk = std::make_unique<FrontDesk>(*ctx->m_db, *ctx->m_clock);
    ctx->m_settings = std::make_unique<Settings>();
    ctx->m_db->setPlace(ctx->m_settings->place());
    if (auto r = ctx->m_playbooks->ensureInstalled(Actor::system(u"rebound"_s)); !r)
        return r.error();
    // The key that signs this installation's receipts, made with the database (a read-only folder is
    // reported when a day is closed, not here).
    const QString key = InstallationKey::keyPathFor(ctx->m_db->localPath());
    if (!QFile::exists(key))
        (void)InstallationKey::loadOrCreate(key);
    return ctx;
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
