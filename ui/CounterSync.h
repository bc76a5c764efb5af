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
// copy is made or refreshed once; while on the copy, its outbox is sent whenever the server answers
// (tried every 15 s). Says where things stand in one line for the status bar.
class CounterSync final : public QObject {
    Q_OBJECT
public:
    static constexpr int RetryMilliseconds = 15000;

    explicit CounterSync(AppContext& ctx, QObject* parent = nullptr);
    ~CounterSync() override;

    void start();
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }
    QString text() const { return m_text; }
    qint64 waiting() const { return m_waiting; }

Q_SIGNALS:
    void changed(const QString& text);

private:
    void attempt();
    void finished(const QString& text, qint64 waiting);
    void setText(const QString& text);
    QString offlineText(qint64 waiting, const QString& lastError) const;

    AppContext& m_ctx;
    QString m_server; // the central server's address
    QString m_copy;   // the offline copy's file
    QString m_text;
    qint64 m_waiting = 0;
    QString m_awaySince;
    QTimer m_retry;
    std::thread m_worker;
    std::atomic<bool> m_busy{false};
};

} // namespace rebound
