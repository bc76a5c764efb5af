// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "services/StoryService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rebound {

class AppContext;

// A recovery told as a story in four parts. Nominating: pre-filled from the recovery, for anyone to
// complete and send. Deciding: a supervisor edits the text, approves it or declines it with a reason.
class StoryDialog final : public QDialog {
    Q_OBJECT
public:
    static StoryDialog* toNominate(AppContext& ctx, const AuthenticatedEmployee& user, qint64 incidentId,
                                   QWidget* parent = nullptr);
    static StoryDialog* toDecide(AppContext& ctx, const AuthenticatedEmployee& user, qint64 storyId,
                                 QWidget* parent = nullptr);

    // What the buttons do, also used by tests; each returns the message shown (empty when it worked and
    // the dialog closed).
    QString nominate();
    QString approve();
    QString saveEdit();
    QString decline();
    QString message() const;

private:
    StoryDialog(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent);
    void build(bool deciding);
    StoryText text() const;
    void setText(const StoryText& text);
    QString finish(const Status& outcome);

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    StoryService m_stories;
    qint64 m_incidentId = 0;
    qint64 m_storyId = 0;
    QLabel* m_about;
    QPlainTextEdit* m_happened;
    QPlainTextEdit* m_did;
    QPlainTextEdit* m_reaction;
    QPlainTextEdit* m_learned;
    QLineEdit* m_reason;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_message;
};

} // namespace rebound
