// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "Deferred.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

namespace rebound {

Startup::Choice Startup::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Startup", "Service-recovery assistant for the counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("Startup", "Database file to open."),
                                QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("Startup", "Open the demo database (created and filled once)."));
    const QCommandLineOption check(
        QStringLiteral("check-startup"),
        QApplication::translate("Startup",
                                "Open the database, draw the first window, then quit (exit code 0)."));
    const QCommandLineOption modules(
        QStringLiteral("check-modules"),
        QApplication::translate("Startup",
                                "Load the reports and printing module, say whether it loaded, then quit."));
    parser.addOption(db);
    parser.addOption(modules);
    parser.addOption(demo);
    parser.addOption(check);
    parser.process(arguments);

    Choice choice;
    choice.demo = parser.isSet(demo);
    choice.checkStartup = parser.isSet(check);
    choice.checkModules = parser.isSet(modules);
    if (choice.demo) {
        choice.path = AppContext::demoPath();
    } else {
        // --db, then REBOUND_DB, then the location a manager chose in the settings, then the default.
        const QString configured = Settings().databasePath();
        choice.path = parser.isSet(db)                             ? parser.value(db)
                      : !qEnvironmentVariableIsEmpty("REBOUND_DB") ? Database::defaultPath()
                      : !configured.isEmpty()                      ? configured
                                                                   : Database::defaultPath();
        // Only the default location is created; a path someone chose must exist as chosen.
        if (!parser.isSet(db) && qEnvironmentVariableIsEmpty("REBOUND_DB") && configured.isEmpty() &&
            !Database::isServerAddress(choice.path))
            QDir().mkpath(QFileInfo(choice.path).absolutePath());
    }
    return choice;
}

std::unique_ptr<AppContext> Startup::open(const Choice& choice, QWidget* dialogParent) {
    auto ctx = choice.demo ? AppContext::openDemo() : AppContext::open(choice.path);
    if (ctx)
        return std::move(ctx).value();
    const QString where = Database::isServerAddress(choice.path)
                              ? choice.path
                              : QDir::toNativeSeparators(QFileInfo(choice.path).absoluteFilePath());
    const QString text = QApplication::translate("Startup", "Rebound could not open the database\n%1\n\n%2")
                             .arg(where, ctx.error().message);
    std::fprintf(stderr, "rebound: %s\n",
                 qPrintable(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified()));
    // A scripted check has nobody to close a dialog: the line above and the exit code say it all.
    if (choice.checkStartup)
        return nullptr;
    QMessageBox box(QMessageBox::Critical,
                    QApplication::translate("Startup", "Rebound cannot open its database"), text,
                    QMessageBox::Close, dialogParent);
    box.setObjectName(QStringLiteral("openError"));
    box.exec();
    return nullptr;
}

int Startup::checkModules() {
    QString error;
    if (!Deferred::parts(&error)) {
        std::fprintf(stderr, "rebound: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n",
                qPrintable(QApplication::translate("Startup", "%1: loaded").arg(Deferred::fileName())));
    return 0;
}

} // namespace rebound
