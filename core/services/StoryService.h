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

// A recovery told so others learn from it: the four parts of the story.
struct StoryText {
    QString happened; // what happened
    QString did;      // what we did
    QString reaction; // how the customer reacted
    QString learned;  // what we learned
};

struct StoryPerson {
    qint64 id = 0;
    QString name;
    Role role = Role::Associate;
};

struct Story {
    enum class Status { Nominated, Approved, Declined };
    qint64 id = 0;
    qint64 incidentId = 0;
    CategoryId category;
    QString customer;
    StoryText text;
    Status status = Status::Nominated;
    qint64 nominatedById = 0;
    QString nominatedBy;
    QDateTime nominatedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString reason;                // why it was declined
    QList<StoryPerson> recognized; // who worked the recovery: opened it, gave, approved or followed up
};

// SQL selecting the ids of the employees who worked the recovery `incident` (an SQL expression: a
// column, or "?" bound once per use, four times): who opened it, gave or approved a gesture, did a
// follow-up. An approved story recognises them; the recognitions report and the stories export count them.
QString workedRecoverySql(const QString& incident);

QString storyStatusId(Story::Status status);
std::optional<Story::Status> storyStatusFromId(QStringView id);
QString storyStatusName(Story::Status status);

// Approved stories this week (Monday on) and earlier this month, newest first.
struct RecognitionBoard {
    QList<Story> thisWeek;
    QList<Story> earlierThisMonth;
};

// Stories of recovery: anyone nominates one from a recovery; a supervisor approves, edits or declines it,
// never their own (nominated by them or naming them). Approved stories recognise everyone who worked the
// recovery.
class StoryService final {
public:
    static constexpr int MaxPartLength = 2000;

    StoryService(Database& db, const Clock& clock, PlaybookService& playbooks)
        : m_db(db)
        , m_clock(clock)
        , m_playbooks(playbooks) {}

    // The story as the recovery tells it, for the nominating employee to complete.
    Result<StoryText> draftFor(qint64 incidentId);
    Result<qint64> nominate(const AuthenticatedEmployee& by, qint64 incidentId, const StoryText& text);
    // Approves it, with the supervisor's edits if the text changed (the edit is audited apart).
    Result<void> approve(const AuthenticatedEmployee& by, qint64 storyId,
                         const std::optional<StoryText>& edited = std::nullopt);
    Result<void> edit(const AuthenticatedEmployee& by, qint64 storyId, const StoryText& text);
    Result<void> decline(const AuthenticatedEmployee& by, qint64 storyId, const QString& reason);

    Result<Story> story(qint64 id);
    // Newest first; all statuses when none is given.
    Result<QList<Story>> stories(std::optional<Story::Status> status = std::nullopt, int limit = 500);
    // The story of a recovery still standing (nominated or approved), if any.
    Result<std::optional<qint64>> storyOf(qint64 incidentId);
    Result<RecognitionBoard> board();
    // Two approved stories for the line-up of the week that ends today, recognising different people
    // where it can (the last 30 days are searched when the week has fewer).
    Result<QList<Story>> lineUp();

private:
    Result<void> checkText(const StoryText& text);
    // The story for a decision: it exists, it is not the deciding supervisor's own, and (waitingOnly) it
    // was not decided yet.
    Result<Story> decidable(const AuthenticatedEmployee& by, qint64 storyId, bool waitingOnly);
    Result<QList<Story>> read(const QString& where, const QVariantList& binds, int limit);
    Result<void> addPeople(QList<Story>& stories);
    Result<void> writeEdit(const AuthenticatedEmployee& by, const Story& before, const StoryText& after);

    Database& m_db;
    const Clock& m_clock;
    PlaybookService& m_playbooks;
};

} // namespace rebound
