// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"
#include "CounterSync.h"
#include "FollowUpDialog.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "RecoveryDialog.h"
#include "SettingsDialog.h"
#include "Tr.h"
#include "playbook/PlaybookText.h"
#include "support/CatchQt.h"
#include "support/TestDatabase.h"
#include "sync/Outbox.h"
#include "wizard/RecoveryWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rebound;

TEST_CASE("An empty database starts with creating the first manager", "[startup]") {
    QTemporaryDir dir;
    auto ctx = AppContext::open(dir.path() + u"/new.sqlite"_s);
    REQUIRE(ctx.ok());
    MainWindow window(**ctx);
    window.show();
    auto* first = window.findChild<QWidget*>(u"firstRunPage"_s);
    REQUIRE(first);
    CHECK(first->isVisible());
    window.findChild<QLineEdit*>(u"managerCode"_s)->setText(u"M1"_s);
    window.findChild<QLineEdit*>(u"managerName"_s)->setText(u"Jordan Blake"_s);
    window.findChild<QLineEdit*>(u"managerPin"_s)->setText(u"2486173950"_s);
    window.findChild<QLineEdit*>(u"managerPinRepeat"_s)->setText(u"2486173951"_s);
    QTest::mouseClick(window.findChild<QPushButton*>(u"createManager"_s), Qt::LeftButton);
    CHECK(window.findChild<QLabel*>(u"firstRunError"_s)->text() ==
          test::T("FirstRunPage", "The two PINs differ; type them again."));
    CHECK((*ctx)->employees().count().value() == 0);
    window.findChild<QLineEdit*>(u"managerPin"_s)->setText(u"2486173950"_s);
    window.findChild<QLineEdit*>(u"managerPinRepeat"_s)->setText(u"2486173950"_s);
    QTest::mouseClick(window.findChild<QPushButton*>(u"createManager"_s), Qt::LeftButton);
    auto list = (*ctx)->employees().list();
    REQUIRE(list->size() == 1);
    CHECK(list->first().role == Role::Manager);
    CHECK(window.findChild<QWidget*>(u"loginPage"_s)->isVisible());
    CHECK(window.findChild<QComboBox*>(u"employee"_s)->findData(u"M1"_s) >= 0);
}

