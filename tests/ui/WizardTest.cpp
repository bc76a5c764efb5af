// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "Theme.h"
#include "TimeText.h"
#include "Tr.h"
#include "domain/BusinessHours.h"
#include "playbook/PlaybookText.h"
#include "record/DraftStore.h"
#include "support/CatchQt.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rebound;
using test::answerApproval;
using test::child;
using test::GuiFixture;

namespace {

// The wizard is window-modal: give it the activation a window manager would.
RecoveryWizard* openWizard(GuiFixture& g) {
    RecoveryWizard* w = g.wizard();
    REQUIRE(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QApplication::setActiveWindow(w);
    return w;
}

// A returning customer, as the counter would have from an earlier visit `daysAgo` days ago (by default
// long enough ago not to make today's a second failure).
void earlierVisit(GuiFixture& g, const QString& name, const QString& phone, const QString& segment,
                  int daysAgo = 120) {
    auto staff = g.ctx().employees().authenticate(u"M1"_s, u"9184037265"_s);
    REQUIRE(staff.ok());
    RecoveryDraft d;
    d.customer.name = name;
    d.customer.phone = phone;
    d.customer.segment = SegmentId(segment);
    d.customer.preferences = u"Likes a window table; birthday in May"_s;
    d.category = CategoryId(u"billing"_s);
    d.severity = SeverityId(u"minor"_s);
    d.description = u"Charged for a dessert she did not order"_s;
    d.compensations = {{u"fee-waiver"_s, u"6.50"_s}};
    ManualClock then(QDateTime::currentDateTimeUtc().addDays(-daysAgo));
    RecoveryService service(g.ctx().db(), then, g.ctx().playbooks());
    REQUIRE(service.record(staff.value(), d).ok());
}

void fillNewCustomer(RecoveryWizard* w, const QString& name, const QString& phone, const QString& segment,
                     const QString& category, const QString& severity, const QString& description) {
    child<QLineEdit>(w, u"customerName"_s)->setText(name);
    child<QLineEdit>(w, u"customerPhone"_s)->setText(phone);
    auto* seg = child<QComboBox>(w, u"segment"_s);
    seg->setCurrentIndex(seg->findData(segment));
    child<QPlainTextEdit>(w, u"description"_s)->setPlainText(description);
    auto* cat = child<QComboBox>(w, u"category"_s);
    cat->setCurrentIndex(cat->findData(category));
    auto* sev = child<QComboBox>(w, u"severity"_s);
    sev->setCurrentIndex(sev->findData(severity));
}

void next(RecoveryWizard* w) {
    QAbstractButton* b = w->button(QWizard::NextButton);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

// Apology given and resolved: the two middle pages, by mouse.
void apologizeAndFix(RecoveryWizard* w) {
    REQUIRE(w->currentId() == RecoveryWizard::Apology);
    CHECK_FALSE(w->button(QWizard::NextButton)->isEnabled());
    child<QCheckBox>(w, u"apologyGiven"_s)->setChecked(true);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Fix);
    child<QCheckBox>(w, u"resolved"_s)->setChecked(true);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Compensation);
}

void addCredit(RecoveryWizard* w, const QString& amount) {
    auto* other = child<QComboBox>(w, u"otherGesture"_s);
    other->setCurrentIndex(other->findData(u"credit"_s));
    QTest::mouseClick(child<QPushButton>(w, u"addOther"_s), Qt::LeftButton);
    auto* table = child<QTableWidget>(w, u"gestures"_s);
    REQUIRE(table->rowCount() == 1);
    table->item(0, 1)->setText(amount);
}

} // namespace

