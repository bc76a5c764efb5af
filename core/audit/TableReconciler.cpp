// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/TableReconciler.h"

#include "audit/ChainReplay.h"
#include "audit/PayloadScan.h"
#include "domain/Money.h"
#include "store/Database.h"
#include "store/RowStatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

QString utf8(QByteArrayView v) {
    return QString::fromUtf8(v);
}

// "amount 450.00 in the table, 45.00 in audit entry 57"
QString differs(const QString& field, const QString& table, const QString& audit, qint64 entry) {
    return QCoreApplication::translate("Core", "%1 %2 in the table, %3 in audit entry %4")
        .arg(field, table.isEmpty() ? u"(none)"_s : table, audit.isEmpty() ? u"(none)"_s : audit)
        .arg(entry);
}

Error mismatch(const QString& row, const QString& what) {
    return Error::corrupt(row + u": "_s + what);
}

QString money(qint64 minor, const QString& currency) {
    return Money(minor, currency).toDecimalString();
}

template <typename T> const T* replayed(const std::vector<T>& rows, qint64 id) {
    if (id <= 0 || size_t(id) >= rows.size() || rows[size_t(id)].entry == 0)
        return nullptr;
    return &rows[size_t(id)];
}

const ReplayedIncident* replayedIncident(const std::vector<ReplayedIncident>& rows, qint64 id) {
    if (id <= 0 || size_t(id) >= rows.size() || rows[size_t(id)].openEntry == 0)
        return nullptr;
    return &rows[size_t(id)];
}

// Rows the chain created that the table no longer has.
template <typename T>
std::optional<std::pair<qint64, qint64>> firstUnseen(const std::vector<T>& rows,
                                                     const std::vector<bool>& seen, qint64 T::*entry) {
    for (size_t id = 1; id < rows.size(); ++id) {
        if (rows[id].*entry != 0 && (id >= seen.size() || !seen[id]))
            return std::pair{qint64(id), rows[id].*entry};
    }
    return std::nullopt;
}

void markSeen(std::vector<bool>& seen, qint64 id) {
    if (id > 0 && id < (qint64(1) << 31)) {
        if (size_t(id) >= seen.size())
            seen.resize(size_t(id) + 1);
        seen[size_t(id)] = true;
    }
}

} // namespace

Result<void> TableReconciler::run() {
    for (auto step :
         {&TableReconciler::incidents, &TableReconciler::compensations, &TableReconciler::followUps,
          &TableReconciler::employees, &TableReconciler::customers, &TableReconciler::playbookVersions,
          &TableReconciler::settings, &TableReconciler::reviews, &TableReconciler::amendments,
          &TableReconciler::practice, &TableReconciler::drillLibrary, &TableReconciler::stories,
          &TableReconciler::actions, &TableReconciler::visits}) {
        if (auto r = (this->*step)(); !r)
            return r;
    }
    return {};
}

QString TableReconciler::entryValue(qint64 entry, const char* key) {
    RowStatement q(m_db, "SELECT action, payload FROM audit_log WHERE id = ?");
    q.bind(1, entry);
    if (!q.next())
        return {};
    if (q.text(0) == "incident.amend") {
        const QJsonObject payload = QJsonDocument::fromJson(q.text(1).toByteArray()).object();
        for (const QJsonValue& v : payload.value(u"changes"_s).toArray()) {
            if (v.toObject().value(u"field"_s).toString() == QLatin1String(key))
                return v.toObject().value(u"after"_s).toString();
        }
        return {};
    }
    PayloadScan scan(q.text(1));
    if (auto t = scan.text(key))
        return utf8(*t);
    if (auto raw = scan.raw(key))
        return utf8(*raw);
    return {};
}

