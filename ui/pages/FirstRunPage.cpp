// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/FirstRunPage.h"

#include "AppContext.h"
#include "security/PinHasher.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound {

FirstRunPage::FirstRunPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("firstRunPage"));
    auto* title = new QLabel(tr("Welcome to Rebound"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto* intro =
        new QLabel(tr("This database is new. Create the first manager: they set up the rest of the team "
                      "and the playbook."),
                   this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("subtitle"));
    m_code->setObjectName(QStringLiteral("managerCode"));
    m_code->setMaxLength(16);
    m_code->setAccessibleName(tr("Employee code"));
    m_name->setObjectName(QStringLiteral("managerName"));
    m_name->setAccessibleName(tr("Full name"));
    for (QLineEdit* pin : {m_pin, m_repeat}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setMaxLength(PinHasher::MaximumLength);
    }
    m_pin->setObjectName(QStringLiteral("managerPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_repeat->setObjectName(QStringLiteral("managerPinRepeat"));
    m_repeat->setAccessibleName(tr("PIN again"));
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto* create = new QPushButton(tr("&Create manager"), this);
    create->setObjectName(QStringLiteral("createManager"));
    create->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Employee &code"), m_code);
    form->addRow(tr("Full &name"), m_name);
    form->addRow(tr("&PIN (at least %1 digits)").arg(PinHasher::SupervisorLength), m_pin);
    form->addRow(tr("PIN &again"), m_repeat);
    form->addRow(QString(), create);
    form->addRow(QString(), m_error);

    auto* box = new QWidget(this);
    auto* inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addWidget(intro);
    inner->addSpacing(16);
    inner->addLayout(form);
    box->setMaximumWidth(560);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(create, &QPushButton::clicked, this, &FirstRunPage::create);
    connect(m_repeat, &QLineEdit::returnPressed, this, &FirstRunPage::create);
}

void FirstRunPage::start() {
    m_code->setFocus();
}

void FirstRunPage::create() {
    if (m_pin->text() != m_repeat->text()) {
        m_error->setText(tr("The two PINs differ; type them again."));
        m_pin->clear();
        m_repeat->clear();
        m_pin->setFocus();
        return;
    }
    auto added = m_ctx.employees().addFirstManager(m_code->text().trimmed(), m_name->text(), m_pin->text());
    m_pin->clear();
    m_repeat->clear();
    if (!added) {
        m_error->setText(added.error().message);
        return;
    }
    m_error->clear();
    Q_EMIT managerCreated();
}

} // namespace rebound
