// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "services/RecoveryDraft.h"

#include <QByteArray>

namespace rebound::RecordLineParser {

// One recovery as a JSON object on one line (the `reboundctl record` format) into a draft.
// Types and field names are checked here; the playbook's rules are checked by RecoveryService.
Result<RecoveryDraft> parse(const QByteArray& line);
// One customer as a JSON object on one line (the `reboundctl visit` format): the fields of a record line's
// "customer" object.
Result<CustomerDraft> parseCustomer(const QByteArray& line);

} // namespace rebound::RecordLineParser