Result<void> TableReconciler::incidents() {
    const auto& rows = m_replay.incidents();
    const Interner& names = m_replay.names();
    RowStatement q(m_db, "SELECT id, status, category, severity, customer_id, total_minor, override, "
                      "opened_by, playbook_version, currency, opened_at FROM incidents ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "recovery #%1").arg(id);
        const ReplayedIncident* i = replayedIncident(rows, id);
        if (!i)
            return mismatch(
                row, QCoreApplication::translate("Core", "it is in the table, but no audit entry opened it"));
        markSeen(seen, id);
        const QString currency = utf8(q.text(9));
        if (q.text(1) != statusId(i->status).toLatin1())
            return mismatch(row, differs(QCoreApplication::translate("Core", "state"), utf8(q.text(1)),
                                         statusId(i->status), i->statusEntry));
        if (q.text(2) != names.text(i->category))
            return mismatch(row, differs(QCoreApplication::translate("Core", "category"), utf8(q.text(2)),
                                         utf8(names.text(i->category)), i->categoryEntry));
        if (q.text(3) != names.text(i->severity))
            return mismatch(row, differs(QCoreApplication::translate("Core", "severity"), utf8(q.text(3)),
                                         utf8(names.text(i->severity)), i->severityEntry));
        if (q.integer(4) != i->customerId)
            return mismatch(row, differs(QCoreApplication::translate("Core", "customer"),
                                         QString::number(q.integer(4)), QString::number(i->customerId),
                                         i->openEntry));
        if (q.integer(5) != i->totalMinor)
            return mismatch(row, differs(QCoreApplication::translate("Core", "total"),
                                         money(q.integer(5), currency), money(i->totalMinor, currency),
                                         i->totalEntry));
        if ((q.integer(6) != 0) != i->override)
            return mismatch(row, differs(QCoreApplication::translate("Core", "override"),
                                         q.integer(6) ? u"yes"_s : u"no"_s, i->override ? u"yes"_s : u"no"_s,
                                         i->overrideEntry));
        if (i->currency != Interner::None && q.text(9) != names.text(i->currency))
            return mismatch(row, differs(QCoreApplication::translate("Core", "currency"), currency,
                                         utf8(names.text(i->currency)), i->currencyEntry));
        if (textDigest(q.text(10)) != i->openedAt)
            return mismatch(row, differs(QCoreApplication::translate("Core", "opened at"), utf8(q.text(10)),
                                         entryValue(i->openEntry, "opened_at"), i->openEntry));
        if (q.integer(7) != i->openedBy || q.integer(8) != i->playbookVersion)
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "opened by employee / playbook"),
                                    u"%1 / %2"_s.arg(q.integer(7)).arg(q.integer(8)),
                                    u"%1 / %2"_s.arg(i->openedBy).arg(i->playbookVersion), i->openEntry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedIncident::openEntry))
        return mismatch(
            QCoreApplication::translate("Core", "recovery #%1").arg(gone->first),
            QCoreApplication::translate("Core", "audit entry %1 opened it, but it is missing from the table")
                .arg(gone->second));
    return {};
}

