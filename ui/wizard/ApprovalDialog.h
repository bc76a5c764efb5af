// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Money.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace rebound {

class AppContext;

// A supervisor or manager approves an over-limit gesture on the associate's screen with their own code and
// PIN.
class ApprovalDialog final : public QDialog {
    Q_OBJECT
public:
    ApprovalDialog(AppContext& ctx, const Employee& giver, const Money& total, const QString& reason,
                   QWidget* parent = nullptr);
    const std::optional<AuthenticatedEmployee>& approver() const { return m_approver; }

private:
    void tryApprove();

    AppContext& m_ctx;
    Employee m_giver;
    Money m_total;
    QLineEdit* m_code;
    QLineEdit* m_pin;
    QLabel* m_error;
    std::optional<AuthenticatedEmployee> m_approver;
};

} // namespace rebound
