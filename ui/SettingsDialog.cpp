// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AppContext.h"
#include "Translations.h"
#include "sync/Outbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

#include <thread>

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
    , m_databaseKind(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_site(new QLineEdit(this))
    , m_counter(new QLineEdit(this))
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
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    setUpHours();
    setUpDatabase();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_business, m_contact, m_autoLock, m_language, m_databaseKind,
                                         m_database, m_site, m_counter, m_hours, m_zone})
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
    form->addRow(tr("&Database (next start)"), m_databaseKind);
    form->addRow(QString(), m_database);
    auto* test = new QHBoxLayout;
    test->addWidget(m_test);
    test->addWidget(m_testResult, 1);
    form->addRow(QString(), test);
    form->addRow(tr("S&ite of this counter"), m_site);
    form->addRow(tr("Counter &name"), m_counter);
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

void SettingsDialog::setUpDatabase() {
    const Settings& s = m_ctx.settings();
    m_databaseKind->setObjectName(QStringLiteral("settingsDatabaseKind"));
    m_databaseKind->addItem(tr("This computer"), QStringLiteral("file"));
    m_databaseKind->addItem(tr("Central server"), QStringLiteral("server"));
    m_databaseKind->setCurrentIndex(Database::isServerAddress(s.databasePath()) ? 1 : 0);
    m_database->setObjectName(QStringLiteral("settingsDatabase"));
    m_database->setText(s.databasePath());
    m_test->setObjectName(QStringLiteral("settingsTestConnection"));
    m_testResult->setObjectName(QStringLiteral("settingsTestResult"));
    m_testResult->setWordWrap(true);
    m_site->setObjectName(QStringLiteral("settingsSite"));
    m_site->setText(s.value(Settings::Key::Site).toString());
    m_site->setPlaceholderText(Place::fromEnvironment().site);
    m_site->setToolTip(tr("Recoveries, follow-ups and audit entries made here carry this site and counter."));
    m_counter->setObjectName(QStringLiteral("settingsCounter"));
    m_counter->setText(s.value(Settings::Key::CounterName).toString());
    m_counter->setPlaceholderText(Place::fromEnvironment().counter);
    connect(m_databaseKind, &QComboBox::currentIndexChanged, this, [this] {
        m_database->clear();
        m_testResult->clear();
        showDatabaseKind();
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    showDatabaseKind();
}

void SettingsDialog::showDatabaseKind() {
    const bool server = m_databaseKind->currentData().toString() == u"server";
    m_database->setPlaceholderText(server ? QStringLiteral("postgresql://rebound@server:5432/rebound")
                                          : QFileInfo(Database::defaultPath()).absoluteFilePath());
    m_database->setToolTip(server ? tr("The password is never typed here: it goes in ~/.pgpass.")
                                  : QString());
    m_test->setVisible(server);
    m_testResult->setVisible(server);
}

void SettingsDialog::testConnection() {
    const QString address = m_database->text().trimmed();
    if (auto checked = Database::checkServerAddress(address); !checked) {
        m_testResult->setText(checked.error().message);
        Q_EMIT connectionTested(false);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(QUrl(address).host()));
    // A server that does not answer takes seconds to say so: the window stays responsive meanwhile.
    QPointer<SettingsDialog> self(this);
    std::thread([self, address] {
        auto db = Database::open(address, Database::OpenMode::ExistingOnly);
        const bool ok = db.ok();
        const QString text = ok ? tr("Connected: a Rebound database, schema %1.").arg((*db)->schemaVersion())
                                : db.error().message;
        db = Error::cancelled(QString()); // closed on this thread, where it was opened
        QMetaObject::invokeMethod(qApp, [self, ok, text] {
            if (!self)
                return;
            self->m_test->setEnabled(self->m_mayEdit);
            self->m_testResult->setText(text);
            self->adjustSize(); // room for the answer, however long
            Q_EMIT self->connectionTested(ok);
        });
    }).detach();
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
    const bool server = m_databaseKind->currentData().toString() == u"server";
    QString database;
    if (server) {
        if (auto address = Database::checkServerAddress(typed); !address)
            return address.error().message;
        database = typed;
    } else {
        database = typed.isEmpty() ? QString() : QFileInfo(typed).absoluteFilePath();
        if (!database.isEmpty() && !QFileInfo(database).absoluteDir().exists())
            return tr("The folder of %1 does not exist.").arg(database);
        if (!database.isEmpty() && !QFileInfo(database).isFile())
            return tr("There is no database at %1; create it first with reboundctl init.").arg(database);
    }
    Settings& s = m_ctx.settings();
    // Recoveries made offline and not sent yet keep the counter on its database until they are.
    if (database != s.databasePath()) {
        if (auto leave = checkMayLeave(m_ctx.isOfflineCopy() ? m_ctx.db().path() : s.databasePath()); !leave)
            return leave.error().message;
    }
    s.setValue(Settings::Key::BusinessName, m_business->text().trimmed());
    s.setValue(Settings::Key::BusinessContact, m_contact->text().trimmed());
    s.setValue(Settings::Key::AutoLockMinutes, m_autoLock->value());
    s.setValue(Settings::Key::DatabasePath, database);
    s.setValue(Settings::Key::Site, m_site->text().simplified());
    s.setValue(Settings::Key::CounterName, m_counter->text().simplified());
    s.setValue(Settings::Key::Language, m_language->currentData().toString());
    return {};
}

} // namespace rebound