Result<void> TableReconciler::compensations() {
    const auto& rows = m_replay.compensations();
    const Interner& names = m_replay.names();
    RowStatement q(m_db, "SELECT c.id, c.incident_id, c.item, c.amount_minor, c.approved_by, c.voucher_code, "
                      "c.currency, a.id, c.given_by, c.kind FROM compensations c "
                      "LEFT JOIN amendments a ON a.compensation_id = c.id ORDER BY c.id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row =
            QCoreApplication::translate("Core", "compensation %1 of recovery #%2").arg(id).arg(q.integer(1));
        const ReplayedCompensation* c = replayed(rows, id);
        if (!c)
            return mismatch(
                row, QCoreApplication::translate("Core", "it is in the table, but no audit entry gave it"));
        markSeen(seen, id);
        const QString currency = utf8(q.text(6));
        if (q.integer(1) != c->incidentId)
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "recovery"),
                                    QString::number(q.integer(1)), QString::number(c->incidentId), c->entry));
        if (q.text(2) != names.text(c->item))
            return mismatch(row, differs(QCoreApplication::translate("Core", "item"), utf8(q.text(2)),
                                         utf8(names.text(c->item)), c->entry));
        if (q.integer(3) != c->amountMinor || q.text(6) != names.text(c->currency))
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "amount"),
                                    money(q.integer(3), currency) + u' ' + currency,
                                    money(c->amountMinor, currency) + u' ' + utf8(names.text(c->currency)),
                                    c->entry));
        if ((q.isNull(4) ? 0 : q.integer(4)) != c->approvedBy)
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "approver"),
                                    q.isNull(4) ? QString() : QString::number(q.integer(4)),
                                    c->approvedBy ? QString::number(c->approvedBy) : QString(), c->entry));
        if (q.integer(8) != c->givenBy)
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "given by employee"),
                                    QString::number(q.integer(8)), QString::number(c->givenBy), c->entry));
        if (q.text(9) != names.text(c->kind))
            return mismatch(row, differs(QCoreApplication::translate("Core", "kind"), utf8(q.text(9)),
                                         utf8(names.text(c->kind)), c->entry));
        if (textDigest(q.text(5)) != c->voucher)
            return mismatch(row, differs(QCoreApplication::translate("Core", "voucher code"), utf8(q.text(5)),
                                         entryValue(c->entry, "voucher_code"), c->entry));
        if (q.isNull(7) != (c->withdrawnEntry == 0))
            return mismatch(
                row, q.isNull(7) ? QCoreApplication::translate(
                                       "Core", "audit entry %1 withdrew it, but the table counts it")
                                       .arg(c->withdrawnEntry)
                                 : QCoreApplication::translate(
                                       "Core", "the table has it withdrawn, but no audit entry withdrew it"));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedCompensation::entry))
        return mismatch(
            QCoreApplication::translate("Core", "compensation %1 of recovery #%2")
                .arg(gone->first)
                .arg(rows[size_t(gone->first)].incidentId),
            QCoreApplication::translate("Core", "audit entry %1 gave it, but it is missing from the table")
                .arg(gone->second));
    return {};
}

Result<void> TableReconciler::followUps() {
    const auto& rows = m_replay.followUps();
    const Interner& names = m_replay.names();
    RowStatement q(m_db, "SELECT id, incident_id, due_at, channel, owner_id, done_at IS NOT NULL, "
                      "reached, satisfaction, verdict, attempts, outcome FROM follow_ups ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row =
            QCoreApplication::translate("Core", "follow-up %1 of recovery #%2").arg(id).arg(q.integer(1));
        const ReplayedFollowUp* f = replayed(rows, id);
        if (!f)
            return mismatch(row, QCoreApplication::translate(
                                     "Core", "it is in the table, but no audit entry scheduled it"));
        markSeen(seen, id);
        if (q.integer(1) != f->incidentId || q.integer(4) != f->ownerId)
            return mismatch(row, differs(QCoreApplication::translate("Core", "recovery / owner"),
                                         u"#%1 / %2"_s.arg(q.integer(1)).arg(q.integer(4)),
                                         u"#%1 / %2"_s.arg(f->incidentId).arg(f->ownerId), f->entry));
        if (textDigest(q.text(2)) != f->due)
            return mismatch(
                row, differs(QCoreApplication::translate("Core", "due time"), utf8(q.text(2)),
                             entryValue(f->dueEntry, f->dueEntry == f->entry || f->dueEntry == f->doneEntry
                                                         ? "due"
                                                         : "next_due"),
                             f->dueEntry));
        if (q.text(3) != names.text(f->channel))
            return mismatch(row, differs(QCoreApplication::translate("Core", "channel"), utf8(q.text(3)),
                                         utf8(names.text(f->channel)), f->entry));
        const qint64 outcomeEntry = f->doneEntry ? f->doneEntry : f->entry;
        if ((q.integer(5) != 0) != f->done)
            return mismatch(row, differs(QCoreApplication::translate("Core", "done"),
                                         q.integer(5) ? u"yes"_s : u"no"_s, f->done ? u"yes"_s : u"no"_s,
                                         outcomeEntry));
        const qint8 reached = q.isNull(6) ? qint8(-1) : qint8(q.integer(6) != 0);
        const qint8 satisfaction = q.isNull(7) ? qint8(0) : qint8(q.integer(7));
        if (reached != f->reached || satisfaction != f->satisfaction || q.text(8) != names.text(f->verdict) ||
            q.integer(9) != f->attempts)
            return mismatch(
                row,
                differs(
                    QCoreApplication::translate("Core", "outcome (reached, satisfaction, verdict, tries)"),
                    u"%1, %2, %3, %4"_s.arg(reached).arg(satisfaction).arg(utf8(q.text(8))).arg(q.integer(9)),
                    u"%1, %2, %3, %4"_s.arg(f->reached)
                        .arg(f->satisfaction)
                        .arg(utf8(names.text(f->verdict)))
                        .arg(f->attempts),
                    outcomeEntry));
        if (f->doneEntry != 0 && textDigest(q.text(10)) != f->outcome)
            return mismatch(row, differs(QCoreApplication::translate("Core", "comment"), utf8(q.text(10)),
                                         entryValue(f->doneEntry, "outcome"), f->doneEntry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedFollowUp::entry))
        return mismatch(QCoreApplication::translate("Core", "follow-up %1 of recovery #%2")
                            .arg(gone->first)
                            .arg(rows[size_t(gone->first)].incidentId),
                        QCoreApplication::translate(
                            "Core", "audit entry %1 scheduled it, but it is missing from the table")
                            .arg(gone->second));
    return {};
}

Result<void> TableReconciler::employees() {
    const auto& rows = m_replay.employees();
    const Interner& names = m_replay.names();
    RowStatement q(m_db, "SELECT id, code, role, active FROM employees ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "employee %1").arg(utf8(q.text(1)));
        const ReplayedEmployee* e = replayed(rows, id);
        if (!e)
            return mismatch(
                row, QCoreApplication::translate("Core", "it is in the table, but no audit entry added it"));
        markSeen(seen, id);
        if (textDigest(q.text(1)) != e->code)
            return mismatch(row, differs(QCoreApplication::translate("Core", "code"), utf8(q.text(1)),
                                         entryValue(e->entry, "code"), e->entry));
        if (q.text(2) != names.text(e->role))
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "role (and so the spending limits)"),
                                    utf8(q.text(2)), utf8(names.text(e->role)), e->roleEntry));
        if ((q.integer(3) != 0) != e->active)
            return mismatch(row, differs(QCoreApplication::translate("Core", "active"),
                                         q.integer(3) ? u"yes"_s : u"no"_s, e->active ? u"yes"_s : u"no"_s,
                                         e->activeEntry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedEmployee::entry))
        return mismatch(
            QCoreApplication::translate("Core", "employee %1").arg(entryValue(gone->second, "code")),
            QCoreApplication::translate("Core",
                                        "audit entry %1 added them, but they are missing from the table")
                .arg(gone->second));
    return {};
}

