// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RecoveryWizard.h"

#include "AppContext.h"
#include "Ask.h"
#include "Theme.h"
#include "TimeText.h"
#include "playbook/PlaybookText.h"
#include "wizard/ApologyPage.h"
#include "wizard/CompensationPage.h"
#include "wizard/FixPage.h"
#include "wizard/FollowUpPage.h"
#include "wizard/RecoveryPage.h"
#include "wizard/SituationPage.h"
#include "wizard/SummaryPage.h"

#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace rebound {

RecoveryWizard::RecoveryWizard(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent,
                               std::optional<SavedDraft> resume)
    : QWizard(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_draftOwner(user.employee().id)
    , m_startedAt(resume && resume->startedAt.isValid() ? resume->startedAt : ctx.clock().nowUtc())
    , m_drafts(ctx.db().localPath())
    , m_autosave(new QTimer(this))
    , m_steps(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_tick(new QTimer(this)) {
    setObjectName(QStringLiteral("recoveryWizard"));
    setWindowTitle(tr("New recovery"));
    setWizardStyle(QWizard::ClassicStyle);
    setWindowModality(Qt::WindowModal);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Save recovery"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    resize(QSize(1100, 720).boundedTo(parent ? parent->screen()->availableSize() : QSize(1100, 720)));

    auto pb = ctx.playbooks().current();
    m_playbook = pb ? pb->playbook : std::make_shared<const Playbook>(Playbook::builtIn());
    m_draft.detectedBy = DetectedBy::Customer;
    if (resume) {
        m_draft = resume->draft;
        m_resumePage = std::clamp(resume->page, int(Situation), int(FollowUp));
    }

    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("wizardSide"));
    side->setMinimumWidth(200);
    auto* sideLayout = new QVBoxLayout(side);
    m_steps->setTextFormat(Qt::RichText);
    m_clock->setObjectName(QStringLiteral("wizardClock"));
    m_clock->setWordWrap(true);
    sideLayout->addWidget(m_steps);
    sideLayout->addSpacing(16);
    sideLayout->addWidget(m_clock);
    sideLayout->addStretch(1);
    setSideWidget(side);

    setPage(Situation, new SituationPage(this));
    setPage(Apology, new ApologyPage(this));
    setPage(Fix, new FixPage(this));
    setPage(Compensation, new CompensationPage(this));
    setPage(FollowUp, new FollowUpPage(this));
    setPage(Summary, new SummaryPage(this));
    setStartId(Situation);

    connect(this, &QWizard::currentIdChanged, this, &RecoveryWizard::updateSide);
    connect(m_tick, &QTimer::timeout, this, &RecoveryWizard::updateSide);
    m_tick->start(1000);
    // Often enough that a crash loses a few seconds of typing at most.
    connect(m_autosave, &QTimer::timeout, this, &RecoveryWizard::keepDraft);
    connect(this, &QWizard::currentIdChanged, this, &RecoveryWizard::keepDraft);
    m_autosave->start(2000);
    updateSide();
}

RecoveryWizard::~RecoveryWizard() = default;

void RecoveryWizard::setPractice(QWidget* coach) {
    setWindowTitle(tr("PRACTICE — New recovery"));
    setProperty("practice", true);
    setStyleSheet(QStringLiteral("QWizard#recoveryWizard { border: 6px solid #E65100; }"));
    sideWidget()->setMinimumWidth(320);
    if (auto* side = qobject_cast<QVBoxLayout*>(sideWidget()->layout())) {
        // The coach takes the room the closing stretch kept below the clock.
        if (QLayoutItem* last = side->itemAt(side->count() - 1); last && last->spacerItem())
            delete side->takeAt(side->count() - 1);
        side->insertWidget(0, coach, 1);
    }
    resize(QSize(1240, 760).boundedTo(parentWidget() ? parentWidget()->screen()->availableSize()
                                                     : QSize(1240, 760)));
}

void RecoveryWizard::updateSide() {
    static const char* names[] = {QT_TR_NOOP("Situation"),  QT_TR_NOOP("Apologize"), QT_TR_NOOP("Fix"),
                                  QT_TR_NOOP("Compensate"), QT_TR_NOOP("Follow up"), QT_TR_NOOP("Summary")};
    QString html = QStringLiteral("<p style='font-size:13pt; font-weight:600; color:#0F6E6A'>%1</p>")
                       .arg(tr("Recovery"));
    for (int i = 0; i <= Summary; ++i) {
        const QString name = tr(names[i]);
        if (i == currentId())
            html += QStringLiteral("<p style='font-weight:700'>▶ %1. %2</p>").arg(i + 1).arg(name);
        else if (i < currentId())
            html += QStringLiteral("<p style='color:#2E7D32'>✓ %1. %2</p>").arg(i + 1).arg(name);
        else
            html += QStringLiteral("<p style='color:#78807F'>%1. %2</p>").arg(i + 1).arg(name);
    }
    m_steps->setText(html);

    const QDateTime end = m_saved ? m_saved->recoveredAt : m_ctx.clock().nowUtc();
    const qint64 elapsed = m_startedAt.secsTo(end);
    const Severity* sev = m_playbook->severity(m_draft.severity);
    QColor colour = palette().text().color();
    QString text = tr("Time so far: <b>%1</b>").arg(TimeText::duration(elapsed));
    if (sev) {
        const qint64 target = qint64(sev->targetMinutes) * 60;
        text +=
            QStringLiteral("<br>") +
            tr("Target for %1: %2").arg(PlaybookText::tr(sev->name).toLower(), TimeText::duration(target));
        colour = Theme::clock(RecoveryClock::running(elapsed, sev->targetMinutes), Theme::ok());
    }
    m_clock->setText(QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), text));
    if (m_saved)
        m_tick->stop();
}

