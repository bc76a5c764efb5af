// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a counter may do on its offline copy while its server is away: the offline allowance, and what
// is refused there with the reason. The copy is a file ([file]); sending it is tested on a real server.
#include "playbook/Playbook.h"
#include "reports/Exporter.h"
#include "services/SiteService.h"
#include "support/CatchQt.h"
#include "support/TestDatabase.h"
#include "sync/Outbox.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::TestDatabase;

namespace {

RecoveryDraft refund(const QString& phone, const QString& amount) {
    RecoveryDraft d = TestDatabase::draft(phone);
    d.category = CategoryId(u"billing"_s);
    d.compensations = {{u"refund"_s, amount}};
    return d;
}

// The copy's share of an employee's offline allowance today, as a refresh from the server writes it.
void share(TestDatabase& t, const AuthenticatedEmployee& who, const QString& amount) {
    auto hours = SiteService(t.db(), t.clock()).hours();
    REQUIRE(hours.ok());
    const QString day = hours->businessDate(t.clock().nowUtc()).toString(Qt::ISODate);
    const qint64 minor = Money::parse(amount, u"EUR"_s)->minor();
    REQUIRE(t.db()
                .execute(u"INSERT INTO offline_shares (business_day, employee_id, counter, amount_minor, "
                         u"claimed_at) VALUES ('%1', %2, 'till-1', %3, '2026-01-01T00:00:00.000Z')"_s.arg(day)
                             .arg(who.employee().id)
                             .arg(minor))
                .ok());
}

} // namespace

TEST_CASE("Offline, a copy gives on its own only its share of the day's allowance; none without one",
          "[file][offline]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    auto s1 = t.staff(u"S1"_s, Role::Supervisor);
    REQUIRE(Outbox(t.db()).create(u"postgresql://rebound@server.example/rebound"_s).ok());
    // No share: the server never handed this counter any of A1's day. A supervisor approves, as online.
    auto none = t.recoveries().record(a1, refund(u"+1 1"_s, u"0.01"_s));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(u"0.00 left of your offline allowance"_s));
    CHECK(t.recoveries().record(a1, refund(u"+1 1"_s, u"0.01"_s), &s1).ok());
    // A share of 100.00: 100.00 on A1's own authority, then nothing.
    share(t, a1, u"100.00"_s);
    CHECK(t.recoveries().record(a1, refund(u"+1 2"_s, u"60.00"_s)).ok());
    CHECK(t.recoveries().record(a1, refund(u"+1 3"_s, u"40.00"_s)).ok());
    auto over = t.recoveries().record(a1, refund(u"+1 4"_s, u"0.01"_s));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message.contains(u"250.00 a day in the whole business"_s));
    // What the server already held as given under the share at the last refresh counts too; the ones sent
    // by then (up to sent_upto) are not counted twice.
    auto waiting = Outbox(t.db()).waiting();
    REQUIRE(waiting.ok());
    REQUIRE(Outbox(t.db()).markSent(waiting->first().seq, 7, u"2026-03-10T15:00:00.000Z"_s).ok());
    REQUIRE(
        t.db()
            .execute(
                u"UPDATE offline_shares SET amount_minor = 20000, used_minor = 6000, sent_upto = %1"_s.arg(
                    waiting->first().seq))
            .ok());
    CHECK(t.recoveries().record(a1, refund(u"+1 5"_s, u"100.00"_s)).ok()); // 200 - 60 - 40
    CHECK_FALSE(t.recoveries().record(a1, refund(u"+1 6"_s, u"0.01"_s)).ok());
}

