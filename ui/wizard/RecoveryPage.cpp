// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RecoveryPage.h"

#include "AppContext.h"
#include "services/RecoveryService.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>

namespace rebound {

QString RecoveryPage::fieldName(const QString& field) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("customer.name"), QT_TR_NOOP("Customer")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("severity"), QT_TR_NOOP("Severity")},
        {QStringLiteral("customer.segment"), QT_TR_NOOP("Segment")},
        {QStringLiteral("description"), QT_TR_NOOP("What happened")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("When it happened")},
        {QStringLiteral("apology"), QT_TR_NOOP("Apology")},
        {QStringLiteral("prevention_note"), QT_TR_NOOP("Prevention note")},
        {QStringLiteral("fix.notes"), QT_TR_NOOP("Fix notes")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
        {QStringLiteral("follow_up.due"), QT_TR_NOOP("Follow-up due")},
    };
    const char* name = names.value(field);
    return name ? tr(name) : field;
}

bool RecoveryPage::checkPart(DraftPart part) {
    auto r = recovery().context().recoveries().checkPart(recovery().draft(), part);
    if (!r && recovery().continueOffline(r.error()))
        r = recovery().context().recoveries().checkPart(recovery().draft(), part);
    if (!r) {
        showProblem(r.error());
        return false;
    }
    clearProblem();
    return true;
}

void RecoveryPage::recheck(DraftPart part) {
    if (!m_problem || !m_problem->isVisible())
        return;
    collect();
    if (recovery().context().recoveries().checkPart(recovery().draft(), part))
        clearProblem();
}

void RecoveryPage::showProblem(const Error& error) {
    if (!m_problem) {
        m_problem = new QLabel(this);
        m_problem->setObjectName(QStringLiteral("pageProblem"));
        m_problem->setProperty("role", QStringLiteral("error"));
        m_problem->setWordWrap(true);
        if (auto* form = qobject_cast<QFormLayout*>(layout()))
            form->addRow(m_problem);
        else if (auto* box = qobject_cast<QBoxLayout*>(layout()))
            box->addWidget(m_problem);
    }
    m_problem->setText(inWords(error));
    m_problem->show();
}

QString RecoveryPage::inWords(const Error& error) {
    // "description: longer than 4000 characters" becomes "What happened: longer than 4000 characters".
    const QString prefix = error.field + QStringLiteral(": ");
    if (error.field.isEmpty() || !error.message.startsWith(prefix))
        return error.message;
    return tr("%1: %2").arg(fieldName(error.field), error.message.mid(prefix.size()));
}

void RecoveryPage::clearProblem() {
    if (m_problem)
        m_problem->hide();
}

void RecoveryPage::stamp(std::optional<QDateTime>& when) const {
    if (!(recovery().isResuming() && when))
        when = recovery().context().clock().nowUtc();
}

} // namespace rebound
