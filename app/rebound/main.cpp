// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Startup.h"
#include "Theme.h"
#include "Translations.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>

using namespace rebound;

namespace {
class FirstPaint final : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rebound"));
    QApplication::setApplicationName(QStringLiteral("rebound"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rebound"));
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.reboundapp.Rebound"));
    Theme::apply(app);
    Translations::install(Settings().language());

    const Startup::Choice choice = Startup::parse(QApplication::arguments());
    // --check-modules: IT's "is the installation whole?" for what start-up does not load.
    if (choice.checkModules)
        return Startup::checkModules();
    std::unique_ptr<AppContext> ctx = Startup::open(choice);
    if (!ctx)
        return 1;
    MainWindow window(*ctx);
    // 1280×800 where it fits; smaller screens and 150 % scaling get what they have.
    window.resize(QSize(1280, 800).boundedTo(window.screen()->availableSize()));
    // --check-startup: IT's "does it start?" and the benchmark's start-up figure end at the first paint.
    FirstPaint firstPaint;
    if (choice.checkStartup)
        window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
