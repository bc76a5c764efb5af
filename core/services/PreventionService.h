// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rebound {

class Clock;
class Database;
class PlaybookService;

// Where a prevention action came from: a story, a recovery, or a category the c-chart flagged.
enum class ActionSource { Story, Recovery, Combustion };
enum class ActionStatus { Open, InProgress, Done };

QString actionSourceId(ActionSource source);
std::optional<ActionSource> actionSourceFromId(QStringView id);
QString actionSourceName(ActionSource source);
QString actionStatusId(ActionStatus status);
std::optional<ActionStatus> actionStatusFromId(QStringView id);
QString actionStatusName(ActionStatus status);

struct ActionDraft {
    CategoryId category;
    QString what; // what to change
    qint64 ownerId = 0;
    QDate due;
    ActionSource source = ActionSource::Combustion;
    QString sourceRef; // the story or recovery id; empty for a combustion point
};

struct PreventionAction {
    qint64 id = 0;
    CategoryId category;
    QString what;
    qint64 ownerId = 0;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    ActionSource source = ActionSource::Combustion;
    QString sourceRef;
    QString openedBy;
    QDateTime openedAt;
    QString closedBy;
    QDateTime closedAt;
    QString done; // what was done, when closed
    bool overdue(const QDate& today) const { return status != ActionStatus::Done && due < today; }
};

// Prevention: a supervisor opens an action on a category of failures (what to change, an owner, a due
// date); its owner or a supervisor moves it on and closes it with what was done.
class PreventionService final {
public:
    static constexpr int MaxTextLength = 2000;

    PreventionService(Database& db, const Clock& clock, PlaybookService& playbooks)
        : m_db(db)
        , m_clock(clock)
        , m_playbooks(playbooks) {}

    Result<qint64> open(const AuthenticatedEmployee& by, const ActionDraft& draft);
    Result<void> start(const AuthenticatedEmployee& by, qint64 actionId);
    Result<void> close(const AuthenticatedEmployee& by, qint64 actionId, const QString& done);

    Result<PreventionAction> action(qint64 id);
    // Open and in-progress actions by due date, or the newest 1000 actions first (for the screens).
    Result<QList<PreventionAction>> actions(bool openOnly);
    // Every action opened on local days [from, to], oldest first (for the export).
    Result<QList<PreventionAction>> openedBetween(const QDate& from, const QDate& to);

private:
    // The action, if `by` may move it on: its owner, a supervisor or a manager; not once it is done.
    Result<PreventionAction> movable(const AuthenticatedEmployee& by, qint64 actionId);

    Database& m_db;
    const Clock& m_clock;
    PlaybookService& m_playbooks;
};

} // namespace rebound
