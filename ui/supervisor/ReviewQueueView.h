// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "services/ReviewService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rebound {

class AppContext;

// Overrides, large gestures and unusual weekly spend, each to be looked at and marked reviewed with a note.
class ReviewQueueView final : public QWidget {
    Q_OBJECT
public:
    ReviewQueueView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    void refresh();
    // Marks row as reviewed with note; returns the error message, empty on success.
    QString markReviewed(int row, const QString& note);

private:
    void askAndMark();
    void saveThreshold();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    ReviewService m_reviews;
    QList<ReviewItem> m_items;
    QLineEdit* m_threshold;
    QComboBox* m_site; // shown when counters of more than one site write here
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace rebound
