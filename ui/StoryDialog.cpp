// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoryDialog.h"

#include "AppContext.h"
#include "playbook/PlaybookText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound {

namespace {
QPlainTextEdit* part(QWidget* parent, const QString& name, const QString& accessible, const QString& hint) {
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    e->setPlaceholderText(hint);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(70);
    return e;
}

QString names(const QList<StoryPerson>& people) {
    QStringList out;
    for (const StoryPerson& p : people)
        out << p.name;
    return QLocale().createSeparatedList(out);
}
} // namespace

StoryDialog::StoryDialog(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_stories(ctx.db(), ctx.clock(), ctx.playbooks())
    , m_about(new QLabel(this))
    , m_happened(part(this, QStringLiteral("storyHappened"), tr("What happened"),
                      tr("What went wrong for the customer")))
    , m_did(part(this, QStringLiteral("storyDid"), tr("What we did"),
                 tr("The apology, the fix, what was given, anything beyond the rules")))
    , m_reaction(part(this, QStringLiteral("storyReaction"), tr("How the customer reacted"),
                      tr("What they said or did: at the counter, at the follow-up, afterwards")))
    , m_learned(part(this, QStringLiteral("storyLearned"), tr("What we learned"),
                     tr("What others can copy, and what could stop it happening again")))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("storyDialog"));
    resize(720, 640);
    m_about->setWordWrap(true);
    m_about->setObjectName(QStringLiteral("storyAbout"));
    m_message->setObjectName(QStringLiteral("storyMessage"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("storyDeclineReason"));
    m_reason->setPlaceholderText(tr("Why it is declined (the nominating employee reads it)"));
}

StoryDialog* StoryDialog::toNominate(AppContext& ctx, const AuthenticatedEmployee& user, qint64 incidentId,
                                     QWidget* parent) {
    auto* d = new StoryDialog(ctx, user, parent);
    d->m_incidentId = incidentId;
    d->setWindowTitle(tr("Nominate recovery #%1 as a story").arg(incidentId));
    d->m_about->setText(tr("A recovery worth telling: say it in four parts, in your own words. A supervisor "
                           "reads it; once approved it goes on the board and recognises everyone who worked "
                           "the recovery."));
    d->build(false);
    if (auto draft = d->m_stories.draftFor(incidentId))
        d->setText(draft.value());
    else
        d->m_message->setText(draft.error().message);
    return d;
}

StoryDialog* StoryDialog::toDecide(AppContext& ctx, const AuthenticatedEmployee& user, qint64 storyId,
                                   QWidget* parent) {
    auto* d = new StoryDialog(ctx, user, parent);
    d->m_storyId = storyId;
    d->setWindowTitle(tr("Story #%1").arg(storyId));
    d->build(true);
    auto story = d->m_stories.story(storyId);
    if (!story) {
        d->m_message->setText(story.error().message);
        return d;
    }
    d->m_incidentId = story->incidentId;
    auto pb = ctx.playbooks().current();
    d->m_about->setText(
        tr("Recovery #%1 · %2 · %3. Nominated by %4 on %5. It recognises %6.")
            .arg(story->incidentId)
            .arg(pb ? PlaybookText::nameOf(*pb->playbook, story->category) : story->category.toString(),
                 storyStatusName(story->status), story->nominatedBy,
                 QLocale().toString(story->nominatedAt.toLocalTime(), QLocale::ShortFormat),
                 names(story->recognized)));
    d->setText(story->text);
    // Decided already: approving or declining again is not offered; a declined story stays as it was.
    const bool waiting = story->status == Story::Status::Nominated;
    for (const char* name : {"storyApprove", "storyDecline"}) {
        if (auto* b = d->findChild<QPushButton*>(QLatin1String(name)))
            b->setVisible(waiting);
    }
    d->m_reason->setVisible(waiting);
    d->m_reasonLabel->setVisible(waiting);
    if (story->status == Story::Status::Declined) {
        if (auto* save = d->findChild<QPushButton*>(QStringLiteral("storySave")))
            save->setVisible(false);
        for (QPlainTextEdit* e : {d->m_happened, d->m_did, d->m_reaction, d->m_learned})
            e->setReadOnly(true);
        d->m_message->setText(tr("Declined by %1: %2").arg(story->decidedBy, story->reason));
    }
    return d;
}

void StoryDialog::build(bool deciding) {
    auto* form = new QFormLayout;
    form->addRow(tr("What &happened"), m_happened);
    form->addRow(tr("What we &did"), m_did);
    form->addRow(tr("How the customer &reacted"), m_reaction);
    form->addRow(tr("What we &learned"), m_learned);
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Close"), this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (deciding) {
        auto* approve = new QPushButton(tr("&Approve"), this);
        approve->setObjectName(QStringLiteral("storyApprove"));
        approve->setDefault(true);
        auto* save = new QPushButton(tr("&Save the edits"), this);
        save->setObjectName(QStringLiteral("storySave"));
        auto* decline = new QPushButton(tr("D&ecline"), this);
        decline->setObjectName(QStringLiteral("storyDecline"));
        m_reasonLabel = new QLabel(tr("Decline &because"), this);
        m_reasonLabel->setBuddy(m_reason);
        form->addRow(m_reasonLabel, m_reason);
        buttons->addWidget(decline);
        buttons->addStretch(1);
        buttons->addWidget(save);
        buttons->addWidget(approve);
        connect(approve, &QPushButton::clicked, this, &StoryDialog::approve);
        connect(save, &QPushButton::clicked, this, &StoryDialog::saveEdit);
        connect(decline, &QPushButton::clicked, this, &StoryDialog::decline);
    } else {
        m_reason->hide();
        auto* send = new QPushButton(tr("&Nominate"), this);
        send->setObjectName(QStringLiteral("storyNominate"));
        send->setDefault(true);
        buttons->addStretch(1);
        buttons->addWidget(send);
        connect(send, &QPushButton::clicked, this, &StoryDialog::nominate);
    }
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
}

StoryText StoryDialog::text() const {
    return {m_happened->toPlainText(), m_did->toPlainText(), m_reaction->toPlainText(),
            m_learned->toPlainText()};
}

void StoryDialog::setText(const StoryText& t) {
    m_happened->setPlainText(t.happened);
    m_did->setPlainText(t.did);
    m_reaction->setPlainText(t.reaction);
    m_learned->setPlainText(t.learned);
}

QString StoryDialog::finish(const Status& outcome) {
    if (!outcome) {
        m_message->setText(outcome.error().message);
        // The field the rules named gets the cursor.
        const QString field = outcome.error().field;
        for (auto [name, edit] :
             {std::pair{QStringLiteral("happened"), m_happened}, std::pair{QStringLiteral("did"), m_did},
              std::pair{QStringLiteral("reaction"), m_reaction},
              std::pair{QStringLiteral("learned"), m_learned}}) {
            if (field == name)
                edit->setFocus();
        }
        if (field == QStringLiteral("reason"))
            m_reason->setFocus();
        return m_message->text();
    }
    m_message->clear();
    accept();
    return {};
}

QString StoryDialog::nominate() {
    auto r = m_stories.nominate(m_user, m_incidentId, text());
    return finish(r ? Status() : Status(r.error()));
}

QString StoryDialog::approve() {
    return finish(m_stories.approve(m_user, m_storyId, text()));
}

QString StoryDialog::saveEdit() {
    return finish(m_stories.edit(m_user, m_storyId, text()));
}

QString StoryDialog::decline() {
    return finish(m_stories.decline(m_user, m_storyId, m_reason->text()));
}

QString StoryDialog::message() const {
    return m_message->text();
}

} // namespace rebound
