// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/RecoveryPage.h"

class QCheckBox;
class QListWidget;
class QPlainTextEdit;

namespace rebound {

// The category's checklist, what was done, and whether the problem itself is solved.
class FixPage final : public RecoveryPage {
    Q_OBJECT
public:
    explicit FixPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    void collect() override;
    void restore() override;

private:
    QListWidget* m_checklist;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_prevention;
    QCheckBox* m_resolved;
    CategoryId m_category;
};

} // namespace rebound
