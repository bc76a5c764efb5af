// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusinessHours.h"
#include "domain/Channel.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace rebound {

class Database;
class Playbook;

// The one-page note handed to the customer: the apology, what was fixed, what was given (with voucher
// codes), who to contact and when we will be in touch.
struct RecoveryNote {
    struct Gesture {
        QString name;
        Money amount;
        QString voucherCode;
    };

    qint64 incidentId = 0;
    QString customer;
    QString category;
    QString apology;
    QString fixNotes;
    bool resolved = false;
    QList<Gesture> gestures;
    QDateTime followUpDue;
    Channel followUpChannel = Channel::Phone;
    BusinessHours hours; // the promise is written in them
    QDateTime printedAt; // "today", "tomorrow" count from here
    QString employee;
    QDateTime openedAt;

    // names: the playbook in force, for the gestures' and category's names.
    static Result<RecoveryNote> load(Database& db, qint64 incidentId, const Playbook& names,
                                     const BusinessHours& hours, const QDateTime& nowUtc);
    // Self-contained HTML for Qt's rich text: what the printer and the PDF writer render.
    QString toHtml(const QString& businessName, const QString& contact, const QLocale& locale) const;
};

} // namespace rebound