Result<void> TableReconciler::customers() {
    const auto& rows = m_replay.customers();
    const Interner& names = m_replay.names();
    RowStatement q(m_db, "SELECT id, name, segment, lifetime_value_minor FROM customers ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "customer %1").arg(id);
        const ReplayedCustomer* c = replayed(rows, id);
        if (!c)
            return mismatch(
                row, QCoreApplication::translate("Core", "it is in the table, but no audit entry added it"));
        markSeen(seen, id);
        if (textDigest(q.text(1)) != c->name)
            return mismatch(row, differs(QCoreApplication::translate("Core", "name"), utf8(q.text(1)),
                                         entryValue(c->entry, "name"), c->entry));
        if (q.text(2) != names.text(c->segment))
            return mismatch(row, differs(QCoreApplication::translate("Core", "segment"), utf8(q.text(2)),
                                         utf8(names.text(c->segment)), c->entry));
        if (q.integer(3) != c->lifetimeValueMinor)
            return mismatch(row, differs(QCoreApplication::translate("Core", "lifetime value"),
                                         QString::number(q.integer(3)),
                                         QString::number(c->lifetimeValueMinor), c->entry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedCustomer::entry))
        return mismatch(
            QCoreApplication::translate("Core", "customer %1").arg(gone->first),
            QCoreApplication::translate("Core", "audit entry %1 added it, but it is missing from the table")
                .arg(gone->second));
    return {};
}

Result<void> TableReconciler::playbookVersions() {
    const auto& versions = m_replay.playbookVersions();
    RowStatement q(m_db, "SELECT version, sha256, json FROM playbook_versions ORDER BY version");
    qint64 seen = 0;
    while (q.next()) {
        const qint64 version = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "playbook version %1").arg(version);
        const auto it = versions.constFind(version);
        if (it == versions.cend())
            return mismatch(row, QCoreApplication::translate(
                                     "Core", "it is in the table, but no audit entry imported it"));
        ++seen;
        const QByteArray actual = QCryptographicHash::hash(q.text(2), QCryptographicHash::Sha256).toHex();
        if (q.text(1) != it->second || actual != it->second)
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "SHA-256 of its rules"),
                                    QString::fromLatin1(actual), QString::fromLatin1(it->second), it->first));
    }
    if (auto r = q.error(); !r)
        return r;
    if (seen != versions.size()) {
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            RowStatement one(m_db, "SELECT 1 FROM playbook_versions WHERE version = ?");
            one.bind(1, it.key());
            if (!one.next())
                return mismatch(QCoreApplication::translate("Core", "playbook version %1").arg(it.key()),
                                QCoreApplication::translate(
                                    "Core", "audit entry %1 imported it, but it is missing from the table")
                                    .arg(it->first));
        }
    }
    return {};
}

