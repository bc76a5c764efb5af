// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/VisitService.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "services/PlaybookService.h"
#include "services/RecoveryService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rebound {

Result<qint64> VisitService::customerIsBack(const AuthenticatedEmployee& by, qint64 customerId) {
    return m_db.write([&]() -> Result<qint64> { return record(by, customerId); });
}

Result<qint64> VisitService::visitOf(const AuthenticatedEmployee& by, const CustomerDraft& customer,
                                     PlaybookService& playbooks) {
    auto pb = playbooks.current();
    if (!pb)
        return pb.error();
    return m_db.write([&]() -> Result<qint64> {
        auto c = RecoveryService(m_db, m_clock, playbooks)
                     .resolveCustomer(Actor::of(by.employee()), customer, *pb->playbook);
        if (!c)
            return c.error();
        return record(by, c->id);
    });
}

// Inside the caller's write transaction.
Result<qint64> VisitService::record(const AuthenticatedEmployee& by, qint64 customerId) {
    const QDateTime now = m_clock.nowUtc();
    Query customer = m_db.query(u"SELECT name FROM customers WHERE id = ?"_s);
    customer.bind(customerId);
    if (auto r = customer.exec(); !r)
        return r.error();
    if (!customer.next())
        return Error::notFound(
            QCoreApplication::translate("Core", "customer %1: no such customer").arg(customerId));
    const QString name = customer.text(0);
    Query today =
        m_db.query(u"SELECT at FROM visits WHERE customer_id = ? AND at >= ? ORDER BY at DESC LIMIT 1"_s);
    today.bind(customerId).bind(TimeFormat::localDayStartStored(now.toLocalTime().date()));
    if (auto r = today.exec(); !r)
        return r.error();
    if (today.next())
        return Error::conflict(
            QCoreApplication::translate("Core", "%1 was already marked back today at %2")
                .arg(name, QLocale().toString(TimeFormat::fromStored(today.text(0)).toLocalTime().time(),
                                              QLocale::ShortFormat)));
    Query q =
        m_db.query(u"INSERT INTO visits (customer_id, at, recorded_by) VALUES (?, ?, ?) RETURNING id"_s);
    q.bind(customerId).bind(TimeFormat::toStored(now)).bind(by.employee().id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::storage(u"the new visit has no id"_s);
    const qint64 id = q.integer(0);
    auto a = AuditLog(m_db, m_clock)
                 .append(Actor::of(by.employee()), AuditAction::CustomerBack, u"visit"_s, QString::number(id),
                         {{u"customer_id"_s, customerId}});
    if (!a)
        return a.error();
    return id;
}

} // namespace rebound
