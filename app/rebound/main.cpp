// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>

using namespace rebound;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rebound"));
    QApplication::setApplicationName(QStringLiteral("rebound"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rebound"));
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rebound"));
    Theme::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Service-recovery assistant for the counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Database file to open."),
                                QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo database (created and filled once)."));
    parser.addOption(db);
    parser.addOption(demo);
    parser.process(app);

    Result<std::unique_ptr<AppContext>> ctx = Error::invalid({});
    QString path;
    if (parser.isSet(demo)) {
        path = AppContext::demoPath();
        ctx = AppContext::openDemo();
    } else {
        path = parser.isSet(db) ? parser.value(db) : Database::defaultPath();
        if (!parser.isSet(db) && qEnvironmentVariableIsEmpty("REBOUND_DB"))
            QDir().mkpath(QFileInfo(path).absolutePath());
        ctx = AppContext::open(path);
    }
    if (!ctx) {
        // Never a crash and never a changed file: say what and where, then stop.
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Rebound cannot open its database"),
                        QApplication::translate("main", "Rebound could not open the database\n%1\n\n%2")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), ctx.error().message));
        box.setObjectName(QStringLiteral("openError"));
        box.exec();
        return 1;
    }
    MainWindow window(**ctx);
    // 1280×800 where it fits; smaller screens and 150 % scaling get what they have.
    window.resize(QSize(1280, 800).boundedTo(window.screen()->availableSize()));
    window.show();
    return app.exec();
}
