// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QCoreApplication>

// The GUI tests also run in Spanish: they expect what the user sees in the language in use.
namespace rebound::test {

// context: the class, e.g. "FirstRunPage"; its strings are filed under "rebound::FirstRunPage".
inline QString T(const char* context, const char* source) {
    const QByteArray qualified = QByteArray("rebound::") + context;
    return QCoreApplication::translate(qualified.constData(), source);
}

// A message of the core's rules, in the language in use.
inline QString C(const char* source) {
    return QCoreApplication::translate("Core", source);
}

// The key of a mnemonic ("&Next" -> N), so Alt+key works in any language.
inline Qt::Key mnemonicKey(const QString& text) {
    const qsizetype at = text.indexOf(u'&');
    if (at < 0 || at + 1 >= text.size())
        return Qt::Key_unknown;
    return Qt::Key(text.at(at + 1).toUpper().unicode());
}

inline Qt::Key mnemonicKey(const QAbstractButton* button) {
    return mnemonicKey(button->text());
}

} // namespace rebound::test
