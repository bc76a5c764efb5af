// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CounterSync.h"

#include "AppContext.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "sync/CatchUp.h"
#include "sync/Outbox.h"

#include <QFileInfo>
#include <QLocale>
#include <QTime>

namespace rebound {

CounterSync::CounterSync(AppContext& ctx, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_server(ctx.serverAddress()) {
    connect(&m_retry, &QTimer::timeout, this, &CounterSync::attempt);
    // A copy opened by its own path is sent from that file; otherwise the one kept beside the server's key.
    m_copy = ctx.isOfflineCopy() ? ctx.db().path() : Database::offlineCopyPath(m_server);
}

CounterSync::~CounterSync() {
    m_retry.stop();
    if (m_worker.joinable())
        m_worker.join();
}

void CounterSync::start() {
    if (m_server.isEmpty())
        return;
    if (m_ctx.isOfflineCopy())
        wentOffline();
    else
        wentOnline();
}

void CounterSync::wentOffline() {
    m_awaySince = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    auto st = Outbox(m_ctx.db()).status();
    m_waiting = st ? st->waiting : 0;
    setText(offlineText(m_waiting, m_ctx.serverAway()));
    m_retry.start(m_retryMs);
    attempt();
}

void CounterSync::wentOnline() {
    setText(QString());
    m_retry.start(m_retryMs * (RefreshMilliseconds / RetryMilliseconds));
    attempt();
}

void CounterSync::setSignedIn(const QString& code) {
    m_signedIn = code;
    if (!m_server.isEmpty() && !code.isEmpty() && !m_ctx.isOfflineCopy())
        attempt();
}

QString CounterSync::offlineText(qint64 waiting, const QString& lastError) const {
    // Follow-ups done here wait too; they are named apart, a recovery being what the counter counts.
    auto st = Outbox(m_ctx.db()).status();
    const qint64 followUps = st ? std::min(st->followUps, waiting) : 0;
    QString text = tr("Offline — %n recoveries waiting to be sent", nullptr, int(waiting - followUps));
    if (followUps > 0)
        text += tr(" and %n follow-ups", nullptr, int(followUps));
    text += tr(" · server away since %1").arg(m_awaySince);
    if (!lastError.isEmpty())
        text += tr(" · last error: %1").arg(lastError);
    return text;
}

void CounterSync::setText(const QString& text) {
    m_text = text;
    Q_EMIT changed(text);
}

void CounterSync::attempt() {
    if (m_busy.exchange(true)) {
        m_again = true; // a sign-in during a run: its claim is made by a run right after
        return;
    }
    if (m_worker.joinable())
        m_worker.join();
    const QString server = m_server;
    const QString copy = m_copy;
    const Place place = m_ctx.db().place();
    const bool offline = m_ctx.isOfflineCopy();
    const QString here = m_signedIn;
    // Each connection belongs to the thread that opens it: the worker opens its own, both sides.
    m_worker = std::thread([this, server, copy, place, offline, here] {
        SystemClock clock;
        const auto post = [this](const QString& text, qint64 waiting, bool away = false) {
            QMetaObject::invokeMethod(
                this, [this, text, waiting, away] { finished(text, waiting, away); }, Qt::QueuedConnection);
        };
        auto central = Database::open(server, Database::OpenMode::ExistingOnly);
        if (!central) {
            post(central.error().message, -1, central.error().code == Error::Code::Unreachable);
            return;
        }
        (*central)->setPlace(place);
        auto local = Database::open(copy, offline ? Database::OpenMode::ExistingOnly
                                                  : Database::OpenMode::CreateOrMigrate);
        if (!local) {
            post(local.error().message, -1);
            return;
        }
        (*local)->setPlace(place);
        if (!(*local)->keepsOutbox()) {
            if (auto r = Outbox(**local).create(server); !r) {
                post(r.error().message, -1);
                return;
            }
        }
        // Sent first, whichever database the app runs on: recoveries recorded offline by reboundctl too.
        auto done = CatchUp(**local, **central, clock).signedIn(here).run([this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] { setText(tr("Sending %1 of %2 recoveries…").arg(done).arg(total)); },
                Qt::QueuedConnection);
        });
        if (!done) {
            auto st = Outbox(**local).status();
            post(done.error().message, st ? st->waiting : -1, done.error().code == Error::Code::Unreachable);
            return;
        }
        post(QString(), done->sent.waiting);
    });
}

void CounterSync::finished(const QString& error, qint64 waiting, bool away) {
    m_busy = false;
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, &CounterSync::attempt);
    if (waiting >= 0)
        m_waiting = waiting;
    if (!m_ctx.isOfflineCopy()) {
        // On the server: the copy is ready for a day without it; only a failure is worth a word (the
        // sending progress, if anything was sent, goes away).
        setText(error.isEmpty() ? QString() : tr("Offline copy not refreshed: %1").arg(error));
        if (away)
            Q_EMIT serverAway(error);
        return;
    }
    // What waits now, recorded here while the worker ran included.
    if (auto st = Outbox(m_ctx.db()).status())
        m_waiting = st->waiting;
    if (!error.isEmpty()) {
        setText(offlineText(m_waiting, error));
        return;
    }
    if (m_waiting > 0) {
        setText(offlineText(m_waiting, QString())); // recorded while the worker sent: the next try sends them
        return;
    }
    setText(tr("The server answers again and every recovery made here is on it: Rebound goes back to "
               "the server at the next sign-in"));
    Q_EMIT serverBack();
}

} // namespace rebound
