// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLocale>
#include <QString>

namespace rebound {

struct DayClosing;

// The closed day on one page for the safe: its totals, who closed it, and the closing entry's hash in
// full, so a paper copy anchors the audit log as the signed receipt does.
// names: employee code → name, for the codes the closing records.
QString closingSlipHtml(const DayClosing& closing, const QString& businessName, const QLocale& locale,
                        const QHash<QString, QString>& names = {});

} // namespace rebound
