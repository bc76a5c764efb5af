// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rebound {

class AppContext;

// Pick your name (type-ahead), type your PIN. Wrong PINs are refused and audited by the service.
class LoginPage final : public QWidget {
    Q_OBJECT
public:
    explicit LoginPage(AppContext& ctx, QWidget* parent = nullptr);
    void start();

Q_SIGNALS:
    void signedIn(const rebound::AuthenticatedEmployee& who);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void attempt();
    // The employee the typed text names: the highlighted suggestion, else the first name or code
    // holding it; -1 for none.
    int matchTyped() const;
    // Tab or Enter in the name: the match is chosen and the PIN is next.
    bool chooseTyped();

    AppContext& m_ctx;
    QComboBox* m_employee;
    QLineEdit* m_pin;
    QLabel* m_error;
    QLabel* m_demo;
};

} // namespace rebound
