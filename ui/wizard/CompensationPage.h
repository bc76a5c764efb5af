// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "domain/PlaybookId.h"
#include "policy/SpendingPolicy.h"
#include "wizard/RecoveryPage.h"

#include <QColor>

#include <tuple>
#include <utility>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace rebound {

struct CatalogItem;

// Suggested gestures (with the overreact notch), the customer's preferences and history beside them,
// and a running total against the employee's authority; over the limit, a supervisor approves here.
class CompensationPage final : public RecoveryPage {
    Q_OBJECT
public:
    explicit CompensationPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void collect() override;
    void restore() override;

    // Adds a gesture line; an empty amount takes the catalog's fixed price.
    void addGesture(const QString& itemId, const QString& amount);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void layOut(QPushButton* addOther);
    void showSuggestions(const SegmentId& segmentId);
    void addOverreactNotch(const CatalogItem& item, const Money& overreact);
    void showCustomer();
    void recompute();
    QString sumGestures();
    std::pair<QColor, QString> verdictText();
    void requestApproval();

    QLabel* m_budget;
    QListWidget* m_suggestions;
    QComboBox* m_other;
    QTableWidget* m_gestures;
    QLabel* m_customer;
    QListWidget* m_history;
    QLabel* m_authority;
    QPushButton* m_approve;
    bool m_valid = true;
    bool m_allowed = true;
    Money m_total;
    SpendingDecision m_decision;
    std::tuple<CategoryId, SeverityId, SegmentId, bool> m_key; // what the suggestions were built for
};

} // namespace rebound