TEST_CASE("Wrong PINs are refused and audited, and Ctrl+L locks the counter", "[startup]") {
    test::GuiFixture g;
    auto* employee = g.window().findChild<QComboBox*>(u"employee"_s);
    employee->setCurrentIndex(employee->findData(u"A1"_s));
    auto* pin = g.window().findChild<QLineEdit*>(u"pin"_s);
    QTest::keyClicks(pin, u"0000"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK_FALSE(g.window().user().has_value());
    CHECK(g.window().findChild<QLabel*>(u"loginError"_s)->text() ==
          test::C("unknown employee code or wrong PIN"));
    CHECK(pin->text().isEmpty());
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail' AND actor = 'A1'"_s) == 1);
    // Typing a name instead of picking it works too.
    employee->setEditText(u"alex rivera (a1)"_s);
    QTest::keyClicks(pin, u"4071829365"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    REQUIRE(g.window().user().has_value());
    CHECK(g.window().findChild<QWidget*>(u"homePage"_s)->isVisible());
    QTest::keyClick(&g.window(), Qt::Key_L, Qt::ControlModifier);
    CHECK_FALSE(g.window().user().has_value());
    CHECK(g.window().findChild<QWidget*>(u"loginPage"_s)->isVisible());
}

TEST_CASE("The main screen lists open recoveries and lets a follow-up be marked done", "[startup]") {
    test::GuiFixture g;
    auto manager = g.ctx().employees().authenticate(u"M1"_s, u"9184037265"_s);
    REQUIRE(manager.ok());
    RecoveryDraft d;
    d.customer.name = u"Jonas Berg"_s;
    d.customer.phone = u"+1 555 0109"_s;
    d.category = CategoryId(u"facility"_s);
    d.severity = SeverityId(u"moderate"_s);
    d.description = u"No hot water"_s;
    d.occurredAt = g.ctx().clock().nowUtc().addSecs(-3 * 3600);
    d.followUpDue = g.ctx().clock().nowUtc().addSecs(60);
    auto saved = g.ctx().recoveries().record(manager.value(), d);
    REQUIRE(saved.ok());
    g.login(u"A1"_s, u"4071829365"_s);
    auto* open = g.window().findChild<QTableWidget*>(u"openRecoveries"_s);
    REQUIRE(open->rowCount() == 1);
    CHECK(open->item(0, 1)->text() == u"Jonas Berg");
    CHECK(open->item(0, 2)->text() == PlaybookText::tr(u"Facility"_s));
    auto* due = g.window().findChild<QTableWidget*>(u"followUps"_s);
    REQUIRE(due->rowCount() == 1);
    CHECK(due->item(0, 1)->text() == u"Jonas Berg");

    auto* search = g.window().findChild<QLineEdit*>(u"customerSearch"_s);
    QTest::keyClicks(search, u"555 0109"_s);
    auto* results = g.window().findChild<QWidget*>(u"customerResults"_s);
    REQUIRE(results);
    // First call: nobody answers. The try is counted; the follow-up stays on the list.
    const auto answer = [](const std::function<void(QDialog*)>& fill) {
        QTimer::singleShot(0, [fill] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"followUpDialog")
                return;
            fill(dialog);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            if (dialog->isVisible())
                dialog->reject(); // refused: the test below says so
        });
    };
    const auto doneButton = [&] {
        return g.window().findChild<QPushButton*>(u"followUpDone%1"_s.arg(saved->followUpId));
    };
    REQUIRE(doneButton());
    answer([](QDialog* d) {
        d->findChild<QRadioButton*>(u"followUpNotReached"_s)->setChecked(true);
        // Later today whatever the hour, so the follow-up stays on today's list (the proposed next try
        // moves to tomorrow late in the business day).
        const QDateTime now = QDateTime::currentDateTime();
        d->findChild<QDateTimeEdit*>(u"followUpRetryAt"_s)
            ->setDateTime(now.time() < QTime(23, 50) ? now.addSecs(300) : now.addSecs(60));
    });
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    CHECK(g.scalar(u"SELECT attempts FROM follow_ups"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM incidents WHERE status = 'closed'"_s) == 0);

    // Reached, but no satisfaction given: refused, naming it, nothing written.
    QString refusal;
    answer([&refusal](QDialog* d) {
        d->findChild<QRadioButton*>(u"verdict-satisfied"_s)->setChecked(true);
        refusal = qobject_cast<FollowUpDialog*>(d)->save();
    });
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    CHECK(refusal == test::C("satisfaction: ask the customer, from 1 to 5"));
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups WHERE done_at IS NOT NULL"_s) == 0);

    // Reached: 4 from the keyboard, "satisfied", in their words.
    answer([](QDialog* d) {
        QTest::keyClick(d, Qt::Key_4);
        d->findChild<QRadioButton*>(u"verdict-satisfied"_s)->setChecked(true);
        d->findChild<QPlainTextEdit*>(u"followUpComment"_s)
            ->setPlainText(u"Called; hot water fine since the morning"_s);
    });
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups WHERE reached = 1 AND satisfaction = 4 AND "
                   "verdict = 'satisfied' AND outcome = 'Called; hot water fine since the morning'"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM incidents WHERE status = 'closed'"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'follow_up.done' AND actor = 'A1'"_s) ==
          1);
    CHECK(due->rowCount() == 0);
}

TEST_CASE("The demo database shows its logins on the login screen", "[startup]") {
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    auto ctx = AppContext::openDemo();
    REQUIRE(ctx.ok());
    CHECK((*ctx)->isDemo());
    CHECK((*ctx)->db().path().startsWith(data.path()));
    MainWindow window(**ctx);
    window.show();
    auto* demo = window.findChild<QLabel*>(u"demoLogins"_s);
    REQUIRE(demo);
    CHECK(demo->isVisible());
    CHECK(demo->text().contains(u"A100"_s));
    CHECK(demo->text().contains(u"4071829365"_s));
    CHECK(window.findChild<QComboBox*>(u"employee"_s)->count() == 5);
    qunsetenv("XDG_DATA_HOME");
}

