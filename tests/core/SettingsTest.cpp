// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "support/CatchQt.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using rebound::Settings;

TEST_CASE("Settings have defaults, keep what is set and say what changed", "[settings]") {
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"rebound.ini"_s);
    QList<Settings::Key> changed;
    {
        Settings s(ini);
        QObject::connect(&s, &Settings::changed, [&](Settings::Key k) { changed << k; });
        CHECK(s.autoLockMinutes() == 5);
        CHECK(s.businessName().isEmpty());
        s.setValue(Settings::Key::BusinessName, u"Hotel Miramar"_s);
        s.setValue(Settings::Key::AutoLockMinutes, 2);
        s.setValue(Settings::Key::AutoLockMinutes, 2); // unchanged: no signal
        CHECK(changed == QList<Settings::Key>{Settings::Key::BusinessName, Settings::Key::AutoLockMinutes});
    }
    Settings again(ini);
    CHECK(again.businessName() == u"Hotel Miramar");
    CHECK(again.autoLockMinutes() == 2);
    again.reset(Settings::Key::AutoLockMinutes);
    CHECK(again.autoLockMinutes() == 5);
    CHECK(Settings::name(Settings::Key::Language) == u"display/language");
}
