// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeService.h"

#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "playbook/Playbook.h"
#include "services/EmployeeService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr qint64 LatelyDays = 30;

QJsonArray criteriaJson(const DrillResult& r) {
    QJsonArray out;
    for (const CriterionResult& c : r.criteria)
        out.append(QJsonObject{{u"id"_s, c.id},
                               {u"points"_s, c.points},
                               {u"max"_s, c.max},
                               {u"met"_s, c.met},
                               {u"feedback"_s, c.feedback}});
    return out;
}

PracticeRecord readRecord(const Query& q) {
    PracticeRecord r;
    r.id = q.integer(0);
    r.employeeId = q.integer(1);
    r.employeeCode = q.text(2);
    r.employeeName = q.text(3);
    r.drillId = q.text(4);
    r.drillTitle = q.text(5);
    r.score = int(q.integer(6));
    r.seconds = q.integer(7);
    for (const QJsonValue& v : QJsonDocument::fromJson(q.text(8).toUtf8()).array())
        r.missed << v.toString();
    r.criteria = QJsonDocument::fromJson(q.text(9).toUtf8()).array();
    r.choices = QJsonDocument::fromJson(q.text(10).toUtf8()).object();
    r.playedAt = TimeFormat::fromStored(q.text(11));
    return r;
}

} // namespace

