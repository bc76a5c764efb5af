// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace rebound::test {

// An independent RFC 4180 reader, written from the RFC, to check what the exporter writes.
QList<QStringList> readCsv(const QByteArray& data);

} // namespace rebound::test
