// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/DrillScore.h"

#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "practice/Drill.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr qint64 FollowUpWithinSecs = 24 * 3600;

// The words of a customer's name that a personal apology would use: "Mr and Mrs Okafor" → Okafor.
QStringList nameWords(const QString& name) {
    static const QStringList filler{u"mr"_s,    u"mrs"_s,  u"ms"_s,   u"dr"_s,  u"and"_s,
                                    u"table"_s, u"the"_s,  u"sr"_s,   u"sra"_s, u"y"_s,
                                    u"mesa"_s,  u"herr"_s, u"frau"_s, u"und"_s, u"tisch"_s};
    static const QRegularExpression separators(u"[^\\p{L}]+"_s);
    QStringList out;
    for (const QString& w : name.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (w.size() >= 3 && !filler.contains(w))
            out << w;
    }
    return out;
}

bool containsAny(const QString& text, const QStringList& words) {
    const QString lower = text.toLower();
    return std::any_of(words.begin(), words.end(),
                       [&](const QString& w) { return lower.contains(w.toLower()); });
}

CriterionResult criterion(const QString& id, int max, bool met, const QString& feedback) {
    return {id, met ? max : 0, max, met, feedback};
}

CriterionResult gestureRange(const Drill& d, const Playbook& pb, const PracticeAttempt& a) {
    const Money total = a.total(pb.currency());
    const Money notch = pb.overreactBudget(d.severity, d.customer.segment);
    QStringList excessive;
    for (const auto& [item, amount] : a.gestures) {
        if (d.excessive.contains(item))
            excessive << item;
    }
    if (total.minor() <= 0)
        return criterion(u"gesture-range"_s, 15, false,
                         QCoreApplication::translate("DrillScore",
                                                     "No gesture was given: the customer was let down "
                                                     "and deserved one (up to %1 here).")
                             .arg(notch.toDisplayString()));
    if (!excessive.isEmpty())
        return criterion(
            u"gesture-range"_s, 15, false,
            QCoreApplication::translate("DrillScore", "%1 is out of proportion for this situation.")
                .arg(excessive.join(u", "_s)));
    if (total > notch)
        return criterion(u"gesture-range"_s, 15, false,
                         QCoreApplication::translate("DrillScore",
                                                     "%1 in all is above the overreact notch of %2: "
                                                     "generous, but more than the playbook's range.")
                             .arg(total.toDisplayString(), notch.toDisplayString()));
    return criterion(u"gesture-range"_s, 15, true,
                     QCoreApplication::translate("DrillScore",
                                                 "%1 in all: within the playbook's range (up to %2 "
                                                 "with the overreact notch).")
                         .arg(total.toDisplayString(), notch.toDisplayString()));
}

CriterionResult followUp(const Drill& d, const PracticeAttempt& a) {
    if (!a.followUpDue || !a.followUpChannel)
        return criterion(u"follow-up"_s, 10, false,
                         QCoreApplication::translate("DrillScore", "No follow-up was booked."));
    const bool soon = a.recordedAt.secsTo(*a.followUpDue) <= FollowUpWithinSecs;
    const bool channel = *a.followUpChannel == d.customer.channel;
    if (soon && channel)
        return criterion(u"follow-up"_s, 10, true,
                         QCoreApplication::translate("DrillScore", "Follow-up within 24 hours, by %1, as the "
                                                                   "customer prefers.")
                             .arg(channelName(d.customer.channel)));
    return criterion(
        u"follow-up"_s, 10, false,
        !soon ? QCoreApplication::translate("DrillScore", "The follow-up is more than 24 hours away: "
                                                          "call back within a day.")
              : QCoreApplication::translate("DrillScore", "The follow-up goes by %1; this customer "
                                                          "prefers %2.")
                    .arg(channelName(*a.followUpChannel), channelName(d.customer.channel)));
}

CriterionResult timing(const Drill& d, qint64 seconds) {
    const int max = 10;
    if (seconds <= d.targetSeconds)
        return criterion(u"time"_s, max, true,
                         QCoreApplication::translate("DrillScore", "Done in %1 s, within the target of %2 s.")
                             .arg(seconds)
                             .arg(d.targetSeconds));
    CriterionResult c =
        criterion(u"time"_s, max, false,
                  QCoreApplication::translate("DrillScore", "%1 s against a target of %2 s: the "
                                                            "customer is still waiting.")
                      .arg(seconds)
                      .arg(d.targetSeconds));
    if (seconds <= 2 * qint64(d.targetSeconds))
        c.points = max / 2;
    return c;
}

} // namespace

Money PracticeAttempt::total(const QString& currency) const {
    qint64 minor = 0;
    for (const auto& [item, amount] : gestures)
        minor += amount.minor();
    return Money(minor, currency);
}

QJsonObject PracticeAttempt::toJson() const {
    QJsonArray given;
    for (const auto& [item, amount] : gestures)
        given.append(QJsonObject{{u"item"_s, item}, {u"amount"_s, amount.toDecimalString()}});
    QJsonObject o{{u"customer_name"_s, customerName},
                  {u"category"_s, category.toString()},
                  {u"severity"_s, severity.toString()},
                  {u"apology"_s, apology},
                  {u"fix_notes"_s, fixNotes},
                  {u"resolved"_s, resolved},
                  {u"gestures"_s, given},
                  {u"pressure_seen"_s, QJsonArray::fromStringList(pressureSeen)},
                  {u"started_at"_s, TimeFormat::toStored(startedAt)},
                  {u"recorded_at"_s, TimeFormat::toStored(recordedAt)}};
    if (approver)
        o.insert(u"approver"_s, *approver);
    if (followUpDue)
        o.insert(u"follow_up_due"_s, TimeFormat::toStored(*followUpDue));
    if (followUpChannel)
        o.insert(u"follow_up_channel"_s, channelId(*followUpChannel));
    return o;
}

