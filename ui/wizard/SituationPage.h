// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"
#include "wizard/RecoveryPage.h"

class QButtonGroup;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStandardItemModel;

namespace rebound {

// Who was let down, what happened, how bad it is, and who noticed first.
class SituationPage final : public RecoveryPage {
    Q_OBJECT
public:
    explicit SituationPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void collect() override;
    void restore() override;
    // Nothing typed yet: closing loses nothing.
    bool isBlank() const;

private:
    void setUpFields();
    void layOut();
    void lookUp(const QString& text);
    void pick(const QModelIndex& index);
    void showCustomer(const Customer& customer);
    void forgetCustomer();

    QLineEdit* m_name;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QLabel* m_returning;
    QPushButton* m_newCustomer;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_ref;
    QComboBox* m_segment;
    QLineEdit* m_preferences;
    QLineEdit* m_value;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QComboBox* m_severity;
    QRadioButton* m_byCustomer;
    QRadioButton* m_byStaff;
    QList<Customer> m_found; // the completer's current matches
    bool m_picking = false;
};

} // namespace rebound
