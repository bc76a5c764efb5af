// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/DrillFromRecovery.h"

#include "domain/Incident.h"
#include "playbook/Playbook.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// What could identify someone, replaced in free text: the names given, then anything shaped like a phone
// number or an e-mail address.
QString anonymised(QString text, const QStringList& names, const QString& stand) {
    for (const QString& name : names) {
        for (const QString& part : name.split(u' ', Qt::SkipEmptyParts)) {
            if (part.size() >= 3)
                text.replace(QRegularExpression(u"\\b%1\\b"_s.arg(QRegularExpression::escape(part)),
                                                QRegularExpression::CaseInsensitiveOption),
                             stand);
        }
    }
    static const QRegularExpression email(u"[\\w.+-]+@[\\w-]+\\.[\\w.-]+"_s);
    static const QRegularExpression phone(u"\\+?\\d[\\d ()./-]{6,}\\d"_s);
    text.replace(email, QCoreApplication::translate("Drill", "[e-mail]"));
    text.replace(phone, QCoreApplication::translate("Drill", "[phone]"));
    // "Jordan Jordan" after two parts of one name were replaced.
    text.replace(QRegularExpression(u"\\b(%1)( \\1)+\\b"_s.arg(QRegularExpression::escape(stand))), stand);
    return text;
}

} // namespace

Result<Drill> drillFromRecovery(Database& db, qint64 incidentId, const Playbook& pb) {
    Query q = db.query(u"SELECT i.status, i.category, i.severity, i.detected_by, i.description, i.apology, "
                       "i.fix_notes, c.name, c.segment, c.preferences, e.name, "
                       "(SELECT channel FROM follow_ups f WHERE f.incident_id = i.id ORDER BY f.id LIMIT 1) "
                       "FROM incidents i JOIN customers c ON c.id = i.customer_id "
                       "JOIN employees e ON e.id = i.opened_by WHERE i.id = ?"_s);
    q.bind(incidentId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("Core", "recovery %1 does not exist").arg(incidentId));
    if (statusFromId(q.text(0)) != IncidentStatus::Closed)
        return Error::conflict(QCoreApplication::translate("Core",
                                                           "recovery %1 is not closed yet: a drill is made "
                                                           "from a recovery that is over")
                                   .arg(incidentId));
    const QString stand = QCoreApplication::translate("Drill", "Sam Taylor");
    Query staff = db.query(u"SELECT name FROM employees"_s);
    QStringList people{q.text(7)};
    if (staff.exec()) {
        while (staff.next())
            people << staff.text(0);
    }
    Drill d;
    d.id = u"recovery-%1"_s.arg(incidentId);
    d.title = QCoreApplication::translate("Drill", "From recovery #%1").arg(incidentId);
    d.setting = QCoreApplication::translate("Drill", "At our counter");
    d.customer.name = stand;
    d.customer.segment = SegmentId(q.text(8));
    d.customer.channel = channelFromId(q.text(11)).value_or(Channel::Phone);
    d.customer.notes = anonymised(q.text(9), people, stand);
    if (d.customer.notes.isEmpty())
        d.customer.notes = QCoreApplication::translate("Drill", "(what the counter knows about them)");
    d.whatWentWrong = anonymised(q.text(4), people, stand);
    d.opening = d.whatWentWrong;
    d.afterApology = QCoreApplication::translate("Drill", "(what the customer says after the apology)");
    d.afterFix = QCoreApplication::translate("Drill", "(what the customer says once it is fixed)");
    d.afterGesture = QCoreApplication::translate("Drill", "(what the customer says about the gesture)");
    d.detectedBy = detectedByFromId(q.text(3)).value_or(DetectedBy::Customer);
    d.category = CategoryId(q.text(1));
    d.severity = SeverityId(q.text(2));
    Query given = db.query(u"SELECT DISTINCT item FROM compensations WHERE incident_id = ?"_s);
    given.bind(incidentId);
    if (auto r = given.exec(); !r)
        return r.error();
    while (given.next()) {
        if (pb.item(given.text(0)))
            d.delight << given.text(0);
    }
    if (d.delight.isEmpty() && !pb.catalog().isEmpty())
        d.delight << pb.catalog().first().id;
    const Severity* severity = pb.severity(d.severity);
    d.targetSeconds = std::clamp(severity ? severity->targetMinutes * 60 / 4 : 90, 30, 600);
    d.ideal = {anonymised(q.text(5), people, stand), anonymised(q.text(6), people, stand)};
    d.ideal.removeAll(QString());
    if (d.ideal.isEmpty())
        d.ideal << QCoreApplication::translate("Drill", "(the ideal path, one step a line)");
    return d;
}

} // namespace rebound
