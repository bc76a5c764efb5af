// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "domain/Result.h"

#include <QTemporaryDir>

#include <memory>

namespace rebound {

class Database;
struct Drill;

// A throwaway database for one drill, never the real file: the playbook and limits in force, the opening
// hours, the staff (with their PIN hashes, so a supervisor standing by can approve as at the counter) and
// the drill's customer. Whatever the drill records stays here and goes with it.
class PracticeSandbox final {
public:
    static Result<std::unique_ptr<PracticeSandbox>> create(Database& real, const Drill& drill);
    // The sandbox's database file (in a private temporary folder, removed with the sandbox).
    const QString& path() const { return m_path; }
    // The trainee as the sandbox knows them: they signed in at the real counter already.
    static Result<AuthenticatedEmployee> trainee(Database& sandbox, const QString& code);

private:
    PracticeSandbox() = default;
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace rebound
