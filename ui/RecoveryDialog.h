// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace rebound {

class AppContext;
class DueEdit;

// A saved recovery, opened from the counter: its whole story in sentences, the customer's note again,
// another follow-up, and a correction (an audited amendment with a reason, never an edit in place).
class RecoveryDialog final : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(AppContext& ctx, const AuthenticatedEmployee& user, qint64 incidentId,
                   QWidget* parent = nullptr);

    // What the buttons do, also used by tests; each returns the message shown.
    QString addFollowUp();
    QString saveCorrection();

Q_SIGNALS:
    void changed();

private:
    QWidget* buildFollowUp();
    QGroupBox* buildCorrection();
    void load();
    QString report(const Status& outcome, const QString& done);

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    qint64 m_incidentId;
    QLabel* m_summary;
    QTextBrowser* m_history;
    DueEdit* m_due;
    QComboBox* m_channel;
    QGroupBox* m_correction;
    QComboBox* m_category;
    QComboBox* m_severity;
    QPlainTextEdit* m_description;
    QListWidget* m_gestures;
    QComboBox* m_replaceItem;     // "nothing", or the catalog item given in place of the voided gesture
    QLineEdit* m_replaceAmount;
    QLineEdit* m_reason;
    QLabel* m_message;
    QPushButton* m_nominate;
};

} // namespace rebound
