// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Channel.h"
#include "domain/Incident.h"
#include "domain/Money.h"
#include "domain/PlaybookId.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound {

// Everything an employee gathered for one recovery, before the rules have checked it.
struct CustomerDraft {
    std::optional<qint64> id; // an existing customer; otherwise matched by phone or email, or created
    QString name;
    QString phone;
    QString email;
    QString accountRef;
    SegmentId segment; // empty: the playbook's default segment for a new customer
    QString preferences;
    QString lifetimeValue; // what the customer has spent with the business, as typed; empty: not known
};

struct CompensationDraft {
    QString item;
    QString amount; // decimal text as typed; empty for a fixed-price item
};

struct RecoveryDraft {
    CustomerDraft customer;
    CategoryId category;
    SeverityId severity;
    DetectedBy detectedBy = DetectedBy::Customer;
    QString description;
    QString preventionNote;
    std::optional<QDateTime> occurredAt; // when the customer was let down; default now
    QString apology;                     // empty: the category's first script, personalised
    std::optional<QDateTime> apologizedAt;
    QString fixNotes;
    bool resolved = false;
    std::optional<QDateTime> fixedAt;
    QList<CompensationDraft> compensations;
    std::optional<QDateTime> followUpDue;   // empty: the category's first follow-up offset
    std::optional<Channel> followUpChannel; // empty: phone if known, else email, else in person
    std::optional<int> satisfaction;

    // The fix as recorded: each checklist step done, ticked, one a line, then the employee's own notes.
    static QString fixNotesFrom(const QStringList& stepsDone, const QString& notes) {
        QStringList lines;
        for (const QString& step : stepsDone)
            lines << QStringLiteral("✓ ") + step;
        if (!notes.trimmed().isEmpty())
            lines << notes.trimmed();
        return lines.join(QLatin1Char('\n'));
    }
};

// The parts of a draft, in the order the wizard's pages fill them.
enum class DraftPart { Situation, Apology, Fix, FollowUp };

struct RecordedRecovery {
    qint64 id = 0;
    QString uuid;
    Money total;
    std::optional<qint64> approvedBy;
    qint64 followUpId = 0;
    QStringList voucherCodes; // to hand to the customer

    QDateTime openedAt;
    QDateTime recoveredAt; // when the follow-up was scheduled: the counter's part was done
};

} // namespace rebound
