// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rebound::Translations {

// The languages Rebound speaks, as ISO 639-1 codes ("en" is the source language).
QStringList available();
// Installs Rebound's and Qt's translations for language ("" follows the system locale) and makes it the
// default locale for dates, times and money. Returns the language in use.
QString install(const QString& language);

} // namespace rebound::Translations
