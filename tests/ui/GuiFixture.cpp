// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace rebound::test {

GuiFixture::GuiFixture()
    : m_path(m_dir.path() + u"/rebound.sqlite"_s) {
    REQUIRE(m_dir.isValid());
    open();
    const Actor setup = Actor::system(u"test"_s);
    for (const auto& [code, name, role, pin] :
         {std::tuple{u"A1"_s, u"Alex Rivera"_s, Role::Associate, u"4071829365"_s},
          std::tuple{u"S1"_s, u"Priya Patel"_s, Role::Supervisor, u"5830617294"_s},
          std::tuple{u"M1"_s, u"Jordan Blake"_s, Role::Manager, u"9184037265"_s}}) {
        auto added = m_ctx->employees().add(setup, code, name, role, pin);
        REQUIRE(added.ok());
    }
    showWindow();
}

GuiFixture::GuiFixture(const QString& existing)
    : m_path(existing) {
    open();
    showWindow();
}

void GuiFixture::open() {
    auto ctx = AppContext::open(m_path);
    if (!ctx)
        FAIL(ctx.error().message.toStdString());
    m_ctx = std::move(ctx).value();
}

void GuiFixture::showWindow() {
    m_window = std::make_unique<MainWindow>(*m_ctx);
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
}

GuiFixture::~GuiFixture() {
    if (auto* w = wizard())
        delete w;
    m_window.reset();
}

void GuiFixture::login(const QString& code, const QString& pin) {
    auto* employee = m_window->findChild<QComboBox*>(u"employee"_s);
    REQUIRE(employee);
    const int index = employee->findData(code);
    REQUIRE(index >= 0);
    employee->setCurrentIndex(index);
    auto* pinEdit = m_window->findChild<QLineEdit*>(u"pin"_s);
    pinEdit->setFocus();
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClick(pinEdit, Qt::Key_Return);
    REQUIRE(m_window->user().has_value());
    m_presses = 0;
}

RecoveryWizard* GuiFixture::wizard() const {
    return m_window->findChild<RecoveryWizard*>();
}

QWidget* GuiFixture::target() const {
    // An open completer popup takes the keys first, as it does for a person.
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    return focus;
}

void GuiFixture::key(int key, Qt::KeyboardModifiers mods) {
    QTest::keyClick(target(), Qt::Key(key), mods);
    ++m_presses;
    // A mnemonic "animates" its button and clicks it 100 ms later, as it does on screen.
    if (mods & Qt::AltModifier)
        QTest::qWait(150);
    QApplication::processEvents();
}

void GuiFixture::type(const QString& text) {
    for (QChar c : text) {
        QTest::keyClicks(target(), QString(c));
        ++m_presses;
    }
    QApplication::processEvents();
}

void GuiFixture::click(QWidget* w) {
    REQUIRE(w);
    REQUIRE(w->isEnabled());
    QTest::mouseClick(w, Qt::LeftButton);
    ++m_presses;
    QApplication::processEvents();
}

qint64 GuiFixture::scalar(const QString& sql) {
    Query q = m_ctx->db().query(sql);
    auto r = q.exec();
    if (!r)
        FAIL(r.error().message.toStdString());
    REQUIRE(q.next());
    return q.integer(0);
}

void answerApproval(const QString& code, const QString& pin, QString* errorSeen) {
    QTimer::singleShot(50, [=] {
        QDialog* dialog = nullptr;
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->objectName() == u"approvalDialog" && top->isVisible())
                dialog = qobject_cast<QDialog*>(top);
        }
        if (!dialog)
            return;
        dialog->findChild<QLineEdit*>(u"approverCode"_s)->setText(code);
        dialog->findChild<QLineEdit*>(u"approverPin"_s)->setText(pin);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"approveButton"_s), Qt::LeftButton);
        if (dialog->isVisible()) {
            if (errorSeen)
                *errorSeen = dialog->findChild<QLabel*>(u"approvalError"_s)->text();
            dialog->reject();
        }
    });
}

} // namespace rebound::test
