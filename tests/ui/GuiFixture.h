// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "MainWindow.h"
#include "wizard/RecoveryWizard.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace rebound::test {

// A named widget inside parent; the test stops, naming it, when there is none.
template <typename T> T* child(QWidget* parent, const QString& name) {
    auto* w = parent->findChild<T*>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w);
    return w;
}

// The real main window over a real database file, with staff A1 (associate, 1234),
// S1 (supervisor, 5678) and M1 (manager, 9012), driven the way a person would.
class GuiFixture final {
public:
    GuiFixture();
    // Over a database another fixture made (in another process): nobody is added.
    explicit GuiFixture(const QString& existing);
    ~GuiFixture();

    AppContext& ctx() { return *m_ctx; }
    MainWindow& window() { return *m_window; }
    QString path() const { return m_path; }

    void login(const QString& code, const QString& pin);
    RecoveryWizard* wizard() const;

    // Every key press and click goes through these, so a test can count them.
    void key(int key, Qt::KeyboardModifiers mods = Qt::NoModifier);
    void type(const QString& text); // counted per character
    void click(QWidget* w);
    int presses() const { return m_presses; }

    qint64 scalar(const QString& sql);

private:
    QWidget* target() const;
    void open();
    void showWindow();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    int m_presses = 0;
};

// Fills the approval dialog once it is open and presses Approve. The dialog's error text, if it
// stayed open, is returned through errorSeen and the dialog is cancelled so the test never hangs.
void answerApproval(const QString& code, const QString& pin, QString* errorSeen = nullptr);

} // namespace rebound::test
