// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebound {

class Playbook;
struct Drill;

// One drill on a page for the team's daily line-up: the situation, the customer and their lines, what
// to watch for, and the ideal path.
QString drillCardHtml(const Drill& drill, const Playbook& playbook);

} // namespace rebound
