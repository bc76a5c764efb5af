// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AppContext.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rebound {

SettingsDialog::SettingsDialog(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_mayEdit(user.employee().role == Role::Manager)
    , m_hours(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_business(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_autoLock(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);
    Settings& s = ctx.settings();
    m_business->setObjectName(QStringLiteral("settingsBusiness"));
    m_business->setText(s.businessName());
    m_business->setPlaceholderText(tr("Printed at the top of the customer's note"));
    m_contact->setObjectName(QStringLiteral("settingsContact"));
    m_contact->setText(s.businessContact());
    m_contact->setPlaceholderText(tr("Who the customer may call, e.g. “Front desk, +1 555 0100”"));
    m_autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("never"));
    m_autoLock->setValue(s.autoLockMinutes());
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString& code : Translations::available())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language())));
    m_database->setObjectName(QStringLiteral("settingsDatabase"));
    m_database->setText(s.databasePath());
    m_database->setPlaceholderText(QFileInfo(Database::defaultPath()).absoluteFilePath());
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    setUpHours();
    for (QWidget* w : std::initializer_list<QWidget*>{m_business, m_contact, m_autoLock, m_language,
                                                      m_database, m_hours, m_zone})
        w->setEnabled(m_mayEdit);

    const QLocale locale;
    auto* display =
        new QLabel(tr("%1 · amounts in %2, e.g. %3 · dates like %4")
                       .arg(QLocale::languageToString(locale.language()), ctx.playbooks().currency(),
                            Money(123456, ctx.playbooks().currency()).toDisplayString(),
                            locale.toString(ctx.clock().nowUtc().toLocalTime(), QLocale::ShortFormat)),
                   this);
    display->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Business name"), m_business);
    form->addRow(tr("&Contact on notes"), m_contact);
    form->addRow(tr("&Opening hours"), m_hours);
    form->addRow(tr("&Time zone"), m_zone);
    form->addRow(tr("&Lock the counter after"), m_autoLock);
    form->addRow(tr("La&nguage (next start)"), m_language);
    form->addRow(tr("&Database (next start)"), m_database);
    form->addRow(tr("Shown as"), display);
    auto* buttons = new QDialogButtonBox(
        m_mayEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    if (!m_mayEdit) {
        auto* note = new QLabel(tr("Only a manager may change these settings."), this);
        note->setProperty("role", QStringLiteral("subtitle"));
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = save();
        if (error.isEmpty())
            accept();
        else
            m_message->setText(error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::setUpHours() {
    auto hours = m_ctx.site().hours();
    const BusinessHours shown = hours ? hours.value() : BusinessHours();
    m_hours->setObjectName(QStringLiteral("settingsHours"));
    m_hours->setText(shown.toText());
    m_hours->setMinimumWidth(640);
    m_hours->setCursorPosition(0);
    m_hours->setToolTip(
        tr("Each day once: “mon 09:00-18:00”, … “sun closed”. Follow-ups are set inside them."));
    m_zone->setObjectName(QStringLiteral("settingsTimeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(shown.zone().id()));
}

QString SettingsDialog::save() {
    if (!m_mayEdit)
        return tr("Only a manager may change these settings.");
    if (auto hours = m_ctx.site().setHours(m_user, m_hours->text(), m_zone->currentText().trimmed().toUtf8());
        !hours)
        return hours.error().message;
    // Absolute, and an existing database: a typo must not start an empty one that anybody could claim.
    const QString typed = m_database->text().trimmed();
    const QString database = typed.isEmpty() ? QString() : QFileInfo(typed).absoluteFilePath();
    if (!database.isEmpty() && !QFileInfo(database).absoluteDir().exists())
        return tr("The folder of %1 does not exist.").arg(database);
    if (!database.isEmpty() && !QFileInfo(database).isFile())
        return tr("There is no database at %1; create it first with reboundctl init.").arg(database);
    Settings& s = m_ctx.settings();
    s.setValue(Settings::Key::BusinessName, m_business->text().trimmed());
    s.setValue(Settings::Key::BusinessContact, m_contact->text().trimmed());
    s.setValue(Settings::Key::AutoLockMinutes, m_autoLock->value());
    s.setValue(Settings::Key::DatabasePath, database);
    s.setValue(Settings::Key::Language, m_language->currentData().toString());
    return {};
}

} // namespace rebound
