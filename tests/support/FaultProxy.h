// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <thread>

namespace rebound::test {

// A TCP relay between a counter and its server on 127.0.0.1 that fails on demand: it refuses
// connections (the server is away), cuts every open one now or after so many bytes, or lets a
// statement holding COMMIT through and then drops the server's reply (the commit happened, the counter
// never hears of it). Runs on a thread of its own, so the test may block waiting for processes.
class FaultProxy final {
public:
    explicit FaultProxy(quint16 targetPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    quint16 port() const { return m_port; }
    // New connections are closed at once, as an unreachable server's would be refused.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    // Every open connection is closed (the ones made afterwards work).
    void cutAll() { ++m_cutRequests; }
    // Every open connection is closed once `bytes` more have gone from the counter to the server.
    void cutAfter(qint64 bytes) { m_cutAfter = bytes; }
    // The next statement holding COMMIT reaches the server; its reply is dropped and the link cut.
    void dropNextCommitReply() { m_dropCommit = true; }
    int commitRepliesDropped() const { return m_dropped; }
    int connectionsCut() const { return m_cut; }

private:
    void run();

    int m_listen = -1;
    quint16 m_port = 0;
    quint16 m_target;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_refusing{false};
    std::atomic<int> m_cutRequests{0};
    std::atomic<qint64> m_cutAfter{-1};
    std::atomic<bool> m_dropCommit{false};
    std::atomic<int> m_dropped{0};
    std::atomic<int> m_cut{0};
    std::thread m_thread;
};

} // namespace rebound::test
