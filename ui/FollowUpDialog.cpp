// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpDialog.h"

#include "AppContext.h"
#include "DueEdit.h"
#include "domain/FollowUpOutcome.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rebound {

FollowUpDialog::FollowUpDialog(AppContext& ctx, const AuthenticatedEmployee& user, qint64 followUpId,
                               const QString& customer, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_followUpId(followUpId)
    , m_reached(new QRadioButton(tr("&Reached them"), this))
    , m_notReached(new QRadioButton(tr("&Could not reach them"), this))
    , m_reachedPart(new QWidget(this))
    , m_retryPart(new QWidget(this))
    , m_satisfaction(new QButtonGroup(this))
    , m_verdict(new QButtonGroup(this))
    , m_retryAt(new DueEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow-up with %1").arg(customer));
    m_reached->setObjectName(QStringLiteral("followUpReached"));
    m_notReached->setObjectName(QStringLiteral("followUpNotReached"));
    m_reached->setChecked(true);

    auto* stars = new QHBoxLayout;
    for (int i = 1; i <= 5; ++i) {
        auto* b = new QPushButton(QString::number(i), m_reachedPart);
        b->setObjectName(QStringLiteral("followUpSatisfaction%1").arg(i));
        b->setAccessibleName(tr("Satisfaction %1 of 5").arg(i));
        b->setCheckable(true);
        b->setAutoDefault(false);
        m_satisfaction->addButton(b, i);
        stars->addWidget(b);
    }
    auto* verdicts = new QHBoxLayout;
    for (Verdict v : {Verdict::BlownAway, Verdict::Satisfied, Verdict::NotSatisfied}) {
        auto* b = new QRadioButton(verdictName(v), m_reachedPart);
        b->setObjectName(QStringLiteral("verdict-") + verdictId(v));
        m_verdict->addButton(b, int(v));
        verdicts->addWidget(b);
    }
    auto* reachedForm = new QFormLayout(m_reachedPart);
    reachedForm->setContentsMargins(0, 0, 0, 0);
    reachedForm->addRow(tr("Satisfaction now (keys 1–5)"), stars);
    reachedForm->addRow(tr("Did we blow them away?"), verdicts);

    m_retryAt->setObjectName(QStringLiteral("followUpRetryAt"));
    const QDateTime now = ctx.clock().nowUtc();
    auto hours = ctx.site().hours();
    m_retryAt->propose(now, FollowUpService::nextTry(hours ? hours.value() : BusinessHours(), now));
    auto* retryForm = new QFormLayout(m_retryPart);
    retryForm->setContentsMargins(0, 0, 0, 0);
    retryForm->addRow(tr("&Try again"), m_retryAt);

    m_comment->setObjectName(QStringLiteral("followUpComment"));
    m_comment->setPlaceholderText(tr("In the customer's words, if they said something worth keeping"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_error->setObjectName(QStringLiteral("followUpError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* choice = new QHBoxLayout;
    choice->addWidget(m_reached);
    choice->addWidget(m_notReached);
    choice->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_reachedPart);
    layout->addWidget(m_retryPart);
    layout->addWidget(new QLabel(tr("C&omment"), this));
    static_cast<QLabel*>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_comment);
    layout->addWidget(m_comment);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_reached, &QRadioButton::toggled, this, &FollowUpDialog::updateParts);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateParts();
}

void FollowUpDialog::updateParts() {
    m_reachedPart->setVisible(m_reached->isChecked());
    m_retryPart->setVisible(!m_reached->isChecked());
    m_error->clear();
}

void FollowUpDialog::keyPressEvent(QKeyEvent* event) {
    const int n = event->key() - Qt::Key_0;
    if (m_reached->isChecked() && n >= 1 && n <= 5 && !m_comment->hasFocus() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        m_satisfaction->button(n)->setChecked(true);
        return;
    }
    QDialog::keyPressEvent(event);
}

QString FollowUpDialog::save() {
    FollowUpOutcome outcome;
    outcome.reached = m_reached->isChecked();
    outcome.comment = m_comment->toPlainText();
    if (outcome.reached) {
        if (m_satisfaction->checkedId() >= 1)
            outcome.satisfaction = m_satisfaction->checkedId();
        if (m_verdict->checkedId() >= 0)
            outcome.verdict = Verdict(m_verdict->checkedId());
    } else {
        outcome.retryAt = m_retryAt->dateTime().toUTC();
    }
    auto r = m_ctx.followUps().complete(m_user, m_followUpId, outcome);
    m_error->setText(r ? QString() : r.error().message);
    return m_error->text();
}

} // namespace rebound
