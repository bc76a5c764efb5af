// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace rebound::test {

QDateTime TestDatabase::defaultNow() {
    return QDateTime(QDate(2026, 3, 10), QTime(15, 0), Qt::UTC);
}

TestDatabase::TestDatabase()
    : m_clock(defaultNow()) {
    REQUIRE(m_dir.isValid());
    if (onServer())
        m_server = std::make_unique<ServerDatabase>();
    auto db = Database::open(path());
    if (!db)
        FAIL(db.error().message.toStdString());
    m_db = std::move(db).value();
    m_playbooks = std::make_unique<PlaybookService>(*m_db, m_clock);
    m_employees = std::make_unique<EmployeeService>(*m_db, m_clock);
    m_recoveries = std::make_unique<RecoveryService>(*m_db, m_clock, *m_playbooks);
    m_followUps = std::make_unique<FollowUpService>(*m_db, m_clock);
    auto installed = m_playbooks->ensureInstalled(Actor::system(u"test"_s));
    REQUIRE(installed.ok());
}

QString TestDatabase::path() const {
    return m_server ? m_server->url() : m_dir.path() + u"/rebound.sqlite"_s;
}

AuthenticatedEmployee TestDatabase::staff(const QString& code, Role role, const QString& pin) {
    auto added = m_employees->add(Actor::system(u"test"_s), code, u"Employee "_s + code, role, pin);
    if (!added)
        FAIL(added.error().message.toStdString());
    auto login = m_employees->authenticate(code, pin);
    if (!login)
        FAIL(login.error().message.toStdString());
    return login.value();
}

AuthenticatedEmployee TestDatabase::auditor() {
    if (!m_employees->find(u"AUDIT"_s))
        return staff(u"AUDIT"_s, Role::Supervisor);
    auto login = m_employees->authenticate(u"AUDIT"_s, u"4071829365"_s);
    if (!login)
        FAIL(login.error().message.toStdString());
    return login.value();
}

qint64 TestDatabase::scalar(const QString& sql) {
    Query q = m_db->query(sql);
    auto r = q.exec();
    if (!r)
        FAIL(r.error().message.toStdString());
    REQUIRE(q.next());
    return q.integer(0);
}

QString TestDatabase::text(const QString& sql) {
    Query q = m_db->query(sql);
    auto r = q.exec();
    if (!r)
        FAIL(r.error().message.toStdString());
    REQUIRE(q.next());
    return q.text(0);
}

qint64 TestDatabase::count(const QString& table) {
    return scalar(u"SELECT count(*) FROM "_s + table);
}

RecoveryDraft TestDatabase::draft(const QString& phone) {
    RecoveryDraft d;
    d.customer.name = u"Ana Morales"_s;
    d.customer.phone = phone;
    d.customer.preferences = u"Birthday cake for her daughter"_s;
    d.category = CategoryId(u"delay"_s);
    d.severity = SeverityId(u"minor"_s);
    d.description = u"Cake delivered two hours late"_s;
    d.fixNotes = u"Delivered now"_s;
    d.resolved = true;
    d.compensations = {{u"dessert"_s, {}}};
    d.satisfaction = 4;
    return d;
}

} // namespace rebound::test
