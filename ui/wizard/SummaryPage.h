// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/RecoveryPage.h"

class QLabel;
class QTextBrowser;

namespace rebound {

// The whole recovery as saved, and the time it took.
class SummaryPage final : public RecoveryPage {
    Q_OBJECT
public:
    explicit SummaryPage(QWidget* parent = nullptr);
    void initializePage() override;
    // Shown after saving: nothing of the draft is typed here.
    void collect() override {}
    void restore() override {}

private:
    QTextBrowser* m_text;
    QLabel* m_noteMessage;
};

} // namespace rebound
