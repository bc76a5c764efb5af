// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "support/TestMain.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    // catch_discover_tests runs this binary at build time, outside CTest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings written by the tests go to a folder of their own, never the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    // The same tests in another language: REBOUND_TEST_LANGUAGE=es (see tests/CMakeLists.txt).
    rebound::Translations::install(qEnvironmentVariable("REBOUND_TEST_LANGUAGE", QStringLiteral("en")));
    return rebound::test::runCatch(argc, argv);
}
