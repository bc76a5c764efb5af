// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/RecoveryWizard.h"

#include <QWizardPage>

namespace rebound {

// What every page of the recovery wizard shares: access to the wizard's draft and context.
class RecoveryPage : public QWizardPage {
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

protected:
    RecoveryWizard& recovery() const { return *static_cast<RecoveryWizard*>(wizard()); }
};

} // namespace rebound