TEST_CASE("A minor delay for a standard customer, from the keyboard, within authority", "[wizard]") {
    GuiFixture g;
    earlierVisit(g, u"Ana Morales"_s, u"+1 555 0108"_s, u"standard"_s);
    g.login(u"A1"_s, u"4071829365"_s);

    g.key(Qt::Key_N, Qt::ControlModifier);
    RecoveryWizard* w = openWizard(g);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(w, u"customerName"_s));
    g.type(u"Ana"_s);
    g.key(Qt::Key_Down);
    g.key(Qt::Key_Return);
    QApplication::processEvents();
    CHECK(w->customer().has_value());
    CHECK(child<QLabel>(w, u"returningCustomer"_s)->text().contains(TimeText::pastRecoveries(1)));
    REQUIRE(QApplication::focusWidget() == child<QPlainTextEdit>(w, u"description"_s));
    const int beforeText = g.presses();
    QTest::keyClicks(QApplication::focusWidget(),
                     u"Dessert came 30 minutes late"_s); // the description itself
    g.key(Qt::Key_Tab);
    g.type(PlaybookText::tr(u"Delay"_s).left(1).toLower()); // the combo jumps to the first match
    CHECK(child<QComboBox>(w, u"category"_s)->currentData() == u"delay"_s);
    const Qt::Key next = test::mnemonicKey(w->button(QWizard::NextButton));
    const Qt::Key save = test::mnemonicKey(w->button(QWizard::CommitButton));
    REQUIRE(next != Qt::Key_unknown);
    REQUIRE(save != Qt::Key_unknown);
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Apology);
    CHECK(child<QPlainTextEdit>(w, u"apologyText"_s)->toPlainText().contains(u"Ana Morales"_s));
    g.key(Qt::Key_Space);
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Fix);
    g.key(Qt::Key_Space);
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Compensation);
    CHECK(child<QLabel>(w, u"customerNotes"_s)->text().contains(u"window table"_s));
    g.key(Qt::Key_Return); // adds the first suggestion: dessert on the house
    CHECK(child<QTableWidget>(w, u"gestures"_s)->rowCount() == 1);
    CHECK(child<QLabel>(w, u"authority"_s)
              ->text()
              .contains(test::T("CompensationPage", "Within your authority.")));
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::FollowUp);
    g.type(u"4"_s);
    g.key(save, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Summary);
    CHECK(child<QWidget>(w, u"summary"_s)
              ->property("plainText")
              .toString()
              .contains(PlaybookText::tr(u"Dessert on the house"_s)));
    const QPointer<RecoveryWizard> wizard(w); // "Done" closes and deletes it
    g.key(Qt::Key_Return);
    QApplication::processEvents();
    CHECK((wizard.isNull() || !wizard->isVisible()));

    const int presses = g.presses();
    // The README quotes this number: key presses and clicks, not counting the description's text.
    INFO("key presses and clicks: " << presses << " (" << beforeText << " before the description)");
    CHECK(presses <= 20);
    WARN("case (a) took " << presses << " key presses and clicks plus typing the description");

    CHECK(g.scalar(u"SELECT count(*) FROM incidents"_s) == 2);
    Query q = g.ctx().db().query(
        u"SELECT i.category, i.severity, i.detected_by, i.status, i.satisfaction, i.resolved, c.name, "
        u"i.description "
        "FROM incidents i JOIN customers c ON c.id = i.customer_id ORDER BY i.id DESC LIMIT 1"_s);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.text(0) == u"delay");
    CHECK(q.text(1) == u"minor");
    CHECK(q.text(2) == u"customer");
    CHECK(q.text(3) == u"follow-up-scheduled");
    CHECK(q.integer(4) == 4);
    CHECK(q.integer(5) == 1);
    CHECK(q.text(6) == u"Ana Morales");
    CHECK(q.text(7) == u"Dessert came 30 minutes late");
    CHECK(g.scalar(u"SELECT count(*) FROM customers"_s) == 1);
    CHECK(g.scalar(u"SELECT amount_minor FROM compensations WHERE item = 'dessert'"_s) == 900);
    CHECK(g.scalar(u"SELECT count(*) FROM compensations WHERE item = 'dessert' AND approved_by IS NULL"_s) ==
          1);
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups f JOIN incidents i ON i.id = f.incident_id "
                   "WHERE i.category = 'delay' AND f.channel = 'phone' AND f.done_at IS NULL"_s) == 1);
    for (const auto& action : {u"incident.open"_s, u"incident.apologize"_s, u"incident.fix"_s,
                               u"compensation.give"_s, u"incident.compensate"_s, u"follow_up.schedule"_s}) {
        INFO(action.toStdString());
        CHECK(g.scalar(
                  u"SELECT count(*) FROM audit_log WHERE actor = 'A1' AND action = '%1'"_s.arg(action)) == 1);
    }
}

