// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include <cstdlib>

using namespace rebound;

// Every accepted amount is non-negative and prints back to text that parses to the same amount.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* code : {"USD", "JPY", "KWD"}) {
        const QString currency = QString::fromLatin1(code);
        auto m = Money::parse(text, currency);
        if (!m) {
            if (m.error().message.isEmpty())
                std::abort();
            continue;
        }
        if (m->minor() < 0)
            std::abort();
        auto again = Money::parse(m->toDecimalString(), currency);
        if (!again || again.value() != m.value())
            std::abort();
    }
    return 0;
}
