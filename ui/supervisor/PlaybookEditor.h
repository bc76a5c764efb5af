// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rebound {

class AppContext;

// The playbook's categories (names, apology scripts, fix checklists, follow-up hours) and its catalog of
// gestures, in forms. Saving sends the whole playbook through the same loader as an import, so the same
// rules hold and a refusal names the field; a save that changes nothing makes no version. Managers edit;
// others read.
class PlaybookEditor final : public QWidget {
    Q_OBJECT
public:
    PlaybookEditor(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    void refresh();
    // What the buttons do, also used by tests; save returns the message shown.
    QString save();
    void addCategory();
    void removeCategory();

private:
    QWidget* buildCategory();
    void showCategory(int row);
    void keepCategory(); // the form into the playbook's JSON
    void showCatalog();
    void keepCatalog();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    QJsonObject m_root; // the playbook being edited, as JSON
    int m_shown = -1;   // the category in the form
    QListWidget* m_categories;
    QLineEdit* m_name;
    QPlainTextEdit* m_apologies;
    QPlainTextEdit* m_checklist;
    QLineEdit* m_hours;
    QTableWidget* m_catalog;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace rebound
