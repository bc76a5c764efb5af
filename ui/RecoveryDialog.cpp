// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryDialog.h"

#include "ActionDialog.h"
#include "AppContext.h"
#include "Deferred.h"
#include "DueEdit.h"
#include "HistoryText.h"
#include "StoryDialog.h"
#include "Theme.h"
#include "domain/Incident.h"
#include "playbook/PlaybookText.h"
#include "services/CorrectionService.h"
#include "services/ReviewService.h"
#include "services/StoryService.h"
#include "wizard/ApprovalDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebound {

RecoveryDialog::RecoveryDialog(AppContext& ctx, const AuthenticatedEmployee& user, qint64 incidentId,
                               QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_incidentId(incidentId)
    , m_summary(new QLabel(this))
    , m_history(new QTextBrowser(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recovery #%1").arg(incidentId));
    resize(900, 680);
    m_summary->setObjectName(QStringLiteral("recoverySummary"));
    m_summary->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("recoveryStory"));
    m_message->setObjectName(QStringLiteral("recoveryMessage"));
    m_message->setWordWrap(true);
    auto* reprint = new QPushButton(tr("&Reprint the customer's note…"), this);
    reprint->setObjectName(QStringLiteral("recoveryReprint"));
    auto* correct = new QPushButton(tr("C&orrect…"), this);
    correct->setObjectName(QStringLiteral("recoveryCorrect"));
    correct->setCheckable(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_nominate = new QPushButton(tr("Nominate as a s&tory…"), this);
    m_nominate->setObjectName(QStringLiteral("recoveryNominate"));
    m_nominate->setToolTip(tr("A recovery to be proud of: told in four parts, approved by a supervisor, it "
                              "goes on the board and recognises everyone who worked it"));
    auto* prevent = new QPushButton(tr("&Prevention action…"), this);
    prevent->setObjectName(QStringLiteral("recoveryPrevent"));
    prevent->setToolTip(tr("Change what caused this failure, with an owner and a due date"));
    prevent->setVisible(requireSupervisor(user).ok());

    auto* actions = new QHBoxLayout;
    actions->addWidget(reprint);
    actions->addWidget(correct);
    actions->addStretch(1);
    actions->addWidget(m_nominate);
    actions->addWidget(prevent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_history, 1);
    layout->addLayout(actions);
    layout->addWidget(buildFollowUp());
    layout->addWidget(buildCorrection());
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(reprint, &QPushButton::clicked, this,
            [this] { m_message->setText(Deferred::saveOrPrintNote(m_ctx, m_incidentId, this, false)); });
    connect(correct, &QPushButton::toggled, m_correction, &QWidget::setVisible);
    connect(m_nominate, &QPushButton::clicked, this, [this] {
        auto* dialog = StoryDialog::toNominate(m_ctx, m_user, m_incidentId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this] { report({}, tr("Story nominated: a supervisor reads it next.")); });
        dialog->open();
    });
    connect(prevent, &QPushButton::clicked, this, [this] {
        auto* dialog = new ActionDialog(m_ctx, m_user, ActionSource::Recovery, QString::number(m_incidentId),
                                        CategoryId(m_category->currentData().toString()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            report({}, tr("Prevention action opened; supervisors follow it on the Prevention tab."));
        });
        dialog->open();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_correction->hide();
    load();
}

QWidget* RecoveryDialog::buildFollowUp() {
    auto* box = new QGroupBox(tr("Another follow-up"), this);
    m_due = new DueEdit(box);
    m_due->setObjectName(QStringLiteral("recoveryFollowUpDue"));
    const QDateTime now = m_ctx.clock().nowUtc();
    auto hours = m_ctx.site().hours();
    m_due->propose(now, FollowUpService::anotherDue(hours ? hours.value() : BusinessHours(), now));
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("recoveryFollowUpChannel"));
    for (Channel c : AllChannels)
        m_channel->addItem(channelName(c), channelId(c));
    auto* add = new QPushButton(tr("&Add follow-up"), box);
    add->setObjectName(QStringLiteral("recoveryAddFollowUp"));
    auto* row = new QHBoxLayout(box);
    row->addWidget(m_due);
    row->addWidget(m_channel);
    row->addWidget(add);
    row->addStretch(1);
    connect(add, &QPushButton::clicked, this, &RecoveryDialog::addFollowUp);
    return box;
}

QGroupBox* RecoveryDialog::buildCorrection() {
    m_correction = new QGroupBox(tr("Correct the recovery (kept beside it, with your reason)"), this);
    m_correction->setObjectName(QStringLiteral("recoveryCorrection"));
    m_category = new QComboBox(m_correction);
    m_category->setObjectName(QStringLiteral("correctCategory"));
    m_severity = new QComboBox(m_correction);
    m_severity->setObjectName(QStringLiteral("correctSeverity"));
    if (auto pb = m_ctx.playbooks().current()) {
        for (const Category& c : pb->playbook->categories())
            m_category->addItem(PlaybookText::tr(c.name), c.id.toString());
        for (const Severity& s : pb->playbook->severities())
            m_severity->addItem(PlaybookText::tr(s.name), s.id.toString());
    }
    m_description = new QPlainTextEdit(m_correction);
    m_description->setObjectName(QStringLiteral("correctDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_gestures = new QListWidget(m_correction);
    m_gestures->setObjectName(QStringLiteral("correctGestures"));
    m_gestures->setMaximumHeight(80);
    m_replaceItem = new QComboBox(m_correction);
    m_replaceItem->setObjectName(QStringLiteral("correctReplaceItem"));
    m_replaceItem->addItem(tr("Nothing"), QString());
    if (auto pb = m_ctx.playbooks().current()) {
        for (const CatalogItem& item : pb->playbook->catalog())
            m_replaceItem->addItem(PlaybookText::tr(item.name), item.id);
    }
    m_replaceAmount = new QLineEdit(m_correction);
    m_replaceAmount->setObjectName(QStringLiteral("correctReplaceAmount"));
    m_replaceAmount->setPlaceholderText(tr("Amount"));
    m_replaceAmount->setToolTip(tr("Empty: the item's price"));
    m_replaceAmount->setAccessibleName(tr("Replacement amount"));
    m_reason = new QLineEdit(m_correction);
    m_reason->setObjectName(QStringLiteral("correctReason"));
    m_reason->setPlaceholderText(tr("Why: a wrong category, a typo, a gesture typed twice…"));
    auto* save = new QPushButton(tr("&Save correction"), m_correction);
    save->setObjectName(QStringLiteral("correctSave"));
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_category, 1);
    kind->addWidget(m_severity, 1);
    auto* form = new QFormLayout(m_correction);
    form->addRow(tr("Category, severity"), kind);
    form->addRow(tr("What happened"), m_description);
    form->addRow(tr("Tick a gesture to void"), m_gestures);
    auto* replace = new QHBoxLayout;
    replace->addWidget(m_replaceItem, 2);
    replace->addWidget(m_replaceAmount, 1);
    form->addRow(tr("Replace &with"), replace);
    static_cast<QLabel*>(form->labelForField(replace))->setBuddy(m_replaceItem);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), save);
    connect(save, &QPushButton::clicked, this, &RecoveryDialog::saveCorrection);
    return m_correction;
}

// The recovery as it stands now: the summary line, its story, the correction form filled with it.
void RecoveryDialog::load() {
    auto found = m_ctx.frontDesk().findRecoveries(QString::number(m_incidentId));
    auto pb = m_ctx.playbooks().current();
    if (!found || found->isEmpty() || !pb) {
        m_summary->setText(!found ? found.error().message
                           : !pb  ? pb.error().message
                                  : tr("No such recovery."));
        return;
    }
    const PastRecovery& r = found->first();
    m_summary->setText(tr("<b>%1</b> · %2, %3 · opened %4 · given %5 · %6")
                           .arg(r.customer.toHtmlEscaped(), PlaybookText::nameOf(*pb->playbook, r.category),
                                PlaybookText::nameOf(*pb->playbook, r.severity).toLower(),
                                QLocale().toString(r.openedAt.toLocalTime(), QLocale::ShortFormat),
                                r.given.toDisplayString(),
                                statusFromId(r.status) ? statusName(*statusFromId(r.status)) : r.status));
    m_history->setHtml(historyHtml(m_ctx, m_incidentId, false));
    // One story per recovery while it stands: the button says where it is.
    auto story = StoryService(m_ctx.db(), m_ctx.clock(), m_ctx.playbooks()).storyOf(m_incidentId);
    const bool told = story && story->has_value();
    m_nominate->setEnabled(!told);
    if (told)
        m_nominate->setText(tr("Story #%1 nominated").arg(**story));
    m_category->setCurrentIndex(m_category->findData(r.category.toString()));
    m_severity->setCurrentIndex(m_severity->findData(r.severity.toString()));
    m_description->setPlainText(r.description);
    m_gestures->clear();
    auto gestures = m_ctx.frontDesk().gestures(m_incidentId);
    for (const GivenGesture& g : gestures ? gestures.value() : QList<GivenGesture>()) {
        const CatalogItem* item = pb->playbook->item(g.item);
        auto* row = new QListWidgetItem(tr("%1 — %2%3")
                                            .arg(item ? PlaybookText::tr(item->name) : g.item,
                                                 g.amount.toDisplayString(),
                                                 g.withdrawn ? tr(" (withdrawn)") : QString()),
                                        m_gestures);
        row->setData(Qt::UserRole, g.id);
        row->setFlags(g.withdrawn ? Qt::NoItemFlags : row->flags() | Qt::ItemIsUserCheckable);
        if (!g.withdrawn)
            row->setCheckState(Qt::Unchecked);
    }
}

QString RecoveryDialog::report(const Status& outcome, const QString& done) {
    Theme::showOutcome(m_message, outcome.ok(), outcome ? done : outcome.error().message);
    if (outcome) {
        load();
        Q_EMIT changed();
    }
    return m_message->text();
}

QString RecoveryDialog::addFollowUp() {
    const auto channel = channelFromId(m_channel->currentData().toString()).value_or(Channel::Phone);
    auto added = m_ctx.followUps().schedule(m_user, m_incidentId, m_due->dateTime().toUTC(), channel);
    return report(
        added ? Status() : Status(added.error()),
        tr("Follow-up added for %1.").arg(QLocale().toString(m_due->dateTime(), QLocale::ShortFormat)));
}

QString RecoveryDialog::saveCorrection() {
    Correction c;
    c.category = CategoryId(m_category->currentData().toString());
    c.severity = SeverityId(m_severity->currentData().toString());
    c.description = m_description->toPlainText();
    for (int i = 0; i < m_gestures->count(); ++i) {
        if (m_gestures->item(i)->checkState() == Qt::Checked)
            c.withdrawGestures << m_gestures->item(i)->data(Qt::UserRole).toLongLong();
    }
    if (const QString item = m_replaceItem->currentData().toString(); !item.isEmpty()) {
        QString amount = m_replaceAmount->text().trimmed();
        if (!amount.isEmpty()) {
            // Typed as the counter's language writes money; the service reads plain decimals.
            auto typed = Money::parseTyped(amount, m_ctx.playbooks().currency(), QLocale());
            if (!typed)
                return report(
                    Status(Error::invalidAt(QStringLiteral("replacement"),
                                            tr("Replacement amount: %1").arg(typed.error().message))),
                    {});
            amount = typed->toDecimalString();
        }
        c.replacement = CompensationDraft{item, amount};
    }
    c.reason = m_reason->text();
    CorrectionService corrections(m_ctx.db(), m_ctx.clock(), m_ctx.playbooks());
    auto outcome = corrections.correct(m_user, m_incidentId, c);
    if (!outcome && outcome.error().field == u"approver") {
        // A void, like a till's: a supervisor other than the giver approves it here, with their PIN.
        ApprovalDialog approval(
            m_ctx,
            tr("Voiding %n gesture(s) of this recovery.<br>Reason: %1<br><br>A supervisor or manager who did "
               "not give them enters their own code and PIN to approve it. A voided gesture still counts "
               "towards its giver's day.",
               "", int(c.withdrawGestures.size()))
                .arg(c.reason.toHtmlEscaped()),
            [&](const Employee& approver) {
                return corrections.checkVoidApprover(m_incidentId, c.withdrawGestures, approver);
            },
            this);
        if (approval.exec() != QDialog::Accepted || !approval.approver())
            return report(outcome, {});
        outcome = corrections.correct(m_user, m_incidentId, c, &*approval.approver());
    }
    if (outcome) {
        m_reason->clear();
        m_replaceItem->setCurrentIndex(0);
        m_replaceAmount->clear();
    }
    return report(outcome, tr("Corrected; the amendment and its reason are in the story above."));
}

} // namespace rebound
