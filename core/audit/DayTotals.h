// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditAction.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace rebound {

class Database;

// Which kind (gift, voucher, refund…) each catalog item was in each playbook version.
class GestureKinds final {
public:
    static Result<GestureKinds> load(Database& db);
    QByteArray kindOf(qint64 playbookVersion, QByteArrayView item) const;

private:
    QHash<qint64, QHash<QByteArray, QByteArray>> m_kinds;
};

// A business day's figures as its closing records them, counted from the audit entries themselves
// (recoveries opened, gestures given per kind, overrides, per employee), so that the closing and
// verify() count the same way. Later corrections do not change a closed day: they count on theirs.
class DayTotals final {
public:
    // Counts an entry if it is one the totals read; kinds come from the recovery's playbook version.
    void add(AuditAction action, QByteArrayView actor, QByteArrayView payload, qint64 playbookVersion,
             const GestureKinds& kinds);
    QJsonObject toJson() const;
    qint64 recoveries() const { return m_recoveries; }
    qint64 givenMinor() const { return m_total; }
    qint64 overrides() const { return m_overrides; }
    const QByteArray& currency() const { return m_currency; }

private:
    struct PerEmployee {
        qint64 recoveries = 0;
        qint64 gestures = 0;
        qint64 givenMinor = 0;
        qint64 overrides = 0;
    };
    QMap<QByteArray, PerEmployee> m_employees;
    QMap<QByteArray, qint64> m_given; // per kind ("voucher", or "voucher EUR" in a second currency)
    qint64 m_recoveries = 0;
    qint64 m_gestures = 0;
    qint64 m_total = 0;
    qint64 m_overrides = 0;
    QByteArray m_currency;
};

} // namespace rebound
