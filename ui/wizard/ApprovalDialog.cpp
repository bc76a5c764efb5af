// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ApprovalDialog.h"

#include "AppContext.h"
#include "security/PinHasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound {

ApprovalDialog::ApprovalDialog(AppContext& ctx, const Employee& giver, const Money& total,
                               const QString& reason, QWidget* parent)
    : ApprovalDialog(
          ctx,
          tr("<b>%1</b> wants to give <b>%2</b>.<br>%3.<br><br>A supervisor or manager other "
             "than %1 enters their own code and PIN to approve it.")
              .arg(giver.name.toHtmlEscaped(), total.toDisplayString(), reason.toHtmlEscaped()),
          [&ctx, giver, total](const Employee& approver) {
              return ctx.recoveries().checkApproval(giver, approver, total);
          },
          parent) {}

ApprovalDialog::ApprovalDialog(AppContext& ctx, const QString& explanation, Check check, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_check(std::move(check))
    , m_code(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Supervisor approval"));
    auto* explain = new QLabel(explanation, this);
    explain->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("approverCode"));
    m_code->setAccessibleName(tr("Approver's code"));
    m_pin->setObjectName(QStringLiteral("approverPin"));
    m_pin->setAccessibleName(tr("Approver's PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(PinHasher::MaximumLength);
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("approveButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("Approver's &code"), m_code);
    form->addRow(tr("Approver's &PIN"), m_pin);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::tryApprove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_code->setFocus();
}

void ApprovalDialog::tryApprove() {
    auto who = m_ctx.employees().authenticate(m_code->text().trimmed(), m_pin->text());
    m_pin->clear();
    if (!who) {
        m_error->setText(who.error().message);
        m_pin->setFocus();
        return;
    }
    if (auto allowed = m_check(who->employee()); !allowed) {
        m_error->setText(allowed.error().message);
        m_code->selectAll();
        m_code->setFocus();
        return;
    }
    m_approver = who.value();
    accept();
}

} // namespace rebound
