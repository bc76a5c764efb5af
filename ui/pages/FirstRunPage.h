// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace rebound {

class AppContext;

// An empty database: create the first manager, who then adds everyone else.
class FirstRunPage final : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunPage(AppContext& ctx, QWidget* parent = nullptr);
    void start();

Q_SIGNALS:
    void managerCreated();

private:
    void create();

    AppContext& m_ctx;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_pin;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace rebound
