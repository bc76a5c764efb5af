// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AuditSentence.h"

#include "domain/Channel.h"
#include "domain/FollowUpOutcome.h"
#include "domain/Money.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

QString quoted(const QString& text) {
    return QCoreApplication::translate("AuditSentence", "“%1”").arg(text.simplified());
}

QString money(const QJsonObject& p, const char* key, const QString& currency) {
    const QString amount = p.value(QLatin1String(key)).toString();
    auto m = Money::parse(amount, currency);
    return m ? m->toDisplayString() : amount + u' ' + currency;
}

QString localTime(const QString& stored) {
    const QDateTime t = TimeFormat::fromStored(stored);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : stored;
}

struct Context {
    const AuditRow& row;
    const QJsonObject& p;
    const AuditNames& names;
    const Playbook& pb;
    QString who;
};

QString followUpSentence(const Context& c) {
    const QJsonObject& p = c.p;
    const QString comment = p.value(u"outcome"_s).toString();
    switch (*c.row.action) {
    case AuditAction::FollowUpDone: {
        const auto verdict = verdictFromId(p.value(u"verdict"_s).toString());
        QString s =
            p.contains(u"satisfaction"_s)
                ? QCoreApplication::translate("AuditSentence",
                                              "%1 reached the customer: satisfaction %2 of 5, %3.")
                      .arg(c.who)
                      .arg(p.value(u"satisfaction"_s).toInt())
                      .arg(verdict ? verdictName(*verdict).toLower() : p.value(u"verdict"_s).toString())
                : QCoreApplication::translate("AuditSentence", "%1 did the follow-up.").arg(c.who);
        return comment.isEmpty() ? s : s + u' ' + quoted(comment);
    }
    case AuditAction::FollowUpAttempt: {
        const QString s = QCoreApplication::translate(
                              "AuditSentence", "%1 could not reach the customer (try %2); next try %3.")
                              .arg(c.who)
                              .arg(p.value(u"attempt"_s).toInt())
                              .arg(localTime(p.value(u"next_due"_s).toString()));
        return comment.isEmpty() ? s : s + u' ' + quoted(comment);
    }
    case AuditAction::IncidentAmend: {
        QStringList changes;
        for (const QJsonValue& v : p.value(u"changes"_s).toArray()) {
            const QJsonObject ch = v.toObject();
            const QString field = ch.value(u"field"_s).toString();
            const QString before = ch.value(u"before"_s).toString(), after = ch.value(u"after"_s).toString();
            if (field == u"category")
                changes << QCoreApplication::translate("AuditSentence", "category %1 → %2")
                               .arg(PlaybookText::nameOf(c.pb, CategoryId(before)),
                                    PlaybookText::nameOf(c.pb, CategoryId(after)));
            else if (field == u"severity")
                changes << QCoreApplication::translate("AuditSentence", "severity %1 → %2")
                               .arg(PlaybookText::nameOf(c.pb, SeverityId(before)),
                                    PlaybookText::nameOf(c.pb, SeverityId(after)));
            else if (field == u"description")
                changes << QCoreApplication::translate("AuditSentence", "what happened now reads %1")
                               .arg(quoted(after));
            else
                changes << QCoreApplication::translate("AuditSentence", "withdrew %1, recorded by mistake")
                               .arg(before);
        }
        return QCoreApplication::translate("AuditSentence", "%1 corrected the recovery: %2. %3")
            .arg(c.who, changes.join(u"; "_s), quoted(p.value(u"reason"_s).toString()));
    }
    case AuditAction::FollowUpReopen:
        return QCoreApplication::translate("AuditSentence", "%1 reopened the follow-up: %2")
            .arg(c.who, quoted(p.value(u"reason"_s).toString()));
    case AuditAction::BusinessHours:
        return QCoreApplication::translate("AuditSentence", "%1 changed the opening hours to %2.")
            .arg(c.who, p.value(u"after"_s).toString());
    case AuditAction::DayClose: {
        const QJsonObject t = p.value(u"totals"_s).toObject();
        return QCoreApplication::translate("AuditSentence",
                                           "%1 closed %2: %3 recoveries, %4 given, %5 overrides.")
            .arg(c.who, QLocale().toString(QDate::fromString(p.value(u"date"_s).toString(), Qt::ISODate),
                                           QLocale::LongFormat))
            .arg(t.value(u"recoveries"_s).toInteger())
            .arg(Money(t.value(u"given_minor"_s).toInteger(), t.value(u"currency"_s).toString())
                     .toDisplayString())
            .arg(t.value(u"overrides"_s).toInteger());
    }
    default:
        return {};
    }
}

