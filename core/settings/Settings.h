// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace rebound {

// Every setting in one place: an enum of keys, one table of names and defaults, one changed() signal.
// Per machine (QSettings), so each counter keeps its own; tests use a temporary file.
class Settings final : public QObject {
    Q_OBJECT
public:
    enum class Key {
        BusinessName,    // printed at the top of recovery notes
        BusinessContact, // who the customer may call, printed on notes
        Language,        // "" follows the system; else e.g. "es", "de"
        AutoLockMinutes, // a shared counter locks itself after this many idle minutes; 0: never
        DatabasePath,    // "" means the default location; a file path or a central server's address
        Site,            // the site this counter stands at; "" follows REBOUND_SITE, else "Main"
        CounterName,     // this counter's name; "" follows REBOUND_COUNTER, else the host name
    };
    Q_ENUM(Key)

    // The application's settings (organisation "Rebound", application "rebound").
    Settings();
    // Settings kept in the given INI file: tests, and an IT-managed file if wanted.
    explicit Settings(const QString& iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    QString businessName() const { return value(Key::BusinessName).toString(); }
    QString businessContact() const { return value(Key::BusinessContact).toString(); }
    QString language() const { return value(Key::Language).toString(); }
    int autoLockMinutes() const { return value(Key::AutoLockMinutes).toInt(); }
    QString databasePath() const { return value(Key::DatabasePath).toString(); }
    // Where this counter stands: the settings' site and name over the environment's and the defaults.
    Place place() const;

    static QString name(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    void changed(rebound::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rebound