TEST_CASE("Offline allowance: by default the per-recovery limit, and half the daily cap a day at the counter",
          "[file][offline]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate); // 150.00 per recovery, 500.00 a day
    auto s1 = t.staff(u"S1"_s, Role::Supervisor);
    const RoleLimits associate = t.playbooks().current()->playbook->limits(Role::Associate);
    REQUIRE(associate.offline().perRecovery == associate.perRecovery);
    REQUIRE(associate.offline().perDay->minor() == associate.perDay->minor() / 2);

    // Given today at another counter, as the copy took it from the server: not this counter's allowance.
    REQUIRE(t.recoveries().record(a1, refund(u"+1 0"_s, u"140.00"_s)).ok());
    REQUIRE(Outbox(t.db()).create(u"postgresql://rebound@server.example/rebound"_s).ok());
    REQUIRE(t.db().keepsOutbox());
    share(t, a1, u"250.00"_s); // the whole day's allowance: no other counter holds any
    REQUIRE(t.recoveries().record(a1, refund(u"+1 1"_s, u"150.00"_s)).ok());
    REQUIRE(t.recoveries().record(a1, refund(u"+1 2"_s, u"100.00"_s)).ok()); // 250.00: the day's allowance
    // One cent more needs a supervisor at this counter, whose PIN the copy checks.
    auto over = t.recoveries().record(a1, refund(u"+1 3"_s, u"0.01"_s));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == Error::Code::Denied);
    CHECK(over.error().message.contains(u"offline allowance"_s));
    CHECK(t.recoveries().record(a1, refund(u"+1 3"_s, u"0.01"_s), &s1).ok());
    // Above the per-recovery allowance, too; above every limit, refused as online.
    auto big = t.recoveries().record(a1, refund(u"+1 4"_s, u"150.01"_s));
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().message.contains(u"offline allowance of 150.00"_s));
    auto huge = t.recoveries().record(a1, refund(u"+1 5"_s, u"99999.00"_s), &s1);
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().message.contains(u"above every limit"_s));
    // Every recovery made here waits in the outbox, in order; the refused ones left nothing behind.
    auto waiting = Outbox(t.db()).waiting();
    REQUIRE(waiting.ok());
    CHECK(waiting->size() == 3);
    CHECK(t.count(u"incidents"_s) == 4);
    CHECK(waiting->first().incidentId < waiting->last().incidentId);
}

TEST_CASE("A role's offline allowance set in the playbook applies offline, and the limits editor keeps it",
          "[file][offline]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    auto m1 = t.staff(u"M1"_s, Role::Manager);
    QJsonObject root = QJsonDocument::fromJson(t.playbooks().current()->playbook->json()).object();
    QJsonArray roles = root.value(u"roles"_s).toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        QJsonObject r = roles[i].toObject();
        if (r.value(u"id"_s) == u"associate"_s) {
            r.insert(u"offline_per_recovery"_s, u"40.00"_s);
            r.insert(u"offline_per_day"_s, u"60.00"_s);
        }
        roles[i] = r;
    }
    root.insert(u"roles"_s, roles);
    REQUIRE(t.playbooks().importAs(m1, QJsonDocument(root).toJson()).ok());
    // A limit changed in the editor (which shows no allowance) leaves the allowance as it was.
    QList<RoleLimits> limits = t.playbooks().current()->playbook->roles();
    for (RoleLimits& l : limits) {
        l.offlinePerRecovery.reset();
        l.offlinePerDay.reset();
        if (l.role == Role::Associate)
            l.perRecovery = Money::parse(u"140.00"_s, l.perRecovery.currency()).value();
    }
    REQUIRE(t.playbooks().updateLimits(m1, limits).ok());
    CHECK(t.playbooks().current()->playbook->limits(Role::Associate).offlinePerRecovery->minor() == 4000);
    // An allowance above the limit it stands for is refused, naming the field.
    QJsonObject bad = root;
    QJsonArray badRoles = bad.value(u"roles"_s).toArray();
    QJsonObject first = badRoles[0].toObject();
    first.insert(u"offline_per_recovery"_s, u"99999.00"_s);
    badRoles[0] = first;
    bad.insert(u"roles"_s, badRoles);
    auto refused = t.playbooks().importAs(m1, QJsonDocument(bad).toJson());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"offline_per_recovery"_s));

    REQUIRE(Outbox(t.db()).create(u"postgresql://rebound@server.example/rebound"_s).ok());
    share(t, a1, u"60.00"_s);
    CHECK(t.recoveries().record(a1, refund(u"+1 1"_s, u"40.00"_s)).ok());
    auto second = t.recoveries().record(a1, refund(u"+1 2"_s, u"30.00"_s));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(u"60.00"_s));
}