TEST_CASE("A 1,800.00 credit for a VIP customer needs and gets a supervisor's approval", "[wizard]") {
    GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    fillNewCustomer(w, u"Helen Marsh"_s, u"+1 555 0101"_s, u"vip"_s, u"billing"_s, u"major"_s,
                    u"Ordered a hundred times the quantity she needed"_s);
    next(w);
    apologizeAndFix(w);
    // Typed as the app itself writes amounts in this language: "1,800.00", "1.800,00".
    addCredit(w, QLocale().toString(1800.0, 'f', 2));
    auto* approve = child<QPushButton>(w, u"requestApproval"_s);
    CHECK(approve->isVisible());
    CHECK_FALSE(w->button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(w, u"authority"_s)
              ->text()
              .contains(test::C("%1 is above your authority of %2 per recovery")
                            .arg(Money(180000, u"USD"_s).toDisplayString(),
                                 Money(15000, u"USD"_s).toDisplayString())
                            .toHtmlEscaped()));
    CHECK(child<QLabel>(w, u"authority"_s)
              ->text()
              .contains(u"<b>%1</b>"_s.arg(Money(180000, u"USD"_s).toDisplayString())));

    QString error;
    answerApproval(u"S1"_s, u"5830617294"_s, &error);
    QTest::mouseClick(approve, Qt::LeftButton);
    INFO(error.toStdString());
    REQUIRE(w->approver().has_value());
    CHECK(child<QLabel>(w, u"authority"_s)
              ->text()
              .contains(test::T("CompensationPage", "Approved by %1.").arg(u"Priya Patel"_s)));
    // Changing the amount after the approval asks for it again; going back to it does too.
    child<QTableWidget>(w, u"gestures"_s)->item(0, 1)->setText(u"1900.00"_s);
    CHECK_FALSE(w->approver().has_value());
    CHECK_FALSE(w->button(QWizard::NextButton)->isEnabled());
    child<QTableWidget>(w, u"gestures"_s)->item(0, 1)->setText(u"1800.00"_s);
    CHECK_FALSE(w->button(QWizard::NextButton)->isEnabled());
    answerApproval(u"S1"_s, u"5830617294"_s, &error);
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(w->approver().has_value());
    // Another customer after the approval asks for it again too: it covered Helen Marsh's credit.
    while (w->currentId() != RecoveryWizard::Situation)
        w->back();
    child<QLineEdit>(w, u"customerName"_s)->setText(u"Helena Marsh"_s);
    while (w->currentId() != RecoveryWizard::Compensation)
        next(w);
    CHECK_FALSE(w->approver().has_value());
    CHECK_FALSE(w->button(QWizard::NextButton)->isEnabled());
    answerApproval(u"S1"_s, u"5830617294"_s, &error);
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(w->approver().has_value());
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::FollowUp);
    QTest::mouseClick(child<QPushButton>(w, u"satisfaction5"_s), Qt::LeftButton);
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(w->currentId() == RecoveryWizard::Summary);

    const qint64 supervisor = g.scalar(u"SELECT id FROM employees WHERE code = 'S1'"_s);
    CHECK(
        g.scalar(
            u"SELECT count(*) FROM incidents WHERE category = 'billing' AND severity = 'major' AND satisfaction = 5"_s) ==
        1);
    CHECK(g.scalar(u"SELECT amount_minor FROM compensations WHERE item = 'credit'"_s) == 180000);
    CHECK(g.scalar(u"SELECT approved_by FROM compensations WHERE item = 'credit'"_s) == supervisor);
    CHECK(g.scalar(u"SELECT count(*) FROM customers WHERE name = 'Helena Marsh' AND segment = 'vip'"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups"_s) == 1);
    CHECK(g.scalar(
              u"SELECT count(*) FROM audit_log WHERE action = 'compensation.approve' AND actor = 'S1'"_s) ==
          1);
    CHECK(
        g.scalar(
            u"SELECT count(*) FROM audit_log WHERE action = 'compensation.give' AND payload LIKE '%\"approved_by\":%1%'"_s
                .arg(supervisor)) == 1);
    w->accept();
}

TEST_CASE("Self-approval is refused, then a manager's approval goes through", "[wizard]") {
    GuiFixture g;
    g.login(u"S1"_s, u"5830617294"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    fillNewCustomer(w, u"Eleanor Price"_s, u"+1 555 0114"_s, u"vip"_s, u"billing"_s, u"major"_s,
                    u"Invoice sent to the wrong company"_s);
    next(w);
    apologizeAndFix(w);
    addCredit(w, u"1800.00"_s);
    auto* approve = child<QPushButton>(w, u"requestApproval"_s);
    REQUIRE(approve->isVisible());

    QString error;
    answerApproval(u"S1"_s, u"5830617294"_s, &error);
    QTest::mouseClick(approve, Qt::LeftButton);
    CHECK(error == test::C("approval: nobody may approve their own gesture; ask a supervisor"));
    CHECK_FALSE(w->approver().has_value());
    CHECK_FALSE(w->button(QWizard::NextButton)->isEnabled());
    CHECK(g.scalar(u"SELECT count(*) FROM incidents"_s) == 0);
    CHECK(g.scalar(u"SELECT count(*) FROM compensations"_s) == 0);

    // Above every limit, the wizard says so and offers what is allowed.
    child<QTableWidget>(w, u"gestures"_s)->item(0, 1)->setText(u"6000.00"_s);
    CHECK(child<QLabel>(w, u"authority"_s)
              ->text()
              .contains(test::C("%1 is above every limit: nobody may give more than %2 in one recovery")
                            .arg(Money(600000, u"USD"_s).toDisplayString(),
                                 Money(500000, u"USD"_s).toDisplayString())
                            .toHtmlEscaped()));
    CHECK_FALSE(approve->isVisible());
    child<QTableWidget>(w, u"gestures"_s)->item(0, 1)->setText(u"1800.00"_s);

    answerApproval(u"M1"_s, u"9184037265"_s);
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(w->approver().has_value());
    next(w);
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(w->currentId() == RecoveryWizard::Summary);
    const qint64 manager = g.scalar(u"SELECT id FROM employees WHERE code = 'M1'"_s);
    CHECK(g.scalar(u"SELECT approved_by FROM compensations"_s) == manager);
    CHECK(
        g.scalar(
            u"SELECT count(*) FROM compensations c JOIN employees e ON e.id = c.given_by WHERE e.code = 'S1'"_s) ==
        1);
    CHECK(g.scalar(
              u"SELECT count(*) FROM audit_log WHERE action = 'compensation.approve' AND actor = 'M1'"_s) ==
          1);
    CHECK(g.scalar(
              u"SELECT count(*) FROM audit_log WHERE action = 'compensation.approve' AND actor = 'S1'"_s) ==
          0);
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups"_s) == 1);
    w->accept();
}

TEST_CASE("When saving fails the wizard stays open with everything typed, and can retry", "[wizard]") {
    GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    fillNewCustomer(w, u"Tom Whitaker"_s, u"+1 555 0106"_s, u"standard"_s, u"defect"_s, u"minor"_s,
                    u"Phone screen flickers"_s);
    next(w);
    apologizeAndFix(w);
    next(w);
    // Something outside the application makes every write fail, as a locked or full disk would.
    {
        Query block = g.ctx().db().query(
            u"CREATE TRIGGER block_writes BEFORE INSERT ON incidents BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"_s);
        REQUIRE(block.exec().ok());
    }
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    CHECK(w->isVisible());
    CHECK(w->currentId() == RecoveryWizard::FollowUp);
    CHECK(child<QLabel>(w, u"saveError"_s)
              ->text()
              .startsWith(
                  test::T("FollowUpPage", "Not saved: %1. Everything you typed is still here; try again.")
                      .section(u'%', 0, 0)));
    CHECK(child<QPlainTextEdit>(w, u"description"_s)->toPlainText() == u"Phone screen flickers");
    CHECK(g.scalar(u"SELECT count(*) FROM incidents"_s) == 0);
    CHECK(g.scalar(u"SELECT count(*) FROM customers"_s) == 0);
    {
        Query unblock = g.ctx().db().query(u"DROP TRIGGER block_writes"_s);
        REQUIRE(unblock.exec().ok());
    }
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(w->currentId() == RecoveryWizard::Summary);
    CHECK(g.scalar(u"SELECT count(*) FROM incidents WHERE description = 'Phone screen flickers'"_s) == 1);
    w->accept();
}

TEST_CASE("A text too long is refused on its own page, naming the field in words, and cleared when fixed",
          "[wizard]") {
    GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    fillNewCustomer(w, u"Ana Souza"_s, u"+1 555 0107"_s, u"standard"_s, u"delay"_s, u"minor"_s,
                    QString(4001, u'x'));
    next(w);
    // Still on the first page, with the reason there: not four steps later at saving.
    REQUIRE(w->currentId() == RecoveryWizard::Situation);
    auto* problem = child<QLabel>(w->page(RecoveryWizard::Situation), u"pageProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().startsWith(test::T("RecoveryPage", "What happened") + u": "_s));
    CHECK(problem->text().contains(u"4000"_s));
    CHECK_FALSE(problem->text().contains(u"description"_s));

    child<QPlainTextEdit>(w, u"description"_s)->setPlainText(u"The table was given away"_s);
    next(w);
    CHECK(w->currentId() == RecoveryWizard::Apology);
    CHECK_FALSE(problem->isVisible());
    CHECK(g.scalar(u"SELECT count(*) FROM incidents"_s) == 0);
    w->closeKeepingDraft();
}

namespace {

// Answers the question a closing wizard asks, once it is open: with Enter (its default) or Discard.
void answerDiscard(bool discard) {
    QTimer::singleShot(50, [=] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->objectName() != u"discardQuestion" || !top->isVisible())
                continue;
            if (discard)
                QTest::mouseClick(top->findChild<QPushButton*>(u"discardRecovery"_s), Qt::LeftButton);
            else
                QTest::keyClick(top, Qt::Key_Return);
        }
    });
}

QString keptDraftFile(GuiFixture& g, const QString& code) {
    const qint64 id = g.scalar(u"SELECT id FROM employees WHERE code = '%1'"_s.arg(code));
    return DraftStore(g.path()).fileOf(id);
}

// The first two pages filled in, the apology in the employee's own words, then the fix begun.
void startRecovery(RecoveryWizard* w) {
    fillNewCustomer(w, u"Lena Vogel"_s, u"+49 30 5550 1234"_s, u"regular"_s, u"broken-promise"_s,
                    u"moderate"_s, u"The room was not ready at three as promised"_s);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Apology);
    child<QPlainTextEdit>(w, u"apologyText"_s)->setPlainText(u"Lena, I am sorry: we promised three."_s);
    child<QCheckBox>(w, u"apologyGiven"_s)->setChecked(true);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Fix);
    auto* steps = child<QListWidget>(w, u"checklist"_s);
    steps->item(0)->setCheckState(Qt::Checked);
    child<QPlainTextEdit>(w, u"fixNotes"_s)->setPlainText(u"Upgraded to a suite on the 5th floor"_s);
}

