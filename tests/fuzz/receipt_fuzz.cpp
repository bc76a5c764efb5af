// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/Receipt.h"

#include <cstdlib>

using namespace rebound;

// Any bytes: either a clear error naming what is wrong, or a receipt that writes back to the same receipt
// and whose signature check answers without crashing.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto r = Receipt::fromJson(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!r) {
        if (r.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (r->entry < 1 || r->hash.size() != 64 || r->publicKey.size() != 64 || r->signature.size() != 128)
        std::abort();
    (void)r->signatureValid();
    auto again = Receipt::fromJson(r->toJson());
    if (!again || again->signedBytes() != r->signedBytes() || again->signature != r->signature)
        std::abort();
    return 0;
}
