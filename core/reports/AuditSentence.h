// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "reports/AuditQuery.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rebound {

class Database;
class Playbook;

// Who is who in audit entries, which name people by code or by id.
struct AuditNames {
    QHash<QString, QString> employeeByCode;
    QHash<qint64, QString> employeeById;
    QHash<qint64, QString> customerById;

    // Every employee, and the customers the given entries refer to.
    static Result<AuditNames> load(Database& db, const QList<AuditRow>& rows);
    // The customers these entries refer to that are not known yet: a page of the audit view at a time.
    Status addCustomers(Database& db, const QList<AuditRow>& rows);
    QString employee(const QString& code) const;
    QString employee(qint64 id) const;
};

// An audit entry as a sentence in the user's language, with names, display names and local times:
// "Alex Rivera gave an account credit of 1,800.00 USD, approved by Priya Patel."
// Entries this version cannot read fall back to the action's name.
QString auditSentence(const AuditRow& row, const AuditNames& names, const Playbook& pb);

} // namespace rebound
