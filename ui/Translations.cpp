// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rebound::Translations {

QStringList available() {
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de")};
}

QString install(const QString& language) {
    static QTranslator* ours = nullptr;
    static QTranslator* qts = nullptr;
    for (QTranslator** t : {&ours, &qts}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // A chosen language keeps the system's country: English in London still prints A4 and dd/MM dates.
    const QLocale locale = language.isEmpty()
                               ? QLocale::system()
                               : QLocale(QLocale::codeToLanguage(language), QLocale::system().territory());
    QLocale::setDefault(locale);
    QString code = QLocale::languageToCode(locale.language());
    if (!available().contains(code))
        code = QStringLiteral("en");
    // English too: its file holds the singular of every "%n …" message ("1 recovery", not "1 recoveries").
    ours = new QTranslator;
    if (ours->load(QStringLiteral(":/rebound/i18n/rebound_%1.qm").arg(code)))
        QCoreApplication::installTranslator(ours);
    if (code == u"en")
        return code; // Qt's own words are English already
    // Qt's own words (dialog buttons, the print dialog) from the system's Qt translations, if installed.
    qts = new QTranslator;
    if (qts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    return code;
}

} // namespace rebound::Translations
