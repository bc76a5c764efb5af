// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/RecoveryDraft.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rebound {

// A recovery still being typed, as the counter left it: what was typed, the page, when it began.
struct SavedDraft {
    qint64 employeeId = 0;
    QDateTime startedAt; // the recovery clock goes on from here when the draft is taken up again
    QDateTime savedAt;
    int page = 0; // the wizard's page
    RecoveryDraft draft;

    // One JSON object; every field optional when read back, since a draft is unfinished by nature.
    QByteArray toJson() const;
    static Result<SavedDraft> fromJson(const QByteArray& json);
};

// Where unfinished recoveries wait, one per employee, beside the database they belong to
// ("<database>.drafts/employee-<id>.json", owner-only), so that closing, a lock or a crash loses
// nothing typed.
class DraftStore final {
public:
    explicit DraftStore(const QString& databasePath);

    // Replaces the employee's draft atomically: a crash leaves the old one or the new one.
    Status save(const SavedDraft& draft) const;
    // The employee's draft, if any. A damaged file is set aside (".damaged") and reported.
    Result<std::optional<SavedDraft>> load(qint64 employeeId) const;
    void discard(qint64 employeeId) const;
    // The counter switched databases (its server, its offline copy): the employee's draft, if any, moves
    // to the other database's store under their id there. Kept here until written there.
    Status moveTo(const DraftStore& other, qint64 employeeId, qint64 otherId) const;
    QString fileOf(qint64 employeeId) const;
    // Where the drafts are kept; empty for an in-memory database.
    const QString& folder() const { return m_dir; }

private:
    QString m_dir; // empty: an in-memory database keeps no drafts
};

} // namespace rebound
