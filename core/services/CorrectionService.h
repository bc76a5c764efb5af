// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"
#include "services/RecoveryDraft.h"

#include <QList>
#include <QString>

#include <optional>

namespace rebound {

class Clock;
class Database;
class PlaybookService;

// What a correction changes; empty fields stay as they are.
struct Correction {
    std::optional<CategoryId> category;
    std::optional<SeverityId> severity;
    std::optional<QString> description;
    QList<qint64> withdrawGestures; // compensation ids voided (recorded by mistake, or taken back)
    // A gesture given in place of the voided ones: with them, one amendment; under the spending rules.
    std::optional<CompensationDraft> replacement;
    QString reason;
};

// Correcting a saved recovery (a wrong category, a typo, a gesture voided): each change is an amendment
// beside the recovery with its reason, and one audit entry; the recovery shows the corrected values. The
// employee who opened the recovery, or a supervisor, may correct it. Voiding a gesture is a till's void:
// a supervisor other than whoever gave it approves (their PIN at the same screen), the voided gesture
// leaves the recovery's total but still counts towards its giver's day for the daily cap, and every void
// is a review-queue item. A void may be replaced by another gesture, given by whoever corrects under the
// spending rules (approved by the void's approver when over their authority), in the same amendment.
class CorrectionService final {
public:
    CorrectionService(Database& db, const Clock& clock, PlaybookService& playbooks)
        : m_db(db)
        , m_clock(clock)
        , m_playbooks(playbooks) {}

    // approver: who approves voiding gestures, and a replacement over `by`'s authority; without one, `by`
    // must be such a supervisor, or the correction is refused with Error::field "approver" and nothing
    // written.
    Status correct(const AuthenticatedEmployee& by, qint64 incidentId, const Correction& correction,
                   const AuthenticatedEmployee* approver = nullptr);
    // Whether `approver` may approve voiding these gestures of the recovery: a supervisor or a manager
    // who gave none of them.
    Status checkVoidApprover(qint64 incidentId, const QList<qint64>& gestures, const Employee& approver);

private:
    struct Change {
        QString field;
        std::optional<qint64> compensationId;
        QString before;
        QString after;
        qint64 giver = 0; // a voided gesture's
    };
    Result<QList<Change>> changesOf(qint64 incidentId, const Correction& correction);
    Status write(const AuthenticatedEmployee& by, qint64 incidentId, const QList<Change>& changes,
                 const QString& reason, const Employee* voidApprover);

    Database& m_db;
    const Clock& m_clock;
    PlaybookService& m_playbooks;
};

} // namespace rebound