TEST_CASE("Sign-in chooses a name from part of it, never sends an empty PIN, and warns before the lockout",
          "[startup]") {
    test::GuiFixture g;
    auto* employee = g.window().findChild<QComboBox*>(u"employee"_s);
    auto* pin = g.window().findChild<QLineEdit*>(u"pin"_s);
    auto* error = g.window().findChild<QLabel*>(u"loginError"_s);
    employee->setFocus();
    g.type(u"riv"_s); // part of "Alex Rivera"
    g.key(Qt::Key_Tab);
    CHECK(employee->currentData() == u"A1"_s);
    CHECK(QApplication::focusWidget() == pin);

    // Enter with no PIN typed: a word on the page, no attempt counted or audited.
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK_FALSE(g.window().user().has_value());
    CHECK(error->text() == test::T("LoginPage", "Type your PIN."));
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'auth.fail'"_s) == 0);
    CHECK(g.scalar(u"SELECT failed_pins FROM employees WHERE code = 'A1'"_s) == 0);

    for (int i = 1; i <= 3; ++i) {
        QTest::keyClicks(pin, u"0000"_s);
        QTest::keyClick(pin, Qt::Key_Return);
    }
    CHECK(error->text() ==
          QCoreApplication::translate("Core", "wrong PIN; %n attempt(s) left before %1 is locked out", "", 2)
              .arg(u"Alex Rivera"_s));
    QTest::keyClicks(pin, u"1"_s);
    CHECK(error->text().isEmpty()); // typing again clears it
    QTest::keyClick(pin, Qt::Key_Backspace);

    // Enter in the name list chooses the name too.
    employee->setEditText(QString());
    employee->setFocus();
    g.type(u"patel"_s);
    g.key(Qt::Key_Return);
    CHECK(employee->currentData() == u"S1"_s);
    CHECK(QApplication::focusWidget() == pin);
    CHECK_FALSE(g.window().user().has_value());
    QTest::keyClicks(pin, u"5830617294"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(g.window().user().has_value());
}

TEST_CASE("Settings are a manager's to change, and a shared counter locks itself when idle", "[settings]") {
    test::GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    {
        SettingsDialog dialog(g.ctx(), *g.window().user());
        CHECK_FALSE(dialog.findChild<QLineEdit*>(u"settingsBusiness"_s)->isEnabled());
        CHECK(dialog.save() == test::T("SettingsDialog", "Only a manager may change these settings."));
    }
    CHECK(g.window().autoLockRunning()); // the default: five minutes
    CHECK(g.window().autoLockMilliseconds() == 5 * 60 * 1000);

    // The idle lock locks even with a recovery being typed; the recovery is kept for the next sign-in.
    RecoveryWizard* w = g.window().newRecovery();
    REQUIRE(w);
    w->findChild<QLineEdit*>(u"customerName"_s)->setText(u"Ana"_s);
    g.window().lockWhenIdle();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(g.window().findChild<RecoveryWizard*>() == nullptr);
    CHECK_FALSE(g.window().user().has_value());
    g.login(u"A1"_s, u"4071829365"_s);
    w = g.window().newRecovery();
    REQUIRE(w);
    CHECK(w->findChild<QLineEdit*>(u"customerName"_s)->text() == u"Ana");
    w->findChild<QLineEdit*>(u"customerName"_s)->clear();
    g.window().lockWhenIdle();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(g.window().findChild<RecoveryWizard*>() == nullptr);
    CHECK_FALSE(g.window().user().has_value());

    g.login(u"M1"_s, u"9184037265"_s);
    SettingsDialog dialog(g.ctx(), *g.window().user());
    dialog.findChild<QLineEdit*>(u"settingsBusiness"_s)->setText(u"Hotel Miramar"_s);
    dialog.findChild<QSpinBox*>(u"settingsAutoLock"_s)->setValue(0);
    auto* language = dialog.findChild<QComboBox*>(u"settingsLanguage"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    dialog.findChild<QLineEdit*>(u"settingsDatabase"_s)->setText(u"/no/such/folder/r.sqlite"_s);
    CHECK(dialog.save() ==
          test::T("SettingsDialog", "The folder of %1 does not exist.").arg(u"/no/such/folder/r.sqlite"_s));
    dialog.findChild<QLineEdit*>(u"settingsDatabase"_s)->clear();
    CHECK(dialog.save().isEmpty());
    CHECK(g.ctx().settings().businessName() == u"Hotel Miramar");
    CHECK(g.ctx().settings().language() == u"de");
    g.ctx().settings().reset(Settings::Key::Language);
    CHECK_FALSE(g.window().autoLockRunning()); // 0: never
    g.ctx().settings().reset(Settings::Key::AutoLockMinutes);
    g.ctx().settings().reset(Settings::Key::BusinessName);
}

TEST_CASE("Settings point the counter at a central server, test the connection and name its site",
          "[settings][server]") {
    test::GuiFixture g;
    g.login(u"M1"_s, u"9184037265"_s);
    SettingsDialog dialog(g.ctx(), *g.window().user());
    auto* kind = dialog.findChild<QComboBox*>(u"settingsDatabaseKind"_s);
    auto* address = dialog.findChild<QLineEdit*>(u"settingsDatabase"_s);
    auto* test = dialog.findChild<QPushButton*>(u"settingsTestConnection"_s);
    auto* result = dialog.findChild<QLabel*>(u"settingsTestResult"_s);
    CHECK(kind->currentData().toString() == u"file");
    kind->setCurrentIndex(kind->findData(u"server"_s));
    CHECK(address->placeholderText().startsWith(u"postgresql://"_s));
    CHECK_FALSE(test->isHidden());

    // Nobody listens there: the answer names the host, and the window kept responding meanwhile.
    address->setText(u"postgresql://rebound@127.0.0.1:1/rebound"_s);
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(test, Qt::LeftButton);
    REQUIRE(tested.wait(8000));
    CHECK_FALSE(tested.first().first().toBool());
    CHECK(result->text().contains(u"127.0.0.1:1"_s));

    address->setText(u"postgresql://rebound:secret@db.example:5432/rebound"_s);
    const QString refused = dialog.save();
    CHECK(refused == Database::checkServerAddress(address->text()).error().message);
    CHECK(refused.contains(u"~/.pgpass"_s));
    CHECK_FALSE(refused.contains(u"secret"_s));
    address->setText(u"postgresql://rebound@db.example:5432/rebound"_s);
    dialog.findChild<QLineEdit*>(u"settingsSite"_s)->setText(u"Lisbon"_s);
    dialog.findChild<QLineEdit*>(u"settingsCounter"_s)->setText(u"front-desk-2"_s);
    CHECK(dialog.save().isEmpty());
    CHECK(g.ctx().settings().databasePath() == u"postgresql://rebound@db.example:5432/rebound");
    CHECK(g.ctx().settings().place().site == u"Lisbon");
    CHECK(g.ctx().settings().place().counter == u"front-desk-2");
    for (auto key : {Settings::Key::DatabasePath, Settings::Key::Site, Settings::Key::CounterName})
        g.ctx().settings().reset(key);
}

TEST_CASE(
    "A past recovery is found from the counter, opened by double-click, followed up again, corrected and a "
    "gesture replaced",
    "[startup][recovery]") {
    test::GuiFixture g;
    auto alex = g.ctx().employees().authenticate(u"A1"_s, u"4071829365"_s);
    REQUIRE(alex.ok());
    RecoveryDraft d;
    d.customer.name = u"Ana Morales"_s;
    d.customer.phone = u"+1 555 0108"_s;
    d.category = CategoryId(u"delay"_s);
    d.severity = SeverityId(u"minor"_s);
    d.description = u"Cake delivered two hours late"_s;
    d.compensations = {{u"dessert"_s, {}}, {u"credit"_s, u"40.00"_s}};
    auto saved = g.ctx().recoveries().record(alex.value(), d);
    REQUIRE(saved.ok());
    g.login(u"A1"_s, u"4071829365"_s);

    // By the customer's name: the customer, then each of their recoveries.
    auto* search = g.window().findChild<QLineEdit*>(u"customerSearch"_s);
    QTest::keyClicks(search, u"Ana Mor"_s);
    auto* results = g.window().findChild<QListWidget*>(u"customerResults"_s);
    REQUIRE(results->count() == 2);
    CHECK(results->item(0)->text().startsWith(u"Ana Morales"_s));
    CHECK(results->item(1)->data(Qt::UserRole).toLongLong() == saved->id);
    // By its number too.
    search->clear();
    QTest::keyClicks(search, u"#%1"_s.arg(saved->id));
    REQUIRE(results->count() >= 1);
    QListWidgetItem* hit = results->item(0);
    REQUIRE(hit->data(Qt::UserRole).toLongLong() == saved->id);
    const QPoint at = results->visualItemRect(hit).center();
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, at); // a double-click: press, release, again
    QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, at);
    auto* dialog = g.window().findChild<RecoveryDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QTextBrowser*>(u"recoveryStory"_s)->toPlainText().contains(u"Ana Morales"_s));

    // Another follow-up.
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"recoveryAddFollowUp"_s), Qt::LeftButton);
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups WHERE incident_id = %1"_s.arg(saved->id)) == 2);

    // A correction: the category, and the credit typed by mistake; the reason is required first.
    auto* category = dialog->findChild<QComboBox*>(u"correctCategory"_s);
    category->setCurrentIndex(category->findData(u"billing"_s));
    auto* gestures = dialog->findChild<QListWidget*>(u"correctGestures"_s);
    REQUIRE(gestures->count() == 2);
    gestures->item(1)->setCheckState(Qt::Checked);
    CHECK(dialog->saveCorrection() == test::C("reason: say why the recovery is corrected"));
    CHECK(g.scalar(u"SELECT count(*) FROM amendments"_s) == 0);
    dialog->findChild<QLineEdit*>(u"correctReason"_s)->setText(u"Billing, and the credit was typed twice"_s);
    // Voiding the credit is a supervisor's, never the giver's: Alex's own code and PIN are refused.
    QString refused;
    test::answerApproval(u"A1"_s, u"4071829365"_s, &refused);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"correctSave"_s), Qt::LeftButton);
    CHECK(refused == test::C("voiding a gesture needs a supervisor's approval"));
    CHECK(g.scalar(u"SELECT count(*) FROM amendments"_s) == 0);
    test::answerApproval(u"S1"_s, u"5830617294"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"correctSave"_s), Qt::LeftButton);
    CHECK(g.scalar(u"SELECT count(*) FROM amendments"_s) == 2);
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'incident.amend' "
                   u"AND payload LIKE '%void_approved_by%S1%'"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM incidents WHERE category = 'billing'"_s) == 1);
    CHECK(dialog->findChild<QTextBrowser*>(u"recoveryStory"_s)
              ->toPlainText()
              .contains(u"Billing, and the credit was typed twice"_s));
    CHECK_FALSE(dialog->findChild<QListWidget*>(u"correctGestures"_s)->item(1)->flags() &
                Qt::ItemIsUserCheckable);

    // The dessert replaced by a 25.00 credit, typed at the keyboard: one correction, S1 approving the void.
    dialog->findChild<QListWidget*>(u"correctGestures"_s)->item(0)->setCheckState(Qt::Checked);
    auto* replaceItem = dialog->findChild<QComboBox*>(u"correctReplaceItem"_s);
    replaceItem->setCurrentIndex(replaceItem->findData(u"credit"_s));
    auto* replaceAmount = dialog->findChild<QLineEdit*>(u"correctReplaceAmount"_s);
    QTest::keyClicks(replaceAmount, u"twenty"_s);
    dialog->findChild<QLineEdit*>(u"correctReason"_s)->setText(u"She preferred a credit to the dessert"_s);
    CHECK(dialog->saveCorrection().startsWith(RecoveryDialog::tr("Replacement amount: %1").arg(QString())));
    CHECK(g.scalar(u"SELECT count(*) FROM amendments"_s) == 2);
    replaceAmount->clear();
    QTest::keyClicks(replaceAmount, u"25.00"_s);
    test::answerApproval(u"S1"_s, u"5830617294"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"correctSave"_s), Qt::LeftButton);
    CHECK(g.scalar(u"SELECT count(*) FROM amendments"_s) == 3);
    CHECK(g.scalar(u"SELECT count(*) FROM compensations WHERE item = 'credit' AND amount_minor = 2500 AND "
                   u"given_by = %1"_s.arg(alex->employee().id)) == 1);
    CHECK(g.scalar(u"SELECT total_minor FROM incidents WHERE id = %1"_s.arg(saved->id)) == 2500);
    CHECK(dialog->findChild<QListWidget*>(u"correctGestures"_s)->count() == 3);
    CHECK(replaceItem->currentIndex() == 0);
    dialog->reject();
}

