// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace rebound {

class AppContext;

// The counter's side of its central server, off the window's thread: while on the server, the offline
// copy is made and refreshed (every 5 minutes); while on the copy, its outbox is sent whenever the server
// answers (tried every 15 s), and once nothing waits the server is said to be back. Says where things
// stand in one line for the status bar.
class CounterSync final : public QObject {
    Q_OBJECT
public:
    static constexpr int RetryMilliseconds = 15000;
    static constexpr int RefreshMilliseconds = 20 * RetryMilliseconds; // 5 minutes

    explicit CounterSync(AppContext& ctx, QObject* parent = nullptr);
    ~CounterSync() override;

    void start();
    // The app switched to the copy (the server stopped answering), or back to the server.
    void wentOffline();
    void wentOnline();
    // Who is signed in at this counter now (their code; empty when nobody): the copy claims their offline
    // allowance for the day at once, while the server answers.
    void setSignedIn(const QString& code);
    void setRetryInterval(int milliseconds) {
        m_retryMs = milliseconds;
        m_retry.setInterval(milliseconds);
    }
    QString text() const { return m_text; }
    qint64 waiting() const { return m_waiting; }
    bool idle() const { return !m_busy; } // no attempt running

Q_SIGNALS:
    void changed(const QString& text);
    // On the copy, the server answered and every recovery made here is on it: time to go back.
    void serverBack();
    // On the server, a try found it gone: the window may switch to the copy.
    void serverAway(const QString& why);

private:
    void attempt();
    void finished(const QString& text, qint64 waiting, bool away);
    void setText(const QString& text);
    QString offlineText(qint64 waiting, const QString& lastError) const;

    AppContext& m_ctx;
    QString m_server; // the central server's address
    QString m_copy;   // the offline copy's file
    QString m_signedIn;
    QString m_text;
    qint64 m_waiting = 0;
    QString m_awaySince;
    QTimer m_retry;
    int m_retryMs = RetryMilliseconds;
    std::thread m_worker;
    std::atomic<bool> m_busy{false};
    bool m_again = false;
};

} // namespace rebound
