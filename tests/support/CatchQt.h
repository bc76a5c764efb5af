// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <catch2/catch.hpp>

// Failing checks print Qt strings as text instead of "{?}".
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