Result<void> TableReconciler::settings() {
    const auto& audited = m_replay.settings();
    RowStatement q(m_db, "SELECT key, value FROM settings WHERE key IN "
                                     "('review.threshold_minor', 'business.hours', 'business.time_zone')");
    QSet<QByteArray> present;
    while (q.next()) {
        const QByteArray key = q.text(0).toByteArray();
        const QString row = QCoreApplication::translate("Core", "setting %1").arg(QString::fromUtf8(key));
        const auto it = audited.constFind(key);
        if (it == audited.cend())
            return mismatch(
                row, QCoreApplication::translate("Core", "it is in the table, but no audit entry set it"));
        if (textDigest(q.text(1)) != it->value)
            return mismatch(
                row, QCoreApplication::translate("Core", "\"%1\" in the table differs from audit entry %2")
                         .arg(utf8(q.text(1)))
                         .arg(it->entry));
        present.insert(key);
    }
    if (auto r = q.error(); !r)
        return r;
    for (auto it = audited.cbegin(); it != audited.cend(); ++it) {
        if (!present.contains(it.key()))
            return mismatch(
                QCoreApplication::translate("Core", "setting %1").arg(QString::fromUtf8(it.key())),
                QCoreApplication::translate("Core", "audit entry %1 set it, but it is missing from the table")
                    .arg(it->entry));
    }
    return {};
}

