// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FollowUpPage.h"

#include "AppContext.h"
#include "DueEdit.h"
#include "playbook/Playbook.h"
#include "services/RecoveryService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QWizard>

namespace rebound {

FollowUpPage::FollowUpPage(QWidget* parent)
    : RecoveryPage(parent)
    , m_due(new DueEdit(this))
    , m_channel(new QComboBox(this))
    , m_satisfaction(new QButtonGroup(this))
    , m_error(new QLabel(this))
    , m_retry(new QTimer(this))
    , m_promise(new QLabel(this)) {
    setTitle(tr("Follow up"));
    setSubTitle(
        tr("A call or a note later shows the customer we meant it. Keys 1–5 record their satisfaction."));
    setCommitPage(true);
    m_due->setObjectName(QStringLiteral("followUpDue"));
    m_due->setAccessibleName(tr("Follow-up due"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (Channel channel : AllChannels) {
        const QString name = channel == Channel::Phone   ? tr("Phone")
                             : channel == Channel::Email ? tr("Email")
                             : channel == Channel::Sms   ? tr("SMS")
                                                         : tr("In person");
        m_channel->addItem(name, channelId(channel));
    }
    auto* stars = new QHBoxLayout;
    static const char* labels[] = {QT_TR_NOOP("1 · very unhappy"), QT_TR_NOOP("2"), QT_TR_NOOP("3"),
                                   QT_TR_NOOP("4"), QT_TR_NOOP("5 · delighted")};
    for (int i = 1; i <= 5; ++i) {
        auto* b = new QPushButton(tr(labels[i - 1]), this);
        b->setObjectName(QStringLiteral("satisfaction%1").arg(i));
        b->setAccessibleName(tr("Satisfaction %1 of 5").arg(i));
        b->setCheckable(true);
        b->setAutoDefault(false);
        m_satisfaction->addButton(b, i);
        stars->addWidget(b);
    }
    stars->addStretch(1);
    m_promise->setObjectName(QStringLiteral("followUpPromise"));
    m_promise->setWordWrap(true);
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, &FollowUpPage::showPromise);
    // A central server that went away: the recovery is saved the moment it answers again.
    m_retry->setObjectName(QStringLiteral("saveRetry"));
    m_retry->setSingleShot(true);
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (isVisible() && wizard())
            wizard()->next();
    });
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Satisfaction at the counter (optional)"), stars);
    auto* dueLabel = new QLabel(tr("&Due"), this);
    dueLabel->setObjectName(QStringLiteral("dueLabel"));
    dueLabel->setBuddy(m_due);
    auto* later = new QPushButton(tr("&One open day later"), this);
    later->setObjectName(QStringLiteral("dueNextDay"));
    later->setAutoDefault(false);
    connect(later, &QPushButton::clicked, this,
            [this] { m_due->setDateTime(m_hours.nextOpenDay(m_due->dateTime().toUTC()).toLocalTime()); });
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addWidget(later);
    dueRow->addStretch(1);
    form->addRow(dueLabel, dueRow);
    form->addRow(QString(), m_promise);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(QString(), m_error);
    setTabOrder(m_satisfaction->button(5), m_due);
    setTabOrder(m_due, m_channel);
}

void FollowUpPage::initializePage() {
    const RecoveryDraft& d = recovery().draft();
    // The default moves with the category; a time the employee chose is kept.
    if (m_category != d.category) {
        m_category = d.category;
        const QDateTime now = recovery().context().clock().nowUtc();
        auto hours = recovery().context().site().hours();
        m_hours = hours ? hours.value() : BusinessHours(); // unreadable: the standard ones, saving says why
        if (const Category* c = recovery().playbook().category(d.category))
            m_due->propose(now, RecoveryService::defaultFollowUpDue(*c, now, m_hours));
        const auto& known = recovery().customer();
        const QString phone = known ? known->phone : d.customer.phone;
        const QString email = known ? known->email : d.customer.email;
        const QString preferences = known ? known->preferences : d.customer.preferences;
        m_channel->setCurrentIndex(m_channel->findData(
            channelId(RecoveryService::defaultFollowUpChannel(phone, email, preferences))));
    }
    showPromise();
    // Satisfaction first: the customer is still there; the defaults below are usually right.
    m_satisfaction->button(1)->setFocus();
}

// What the customer is promised, as the note will print it; a warning outside the opening hours.
void FollowUpPage::showPromise() {
    const QDateTime due = m_due->dateTime().toUTC();
    const QString promise = tr("The customer's note will say: %1.")
                                .arg(m_hours.promise(due, recovery().context().clock().nowUtc(), QLocale()));
    m_promise->setText(m_hours.isOpenAt(due) ? promise
                                             : promise + u' ' + tr("That is outside the opening hours."));
}

void FollowUpPage::keyPressEvent(QKeyEvent* event) {
    const int n = event->key() - Qt::Key_0;
    if (n >= 1 && n <= 5 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        m_satisfaction->button(n)->setChecked(true);
        return;
    }
    RecoveryPage::keyPressEvent(event);
}

void FollowUpPage::collect() {
    RecoveryDraft& d = recovery().draft();
    d.followUpDue = m_due->dateTime().toUTC();
    d.followUpChannel = channelFromId(m_channel->currentData().toString());
    const int rating = m_satisfaction->checkedId();
    d.satisfaction = rating >= 1 ? std::optional<int>(rating) : std::nullopt;
}

void FollowUpPage::restore() {
    const RecoveryDraft& d = recovery().draft();
    if (d.followUpDue)
        m_due->setDateTime(d.followUpDue->toLocalTime());
    if (d.followUpChannel)
        m_channel->setCurrentIndex(m_channel->findData(channelId(*d.followUpChannel)));
    if (d.satisfaction)
        m_satisfaction->button(*d.satisfaction)->setChecked(true);
}

bool FollowUpPage::validatePage() {
    collect();
    if (!checkPart(DraftPart::FollowUp))
        return false;
    // The one place the recovery is written; on failure everything stays as typed.
    if (auto saved = recovery().save(); !saved) {
        if (saved.error().code == Error::Code::Unreachable) {
            m_error->setText(tr("Waiting for the central server: %1. Everything you typed is kept, and the "
                                "recovery is saved as soon as the server answers (trying every %2 seconds).")
                                 .arg(saved.error().message)
                                 .arg(RetryMs / 1000));
            m_retry->start();
            return false;
        }
        m_error->setText(
            tr("Not saved: %1. Everything you typed is still here; try again.").arg(inWords(saved.error())));
        return false;
    }
    m_retry->stop();
    m_error->clear();
    return true;
}

} // namespace rebound
