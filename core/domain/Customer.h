// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "domain/PlaybookId.h"

#include <QString>

namespace rebound {

struct Customer {
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString accountRef; // room number, account or order reference
    SegmentId segment;  // standard, regular, vip, ...
    Money lifetimeValue;
    QString preferences; // free text: "anniversary in June, always travels with a dog"
};

} // namespace rebound