TEST_CASE("On an offline copy, staff, playbook, limits, opening hours, unlocking and exports are refused "
          "with the reason, "
          "nothing written",
          "[file][offline]") {
    TestDatabase t;
    auto m1 = t.staff(u"M1"_s, Role::Manager);
    t.staff(u"A1"_s, Role::Associate);
    REQUIRE(Outbox(t.db()).create(u"postgresql://rebound@server.example/rebound"_s).ok());
    const qint64 entries = t.count(u"audit_log"_s);
    const qint64 staff = t.count(u"employees"_s);
    const qint64 versions = t.count(u"playbook_versions"_s);
    const auto refusedOffline = [](const Error& e) {
        INFO(e.message.toStdString());
        CHECK(e.code == Error::Code::Denied);
        CHECK(e.message.startsWith(u"offline: "_s));
        CHECK(e.message.contains(u"is done at the server"_s));
    };
    refusedOffline(
        t.employees()
            .add(Actor::of(m1.employee()), u"A2"_s, u"New Person"_s, Role::Associate, u"3726159048"_s)
            .error());
    refusedOffline(t.employees().setRole(m1, u"A1"_s, Role::Supervisor).error());
    refusedOffline(t.employees().setActive(m1, u"A1"_s, false).error());
    refusedOffline(t.employees().resetPin(m1, u"A1"_s, u"9999"_s).error());
    refusedOffline(t.employees().unlock(m1, u"A1"_s).error());
    refusedOffline(t.playbooks().importAs(m1, t.playbooks().current()->playbook->json()).error());
    refusedOffline(t.playbooks().updateLimits(m1, t.playbooks().current()->playbook->roles()).error());
    refusedOffline(SiteService(t.db(), t.clock())
                       .setHours(m1,
                                 u"mon 08:00-20:00, tue 08:00-20:00, wed 08:00-20:00, thu 08:00-20:00, "
                                 u"fri 08:00-20:00, sat closed, sun closed"_s,
                                 "UTC")
                       .error());
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ExportRequest request;
    request.kind = ExportKind::Incidents;
    refusedOffline(Exporter(t.db(), t.clock()).write(m1, request, csv).error());
    CHECK(csv.data().isEmpty());
    CHECK(t.count(u"audit_log"_s) == entries);
    CHECK(t.count(u"employees"_s) == staff);
    CHECK(t.count(u"playbook_versions"_s) == versions);
    CHECK(t.scalar(u"SELECT role = 'associate' AND active = 1 FROM employees WHERE code = 'A1'"_s) == 1);
}

TEST_CASE("A counter whose copy holds unsent recoveries may not be pointed at another database",
          "[file][offline]") {
    TestDatabase t;
    auto a1 = t.staff(u"A1"_s, Role::Associate);
    CHECK(checkMayLeave(t.path()).ok()); // a counter's own file, no outbox
    REQUIRE(Outbox(t.db()).create(u"postgresql://rebound@server.example/rebound"_s).ok());
    CHECK(checkMayLeave(t.path()).ok()); // nothing waits
    share(t, a1, u"250.00"_s);
    REQUIRE(t.recoveries().record(a1, TestDatabase::draft()).ok());
    auto refused = checkMayLeave(t.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Denied);
    CHECK(refused.error().message.contains(u"to be sent"_s));
    CHECK(refused.error().message.contains(u"reboundctl sync now"_s));
    // Sent (the server confirmed): the counter is free to go.
    auto waiting = Outbox(t.db()).waiting();
    REQUIRE(waiting.ok());
    REQUIRE(Outbox(t.db()).markSent(waiting->first().seq, 1, u"2026-03-10T15:00:00.000Z"_s).ok());
    CHECK(checkMayLeave(t.path()).ok());
}