QStringList criterionIds() {
    return {u"apology-name"_s,  u"apology-no-blame"_s, u"category"_s, u"severity"_s,  u"fixed-first"_s,
            u"gesture-range"_s, u"personal-touch"_s,   u"approval"_s, u"follow-up"_s, u"time"_s};
}

QString criterionName(const QString& id) {
    static const QHash<QString, const char*> names{
        {u"apology-name"_s, QT_TRANSLATE_NOOP("DrillScore", "Apologised using the customer's name")},
        {u"apology-no-blame"_s, QT_TRANSLATE_NOOP("DrillScore", "Apologised without blaming anyone")},
        {u"category"_s, QT_TRANSLATE_NOOP("DrillScore", "Category right")},
        {u"severity"_s, QT_TRANSLATE_NOOP("DrillScore", "Severity right")},
        {u"fixed-first"_s, QT_TRANSLATE_NOOP("DrillScore", "Fixed before compensating")},
        {u"gesture-range"_s,
         QT_TRANSLATE_NOOP("DrillScore", "Gesture in the playbook's range, not excessive")},
        {u"personal-touch"_s, QT_TRANSLATE_NOOP("DrillScore", "A personal touch from the customer's notes")},
        {u"approval"_s, QT_TRANSLATE_NOOP("DrillScore", "Over-authority gestures approved properly")},
        {u"follow-up"_s, QT_TRANSLATE_NOOP("DrillScore", "Follow-up within 24 h by the preferred channel")},
        {u"time"_s, QT_TRANSLATE_NOOP("DrillScore", "Time against the target")},
    };
    const char* name = names.value(id);
    return name ? QCoreApplication::translate("DrillScore", name) : id;
}

DrillResult scoreDrill(const Drill& d, const QStringList& blameWords, const Playbook& pb, Role traineeRole,
                       const PracticeAttempt& a) {
    DrillResult r;
    r.drillId = d.id;
    r.seconds = std::max<qint64>(0, a.startedAt.secsTo(a.recordedAt));
    const bool named = containsAny(a.apology, nameWords(d.customer.name));
    r.criteria << criterion(
        u"apology-name"_s, 10, named,
        named ? QCoreApplication::translate("DrillScore", "The apology spoke to %1 by name.")
                    .arg(d.customer.name)
              : QCoreApplication::translate("DrillScore", "Say the customer's name: \"%1\".")
                    .arg(d.customer.name));
    const bool blamed = containsAny(a.apology, blameWords);
    r.criteria << criterion(
        u"apology-no-blame"_s, 10, !blamed,
        blamed ? QCoreApplication::translate("DrillScore", "The apology points at someone: "
                                                           "apologise for the business, blame "
                                                           "no one.")
               : QCoreApplication::translate("DrillScore", "No blame on a colleague or the "
                                                           "system."));
    const auto nameOf = [&](const auto* x, const QString& id) { return x ? x->name : id; };
    r.criteria << criterion(u"category"_s, 10, a.category == d.category,
                            QCoreApplication::translate("DrillScore", "Expected: %1.")
                                .arg(nameOf(pb.category(d.category), d.category.toString())));
    r.criteria << criterion(u"severity"_s, 10, a.severity == d.severity,
                            QCoreApplication::translate("DrillScore", "Expected: %1.")
                                .arg(nameOf(pb.severity(d.severity), d.severity.toString())));
    const bool fixedFirst =
        a.resolved && a.fixedAt.isValid() && (!a.compensatedAt.isValid() || a.fixedAt <= a.compensatedAt);
    r.criteria << criterion(u"fixed-first"_s, 10, fixedFirst,
                            fixedFirst
                                ? QCoreApplication::translate("DrillScore", "The problem was fixed before "
                                                                            "anything was given.")
                                : QCoreApplication::translate("DrillScore", "Fix the problem first: a gift "
                                                                            "does not replace the fix."));
    r.criteria << gestureRange(d, pb, a);
    bool delighted = false;
    for (const auto& [item, amount] : a.gestures)
        delighted = delighted || d.delight.contains(item);
    const bool touch = containsAny(a.apology + u'\n' + a.fixNotes, d.personalTouch) || delighted;
    r.criteria << criterion(
        u"personal-touch"_s, 10, touch,
        touch
            ? QCoreApplication::translate("DrillScore", "It showed you read the notes: %1")
                  .arg(d.customer.notes)
            : QCoreApplication::translate("DrillScore", "The notes said: %1 Use it.").arg(d.customer.notes));
    const Money limit = pb.limits(traineeRole).perRecovery;
    const bool needed = a.total(pb.currency()) > limit;
    const bool approved = !needed || a.approver.has_value();
    r.criteria << criterion(
        u"approval"_s, 5, approved,
        !needed ? QCoreApplication::translate("DrillScore", "Within your own limit of %1: no "
                                                            "approval needed.")
                      .arg(limit.toDisplayString())
        : approved ? QCoreApplication::translate("DrillScore", "Above your limit of %1 and "
                                                               "approved by %2.")
                         .arg(limit.toDisplayString(), *a.approver)
                   : QCoreApplication::translate("DrillScore", "Above your limit of %1: a "
                                                               "supervisor must approve.")
                         .arg(limit.toDisplayString()));
    r.criteria << followUp(d, a);
    r.criteria << timing(d, r.seconds);
    for (const CriterionResult& c : r.criteria)
        r.score += c.points;
    return r;
}

} // namespace rebound
