// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/RecordLineParser.h"

#include <cstdlib>

using namespace rebound;

// Any line: a draft or an error that names what is wrong; never a crash.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto draft = RecordLineParser::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!draft) {
        if (draft.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (draft->category.isEmpty() || draft->severity.isEmpty())
        std::abort();
    if (draft->satisfaction && (*draft->satisfaction < 1 || *draft->satisfaction > 5))
        std::abort();
    return 0;
}