Result<void> TableReconciler::reviews() {
    const auto& audited = m_replay.reviews();
    RowStatement q(m_db, "SELECT kind, ref, reviewed_by FROM reviews ORDER BY id");
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        const QByteArray key = q.text(0).toByteArray() + ' ' + q.text(1).toByteArray();
        const QString row = QCoreApplication::translate("Core", "review mark %1").arg(QString::fromUtf8(key));
        const auto it = audited.constFind(key);
        if (it == audited.cend())
            return mismatch(
                row, QCoreApplication::translate("Core", "it is in the table, but no audit entry marked it"));
        if (q.integer(2) != it->by)
            return mismatch(row, differs(QCoreApplication::translate("Core", "reviewed by employee"),
                                         QString::number(q.integer(2)), QString::number(it->by), it->entry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (rows != audited.size())
        return Error::corrupt(
            QCoreApplication::translate("Core", "review marks: %1 in the table, %2 in the audit log")
                .arg(rows)
                .arg(audited.size()));
    return {};
}

Result<void> TableReconciler::amendments() {
    const auto& rows = m_replay.incidents();
    RowStatement q(m_db, "SELECT incident_id, count(*) FROM amendments GROUP BY incident_id");
    qint64 tableTotal = 0;
    while (q.next()) {
        const qint64 id = q.integer(0);
        tableTotal += q.integer(1);
        const ReplayedIncident* i = replayedIncident(rows, id);
        if (!i || i->amendments != q.integer(1))
            return mismatch(
                QCoreApplication::translate("Core", "recovery #%1").arg(id),
                QCoreApplication::translate("Core", "%1 corrections in the table, %2 in the audit log")
                    .arg(q.integer(1))
                    .arg(i ? i->amendments : 0));
    }
    if (auto r = q.error(); !r)
        return r;
    qint64 chainTotal = 0;
    for (size_t id = 1; id < rows.size(); ++id)
        chainTotal += rows[id].amendments;
    if (chainTotal != tableTotal)
        return Error::corrupt(
            QCoreApplication::translate("Core", "corrections: %1 in the table, %2 in the audit log")
                .arg(tableTotal)
                .arg(chainTotal));
    return {};
}

Result<void> TableReconciler::practice() {
    const auto& rows = m_replay.practice();
    RowStatement q(m_db, "SELECT id, employee_id, drill_id, score FROM practice_results ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "practice result %1").arg(id);
        const ReplayedPractice* p = replayed(rows, id);
        if (!p)
            return mismatch(row, QCoreApplication::translate(
                                     "Core", "it is in the table, but no audit entry recorded it"));
        markSeen(seen, id);
        if (q.integer(1) != p->employeeId || textDigest(q.text(2)) != p->drill)
            return mismatch(row, differs(QCoreApplication::translate("Core", "employee / drill"),
                                         u"%1 / %2"_s.arg(q.integer(1)).arg(utf8(q.text(2))),
                                         u"%1 / %2"_s.arg(p->employeeId).arg(entryValue(p->entry, "drill")),
                                         p->entry));
        if (q.integer(3) != p->score)
            return mismatch(row, differs(QCoreApplication::translate("Core", "score"),
                                         QString::number(q.integer(3)), QString::number(p->score), p->entry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedPractice::entry))
        return mismatch(QCoreApplication::translate("Core", "practice result %1").arg(gone->first),
                        QCoreApplication::translate(
                            "Core", "audit entry %1 recorded it, but it is missing from the table")
                            .arg(gone->second));
    return {};
}

Result<void> TableReconciler::drillLibrary() {
    const auto& drills = m_replay.drills();
    RowStatement q(m_db, "SELECT id, sha256, json FROM drill_library ORDER BY id");
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        const QString row = QCoreApplication::translate("Core", "drill %1").arg(utf8(q.text(0)));
        const auto it = drills.constFind(q.text(0).toByteArray());
        if (it == drills.cend())
            return mismatch(row, QCoreApplication::translate(
                                     "Core", "it is in the library, but no audit entry added it"));
        const QByteArray actual = QCryptographicHash::hash(q.text(2), QCryptographicHash::Sha256).toHex();
        if (q.text(1) != it->second || actual != it->second)
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "SHA-256 of the drill"),
                                    QString::fromLatin1(actual), QString::fromLatin1(it->second), it->first));
    }
    if (auto r = q.error(); !r)
        return r;
    if (rows != drills.size())
        return Error::corrupt(
            QCoreApplication::translate("Core", "drill library: %1 drills in the table, %2 in the audit log")
                .arg(rows)
                .arg(drills.size()));
    return {};
}