// What startRecovery typed, back in the fields and then in the database once saved.
void finishResumed(GuiFixture& g, RecoveryWizard* w) {
    REQUIRE(w->currentId() == RecoveryWizard::Fix);
    CHECK(child<QListWidget>(w, u"checklist"_s)->item(0)->checkState() == Qt::Checked);
    CHECK(child<QPlainTextEdit>(w, u"fixNotes"_s)->toPlainText() == u"Upgraded to a suite on the 5th floor");
    CHECK(child<QLineEdit>(w, u"customerName"_s)->text() == u"Lena Vogel");
    child<QCheckBox>(w, u"resolved"_s)->setChecked(true);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Compensation);
    next(w);
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(w->currentId() == RecoveryWizard::Summary);
    CHECK(
        g.scalar(
            u"SELECT count(*) FROM incidents WHERE apology = 'Lena, I am sorry: we promised three.' "
            "AND category = 'broken-promise' AND fix_notes LIKE '%Upgraded to a suite on the 5th floor'"_s) ==
        1);
    CHECK_FALSE(QFile::exists(keptDraftFile(g, u"A1"_s)));
    w->accept();
}

} // namespace

TEST_CASE("Escape on a filled-in wizard asks first, Keep working is the default, Discard forgets it",
          "[wizard][draft]") {
    GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    QPointer<RecoveryWizard> alive(w);
    fillNewCustomer(w, u"Ana Souza"_s, u"+1 555 0107"_s, u"standard"_s, u"delay"_s, u"minor"_s,
                    u"The table was given away"_s);
    answerDiscard(false);
    QTest::keyClick(w, Qt::Key_Escape);
    QApplication::processEvents();
    REQUIRE(alive);
    CHECK(w->isVisible());
    CHECK(child<QLineEdit>(w, u"customerName"_s)->text() == u"Ana Souza");
    CHECK(QFile::exists(keptDraftFile(g, u"A1"_s))); // asking kept it first

    answerDiscard(true);
    QTest::keyClick(w, Qt::Key_Escape);
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(alive);
    CHECK_FALSE(QFile::exists(keptDraftFile(g, u"A1"_s)));
    CHECK(g.scalar(u"SELECT count(*) FROM incidents"_s) == 0);

    // An untouched wizard closes at once: there is nothing to lose.
    w = g.window().newRecovery();
    openWizard(g);
    alive = w;
    QTest::keyClick(w, Qt::Key_Escape);
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(alive);
}

