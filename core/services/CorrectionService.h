// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"

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
    QList<qint64> withdrawGestures; // compensation ids recorded by mistake (never given)
    QString reason;
};

// Correcting a saved recovery (a wrong category, a typo, a gesture recorded by mistake): each change is an
// amendment beside the recovery with its reason, and one audit entry; the recovery shows the corrected
// values and a withdrawn gesture no longer counts in any sum. The employee who opened the recovery, or a
// supervisor, may correct it. Withdrawing only lowers what was given, so no spending rule can be crossed.
class CorrectionService final {
public:
    CorrectionService(Database& db, const Clock& clock, PlaybookService& playbooks)
        : m_db(db)
        , m_clock(clock)
        , m_playbooks(playbooks) {}

    Status correct(const AuthenticatedEmployee& by, qint64 incidentId, const Correction& correction);

private:
    struct Change {
        QString field;
        std::optional<qint64> compensationId;
        QString before;
        QString after;
    };
    Result<QList<Change>> changesOf(qint64 incidentId, const Correction& correction);
    Status write(const AuthenticatedEmployee& by, qint64 incidentId, const QList<Change>& changes,
                 const QString& reason);

    Database& m_db;
    const Clock& m_clock;
    PlaybookService& m_playbooks;
};

} // namespace rebound
