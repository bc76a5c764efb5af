// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"

#include "AppContext.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound {

ActionDialog::ActionDialog(AppContext& ctx, const AuthenticatedEmployee& user, ActionSource source,
                           const QString& sourceRef, const CategoryId& category, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_source(source)
    , m_sourceRef(sourceRef)
    , m_category(new QComboBox(this))
    , m_what(new QPlainTextEdit(this))
    , m_owner(new QComboBox(this))
    , m_due(new QDateEdit(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("New prevention action"));
    resize(600, 420);
    m_category->setObjectName(QStringLiteral("actionCategory"));
    m_what->setObjectName(QStringLiteral("actionWhat"));
    m_what->setTabChangesFocus(true);
    m_what->setPlaceholderText(tr("What to change so this kind of failure stops: a process, a tool, a "
                                  "schedule, a training"));
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setCalendarPopup(true);
    const QDate today = ctx.clock().nowUtc().toLocalTime().date();
    m_due->setMinimumDate(today);
    m_due->setDate(today.addDays(14));
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);

    if (auto pb = ctx.playbooks().current()) {
        for (const Category& c : pb->playbook->categories())
            m_category->addItem(PlaybookText::nameOf(*pb->playbook, c.id), c.id.toString());
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(category.toString())));
    if (auto staff = ctx.employees().list()) {
        for (const Employee& e : staff.value()) {
            if (e.active)
                m_owner->addItem(tr("%1 (%2)").arg(e.name, roleName(e.role).toLower()), e.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(user.employee().id)));

    const QString from = source == ActionSource::Story      ? tr("From story #%1.").arg(sourceRef)
                         : source == ActionSource::Recovery ? tr("From recovery #%1.").arg(sourceRef)
                                                            : tr("From a combustion point.");
    auto* about = new QLabel(from + QLatin1Char(' ') +
                                 tr("The owner moves it on and closes it with what was done; the "
                                    "combustion-point report then shows the category's recoveries before "
                                    "and after."),
                             this);
    about->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("&What to change"), m_what);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("D&ue"), m_due);
    auto* openButton = new QPushButton(tr("O&pen the action"), this);
    openButton->setObjectName(QStringLiteral("actionOpen"));
    openButton->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(openButton);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(openButton, &QPushButton::clicked, this, &ActionDialog::openAction);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

QString ActionDialog::openAction() {
    PreventionService actions(m_ctx.db(), m_ctx.clock(), m_ctx.playbooks());
    auto id =
        actions.open(m_user, {CategoryId(m_category->currentData().toString()), m_what->toPlainText(),
                              m_owner->currentData().toLongLong(), m_due->date(), m_source, m_sourceRef});
    if (!id) {
        m_message->setText(id.error().message);
        if (id.error().field == QStringLiteral("what"))
            m_what->setFocus();
        return m_message->text();
    }
    accept();
    return {};
}

} // namespace rebound
