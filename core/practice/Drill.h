// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/Incident.h"
#include "domain/PlaybookId.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebound {

class Playbook;

// The wizard's steps a drill speaks at, in order.
enum class DrillStep { Situation, Apology, Fix, Compensation, FollowUp };
QString drillStepId(DrillStep step);

// Something that happens during a drill, at a step: the customer interrupts, the gesture needed is above
// the trainee's authority, a colleague suggests blaming someone.
struct PressureEvent {
    enum class Kind { Interrupt, AboveAuthority, Blame };
    DrillStep step = DrillStep::Situation;
    Kind kind = Kind::Interrupt;
    QString text;
};
QString pressureKindId(PressureEvent::Kind kind);

struct DrillCustomer {
    QString name;
    SegmentId segment;
    QString phone;
    QString email;
    Channel channel = Channel::Phone; // how they want to hear back
    QString notes;                    // what the counter's screen shows
    QString secrets;                  // what the customer cares about, unsaid: shown after the drill
};

// One practice scenario: who, what went wrong, what the customer says at each step, what a good recovery
// looks like and how it is scored.
struct Drill {
    QString id;
    QString title;
    QString setting;
    DrillCustomer customer;
    QString whatWentWrong;
    QString opening, afterApology, afterFix, afterGesture; // the customer's lines
    DetectedBy detectedBy = DetectedBy::Customer;
    CategoryId category;
    SeverityId severity;
    QStringList delight, irrelevant, excessive; // catalog item ids
    QStringList personalTouch;                  // lower-case words that show the notes were read
    int targetSeconds = 90;
    QList<PressureEvent> pressure;
    QStringList ideal; // the ideal path, one step a line

    // What the customer says when the trainee reaches a step (empty when nothing).
    QString lineAt(DrillStep step) const;
};

// Drills in one language, with the words that count as blaming someone in that language.
class DrillLibrary final {
public:
    // Validated against the playbook (categories, severities, segments, catalog items); an error names
    // the path of the bad field: "drills[2].customer.segment: unknown segment \"gold\"".
    static Result<DrillLibrary> fromJson(const QByteArray& json, const Playbook& playbook);
    // The drills shipped with Rebound in `language` (English when there are none in it).
    static Result<DrillLibrary> builtIn(const QString& language, const Playbook& playbook);
    static QByteArray builtInJson(const QString& language);

    const QString& language() const { return m_language; }
    const QList<Drill>& drills() const { return m_drills; }
    const QStringList& blameWords() const { return m_blameWords; }
    const Drill* drill(const QString& id) const;
    // Adds (or replaces, by id) drills of another library: the business's own after the shipped ones.
    void merge(const DrillLibrary& other);
    // The drill of the day for an employee: the same all day, a different one most days.
    const Drill* drillOfTheDay(qint64 employeeId, const QDate& day) const;

    // A library of one drill, as JSON: what an export or a drill made from a recovery writes.
    static QByteArray toJson(const QList<Drill>& drills, const QString& language,
                             const QStringList& blameWords);

private:
    QString m_language;
    QStringList m_blameWords;
    QList<Drill> m_drills;
    friend class DrillParser;
};

} // namespace rebound
