// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "security/PinHasher.h"
#include "support/TestMain.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

namespace rebound::test {

int runCatch(int argc, char* argv[]) {
    setenv("TZ", "UTC", 1);
    tzset();
    // Thousands of staff set-ups: hashed at the cheapest Argon2id cost here; reboundctl and the app,
    // which the tests also run, hash at the standard one (and a test checks it).
    PinHasher::setCostForTests({1, std::size_t(8) << 20});
    QCoreApplication::setOrganizationName(QStringLiteral("Rebound"));
    QCoreApplication::setApplicationName(QStringLiteral("rebound-tests"));
    // A server database's key, receipts and drafts live in the data folder: the run's own, not the user's.
    QTemporaryDir data;
    if (!qEnvironmentVariableIsEmpty("REBOUND_TEST_SERVER"))
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
    return Catch::Session().run(argc, argv);
}

} // namespace rebound::test
