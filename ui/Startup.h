// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QStringList>

#include <memory>

namespace rebound {

// What `rebound` does before its window shows: read the command line, open (or refuse) the database.
class Startup final {
public:
    struct Choice {
        QString path;
        bool demo = false;
        bool checkStartup = false; // quit once the first window is drawn
        bool checkModules = false; // load what later screens need, say whether it loaded, quit
    };

    // Parses --db/--demo/--check-startup/--check-modules (plus --help/--version, which exit); the default
    // path's folder is created.
    static Choice parse(const QStringList& arguments);
    // Opens the chosen database; on failure says what and where in a dialog (and on stderr)
    // and returns nothing. The file is never changed by a refused open.
    static std::unique_ptr<AppContext> open(const Choice& choice, QWidget* dialogParent = nullptr);
    // Loads the module of the later screens (Deferred.h); prints whether it loaded; the exit code.
    static int checkModules();
};

} // namespace rebound
