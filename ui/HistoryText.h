// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebound {

class AppContext;

// A recovery's whole history as rich text: one sentence per audit entry with its local time, and with
// details, the raw entry under each. What the audit view and the recovery window show.
QString historyHtml(AppContext& ctx, qint64 incidentId, bool details);

} // namespace rebound