Result<void> TableReconciler::stories() {
    const auto& rows = m_replay.stories();
    const Interner& names = m_replay.names();
    RowStatement q(m_db, "SELECT id, incident_id, nominated_by, status, coalesce(decided_by, 0), "
                                     "happened, did, reaction, learned FROM stories ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "story %1").arg(id);
        const ReplayedStory* s = replayed(rows, id);
        if (!s)
            return mismatch(row, QCoreApplication::translate(
                                     "Core", "it is in the table, but no audit entry nominated it"));
        markSeen(seen, id);
        if (q.integer(1) != s->incidentId || q.integer(2) != s->nominatedBy)
            return mismatch(row, differs(QCoreApplication::translate("Core", "recovery / nominated by"),
                                         u"%1 / %2"_s.arg(q.integer(1)).arg(q.integer(2)),
                                         u"%1 / %2"_s.arg(s->incidentId).arg(s->nominatedBy), s->entry));
        if (q.text(3) != names.text(s->status) || q.integer(4) != s->decidedBy)
            return mismatch(row, differs(QCoreApplication::translate("Core", "status / decided by"),
                                         u"%1 / %2"_s.arg(utf8(q.text(3))).arg(q.integer(4)),
                                         u"%1 / %2"_s.arg(utf8(names.text(s->status))).arg(s->decidedBy),
                                         s->statusEntry));
        QByteArray text;
        for (int column = 5; column <= 8; ++column) {
            text += q.text(column).toByteArray();
            text += '\x1f';
        }
        if (textDigest(text) != s->text)
            return mismatch(row,
                            QCoreApplication::translate("Core", "its text is not what audit entry %1 wrote")
                                .arg(s->textEntry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedStory::entry))
        return mismatch(QCoreApplication::translate("Core", "story %1").arg(gone->first),
                        QCoreApplication::translate(
                            "Core", "audit entry %1 nominated it, but it is missing from the table")
                            .arg(gone->second));
    return {};
}

Result<void> TableReconciler::actions() {
    const auto& rows = m_replay.actions();
    const Interner& names = m_replay.names();
    RowStatement q(m_db, "SELECT id, category, owner_id, status, what, due_on, done FROM prevention_actions ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "prevention action %1").arg(id);
        const ReplayedAction* a = replayed(rows, id);
        if (!a)
            return mismatch(
                row, QCoreApplication::translate("Core", "it is in the table, but no audit entry opened it"));
        markSeen(seen, id);
        if (q.text(1) != names.text(a->category) || q.integer(2) != a->ownerId)
            return mismatch(row, differs(QCoreApplication::translate("Core", "category / owner"),
                                         u"%1 / %2"_s.arg(utf8(q.text(1))).arg(q.integer(2)),
                                         u"%1 / %2"_s.arg(utf8(names.text(a->category))).arg(a->ownerId),
                                         a->entry));
        if (q.text(3) != names.text(a->status))
            return mismatch(row, differs(QCoreApplication::translate("Core", "status"), utf8(q.text(3)),
                                         utf8(names.text(a->status)), a->statusEntry));
        if (textDigest(q.text(4)) != a->what || textDigest(q.text(5)) != a->due)
            return mismatch(
                row, differs(QCoreApplication::translate("Core", "what / due"),
                             u"%1 / %2"_s.arg(utf8(q.text(4)), utf8(q.text(5))),
                             u"%1 / %2"_s.arg(entryValue(a->entry, "what"), entryValue(a->entry, "due")),
                             a->entry));
        if (textDigest(q.text(6)) != a->done)
            return mismatch(row,
                            differs(QCoreApplication::translate("Core", "what was done"), utf8(q.text(6)),
                                    entryValue(a->statusEntry, "done"), a->statusEntry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedAction::entry))
        return mismatch(
            QCoreApplication::translate("Core", "prevention action %1").arg(gone->first),
            QCoreApplication::translate("Core", "audit entry %1 opened it, but it is missing from the table")
                .arg(gone->second));
    return {};
}

Result<void> TableReconciler::visits() {
    const auto& rows = m_replay.visits();
    RowStatement q(m_db, "SELECT id, customer_id, recorded_by FROM visits ORDER BY id");
    std::vector<bool> seen;
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString row = QCoreApplication::translate("Core", "visit %1").arg(id);
        const ReplayedVisit* v = replayed(rows, id);
        if (!v)
            return mismatch(row, QCoreApplication::translate(
                                     "Core", "it is in the table, but no audit entry recorded it"));
        markSeen(seen, id);
        if (q.integer(1) != v->customerId || q.integer(2) != v->by)
            return mismatch(row, differs(QCoreApplication::translate("Core", "customer / recorded by"),
                                         u"%1 / %2"_s.arg(q.integer(1)).arg(q.integer(2)),
                                         u"%1 / %2"_s.arg(v->customerId).arg(v->by), v->entry));
    }
    if (auto r = q.error(); !r)
        return r;
    if (auto gone = firstUnseen(rows, seen, &ReplayedVisit::entry))
        return mismatch(QCoreApplication::translate("Core", "visit %1").arg(gone->first),
                        QCoreApplication::translate(
                            "Core", "audit entry %1 recorded it, but it is missing from the table")
                            .arg(gone->second));
    return {};
}

} // namespace rebound
