// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "services/PreventionService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace rebound {

class AppContext;

// A new prevention action: what to change, for which category, who owns it and by when. Opened from a
// story, a recovery or a combustion point, which it remembers.
class ActionDialog final : public QDialog {
    Q_OBJECT
public:
    ActionDialog(AppContext& ctx, const AuthenticatedEmployee& user, ActionSource source,
                 const QString& sourceRef, const CategoryId& category, QWidget* parent = nullptr);

    // Opens it; the message shown, empty when it was opened and the dialog closed. Also used by tests.
    QString openAction();

private:
    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    ActionSource m_source;
    QString m_sourceRef;
    QComboBox* m_category;
    QPlainTextEdit* m_what;
    QComboBox* m_owner;
    QDateEdit* m_due;
    QLabel* m_message;
};

} // namespace rebound
