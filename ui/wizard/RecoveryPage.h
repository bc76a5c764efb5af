// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/RecoveryDraft.h"
#include "wizard/RecoveryWizard.h"

#include <QWizardPage>

class QLabel;

namespace rebound {

struct Error;

// What every page of the recovery wizard shares: access to the wizard's draft and context, and the
// problem with what was typed here, shown on this page.
class RecoveryPage : public QWizardPage {
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    // The field of the draft in words, as the page labels it ("What happened" for "description").
    static QString fieldName(const QString& field);
    // An error's message with its field's path put in words.
    static QString inWords(const Error& error);

    // What is on this page into the draft, as typed, without checking it: for the kept draft.
    virtual void collect() = 0;
    // The draft's part of this page back into its fields: taking up a kept draft.
    virtual void restore() = 0;

protected:
    RecoveryWizard& recovery() const { return *static_cast<RecoveryWizard*>(wizard()); }
    // Asks core whether this page's part of the draft holds; if not, says why here and stays.
    bool checkPart(DraftPart part);
    void showProblem(const Error& error);
    void clearProblem();
    // Once a problem shows, each edit asks again: the message goes as soon as the mistake is fixed.
    void recheck(DraftPart part);
    // When a step was done: now, unless a kept draft taken up already says when.
    void stamp(std::optional<QDateTime>& when) const;

private:
    QLabel* m_problem = nullptr;
};

} // namespace rebound
