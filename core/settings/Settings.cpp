// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
struct Entry {
    Settings::Key key;
    const char16_t* name;
    QVariant fallback;
};

const QList<Entry>& table() {
    static const QList<Entry> entries = {
        {Settings::Key::BusinessName, u"notes/businessName", QString()},
        {Settings::Key::BusinessContact, u"notes/contact", QString()},
        {Settings::Key::Language, u"display/language", QString()},
        {Settings::Key::AutoLockMinutes, u"counter/autoLockMinutes", 5},
        {Settings::Key::DatabasePath, u"database/path", QString()},
        {Settings::Key::Site, u"counter/site", QString()},
        {Settings::Key::CounterName, u"counter/name", QString()},
    };
    return entries;
}

const Entry& entry(Settings::Key key) {
    for (const Entry& e : table()) {
        if (e.key == key)
            return e;
    }
    qFatal("settings key without an entry");
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

QString Settings::name(Key key) {
    return QString::fromUtf16(entry(key).name);
}

QVariant Settings::defaultValue(Key key) {
    return entry(key).fallback;
}

QVariant Settings::value(Key key) const {
    return m_settings->value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value) {
    if (m_settings->value(name(key), defaultValue(key)) == value)
        return;
    m_settings->setValue(name(key), value);
    m_settings->sync();
    Q_EMIT changed(key);
}

Place Settings::place() const {
    Place p = Place::fromEnvironment();
    if (const QString site = value(Key::Site).toString().simplified(); !site.isEmpty())
        p.site = site;
    if (const QString counter = value(Key::CounterName).toString().simplified(); !counter.isEmpty())
        p.counter = counter;
    return p;
}

void Settings::reset(Key key) {
    m_settings->remove(name(key));
    m_settings->sync();
    Q_EMIT changed(key);
}

} // namespace rebound
