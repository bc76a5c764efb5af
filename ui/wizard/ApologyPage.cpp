// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ApologyPage.h"

#include "AppContext.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "wizard/TextEdit.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace rebound {

ApologyPage::ApologyPage(QWidget* parent)
    : RecoveryPage(parent)
    , m_scripts(new QListWidget(this))
    , m_text(new TextEdit(this))
    , m_given(new QCheckBox(tr("&Apology given"), this)) {
    setTitle(tr("Apologize"));
    setSubTitle(tr("Own it: a sincere apology from you, now, without blaming anyone."));
    m_scripts->setObjectName(QStringLiteral("apologyScripts"));
    m_scripts->setAccessibleName(tr("Suggested apologies"));
    m_scripts->setWordWrap(true);
    m_scripts->setSpacing(4);
    m_text->setObjectName(QStringLiteral("apologyText"));
    m_text->setAccessibleName(tr("What you said"));
    m_text->setTabChangesFocus(true);
    m_given->setObjectName(QStringLiteral("apologyGiven"));
    m_given->setAccessibleName(tr("Apology given"));

    auto* pick = new QLabel(tr("S&uggested words (pick one, then say it in your own way)"), this);
    pick->setBuddy(m_scripts);
    auto* said = new QLabel(tr("What you &said"), this);
    said->setBuddy(m_text);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pick);
    layout->addWidget(m_scripts, 2);
    layout->addWidget(said);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_given);

    connect(m_scripts, &QListWidget::currentTextChanged, m_text, &QPlainTextEdit::setPlainText);
    connect(m_given, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    setTabOrder(m_given, m_scripts);
    setTabOrder(m_scripts, m_text);
}

void ApologyPage::initializePage() {
    const RecoveryDraft& d = recovery().draft();
    // Going back and forth keeps what was typed unless the category changed.
    if (m_category != d.category || m_scripts->count() == 0) {
        m_category = d.category;
        m_scripts->clear();
        if (const Category* c = recovery().playbook().category(d.category)) {
            for (const QString& script : c->apologies)
                m_scripts->addItem(Playbook::personalise(PlaybookText::tr(script), d.customer.name,
                                                         recovery().user().employee().name));
        }
        m_scripts->setCurrentRow(0);
    }
    m_given->setFocus();
}

bool ApologyPage::isComplete() const {
    return m_given->isChecked();
}

void ApologyPage::collect() {
    recovery().draft().apology = m_text->toPlainText().trimmed();
}

void ApologyPage::restore() {
    const RecoveryDraft& d = recovery().draft();
    if (!d.apology.isEmpty())
        m_text->setPlainText(d.apology);
    m_given->setChecked(d.apologizedAt.has_value());
}

bool ApologyPage::validatePage() {
    collect();
    stamp(recovery().draft().apologizedAt);
    return checkPart(DraftPart::Apology);
}

} // namespace rebound
