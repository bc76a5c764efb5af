// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Money.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace rebound {

class AppContext;

// A supervisor or manager approves on the associate's screen with their own code and PIN: an over-limit
// gesture, or voiding one.
class ApprovalDialog final : public QDialog {
    Q_OBJECT
public:
    // Whether the signed-in approver may approve this (core's rule).
    using Check = std::function<Result<void>(const Employee& approver)>;

    ApprovalDialog(AppContext& ctx, const Employee& giver, const Money& total, const QString& reason,
                   QWidget* parent = nullptr);
    // explanation: rich text saying what is approved and who may approve it.
    ApprovalDialog(AppContext& ctx, const QString& explanation, Check check, QWidget* parent = nullptr);
    const std::optional<AuthenticatedEmployee>& approver() const { return m_approver; }

private:
    void tryApprove();

    AppContext& m_ctx;
    Check m_check;
    QLineEdit* m_code;
    QLineEdit* m_pin;
    QLabel* m_error;
    std::optional<AuthenticatedEmployee> m_approver;
};

} // namespace rebound
