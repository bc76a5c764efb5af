// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rebound {

class AppContext;

// The counter's settings. Everyone may look; only a manager may change them.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);

    // Saves what the form holds; returns the error, empty on success.
    QString save();
    // Tries the central server's address in the form, away from the window's thread; the answer
    // appears under it (and connectionTested() fires).
    void testConnection();

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    // "This computer" (a file) or "Central server" (an address), and where this counter stands.
    void setUpDatabase();
    void showDatabaseKind();
    // The opening hours and time zone the business shares, in the database (not this computer's).
    void setUpHours();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    bool m_mayEdit;
    QLineEdit* m_hours;
    QComboBox* m_zone;
    QLineEdit* m_business;
    QLineEdit* m_contact;
    QSpinBox* m_autoLock;
    QComboBox* m_language;
    QComboBox* m_databaseKind;
    QLineEdit* m_database;
    QPushButton* m_test;
    QLabel* m_testResult;
    QLineEdit* m_site;
    QLineEdit* m_counter;
    QLabel* m_message;
};

} // namespace rebound
