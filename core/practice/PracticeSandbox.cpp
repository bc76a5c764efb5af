// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeSandbox.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "domain/TimeFormat.h"
#include "practice/Drill.h"
#include "services/EmployeeService.h"
#include "services/PlaybookService.h"
#include "store/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// The staff and the site's settings, row for row.
Status copyStaffAndSettings(Database& real, Database& sandbox) {
    Query staff = real.query(u"SELECT id, code, name, role, pin_hash, active, created_at FROM employees"_s);
    if (auto r = staff.exec(); !r)
        return r;
    Query settings = real.query(u"SELECT key, value FROM settings WHERE key LIKE 'business.%'"_s);
    if (auto r = settings.exec(); !r)
        return r;
    return sandbox.write([&]() -> Result<void> {
        while (staff.next()) {
            Query in =
                sandbox.query(u"INSERT INTO employees (id, code, name, role, pin_hash, active, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            for (int c = 0; c < 7; ++c)
                in.bind(staff.value(c));
            if (auto r = in.exec(); !r)
                return r;
        }
        while (settings.next()) {
            Query in = sandbox.query(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
            in.bind(settings.text(0)).bind(settings.text(1));
            if (auto r = in.exec(); !r)
                return r;
        }
        return {};
    });
}

} // namespace

Result<std::unique_ptr<PracticeSandbox>> PracticeSandbox::create(Database& real, const Drill& drill) {
    std::unique_ptr<PracticeSandbox> box(new PracticeSandbox);
    if (!box->m_dir.isValid())
        return Error::storage(
            QCoreApplication::translate("Core", "cannot create a folder for the practice: %1")
                .arg(box->m_dir.errorString()));
    box->m_path = box->m_dir.filePath(u"practice.sqlite"_s);
    SystemClock clock;
    auto current = PlaybookService(real, clock).current();
    if (!current)
        return current.error();
    auto db = Database::open(box->m_path);
    if (!db)
        return db.error();
    if (auto v = PlaybookService(**db, clock).import(Actor::system(u"practice"_s), current->playbook->json());
        !v)
        return v.error();
    if (auto r = copyStaffAndSettings(real, **db); !r)
        return r.error();
    auto customer = (*db)->write([&]() -> Result<void> {
        Query in =
            (*db)->query(u"INSERT INTO customers (name, phone, email, segment, preferences, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s);
        in.bind(drill.customer.name)
            .bind(drill.customer.phone)
            .bind(drill.customer.email)
            .bind(drill.customer.segment.toString())
            .bind(drill.customer.notes)
            .bind(TimeFormat::toStored(clock.nowUtc()));
        return in.exec();
    });
    if (!customer)
        return customer.error();
    return box;
}

Result<AuthenticatedEmployee> PracticeSandbox::trainee(Database& sandbox, const QString& code) {
    SystemClock clock;
    auto staff = EmployeeService(sandbox, clock).list();
    if (!staff)
        return staff.error();
    for (const Employee& e : *staff) {
        if (e.code == code)
            return AuthenticatedEmployee(e);
    }
    return Error::notFound(QCoreApplication::translate("Core", "%1 is not in the practice").arg(code));
}

} // namespace rebound
