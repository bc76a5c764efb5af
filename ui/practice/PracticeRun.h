// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "practice/Drill.h"
#include "practice/DrillScore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace rebound {

class AppContext;
class PracticeCoach;
class PracticeSandbox;
class RecoveryWizard;

// One drill from start to score: a sandbox database, the real wizard on it beside the coach, and when the
// recovery is saved there, the score — kept in the real database — and the result page. Deletes itself
// when the wizard is gone; the sandbox goes with it.
class PracticeRun final : public QObject {
    Q_OBJECT
public:
    // Null, with the reason in *error, when the sandbox cannot be made.
    static PracticeRun* start(AppContext& real, const AuthenticatedEmployee& user, const Drill& drill,
                              const QStringList& blameWords, QWidget* parent, QString* error);
    ~PracticeRun() override;

    RecoveryWizard* wizard() const { return m_wizard; }
    PracticeCoach* coach() const { return m_coach; }
    const std::optional<DrillResult>& result() const { return m_result; }

Q_SIGNALS:
    // The score is kept in the real database as `resultId`.
    void scored(qint64 resultId);
    // The trainee asked to play the same drill again.
    void againRequested(const QString& drillId);

private:
    PracticeRun(AppContext& real, const AuthenticatedEmployee& user, const Drill& drill,
                const QStringList& blameWords, QObject* parent);
    void stepReached(int page);
    void recovered(qint64 incidentId);
    PracticeAttempt attempt(qint64 incidentId) const;

    AppContext& m_real;
    AuthenticatedEmployee m_user;
    Drill m_drill;
    QStringList m_blameWords;
    std::unique_ptr<PracticeSandbox> m_sandbox;
    std::unique_ptr<AppContext> m_ctx;
    QPointer<RecoveryWizard> m_wizard;
    PracticeCoach* m_coach = nullptr;
    QDateTime m_compensatedAt;
    QStringList m_pressure;
    std::optional<DrillResult> m_result;
};

} // namespace rebound
