// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

TEST_CASE("No file under core/ includes a Qt Widgets or GUI header", "[layering]") {
    const QRegularExpression widgets(
        uR"(#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QApplication|QMainWindow|QDialog|QWizard|QGuiApplication)\b)"_s);
    QDirIterator it(QStringLiteral(REBOUND_SOURCE_DIR "/core"), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        INFO(f.fileName().toStdString());
        CHECK_FALSE(widgets.match(text).hasMatch());
        ++files;
    }
    CHECK(files > 10);
}
