// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FollowUpOutcome.h"

#include <QCoreApplication>

#include <array>

namespace rebound {

namespace {
struct Entry {
    Verdict verdict;
    const char* id;
    const char* name;
};
constexpr std::array Verdicts{
    Entry{Verdict::BlownAway, "blown-away", QT_TRANSLATE_NOOP("Verdict", "Blown away")},
    Entry{Verdict::Satisfied, "satisfied", QT_TRANSLATE_NOOP("Verdict", "Satisfied")},
    Entry{Verdict::NotSatisfied, "not-satisfied", QT_TRANSLATE_NOOP("Verdict", "Not satisfied")},
};
} // namespace

QString verdictId(Verdict verdict) {
    for (const Entry& e : Verdicts) {
        if (e.verdict == verdict)
            return QString::fromLatin1(e.id);
    }
    Q_UNREACHABLE();
}

std::optional<Verdict> verdictFromId(QStringView id) {
    for (const Entry& e : Verdicts) {
        if (id == QLatin1String(e.id))
            return e.verdict;
    }
    return std::nullopt;
}

QString verdictName(Verdict verdict) {
    for (const Entry& e : Verdicts) {
        if (e.verdict == verdict)
            return QCoreApplication::translate("Verdict", e.name);
    }
    Q_UNREACHABLE();
}

} // namespace rebound
