// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/RecoveryPage.h"

class QCheckBox;
class QListWidget;
class QPlainTextEdit;

namespace rebound {

// The playbook's words for this kind of failure, with the customer's and employee's names.
class ApologyPage final : public RecoveryPage {
    Q_OBJECT
public:
    explicit ApologyPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void collect() override;
    void restore() override;

private:
    QListWidget* m_scripts;
    QPlainTextEdit* m_text;
    QCheckBox* m_given;
    CategoryId m_category;
};

} // namespace rebound
