// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbook/Playbook.h"
#include "practice/Drill.h"

#include <cstdlib>

using namespace rebound;

// Any bytes: either a clear error naming a field, or drills that fit the playbook and write back to
// the same drills.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Playbook& pb = Playbook::builtIn();
    auto library = DrillLibrary::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), pb);
    if (!library) {
        if (library.error().message.isEmpty())
            std::abort();
        return 0;
    }
    for (const Drill& d : library->drills()) {
        if (d.id.isEmpty() || !pb.category(d.category) || !pb.severity(d.severity) || !pb.segment(d.customer.segment) ||
            d.delight.isEmpty() || d.ideal.isEmpty() || d.targetSeconds < 10)
            std::abort();
        for (const QString& item : d.delight + d.irrelevant + d.excessive) {
            if (!pb.item(item))
                std::abort();
        }
    }
    auto again = DrillLibrary::fromJson(
        DrillLibrary::toJson(library->drills(), library->language(), library->blameWords()), pb);
    if (!again || again->drills().size() != library->drills().size())
        std::abort();
    return 0;
}
