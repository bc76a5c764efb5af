// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FixPage.h"

#include "AppContext.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "wizard/TextEdit.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace rebound {

FixPage::FixPage(QWidget* parent)
    : RecoveryPage(parent)
    , m_checklist(new QListWidget(this))
    , m_notes(new TextEdit(this))
    , m_prevention(new TextEdit(this))
    , m_resolved(new QCheckBox(tr("&Resolved: the problem itself is fixed"), this)) {
    setTitle(tr("Fix"));
    setSubTitle(tr("Put the problem right first; the gesture comes after."));
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Fix checklist"));
    m_checklist->setSpacing(4);
    m_notes->setObjectName(QStringLiteral("fixNotes"));
    m_notes->setAccessibleName(tr("What was done"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(
        tr("What was done, and what is still pending (printed on the customer's note)"));
    m_prevention->setObjectName(QStringLiteral("preventionNote"));
    m_prevention->setAccessibleName(tr("How to prevent it"));
    m_prevention->setTabChangesFocus(true);
    m_prevention->setPlaceholderText(
        tr("Root cause and how to stop it happening again (seen by managers; no names)"));
    m_resolved->setObjectName(QStringLiteral("resolved"));

    auto* steps = new QLabel(tr("C&hecklist (Space ticks a step)"), this);
    steps->setBuddy(m_checklist);
    auto* notes = new QLabel(tr("N&otes"), this);
    notes->setBuddy(m_notes);
    auto* prevention = new QLabel(tr("&Prevention note"), this);
    prevention->setBuddy(m_prevention);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(steps);
    layout->addWidget(m_checklist, 2);
    layout->addWidget(notes);
    layout->addWidget(m_notes, 1);
    layout->addWidget(prevention);
    layout->addWidget(m_prevention, 1);
    layout->addWidget(m_resolved);
    setTabOrder(m_resolved, m_checklist);
    setTabOrder(m_checklist, m_notes);
    setTabOrder(m_notes, m_prevention);
}

void FixPage::initializePage() {
    const RecoveryDraft& d = recovery().draft();
    if (m_category != d.category || m_checklist->count() == 0) {
        m_category = d.category;
        m_checklist->clear();
        if (const Category* c = recovery().playbook().category(d.category)) {
            for (const QString& step : c->checklist) {
                auto* item = new QListWidgetItem(PlaybookText::tr(step), m_checklist);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        m_checklist->setCurrentRow(0);
    }
    m_resolved->setFocus();
}

void FixPage::collect() {
    RecoveryDraft& d = recovery().draft();
    QStringList done;
    for (int i = 0; i < m_checklist->count(); ++i) {
        if (m_checklist->item(i)->checkState() == Qt::Checked)
            done << m_checklist->item(i)->text();
    }
    d.fixNotes = RecoveryDraft::fixNotesFrom(done, m_notes->toPlainText());
    d.preventionNote = m_prevention->toPlainText().trimmed();
    d.resolved = m_resolved->isChecked();
}

// The recorded fix read back: a ticked line that is a step of the checklist ticks it; the rest are notes.
void FixPage::restore() {
    const RecoveryDraft& d = recovery().draft();
    QStringList notes;
    for (const QString& line : d.fixNotes.split(QLatin1Char('\n'))) {
        const auto found = line.startsWith(QStringLiteral("✓ "))
                               ? m_checklist->findItems(line.mid(2), Qt::MatchExactly)
                               : QList<QListWidgetItem*>();
        if (found.isEmpty())
            notes << line;
        else
            found.first()->setCheckState(Qt::Checked);
    }
    m_notes->setPlainText(notes.join(QLatin1Char('\n')).trimmed());
    m_prevention->setPlainText(d.preventionNote);
    m_resolved->setChecked(d.resolved);
}

bool FixPage::validatePage() {
    collect();
    stamp(recovery().draft().fixedAt);
    return checkPart(DraftPart::Fix);
}

} // namespace rebound
