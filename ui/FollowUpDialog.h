// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QWidget;

namespace rebound {

class AppContext;
class DueEdit;

// "Done…" on a follow-up: reached or not; if reached, the customer's satisfaction and verdict; if not,
// when to try again. The outcome goes to FollowUpService; a refusal is shown here, naming the field.
class FollowUpDialog final : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(AppContext& ctx, const AuthenticatedEmployee& user, qint64 followUpId,
                   const QString& customer, QWidget* parent = nullptr);
    // What Save does; returns the problem shown, empty once recorded.
    QString save();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateParts();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    qint64 m_followUpId;
    QRadioButton* m_reached;
    QRadioButton* m_notReached;
    QWidget* m_reachedPart;
    QWidget* m_retryPart;
    QButtonGroup* m_satisfaction;
    QButtonGroup* m_verdict;
    DueEdit* m_retryAt;
    QPlainTextEdit* m_comment;
    QLabel* m_error;
};

} // namespace rebound
