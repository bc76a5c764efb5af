// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/BusinessHours.h"
#include "wizard/RecoveryPage.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QTimer;

namespace rebound {

class DueEdit;

// When and how we will get back to the customer, and how satisfied they left. Saving happens here.
class FollowUpPage final : public RecoveryPage {
    Q_OBJECT
public:
    explicit FollowUpPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    void collect() override;
    void restore() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPromise();

private:
    DueEdit* m_due;
    QComboBox* m_channel;
    QButtonGroup* m_satisfaction;
    QLabel* m_error;
    QTimer* m_retry;
    static constexpr int RetryMs = 5000;
    QLabel* m_promise;
    BusinessHours m_hours;
    CategoryId m_category;
};

} // namespace rebound