QString recoverySentence(const Context& c) {
    const QJsonObject& p = c.p;
    switch (*c.row.action) {
    case AuditAction::IncidentOpen:
        return QCoreApplication::translate("AuditSentence", "%1 opened the recovery for %2: %3, %4. %5")
            .arg(c.who,
                 c.names.customerById.value(p.value(u"customer_id"_s).toInteger(),
                                            QCoreApplication::translate("AuditSentence", "a customer")),
                 PlaybookText::nameOf(c.pb, CategoryId(p.value(u"category"_s).toString())),
                 PlaybookText::nameOf(c.pb, SeverityId(p.value(u"severity"_s).toString())).toLower(),
                 quoted(p.value(u"description"_s).toString()));
    case AuditAction::IncidentApologize:
        return p.value(u"apology"_s).toString().isEmpty()
                   ? QCoreApplication::translate("AuditSentence", "%1 apologized in the playbook's words.")
                         .arg(c.who)
                   : QCoreApplication::translate("AuditSentence", "%1 apologized: %2")
                         .arg(c.who, quoted(p.value(u"apology"_s).toString()));
    case AuditAction::IncidentFix: {
        const QString notes = p.value(u"notes"_s).toString();
        const QString state =
            p.value(u"resolved"_s).toBool()
                ? QCoreApplication::translate("AuditSentence", "%1 fixed the problem.").arg(c.who)
                : QCoreApplication::translate("AuditSentence", "%1 worked on the problem, not yet resolved.")
                      .arg(c.who);
        return notes.isEmpty() ? state : state + u' ' + quoted(notes);
    }
    case AuditAction::CompensationGive: {
        const CatalogItem* item = c.pb.item(p.value(u"item"_s).toString());
        QString s = QCoreApplication::translate("AuditSentence", "%1 gave %2 of %3")
                        .arg(c.who, item ? PlaybookText::tr(item->name) : p.value(u"item"_s).toString(),
                             money(p, "amount", p.value(u"currency"_s).toString()));
        if (p.contains(u"approved_by"_s))
            s += QCoreApplication::translate("AuditSentence", ", approved by %1")
                     .arg(c.names.employee(p.value(u"approved_by"_s).toInteger()));
        if (p.contains(u"voucher_code"_s))
            s += QCoreApplication::translate("AuditSentence", ", voucher code %1")
                     .arg(p.value(u"voucher_code"_s).toString());
        return s + u'.';
    }
    case AuditAction::CompensationApprove:
        return QCoreApplication::translate("AuditSentence", "%1 approved %2 given by %3: %4")
            .arg(c.who, money(p, "total", c.row.currency),
                 c.names.employee(p.value(u"given_by"_s).toString()),
                 quoted(p.value(u"reason"_s).toString()));
    case AuditAction::IncidentCompensate:
        return QCoreApplication::translate("AuditSentence", "%1's gestures come to %2 in all.")
            .arg(c.who, money(p, "total", p.value(u"currency"_s).toString()));
    case AuditAction::FollowUpSchedule: {
        const auto channel = channelFromId(p.value(u"channel"_s).toString());
        QString s = QCoreApplication::translate("AuditSentence", "%1 will follow up by %2 on %3.")
                        .arg(c.who, channel ? channelName(*channel) : p.value(u"channel"_s).toString(),
                             localTime(p.value(u"due"_s).toString()));
        if (p.contains(u"satisfaction"_s))
            s += u' ' + QCoreApplication::translate("AuditSentence", "Satisfaction at the counter: %1 of 5.")
                            .arg(p.value(u"satisfaction"_s).toInt());
        return s;
    }
    default:
        return followUpSentence(c);
    }
}

