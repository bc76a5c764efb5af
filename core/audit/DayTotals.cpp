// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/DayTotals.h"

#include "audit/PayloadScan.h"
#include "playbook/Playbook.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace rebound {

Result<GestureKinds> GestureKinds::load(Database& db) {
    GestureKinds out;
    Query q = db.query(u"SELECT version, json FROM playbook_versions"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next()) {
        auto pb = Playbook::fromJson(q.value(1).toString().toUtf8());
        if (!pb)
            continue; // a damaged version is reported by the reconciliation of playbook versions
        QHash<QByteArray, QByteArray>& kinds = out.m_kinds[q.integer(0)];
        for (const CatalogItem& item : pb->catalog())
            kinds.insert(item.id.toUtf8(), catalogKindId(item.kind).toUtf8());
    }
    return out;
}

QByteArray GestureKinds::kindOf(qint64 playbookVersion, QByteArrayView item) const {
    const auto version = m_kinds.constFind(playbookVersion);
    if (version == m_kinds.cend())
        return QByteArrayLiteral("unknown");
    return version->value(item.toByteArray(), QByteArrayLiteral("unknown"));
}

void DayTotals::add(AuditAction action, QByteArrayView actor, QByteArrayView payload, qint64 playbookVersion,
                    const GestureKinds& kinds) {
    PayloadScan scan(payload);
    switch (action) {
    case AuditAction::IncidentOpen:
        ++m_recoveries;
        ++m_employees[actor.toByteArray()].recoveries;
        break;
    case AuditAction::CompensationGive: {
        const qint64 minor = scan.minorUnits("amount").value_or(0);
        const QByteArray currency = scan.text("currency").value_or(QByteArrayView()).toByteArray();
        QByteArray kind = kinds.kindOf(playbookVersion, scan.text("item").value_or(QByteArrayView()));
        if (m_currency.isEmpty())
            m_currency = currency;
        else if (currency != m_currency)
            kind += ' ' + currency;
        m_given[kind] += minor;
        m_total += currency == m_currency ? minor : 0;
        ++m_gestures;
        PerEmployee& e = m_employees[actor.toByteArray()];
        ++e.gestures;
        e.givenMinor += currency == m_currency ? minor : 0;
        break;
    }
    case AuditAction::CompensationApprove:
        ++m_overrides;
        ++m_employees[scan.text("given_by").value_or(QByteArrayView()).toByteArray()].overrides;
        break;
    default:
        break;
    }
}

QJsonObject DayTotals::toJson() const {
    QJsonObject given;
    for (auto it = m_given.cbegin(); it != m_given.cend(); ++it)
        given.insert(QString::fromUtf8(it.key()), it.value());
    QJsonObject employees;
    for (auto it = m_employees.cbegin(); it != m_employees.cend(); ++it) {
        employees.insert(QString::fromUtf8(it.key()), QJsonObject{{u"recoveries"_s, it->recoveries},
                                                                  {u"gestures"_s, it->gestures},
                                                                  {u"given_minor"_s, it->givenMinor},
                                                                  {u"overrides"_s, it->overrides}});
    }
    return {{u"recoveries"_s, m_recoveries}, {u"gestures"_s, m_gestures},
            {u"given_minor"_s, m_total},     {u"given_by_kind"_s, given},
            {u"overrides"_s, m_overrides},   {u"currency"_s, QString::fromUtf8(m_currency)},
            {u"employees"_s, employees}};
}

} // namespace rebound
