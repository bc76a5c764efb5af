// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CounterImport.h"

#include "audit/Verifier.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "record/RecoveryRecord.h"
#include "services/RecoveryTransfer.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// One query's first column, or 0.
Result<qint64> scalar(Database& db, const QString& sql) {
    Query q = db.query(sql);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

} // namespace

Result<void> CounterImport::checkRequest(Database& counter, const QString& site,
                                         const AuthenticatedEmployee& manager) {
    if (site.trimmed().isEmpty())
        return Error::invalidAt(u"site"_s,
                                QCoreApplication::translate("Core", "--site: name the counter's site"));
    if (counter.backend() != Database::Backend::File)
        return Error::invalid(
            QCoreApplication::translate("Core", "the history to move in must be a counter's own file"));
    if (manager.employee().role != Role::Manager)
        return Error::denied(QCoreApplication::translate(
            "Core", "only a manager may move a counter's history into the server"));
    // A counter's manager speaks for the server only while the server has nobody of its own.
    Query q = m_server.query(u"SELECT count(*), sum(CASE WHEN code = ? AND role = 'manager' AND active = 1 "
                             u"THEN 1 ELSE 0 END) FROM employees"_s);
    q.bind(manager.employee().code);
    if (auto r = q.exec(); !r)
        return r;
    if (q.next() && q.integer(0) > 0 && q.integer(1) == 0)
        return Error::denied(QCoreApplication::translate(
            "Core", "only a manager of the server may move a counter's history into it"));
    return {};
}

Result<ImportSummary> CounterImport::run(Database& counter, const QString& site,
                                         const AuthenticatedEmployee& manager) {
    if (auto allowed = checkRequest(counter, site, manager); !allowed)
        return allowed.error();
    const Actor by = Actor::of(manager.employee());
    ImportSummary out;
    // Before: the counter's own chain and tables must hold, or nothing moves.
    VerifyOptions options;
    options.skipReceipts = true;
    auto before = Verifier(counter, m_clock).run(options);
    if (!before)
        return Error::of(before.error().code,
                         QCoreApplication::translate("Core",
                                                     "the counter's database does not verify, nothing was "
                                                     "imported: %1")
                             .arg(before.error().message));
    out.sourceEntries = before->entries;
    {
        Query head = counter.query(u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (auto r = head.exec(); !r)
            return r.error();
        if (head.next())
            out.sourceHead = head.text(0);
    }
    for (const auto& [table, name] :
         {std::pair{u"amendments"_s, u"corrections"_s}, std::pair{u"stories"_s, u"stories"_s},
          std::pair{u"prevention_actions"_s, u"prevention actions"_s}, std::pair{u"reviews"_s, u"reviews"_s},
          std::pair{u"practice_results"_s, u"practice results"_s}}) {
        auto n = scalar(counter, u"SELECT count(*) FROM "_s + table);
        if (!n)
            return n.error();
        if (*n)
            out.notCarried << u"%1 %2"_s.arg(*n).arg(name);
    }

    Place place = m_server.place();
    const Place previous = place;
    place.site = site.trimmed();
    m_server.setPlace(place);
    auto written = m_server.write([&]() -> Result<void> {
        RecoveryTransfer importer(m_server, counter, m_clock, by, out);
        if (auto r = importer.employees(); !r)
            return r;
        if (auto r = importer.recoveries(); !r)
            return r;
        if (auto r = importer.visits(); !r)
            return r;
        if (out.recoveries == 0 && out.visits == 0 && out.employeesAdded == 0 && out.customersAdded == 0)
            return {};
        JsonPayload p;
        p.add("customers", out.customersAdded)
            .add("employees", out.employeesAdded)
            .add("recoveries", out.recoveries)
            .add("site", place.site.toUtf8())
            .add("source_entries", out.sourceEntries)
            .add("source_head", out.sourceHead.toUtf8())
            .add("visits", out.visits);
        auto a = AuditLog(m_server, m_clock)
                     .append(by, AuditAction::CounterImport, u"counter"_s, place.site, p.bytes(),
                             std::nullopt, TimeFormat::toStored(m_clock.nowUtc()));
        if (!a)
            return a.error();
        return {};
    });
    m_server.setPlace(previous);
    if (!written)
        return written.error();
    // After: the server's chain with everything moved in.
    VerifyOptions chain;
    chain.skipReceipts = true;
    auto after = Verifier(m_server, m_clock).run(chain);
    if (!after)
        return after.error();
    out.serverEntries = after->entries;
    return out;
}

} // namespace rebound