TEST_CASE("A recovery left by a lock is offered back at the employee's next sign-in, where it was",
          "[wizard][draft]") {
    GuiFixture g;
    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    startRecovery(w);
    g.window().lockWhenIdle();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE_FALSE(g.window().user().has_value());
    CHECK(QFileInfo(keptDraftFile(g, u"A1"_s)).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // Someone else's sign-in does not see it.
    g.login(u"S1"_s, u"5830617294"_s);
    CHECK_FALSE(child<QLabel>(&g.window(), u"keptDraft"_s)->isVisible());
    g.window().lock();

    g.login(u"A1"_s, u"4071829365"_s);
    CHECK(child<QLabel>(&g.window(), u"keptDraft"_s)->isVisible());
    CHECK(child<QPushButton>(&g.window(), u"newRecovery"_s)->text().contains(u"Lena Vogel"_s));
    g.window().newRecovery();
    finishResumed(g, openWizard(g));
}

// Run by the test below in a process of its own, which it then kills.
TEST_CASE("draft child: types a recovery, says so, and waits to be killed", "[.draftchild]") {
    GuiFixture g(qEnvironmentVariable("REBOUND_TEST_DRAFT_DB"));
    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    startRecovery(w);
    const QString file = keptDraftFile(g, u"A1"_s);
    // The fix notes are typed last: once they are on disk, everything is.
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile::exists(file) &&
            [&] {
                QFile f(file);
                return f.open(QIODevice::ReadOnly) && f.readAll().contains("5th floor");
            }(),
        10000);
    std::fputs("kept\n", stdout);
    std::fflush(stdout);
    QTest::qWait(60000);
}

