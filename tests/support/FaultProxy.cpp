// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FaultProxy.h"

#include <QByteArray>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace rebound::test {

namespace {

struct Link {
    int client = -1;
    int server = -1;
    bool swallowReply = false; // a COMMIT went through: the server's answer is dropped with the link
};

int connectTo(quint16 port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void closeLink(Link& l) {
    ::close(l.client);
    ::close(l.server);
    l.client = l.server = -1;
}

} // namespace

FaultProxy::FaultProxy(quint16 targetPort)
    : m_target(targetPort) {
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(m_listen, 64);
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { run(); });
}

FaultProxy::~FaultProxy() {
    m_stop = true;
    m_thread.join();
    ::close(m_listen);
}

void FaultProxy::run() {
    std::vector<Link> links;
    int cutsSeen = 0;
    qint64 sentSinceArmed = 0;
    char buffer[65536];
    while (!m_stop) {
        const auto cutEverything = [&] {
            for (Link& l : links) {
                if (l.client >= 0) {
                    closeLink(l);
                    ++m_cut;
                }
            }
        };
        if (m_cutRequests != cutsSeen) {
            cutsSeen = m_cutRequests;
            cutEverything();
        }
        std::erase_if(links, [](const Link& l) { return l.client < 0; });
        std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
        for (const Link& l : links) {
            fds.push_back({l.client, POLLIN, 0});
            fds.push_back({l.server, POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), 20) <= 0)
            continue;
        if (fds[0].revents & POLLIN) {
            const int client = ::accept(m_listen, nullptr, nullptr);
            if (client >= 0) {
                const int server = m_refusing ? -1 : connectTo(m_target);
                if (server < 0)
                    ::close(client);
                else
                    links.push_back({client, server, false});
            }
        }
        for (std::size_t i = 0; i < links.size() && 1 + 2 * i < fds.size(); ++i) {
            Link& l = links[i];
            if (l.client < 0)
                continue;
            const short fromClient = fds[1 + 2 * i].revents;
            const short fromServer = fds[2 + 2 * i].revents;
            if (fromClient & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::read(l.client, buffer, sizeof buffer);
                if (n <= 0) {
                    closeLink(l);
                    continue;
                }
                // A simple query ('Q') or a prepared statement's text holding COMMIT.
                if (m_dropCommit && QByteArray::fromRawData(buffer, n).contains("COMMIT")) {
                    m_dropCommit = false;
                    l.swallowReply = true;
                }
                if (::write(l.server, buffer, std::size_t(n)) != n) {
                    closeLink(l);
                    continue;
                }
                if (m_cutAfter >= 0) {
                    sentSinceArmed += n;
                    if (sentSinceArmed >= m_cutAfter) {
                        m_cutAfter = -1;
                        sentSinceArmed = 0;
                        cutEverything();
                        continue;
                    }
                }
            }
            if (l.client >= 0 && (fromServer & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::read(l.server, buffer, sizeof buffer);
                if (n <= 0 || l.swallowReply) {
                    if (l.swallowReply)
                        ++m_dropped; // the server answered the COMMIT: it is done, the counter never hears
                    closeLink(l);
                    continue;
                }
                if (::write(l.client, buffer, std::size_t(n)) != n)
                    closeLink(l);
            }
        }
    }
    for (Link& l : links) {
        if (l.client >= 0)
            closeLink(l);
    }
}

} // namespace rebound::test