Result<qint64> PracticeService::record(const AuthenticatedEmployee& trainee, const Drill& drill,
                                       const DrillResult& result, const PracticeAttempt& attempt) {
    QJsonArray missed;
    for (const CriterionResult& c : result.criteria) {
        if (!c.met)
            missed.append(c.id);
    }
    const QString now = TimeFormat::toStored(m_clock.nowUtc());
    return m_db.write([&]() -> Result<qint64> {
        Query q = m_db.query(
            u"INSERT INTO practice_results (employee_id, drill_id, drill_title, score, seconds, "
            "missed, criteria, choices, played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        q.bind(trainee.employee().id)
            .bind(drill.id)
            .bind(drill.title)
            .bind(result.score)
            .bind(result.seconds)
            .bind(QString::fromUtf8(QJsonDocument(missed).toJson(QJsonDocument::Compact)))
            .bind(QString::fromUtf8(QJsonDocument(criteriaJson(result)).toJson(QJsonDocument::Compact)))
            .bind(QString::fromUtf8(QJsonDocument(attempt.toJson()).toJson(QJsonDocument::Compact)))
            .bind(now);
        if (auto r = q.exec(); !r)
            return r.error();
        q.next();
        const qint64 id = q.integer(0);
        // The result, nothing of the practice itself: no recovery, gesture or follow-up is real.
        auto a = AuditLog(m_db, m_clock)
                     .append(Actor::of(trainee.employee()), AuditAction::PracticeResult, u"practice"_s,
                             QString::number(id),
                             {{u"drill"_s, drill.id},
                              {u"employee_id"_s, trainee.employee().id},
                              {u"missed"_s, missed},
                              {u"score"_s, result.score},
                              {u"seconds"_s, result.seconds}});
        if (!a)
            return a.error();
        return id;
    });
}

Result<QList<PracticeRecord>> PracticeService::results(std::optional<qint64> employeeId) {
    Query q = m_db.query(
        u"SELECT p.id, p.employee_id, e.code, e.name, p.drill_id, p.drill_title, p.score, p.seconds, "
        u"p.missed, "
        "p.criteria, p.choices, p.played_at FROM practice_results p JOIN employees e ON e.id = p.employee_id "
        "WHERE CAST(? AS BIGINT) IS NULL OR p.employee_id = ? ORDER BY p.played_at DESC, p.id DESC"_s);
    const QVariant who = employeeId ? QVariant(*employeeId) : QVariant(QMetaType::fromType<qint64>());
    q.bind(who).bind(who);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<PracticeRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<QList<PracticeRecord>> PracticeService::resultsFor(const AuthenticatedEmployee& who) {
    if (who.employee().role == Role::Associate)
        return results(who.employee().id);
    return results();
}

Result<Readiness> PracticeService::readiness(const AuthenticatedEmployee& supervisor) {
    if (supervisor.employee().role == Role::Associate)
        return Error::denied(
            QCoreApplication::translate("Core", "only a supervisor or a manager sees the team's practice"));
    Readiness out;
    auto staff = EmployeeService(m_db, m_clock).list();
    if (!staff)
        return staff.error();
    for (const Employee& e : *staff) {
        if (e.active)
            out.employees.append(e);
    }
    // Only what the matrix reads: not every result's choices and criteria.
    Query q = m_db.query(u"SELECT employee_id, drill_id, score, missed, played_at FROM practice_results "
                         "ORDER BY played_at DESC, id DESC"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<QString, int> missed;
    QHash<qint64, QDateTime> latest;
    while (q.next()) { // newest first
        const qint64 employee = q.integer(0);
        const int score = int(q.integer(2));
        const QDateTime played = TimeFormat::fromStored(q.text(4));
        Readiness::Cell& c = out.cells[Readiness::key(employee, q.text(1))];
        if (c.plays++ == 0) {
            c.last = score;
            c.lastPlayed = played;
        }
        c.best = std::max(c.best, score);
        if (!latest.contains(employee))
            latest.insert(employee, played);
        for (const QJsonValue& id : QJsonDocument::fromJson(q.text(3).toUtf8()).array())
            ++missed[id.toString()];
    }
    const QDateTime since = m_clock.nowUtc().addDays(-LatelyDays);
    for (const Employee& e : out.employees) {
        if (!latest.contains(e.id) || latest.value(e.id) < since)
            out.notPractisedLately.append(e);
    }
    for (auto it = missed.cbegin(); it != missed.cend(); ++it)
        out.missedMost.append({it.key(), it.value()});
    std::sort(out.missedMost.begin(), out.missedMost.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

Result<DrillLibrary> PracticeService::library(const QString& language, const Playbook& playbook) {
    auto builtIn = DrillLibrary::builtIn(language, playbook);
    if (!builtIn)
        return builtIn.error();
    DrillLibrary shipped = std::move(builtIn).value();
    Query q = m_db.query(u"SELECT json FROM drill_library ORDER BY added_at, id"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next()) {
        // A drill the playbook no longer fits (a category removed) waits until it is fixed and imported
        // again.
        if (auto own = DrillLibrary::fromJson(q.text(0).toUtf8(), playbook))
            shipped.merge(*own);
    }
    return shipped;
}

Result<QStringList> PracticeService::importDrillsAs(const AuthenticatedEmployee& manager,
                                                    const QByteArray& json, const Playbook& playbook) {
    if (manager.employee().role != Role::Manager)
        return Error::denied(QCoreApplication::translate("Core", "only a manager may add drills"));
    return importDrills(Actor::of(manager.employee()), json, playbook);
}

Result<QStringList> PracticeService::importDrills(const Actor& by, const QByteArray& json,
                                                  const Playbook& playbook) {
    auto parsed = DrillLibrary::fromJson(json, playbook);
    if (!parsed)
        return parsed.error();
    const QString now = TimeFormat::toStored(m_clock.nowUtc());
    return m_db.write([&]() -> Result<QStringList> {
        QStringList ids;
        for (const Drill& d : parsed->drills()) {
            const QByteArray one = DrillLibrary::toJson({d}, parsed->language(), parsed->blameWords());
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(one, QCryptographicHash::Sha256).toHex());
            Query q = m_db.query(
                u"INSERT INTO drill_library (id, language, json, sha256, added_by, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET language = excluded.language, "
                "json = excluded.json, sha256 = excluded.sha256, added_by = excluded.added_by, "
                "added_at = excluded.added_at"_s);
            q.bind(d.id)
                .bind(parsed->language())
                .bind(QString::fromUtf8(one))
                .bind(sha)
                .bind(by.name)
                .bind(now);
            if (auto r = q.exec(); !r)
                return r.error();
            auto a =
                AuditLog(m_db, m_clock)
                    .append(by, AuditAction::DrillImport, u"drill"_s, d.id,
                            {{u"language"_s, parsed->language()}, {u"sha256"_s, sha}, {u"title"_s, d.title}});
            if (!a)
                return a.error();
            ids << d.id;
        }
        return ids;
    });
}

Result<QByteArray> PracticeService::exportOwnDrills(const Playbook& playbook) {
    Query q = m_db.query(u"SELECT json FROM drill_library ORDER BY added_at, id"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Drill> drills;
    QString language = u"en"_s;
    QStringList blame;
    while (q.next()) {
        auto own = DrillLibrary::fromJson(q.text(0).toUtf8(), playbook);
        if (!own)
            continue;
        language = own->language();
        blame = own->blameWords();
        drills += own->drills();
    }
    if (drills.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("Core", "the library has no drills of this business yet"));
    return DrillLibrary::toJson(drills, language, blame);
}

} // namespace rebound
