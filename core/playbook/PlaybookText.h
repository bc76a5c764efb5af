// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaybookId.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace rebound {
class Playbook;
}

namespace rebound::PlaybookText {

extern const char* const BuiltInStrings[];
extern const std::size_t BuiltInStringCount;

// A playbook text in the user's language when it is one of the built-in playbook's words;
// anything else (a custom playbook) as written.
inline QString tr(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return QCoreApplication::translate("DefaultPlaybook", utf8.constData());
}

// The name of a category, severity or segment in the user's language; its id when the playbook no longer
// has it (a recovery recorded under an earlier playbook).
QString nameOf(const Playbook& pb, const CategoryId& id);
QString nameOf(const Playbook& pb, const SeverityId& id);
QString nameOf(const Playbook& pb, const SegmentId& id);

} // namespace rebound::PlaybookText