void RecoveryWizard::initializePage(int id) {
    QWizard::initializePage(id);
    if (m_resumePage && id <= *m_resumePage)
        static_cast<RecoveryPage*>(page(id))->restore();
}

void RecoveryWizard::goToResumedPage() {
    while (m_resumePage && currentId() < *m_resumePage) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // the page says what is missing
    }
    m_resumePage.reset();
}

void RecoveryWizard::keepDraft() {
    // Closing walks the pages back to none: what was kept before that stays.
    if (m_saved || m_resumePage || m_closed || currentId() < 0)
        return;
    if (!hasUnsavedWork()) {
        m_drafts.discard(m_draftOwner);
        m_kept.clear();
        return;
    }
    if (auto* current = qobject_cast<RecoveryPage*>(currentPage()))
        current->collect();
    SavedDraft kept{m_draftOwner, m_startedAt, {}, currentId(), m_draft};
    const QByteArray json = kept.toJson();
    if (json == m_kept)
        return;
    kept.savedAt = m_ctx.clock().nowUtc();
    if (m_drafts.save(kept))
        m_kept = json;
}

void RecoveryWizard::closeKeepingDraft() {
    keepDraft();
    QWizard::reject(); // the base's: no question asked
}

void RecoveryWizard::reject() {
    if (hasUnsavedWork()) {
        keepDraft();
        if (!Ask::discard(this, tr("Discard this recovery?"),
                          tr("What you typed for this recovery will be lost."), tr("&Keep working")))
            return;
        m_drafts.discard(m_draftOwner);
    }
    QWizard::reject();
}

void RecoveryWizard::done(int result) {
    m_autosave->stop();
    m_closed = true;
    QWizard::done(result);
}

bool RecoveryWizard::hasUnsavedWork() const {
    if (m_saved)
        return false;
    if (currentId() != Situation)
        return true;
    return !static_cast<const SituationPage*>(page(Situation))->isBlank();
}

void RecoveryWizard::approve(const AuthenticatedEmployee& approver) {
    auto gift = m_ctx.recoveries().giftOf(m_draft);
    if (!gift)
        return;
    m_approver = approver;
    m_approved = gift.value();
}

const AuthenticatedEmployee* RecoveryWizard::currentApprover() {
    // An approval covers the customer and the gestures the approver saw: any change asks again.
    if (m_approver) {
        auto now = m_ctx.recoveries().giftOf(m_draft);
        if (!now || now.value() != m_approved) {
            m_approver.reset();
            m_approved.reset();
        }
    }
    return m_approver ? &*m_approver : nullptr;
}

Result<RecordedRecovery> RecoveryWizard::record() {
    const AuthenticatedEmployee* approver = m_approver ? &*m_approver : nullptr;
    return m_ctx.recoveries().record(m_user, m_draft, approver, approver ? m_approved : std::nullopt);
}

bool RecoveryWizard::continueOffline(const Error& error) {
    if (error.code != Error::Code::Unreachable || m_ctx.isOfflineCopy())
        return false;
    Q_EMIT serverLost(error.message);
    if (!m_ctx.isOfflineCopy())
        return false;
    // Who signed in and who approved are found on the copy by code; the customer by phone or email.
    auto same = m_ctx.employees().carryOver(m_user);
    if (!same)
        return false; // the window signs them out, the draft kept
    m_user = same.value();
    // The draft is kept beside the copy from now on, under their id there.
    const DraftStore here(m_ctx.db().localPath());
    (void)m_drafts.moveTo(here, m_draftOwner, m_user.employee().id);
    m_drafts = here;
    m_draftOwner = m_user.employee().id;
    if (m_approver) {
        if (auto approver = m_ctx.employees().carryOver(*m_approver))
            m_approver = approver.value();
        else
            m_approver.reset(); // asked again, on the copy
    }
    m_draft.customer.id.reset();
    return true;
}

Status RecoveryWizard::save() {
    auto result = record();
    // Not lost, not waited for: the counter goes on with its offline copy, if it has one.
    if (!result && continueOffline(result.error()))
        result = record();
    if (!result)
        return result.error();
    m_saved = result.value();
    m_drafts.discard(m_draftOwner);
    updateSide();
    Q_EMIT recorded(m_saved->id);
    return {};
}

} // namespace rebound
