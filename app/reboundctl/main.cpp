// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reboundctl.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rebound"));
    QCoreApplication::setApplicationName(QStringLiteral("rebound"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    return rebound::Reboundctl().run(QCoreApplication::arguments());
}