TEST_CASE("A recovery being typed survives the counter being killed", "[wizard][draft]") {
    GuiFixture g;
    QProcess counter;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REBOUND_TEST_DRAFT_DB"_s, g.path());
    counter.setProcessEnvironment(env);
    counter.start(QCoreApplication::applicationFilePath(), {u"[.draftchild]"_s});
    REQUIRE(counter.waitForStarted());
    QByteArray out;
    QDeadlineTimer deadline(60000);
    while (!out.contains("kept\n") && !deadline.hasExpired() && counter.state() == QProcess::Running) {
        counter.waitForReadyRead(200);
        out += counter.readAllStandardOutput();
    }
    INFO(out.toStdString() << counter.readAllStandardError().toStdString());
    REQUIRE(out.contains("kept\n"));
    ::kill(pid_t(counter.processId()), SIGKILL);
    REQUIRE(counter.waitForFinished());
    CHECK(counter.exitStatus() == QProcess::CrashExit);

    g.login(u"A1"_s, u"4071829365"_s);
    CHECK(child<QLabel>(&g.window(), u"keptDraft"_s)->isVisible());
    g.key(Qt::Key_N, Qt::ControlModifier);
    finishResumed(g, openWizard(g));
}

TEST_CASE(
    "The follow-up falls inside the opening hours, never in the past, by the channel the customer prefers",
    "[wizard]") {
    GuiFixture g;
    auto manager = g.ctx().employees().authenticate(u"M1"_s, u"9184037265"_s);
    REQUIRE(manager.ok());
    // A business that calls back only in the afternoon, Monday to Saturday.
    const QString afternoons = u"mon 13:00-19:00, tue 13:00-19:00, wed 13:00-19:00, thu 13:00-19:00, "
                               "fri 13:00-19:00, sat 13:00-19:00, sun closed"_s;
    REQUIRE(g.ctx().site().setHours(manager.value(), afternoons, QTimeZone::systemTimeZoneId()).ok());
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'business.hours' AND actor = 'M1'"_s) ==
          1);
    REQUIRE(g.ctx().site().setHours(manager.value(), afternoons, QTimeZone::systemTimeZoneId()).ok());
    CHECK(g.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'business.hours' AND actor = 'M1'"_s) ==
          1); // unchanged

    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    fillNewCustomer(w, u"Ines Duarte"_s, u"+351 21 555 0101"_s, u"standard"_s, u"delay"_s, u"minor"_s,
                    u"Breakfast came an hour late"_s);
    child<QLineEdit>(w, u"customerEmail"_s)->setText(u"ines@example.com"_s);
    child<QLineEdit>(w, u"preferences"_s)->setText(u"Prefers email; works nights"_s);
    next(w);
    apologizeAndFix(w);
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::FollowUp);
    auto* due = child<QDateTimeEdit>(w, u"followUpDue"_s);
    const BusinessHours hours = g.ctx().site().hours().value();
    const QDateTime now = g.ctx().clock().nowUtc();
    CHECK(hours.isOpenAt(due->dateTime().toUTC()));
    CHECK(due->dateTime().toLocalTime().time() >= QTime(13, 0));
    CHECK(child<QComboBox>(w, u"channel"_s)->currentData() == u"email"_s);
    CHECK(child<QLabel>(w, u"followUpPromise"_s)
              ->text()
              .contains(hours.promise(due->dateTime().toUTC(), now, QLocale())));
    // A date in the past cannot be chosen, however the fields are stepped.
    const QDateTime proposed = due->dateTime();
    due->setDateTime(now.toLocalTime().addDays(-2));
    CHECK(due->dateTime() > now.toLocalTime());
    due->setDateTime(proposed);
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(w->currentId() == RecoveryWizard::Summary);
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups WHERE channel = 'email'"_s) == 1);
    w->accept();
}

