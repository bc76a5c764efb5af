// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/Employee.h"

#include <QTableWidget>

#include <optional>

namespace rebound {

class AppContext;

// Follow-ups due today and overdue, across all employees, each with its owner and a "Done…" button
// that records the outcome. Shared by the main screen and the supervisor workspace.
class FollowUpsTable final : public QTableWidget {
    Q_OBJECT
public:
    explicit FollowUpsTable(AppContext& ctx, QWidget* parent = nullptr);

    void setUser(const std::optional<AuthenticatedEmployee>& user) { m_user = user; }
    void refresh();

Q_SIGNALS:
    void changed();
    void failed(const QString& message);
    void openRecoveryRequested(qint64 incidentId);

private:
    void markDone(qint64 followUpId, const QString& customer);

    AppContext& m_ctx;
    std::optional<AuthenticatedEmployee> m_user;
};

} // namespace rebound
