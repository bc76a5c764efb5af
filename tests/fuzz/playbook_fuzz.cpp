// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbook/Playbook.h"

#include <cstdlib>

using namespace rebound;

// Any bytes: either a clear error, or a playbook whose every lookup and budget is sane.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto pb = Playbook::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!pb) {
        if (pb.error().message.isEmpty())
            std::abort();
        return 0;
    }
    for (const Severity& sev : pb->severities()) {
        for (const Segment& seg : pb->segments()) {
            const Money budget = pb->suggestedBudget(sev.id, seg.id);
            if (budget.minor() < 0 || pb->overreactBudget(sev.id, seg.id) < budget)
                std::abort();
        }
    }
    for (const Category& c : pb->categories()) {
        for (const QStringList& items : c.suggestions) {
            for (const QString& id : items) {
                if (!pb->item(id))
                    std::abort();
            }
        }
    }
    for (Role r : {Role::Associate, Role::Supervisor, Role::Manager})
        (void)pb->limits(r);
    return 0;
}