TEST_CASE("Next on an empty first page says what is missing in words, and the message goes once it is typed",
          "[wizard]") {
    GuiFixture g;
    earlierVisit(g, u"Ana Morales"_s, u"+1 555 0108"_s, u"standard"_s);
    g.login(u"A1"_s, u"4071829365"_s);
    RecoveryWizard* w = g.window().newRecovery();
    openWizard(g);
    REQUIRE(w->button(QWizard::NextButton)->isEnabled()); // never greyed without a word
    next(w);
    REQUIRE(w->currentId() == RecoveryWizard::Situation);
    auto* problem = child<QLabel>(w->page(RecoveryWizard::Situation), u"pageProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().startsWith(test::T("RecoveryPage", "Customer") + u": "_s));
    CHECK_FALSE(problem->text().contains(u"customer.name"_s));
    fillNewCustomer(w, u"Lena Vogel"_s, u"+49 30 5550 1234"_s, u"regular"_s, u"delay"_s, u"minor"_s,
                    u"Breakfast came an hour late"_s);
    CHECK_FALSE(problem->isVisible()); // fixed: gone before Next

    // A returning customer picked, then another name typed over theirs: none of their details stay.
    auto* name = child<QLineEdit>(w, u"customerName"_s);
    name->clear();
    name->setFocus();
    g.type(u"Ana"_s);
    g.key(Qt::Key_Down);
    g.key(Qt::Key_Return);
    REQUIRE(w->customer().has_value());
    CHECK(child<QLineEdit>(w, u"customerPhone"_s)->text() == u"+1 555 0108");
    name->setFocus();
    g.key(Qt::Key_Backspace);
    CHECK_FALSE(w->customer().has_value());
    CHECK(child<QLineEdit>(w, u"customerPhone"_s)->text().isEmpty());
    CHECK(child<QLineEdit>(w, u"preferences"_s)->text().isEmpty());
    w->closeKeepingDraft();
}

TEST_CASE(
    "Case (b): a room not ready for a returning regular, an upgrade, an SMS tomorrow, from the keyboard",
    "[wizard]") {
    GuiFixture g;
    earlierVisit(g, u"Lena Vogel"_s, u"+49 30 5550 1234"_s, u"regular"_s);
    {
        Query prefers = g.ctx().db().query(u"UPDATE customers SET preferences = 'Prefers text messages'"_s);
        REQUIRE(prefers.exec().ok());
    }
    g.login(u"A1"_s, u"4071829365"_s);
    g.key(Qt::Key_N, Qt::ControlModifier);
    RecoveryWizard* w = openWizard(g);
    g.type(u"Len"_s);
    g.key(Qt::Key_Down);
    g.key(Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(w->customer().has_value());
    REQUIRE(QApplication::focusWidget() == child<QPlainTextEdit>(w, u"description"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Room not ready at three as promised"_s);
    g.key(Qt::Key_Tab);
    g.type(PlaybookText::tr(u"Broken promise"_s).left(2).toLower());
    CHECK(child<QComboBox>(w, u"category"_s)->currentData() == u"broken-promise"_s);
    g.key(Qt::Key_Tab);
    g.type(PlaybookText::tr(u"Moderate"_s).left(2).toLower());
    CHECK(child<QComboBox>(w, u"severity"_s)->currentData() == u"moderate"_s);
    const Qt::Key next = test::mnemonicKey(w->button(QWizard::NextButton));
    const Qt::Key save = test::mnemonicKey(w->button(QWizard::CommitButton));
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Apology);
    g.key(Qt::Key_Space);
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Fix);
    g.key(Qt::Key_Space);
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Compensation);
    g.key(Qt::Key_Return); // the first suggestion for a broken promise of this weight: an upgrade
    CHECK(child<QTableWidget>(w, u"gestures"_s)->item(0, 0)->text() == PlaybookText::tr(u"Upgrade"_s));
    g.key(next, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::FollowUp);
    CHECK(child<QComboBox>(w, u"channel"_s)->currentData() == u"sms"_s); // as the customer prefers
    auto* due = child<QDateTimeEdit>(w, u"followUpDue"_s);
    const QDate tomorrow = g.ctx().clock().nowUtc().toLocalTime().date().addDays(1);
    if (due->date() < tomorrow)
        g.key(test::mnemonicKey(child<QPushButton>(w, u"dueNextDay"_s)), Qt::AltModifier);
    CHECK(due->date() == tomorrow);
    g.key(save, Qt::AltModifier);
    REQUIRE(w->currentId() == RecoveryWizard::Summary);
    g.key(Qt::Key_Return);
    const int presses = g.presses();
    INFO("key presses and clicks: " << presses);
    CHECK(presses <= 25);
    WARN("case (b) took " << presses << " key presses and clicks plus typing the description");
    CHECK(
        g.scalar(
            u"SELECT count(*) FROM incidents WHERE category = 'broken-promise' AND severity = 'moderate'"_s) ==
        1);
    CHECK(g.scalar(u"SELECT count(*) FROM compensations WHERE item = 'upgrade'"_s) == 1);
    CHECK(g.scalar(u"SELECT count(*) FROM follow_ups WHERE channel = 'sms'"_s) == 1);
}

TEST_CASE("A customer let down again within 90 days: the situation says so, the gestures go one notch up",
          "[wizard]") {
    GuiFixture g;
    earlierVisit(g, u"Ana Morales"_s, u"+1 555 0108"_s, u"standard"_s, 30);
    g.login(u"A1"_s, u"4071829365"_s);
    g.key(Qt::Key_N, Qt::ControlModifier);
    RecoveryWizard* w = openWizard(g);
    g.type(u"Ana"_s);
    g.key(Qt::Key_Down);
    g.key(Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(w->customer().has_value());
    REQUIRE(w->secondFailure().has_value());
    auto* returning = child<QLabel>(w, u"returningCustomer"_s);
    CHECK(returning->isVisible());
    // The earlier recovery's number, however the language writes it ("#7", "n.º 7").
    CHECK(returning->text().contains(QRegularExpression(u"\\b%1\\)"_s.arg(w->secondFailure()->id))));
    CHECK(returning->text().contains(Theme::late().name()));
    child<QPlainTextEdit>(w, u"description"_s)->setPlainText(u"Dessert came 30 minutes late"_s);
    auto* category = child<QComboBox>(w, u"category"_s);
    category->setCurrentIndex(category->findData(u"delay"_s));
    auto* severity = child<QComboBox>(w, u"severity"_s);
    severity->setCurrentIndex(severity->findData(u"minor"_s));
    next(w);
    apologizeAndFix(w);
    // Suggested as a moderate delay for a standard customer: 50.00, not the minor 15.00.
    const QString budget = child<QLabel>(w, u"compensationBudget"_s)->text();
    INFO(budget.toStdString());
    CHECK(budget.contains(Money(5000, u"USD"_s).toDisplayString()));
    CHECK(budget.contains(Theme::late().name()));
    CHECK(child<QListWidget>(w, u"suggestions"_s)->item(0)->data(Qt::UserRole + 1).toString() ==
          u"drinks-round");
}