TEST_CASE("A counter whose server does not answer opens its offline copy and says what waits to be sent",
          "[startup][offline]") {
    // Nothing listens on port 1: the server is refused at once, as a cut cable's would time out.
    const QString address = u"postgresql://rebound@127.0.0.1:1/rebound"_s;
    const QString copy = Database::offlineCopyPath(address);
    const auto removeCopy = [&] {
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".key"_s})
            QFile::remove(copy + suffix);
    };
    removeCopy();
    RecoveryDraft draft = test::TestDatabase::draft();
    {
        auto made = AppContext::open(copy);
        REQUIRE(made.ok());
        REQUIRE((*made)->employees().addFirstManager(u"M1"_s, u"Maria"_s, u"9184037265"_s).ok());
        REQUIRE(Outbox((*made)->db()).create(address).ok());
        auto m1 = (*made)->employees().authenticate(u"M1"_s, u"9184037265"_s);
        REQUIRE(m1.ok());
        REQUIRE((*made)->recoveries().record(m1.value(), draft).ok());
    }
    {
        auto ctx = AppContext::open(address);
        REQUIRE(ctx.ok());
        CHECK((*ctx)->isOfflineCopy());
        CHECK((*ctx)->serverAway().startsWith(
            test::C("cannot reach the server at %1: %2").arg(u"127.0.0.1:1"_s).section(u"%2"_s, 0, 0)));
        // Staff, limits and the playbook stay the server's to change.
        auto m1 = (*ctx)->employees().authenticate(u"M1"_s, u"9184037265"_s);
        REQUIRE(m1.ok());
        CHECK((*ctx)
                  ->employees()
                  .setRole(m1.value(), u"M1"_s, Role::Supervisor)
                  .error()
                  .message.startsWith(
                      test::C("offline: %1 is done at the server, and this counter works from its "
                              "own copy until the server answers")
                          .section(u"%1"_s, 0, 0)));
        {
            CounterSync sync(**ctx);
            sync.setRetryInterval(200);
            sync.start();
            CHECK_FALSE(sync.text().isEmpty());
            CHECK(sync.waiting() == 1);
            // Tried in the background; the window never waits for it.
            REQUIRE(QTest::qWaitFor([&] { return sync.text().contains(u"127.0.0.1:1"_s); }, 10000));
            draft.customer.phone = u"+1 555 0199"_s;
            REQUIRE((*ctx)->recoveries().record(m1.value(), draft).ok());
            CHECK(QTest::qWaitFor([&] { return sync.waiting() == 2; }, 10000));
            CHECK(sync.text().contains(u"2"_s));
        }
    }
    removeCopy();
}