// Stories, prevention actions and return visits.
QString loopSentence(const Context& c) {
    const QJsonObject& p = c.p;
    const QString id = c.row.entityId;
    switch (*c.row.action) {
    case AuditAction::StoryNominate:
        return QCoreApplication::translate("AuditSentence", "%1 nominated story #%2: %3")
            .arg(c.who, id, quoted(p.value(u"happened"_s).toString()));
    case AuditAction::StoryEdit:
        return QCoreApplication::translate("AuditSentence", "%1 edited story #%2.").arg(c.who, id);
    case AuditAction::StoryApprove: {
        QStringList people;
        for (const QJsonValue& v : p.value(u"recognized"_s).toArray())
            people << c.names.employee(v.toInteger());
        return QCoreApplication::translate("AuditSentence", "%1 approved story #%2, recognising %3.")
            .arg(c.who, id, QLocale().createSeparatedList(people));
    }
    case AuditAction::StoryDecline:
        return QCoreApplication::translate("AuditSentence", "%1 declined story #%2: %3")
            .arg(c.who, id, quoted(p.value(u"reason"_s).toString()));
    case AuditAction::ActionOpen:
        return QCoreApplication::translate("AuditSentence",
                                           "%1 opened prevention action #%2 on %3, owned by %4, due %5: %6")
            .arg(c.who, id, PlaybookText::nameOf(c.pb, CategoryId(p.value(u"category"_s).toString())),
                 c.names.employee(p.value(u"owner_id"_s).toInteger()),
                 QLocale().toString(QDate::fromString(p.value(u"due"_s).toString(), Qt::ISODate),
                                    QLocale::ShortFormat),
                 quoted(p.value(u"what"_s).toString()));
    case AuditAction::ActionStatus:
        return QCoreApplication::translate("AuditSentence", "%1 started prevention action #%2.")
            .arg(c.who, id);
    case AuditAction::ActionClose:
        return QCoreApplication::translate("AuditSentence", "%1 closed prevention action #%2: %3")
            .arg(c.who, id, quoted(p.value(u"done"_s).toString()));
    case AuditAction::CustomerBack: {
        const qint64 customer = p.value(u"customer_id"_s).toInteger();
        return QCoreApplication::translate("AuditSentence", "%1 marked %2 as back.")
            .arg(c.who,
                 c.names.customerById.value(
                     customer, QCoreApplication::translate("AuditSentence", "customer %1").arg(customer)));
    }
    default:
        return {};
    }
}

