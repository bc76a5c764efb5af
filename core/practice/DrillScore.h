// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/Employee.h"
#include "domain/Money.h"
#include "domain/PlaybookId.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound {

class Playbook;
struct Drill;

// Everything the trainee chose in a drill, as the wizard recorded it in the sandbox.
struct PracticeAttempt {
    QString customerName; // as typed
    CategoryId category;
    SeverityId severity;
    QString apology;
    QString fixNotes;
    bool resolved = false;
    QDateTime startedAt, fixedAt, compensatedAt, recordedAt;
    QList<std::pair<QString, Money>> gestures; // catalog item and amount
    std::optional<QString> approver;           // the code of who approved the gestures
    std::optional<QDateTime> followUpDue;
    std::optional<Channel> followUpChannel;
    QStringList pressureSeen; // "interrupt", "above-authority", "blame", as they happened

    Money total(const QString& currency) const;
    QJsonObject toJson() const;
};

// One observable criterion of the rubric: met or missed, its points, and a sentence that teaches.
struct CriterionResult {
    QString id; // "apology-name", "apology-no-blame", "category", "severity", "fixed-first", "gesture-range",
                // "personal-touch", "approval", "follow-up", "time"
    int points = 0;
    int max = 0;
    bool met = false;
    QString feedback;
};

struct DrillResult {
    QString drillId;
    int score = 0; // out of 100
    qint64 seconds = 0;
    QList<CriterionResult> criteria;
};

// Every criterion, in the rubric's order, with its name in words.
QStringList criterionIds();
QString criterionName(const QString& id);

// Scores a drill: a pure function of the drill, the playbook, the trainee's role and what they did.
DrillResult scoreDrill(const Drill& drill, const QStringList& blameWords, const Playbook& playbook,
                       Role traineeRole, const PracticeAttempt& attempt);

} // namespace rebound
