// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "practice/Drill.h"

namespace rebound {

class Database;
class Playbook;

// A closed recovery turned into a drill for a manager to edit: the customer's name, contact details and
// anything in the free text that could identify them (their names, phone numbers, e-mail addresses, the
// staff's names) replaced; category, severity, segment, gestures and channel kept. Not saved: the manager
// edits it and adds it to the library.
Result<Drill> drillFromRecovery(Database& db, qint64 incidentId, const Playbook& playbook);

} // namespace rebound