QString staffSentence(const Context& c) {
    const QJsonObject& p = c.p;
    const QString subject = c.names.employee(p.value(u"code"_s).toString());
    switch (*c.row.action) {
    case AuditAction::EmployeeAdd:
        return QCoreApplication::translate("AuditSentence", "%1 added %2 (%3) as %4.")
            .arg(c.who, p.value(u"name"_s).toString(), p.value(u"code"_s).toString(),
                 p.value(u"role"_s).toString());
    case AuditAction::EmployeeActivate:
        return QCoreApplication::translate("AuditSentence", "%1 reactivated %2.").arg(c.who, subject);
    case AuditAction::EmployeeDeactivate:
        return QCoreApplication::translate("AuditSentence", "%1 deactivated %2.").arg(c.who, subject);
    case AuditAction::EmployeeUnlock:
        return QCoreApplication::translate("AuditSentence", "%1 unlocked %2.").arg(c.who, subject);
    case AuditAction::EmployeePinReset:
        return QCoreApplication::translate("AuditSentence", "%1 reset the PIN of %2.").arg(c.who, subject);
    case AuditAction::EmployeeRole:
        return QCoreApplication::translate("AuditSentence", "%1 changed the role of %2 from %3 to %4.")
            .arg(c.who, subject, p.value(u"from"_s).toString(), p.value(u"to"_s).toString());
    case AuditAction::AuthFail:
        return QCoreApplication::translate("AuditSentence", "Sign-in refused for %1 (%2).")
            .arg(subject, p.value(u"reason"_s).toString());
    case AuditAction::RecoveryBreach: {
        const QString over = Money(p.value(u"over_minor"_s).toInteger(), c.pb.currency()).toDisplayString();
        const QString giver = c.names.employee(p.value(u"employee_id"_s).toInteger());
        return p.value(u"rule"_s).toString() == u"offline_allowance"_s
                   ? QCoreApplication::translate(
                         "AuditSentence",
                         "Breach: %1 gave %2 over the day's offline allowance while the server was away.")
                         .arg(giver, over)
                   : QCoreApplication::translate(
                         "AuditSentence",
                         "Breach: %1 gave %2 over their authority while the server was away, "
                         "with no approval from an active supervisor who may give that much.")
                         .arg(giver, over);
    }
    case AuditAction::CopyRefused:
        return QCoreApplication::translate("AuditSentence",
                                           "The offline copy of counter %1 failed its own check and sent nothing: %2")
            .arg(p.value(u"counter"_s).toString(), p.value(u"reason"_s).toString());
    case AuditAction::OfflineShare:
        return QCoreApplication::translate(
                   "AuditSentence", "%1's offline allowance for %2 at counter %3: %4 (was %5, %6 given).")
            .arg(subject, p.value(u"day"_s).toString(), p.value(u"counter"_s).toString(),
                 Money(p.value(u"to_minor"_s).toInteger(), c.pb.currency()).toDisplayString(),
                 Money(p.value(u"from_minor"_s).toInteger(), c.pb.currency()).toDisplayString(),
                 Money(p.value(u"used_minor"_s).toInteger(), c.pb.currency()).toDisplayString());
    default:
        return {};
    }
}

} // namespace

Result<AuditNames> AuditNames::load(Database& db, const QList<AuditRow>& rows) {
    AuditNames n;
    Query staff = db.query(u"SELECT id, code, name FROM employees"_s);
    if (auto r = staff.exec(); !r)
        return r.error();
    while (staff.next()) {
        n.employeeById.insert(staff.integer(0), staff.text(2));
        n.employeeByCode.insert(staff.text(1), staff.text(2));
    }
    if (auto r = n.addCustomers(db, rows); !r)
        return r.error();
    return n;
}

Status AuditNames::addCustomers(Database& db, const QList<AuditRow>& rows) {
    for (const AuditRow& row : rows) {
        const qint64 id =
            QJsonDocument::fromJson(row.payload.toUtf8()).object().value(u"customer_id"_s).toInteger();
        if (id <= 0 || customerById.contains(id))
            continue;
        Query q = db.query(u"SELECT name FROM customers WHERE id = ?"_s);
        q.bind(id);
        if (auto r = q.exec(); !r)
            return r;
        if (q.next())
            customerById.insert(id, q.text(0));
    }
    return {};
}

QString AuditNames::employee(const QString& code) const {
    return employeeByCode.value(code, code);
}

QString AuditNames::employee(qint64 id) const {
    return employeeById.value(id, QCoreApplication::translate("AuditSentence", "employee %1").arg(id));
}

QString auditSentence(const AuditRow& row, const AuditNames& names, const Playbook& pb) {
    if (!row.action)
        return QCoreApplication::translate("AuditSentence", "%1: %2")
            .arg(names.employee(row.actor), row.actionId);
    const QJsonObject payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
    const Context c{row, payload, names, pb, names.employee(row.actor)};
    QString s = recoverySentence(c);
    if (s.isEmpty())
        s = staffSentence(c);
    if (s.isEmpty())
        s = loopSentence(c);
    if (s.isEmpty())
        s = QCoreApplication::translate("AuditSentence", "%1: %2.").arg(c.who, auditActionName(*row.action));
    return s;
}

} // namespace rebound
