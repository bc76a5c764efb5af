// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace rebound::Ask {

// "Discard …?" with keeping as the default and the answer to Escape; true when Discard was chosen.
// The question is named "discardQuestion" and its Discard button "discardRecovery", for tests.
bool discard(QWidget* parent, const QString& question, const QString& consequence, const QString& keep);

} // namespace rebound::Ask
