// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the real windows over a fresh demo database and saves what the screen shows at each step.
// Run under Xvfb (scripts/screenshots.sh); the pictures go to packaging/screenshots/.
#include "AppContext.h"
#include "CounterSync.h"
#include "MainWindow.h"
#include "RecoveryDialog.h"
#include "SettingsDialog.h"
#include "StoryDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "deferred/NotePrinter.h"
#include "deferred/ReportsView.h"
#include "playbook/Playbook.h"
#include "practice/DrillScore.h"
#include "practice/PracticeRun.h"
#include "practice/PracticeService.h"
#include "reports/ClosingSlip.h"
#include "services/ClosingService.h"
#include "supervisor/AuditLogView.h"
#include "supervisor/ExportDialog.h"
#include "supervisor/StoriesView.h"
#include "supervisor/SupervisorWorkspace.h"
#include "sync/Outbox.h"
#include "wizard/RecoveryWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rebound;

namespace {

QString g_out;
QString g_prefix;

void shoot(const QString& name) {
    QTest::qWait(400); // let the window system draw
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString file = g_out + u'/' + g_prefix + name + u".png"_s;
    if (!shot.save(file))
        qFatal("cannot write %s", qPrintable(file));
    std::printf("%s\n", qPrintable(file));
}

template <typename T> T* find(QWidget* in, const QString& name) {
    auto* w = in->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

// Once the approval dialog is open: the demo's supervisor types their code and PIN, the screen is
// saved as `shot`, and Approve is pressed.
void approveAsDemoSupervisor(const QString& shot) {
    QTimer::singleShot(300, [shot] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->objectName() != u"approvalDialog" || !top->isVisible())
                continue;
            find<QLineEdit>(top, u"approverCode"_s)->setText(u"S200"_s);
            find<QLineEdit>(top, u"approverPin"_s)->setText(u"5830617294"_s);
            shoot(shot);
            QTest::mouseClick(find<QPushButton>(top, u"approveButton"_s), Qt::LeftButton);
        }
    });
}

void next(QWizard* w) {
    QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

// A drill, from the picker to the score, then the team's readiness as a manager sees it.
void practiceTour(MainWindow& window, AppContext& ctx) {
    // Some history first: the demo staff have practised over the last weeks.
    const QList<std::tuple<QString, QString, QString, int, int>> played = {
        {u"A100"_s, u"4071829365"_s, u"wrong-dish"_s, 90, 3},
        {u"A100"_s, u"4071829365"_s, u"room-not-ready"_s, 75, 9},
        {u"A101"_s, u"2354861709"_s, u"charged-twice"_s, 60, 12},
        {u"A101"_s, u"2354861709"_s, u"rude-answer"_s, 45, 40},
        {u"S200"_s, u"5830617294"_s, u"hundredfold-order"_s, 95, 2},
        {u"A100"_s, u"4071829365"_s, u"keys-locked-in-car"_s, 80, 5}};
    const DrillLibrary library =
        DrillLibrary::builtIn(QLocale().name().section(u'_', 0, 0), Playbook::builtIn()).value();
    for (const auto& [code, pin, drillId, score, daysAgo] : played) {
        auto who = ctx.employees().authenticate(code, pin);
        const Drill* d = library.drill(drillId);
        if (!who || !d)
            qFatal("no practice history");
        DrillResult r;
        r.drillId = drillId;
        r.score = score;
        r.seconds = 70;
        for (const QString& id : criterionIds())
            r.criteria << CriterionResult{id, 0, 10, score >= 90 || id != u"follow-up", {}};
        ManualClock then(ctx.clock().nowUtc().addDays(-daysAgo));
        if (!PracticeService(ctx.db(), then).record(*who, *d, r, PracticeAttempt{}))
            qFatal("the practice history was not kept");
    }
    window.lock();
    auto* employee = find<QComboBox>(&window, u"employee"_s);
    employee->setCurrentIndex(employee->findData(u"A100"_s));
    auto* pin = find<QLineEdit>(&window, u"pin"_s);
    QTest::keyClicks(pin, u"4071829365"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    QTimer::singleShot(500, [] {
        QWidget* picker = QApplication::activeModalWidget();
        if (!picker || picker->objectName() != u"practicePicker")
            qFatal("the drill picker did not appear");
        auto* list = find<QListWidget>(picker, u"practiceDrills"_s);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == u"late-birthday-delivery")
                list->setCurrentRow(i);
        }
        shoot(u"32-practice-picker"_s);
        QTest::mouseClick(find<QPushButton>(picker, u"practiceStart"_s), Qt::LeftButton);
    });
    PracticeRun* run = window.practice();
    if (!run || !QTest::qWaitForWindowExposed(run->wizard()))
        qFatal("the drill did not start");
    RecoveryWizard* w = run->wizard();
    QApplication::setActiveWindow(w);
    auto* name = find<QLineEdit>(w, u"customerName"_s);
    name->setFocus();
    QTest::keyClicks(name, u"Ana"_s);
    QTest::qWait(200);
    if (QWidget* popup = QApplication::activePopupWidget()) {
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    }
    find<QPlainTextEdit>(w, u"description"_s)->setPlainText(u"Birthday bouquet not delivered this morning"_s);
    auto* category = find<QComboBox>(w, u"category"_s);
    category->setCurrentIndex(category->findData(u"delay"_s));
    auto* severity = find<QComboBox>(w, u"severity"_s);
    severity->setCurrentIndex(severity->findData(u"moderate"_s));
    next(w);
    find<QCheckBox>(w, u"apologyGiven"_s)->setChecked(true);
    next(w);
    find<QCheckBox>(w, u"resolved"_s)->setChecked(true);
    next(w);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the first suggestion
    shoot(u"33-practice-drill"_s);
    next(w);
    w->button(QWizard::CommitButton)->click();
    QWidget* result = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            result = QApplication::activeModalWidget();
            return result && result->objectName() == u"practiceResult";
        },
        5000);
    if (!result)
        qFatal("no practice result");
    shoot(u"34-practice-result"_s);
    qobject_cast<QDialog*>(result)->reject();
    QTest::qWait(300);
    window.lock();
    employee->setCurrentIndex(employee->findData(u"M300"_s));
    QTest::keyClicks(pin, u"9184037265"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    SupervisorWorkspace* ws = window.showWorkspace();
    ws->showTab(SupervisorWorkspace::Practice);
    shoot(u"35-workspace-practice"_s);
}

// A counter whose central server is away, working on its offline copy: the server's open recoveries and
// their follow-ups, one done here and one recovery recorded here waiting to be sent.
void offlineTour(MainWindow& main) {
    const QString address = u"postgresql://rebound_app@127.0.0.1:1/rebound"_s;
    {
        auto copy = AppContext::open(Database::offlineCopyPath(address));
        if (!copy)
            qFatal("%s", qPrintable(copy.error().message));
        AppContext& c = **copy;
        if (!c.employees().add(Actor::system(u"sync:refresh"_s), u"A100"_s, u"Alex Rivera"_s, Role::Associate,
                               u"4071829365"_s))
            qFatal("no staff on the copy");
        auto alex = c.employees().authenticate(u"A100"_s, u"4071829365"_s);
        const QDateTime now = c.clock().nowUtc();
        const auto record = [&](const QString& name, const QString& phone, const QString& category,
                                const QString& what, int dueHours, int hoursAgo) {
            RecoveryDraft d;
            d.customer.name = name;
            d.customer.phone = phone;
            d.category = CategoryId(category);
            d.severity = SeverityId(u"minor"_s);
            d.description = what;
            d.compensations = {{u"dessert"_s, {}}};
            d.followUpDue = now.addSecs(dueHours * 3600);
            ManualClock then(now.addSecs(-hoursAgo * 3600 - 600)); // ten minutes at the counter, then
            auto saved = RecoveryService(c.db(), then, c.playbooks()).record(*alex, d);
            if (!saved)
                qFatal("%s", qPrintable(saved.error().message));
            return saved->followUpId;
        };
        // Taken from the server while it answered.
        const qint64 first = record(u"Tomás Herrera"_s, u"+34 600 000 117"_s, u"delay"_s,
                                    u"Room not ready at check-in"_s, 1, 20);
        record(u"Ana Morales"_s, u"+1 555 0108"_s, u"billing"_s, u"Charged twice for the minibar"_s, 3, 2);
        record(u"Chen Wei"_s, u"+1 555 0142"_s, u"defect"_s, u"Shower without hot water"_s, 26, 5);
        if (!Outbox(c.db()).create(address))
            qFatal("no outbox");
        // Since the server went away: a follow-up done, a recovery recorded.
        FollowUpOutcome reached;
        reached.satisfaction = 5;
        reached.verdict = Verdict::BlownAway;
        if (!c.followUps().complete(*alex, first, reached))
            qFatal("the follow-up was not done offline");
        record(u"Lena Fischer"_s, u"+49 151 000 2210"_s, u"staff-conduct"_s, u"Spoken to rudely at the bar"_s,
               4, 0);
    }
    main.hide();
    auto ctx = AppContext::open(address);
    if (!ctx || !(*ctx)->isOfflineCopy())
        qFatal("the counter did not open its offline copy");
    MainWindow window(**ctx);
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the offline window did not appear");
    auto* employee = find<QComboBox>(&window, u"employee"_s);
    employee->setCurrentIndex(employee->findData(u"A100"_s));
    auto* pin = find<QLineEdit>(&window, u"pin"_s);
    QTest::keyClicks(pin, u"4071829365"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    // The status bar after the first try at the server.
    (void)QTest::qWaitFor([&] { return window.counterSync()->idle(); }, 10000);
    shoot(u"48-offline-follow-ups"_s);
    window.lock();
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rebound"_s);
    QApplication::setApplicationName(u"rebound"_s);
    Theme::apply(app);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"packaging/screenshots"_s;
    // A language ("es", "de") takes the same tour in it, with file names prefixed by the language.
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    Translations::install(language.isEmpty() ? u"en"_s : language);
    g_prefix = language.isEmpty() ? QString() : language + u'-';
    QDir().mkpath(g_out);

    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", data.path().toLocal8Bit()); // the tour's settings stay in the tour
    auto ctx = AppContext::openDemo();
    if (!ctx)
        qFatal("%s", qPrintable(ctx.error().message));

    MainWindow window(**ctx);
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the main window did not appear");
    shoot(u"01-login"_s);

    auto* employee = find<QComboBox>(&window, u"employee"_s);
    employee->setCurrentIndex(employee->findData(u"A100"_s));
    auto* pin = find<QLineEdit>(&window, u"pin"_s);
    QTest::keyClicks(pin, u"4071829365"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    shoot(u"02-main-screen"_s);

    RecoveryWizard* w = window.newRecovery();
    if (!w || !QTest::qWaitForWindowExposed(w))
        qFatal("the wizard did not appear");
    QApplication::setActiveWindow(w);
    auto* name = find<QLineEdit>(w, u"customerName"_s);
    name->setFocus();
    QTest::keyClicks(name, u"Helen"_s);
    QTest::qWait(200);
    if (QWidget* popup = QApplication::activePopupWidget()) {
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    }
    QTest::keyClicks(
        find<QPlainTextEdit>(w, u"description"_s),
        u"Ordered 100 boxes instead of 1 through the web shop (about 1,800.00). Could not reach support "
        "for two days."_s);
    auto* category = find<QComboBox>(w, u"category"_s);
    category->setCurrentIndex(category->findData(u"billing"_s));
    auto* severity = find<QComboBox>(w, u"severity"_s);
    severity->setCurrentIndex(severity->findData(u"major"_s));
    shoot(u"03-wizard-situation"_s);

    // Escape on a filled-in wizard asks first; Keep working is the default.
    QTimer::singleShot(300, [] {
        if (QWidget* ask = QApplication::activeModalWidget();
            ask && ask->objectName() == u"discardQuestion") {
            shoot(u"23-wizard-discard-question"_s);
            QTest::keyClick(ask, Qt::Key_Return);
        }
    });
    QTest::keyClick(w, Qt::Key_Escape);

    next(w);
    find<QCheckBox>(w, u"apologyGiven"_s)->setChecked(true);
    shoot(u"04-wizard-apologize"_s);

    next(w);
    auto* checklist = find<QListWidget>(w, u"checklist"_s);
    for (int i = 0; i < 3 && i < checklist->count(); ++i)
        checklist->item(i)->setCheckState(Qt::Checked);
    find<QPlainTextEdit>(w, u"fixNotes"_s)->setPlainText(u"Order cancelled before dispatch."_s);
    find<QPlainTextEdit>(w, u"preventionNote"_s)
        ->setPlainText(u"The quantity field accepts 100 without asking; cap it."_s);
    find<QCheckBox>(w, u"resolved"_s)->setChecked(true);
    shoot(u"05-wizard-fix"_s);

    // A prevention note pasted twice over: refused here, on its own page, naming the field in words.
    auto* prevention = find<QPlainTextEdit>(w, u"preventionNote"_s);
    const QString note = prevention->toPlainText();
    prevention->setPlainText(note + QString(4000, u' ') + note);
    QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
    shoot(u"22-wizard-problem-on-its-page"_s);
    prevention->setPlainText(note);

    next(w);
    auto* other = find<QComboBox>(w, u"otherGesture"_s);
    other->setCurrentIndex(other->findData(u"credit"_s));
    QTest::mouseClick(find<QPushButton>(w, u"addOther"_s), Qt::LeftButton);
    find<QTableWidget>(w, u"gestures"_s)->item(0, 1)->setText(u"1800.00"_s);
    other->setCurrentIndex(other->findData(u"voucher"_s));
    QTest::mouseClick(find<QPushButton>(w, u"addOther"_s), Qt::LeftButton);
    find<QTableWidget>(w, u"gestures"_s)->item(1, 1)->setText(u"50.00"_s);
    shoot(u"06-wizard-compensate-over-limit"_s);

    approveAsDemoSupervisor(u"07-supervisor-approval"_s);
    QTest::mouseClick(find<QPushButton>(w, u"requestApproval"_s), Qt::LeftButton);
    shoot(u"08-wizard-compensate-approved"_s);

    next(w);
    QTest::mouseClick(find<QPushButton>(w, u"satisfaction4"_s), Qt::LeftButton);
    shoot(u"09-wizard-follow-up"_s);

    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    if (w->currentId() != RecoveryWizard::Summary)
        qFatal("the recovery was not saved");
    shoot(u"10-wizard-summary"_s);

    // The customer's note, as a picture of its page.
    (*ctx)->settings().setValue(Settings::Key::BusinessName, u"Marsh & Co. Flowers — Online Shop"_s);
    (*ctx)->settings().setValue(Settings::Key::BusinessContact,
                                u"Customer care, +1 555 0100, care@example.com"_s);
    const QString pdf = data.filePath(u"note.pdf"_s);
    if (!NotePrinter::savePdf(**ctx, w->saved()->id, pdf))
        qFatal("the note was not written");
    QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"70"_s, u"-singlefile"_s, pdf,
                                      g_out + u'/' + g_prefix + u"21-recovery-note"_s});
    std::printf("%s\n", qPrintable(g_out + u'/' + g_prefix + u"21-recovery-note.png"_s));

    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    const qint64 savedId = w->saved()->id;

    // The recovery opened again from the counter, a correction under way.
    RecoveryDialog* opened = window.openRecovery(savedId);
    if (!opened || !QTest::qWaitForWindowExposed(opened))
        qFatal("the recovery did not open");
    QTest::mouseClick(find<QPushButton>(opened, u"recoveryCorrect"_s), Qt::LeftButton);
    find<QLineEdit>(opened, u"correctReason"_s)->setText(u"The voucher was typed twice"_s);
    shoot(u"25-recovery-opened"_s);
    // Voiding the voucher: a supervisor who did not give it approves, as at a till.
    find<QListWidget>(opened, u"correctGestures"_s)->item(1)->setCheckState(Qt::Checked);
    approveAsDemoSupervisor(u"47-void-approval"_s);
    QTest::mouseClick(find<QPushButton>(opened, u"correctSave"_s), Qt::LeftButton);
    find<QPushButton>(opened, u"recoveryCorrect"_s)->setChecked(false);
    QTest::mouseClick(find<QPushButton>(opened, u"recoveryNominate"_s), Qt::LeftButton);
    if (auto* story = opened->findChild<StoryDialog*>(); story && QTest::qWaitForWindowExposed(story)) {
        find<QPlainTextEdit>(story, u"storyReaction"_s)
            ->appendPlainText(u"She hugged Alex and took a picture of the card for her daughter."_s);
        shoot(u"37-story-nominate"_s);
        story->reject();
    }
    opened->reject();

    // A follow-up due: reached, the customer's satisfaction and verdict.
    if (auto due = (*ctx)->frontDesk().followUpsDue(); due && !due->isEmpty()) {
        QTimer::singleShot(300, [] {
            if (QWidget* d = QApplication::activeModalWidget(); d && d->objectName() == u"followUpDialog") {
                QTest::keyClick(d, Qt::Key_5);
                find<QRadioButton>(d, u"verdict-blown-away"_s)->setChecked(true);
                find<QPlainTextEdit>(d, u"followUpComment"_s)->setPlainText(u"“You made our anniversary.”"_s);
                shoot(u"24-follow-up-outcome"_s);
                qobject_cast<QDialog*>(d)->reject();
            }
        });
        QTest::mouseClick(find<QPushButton>(&window, u"followUpDone%1"_s.arg(due->first().id)),
                          Qt::LeftButton);
    }

    // A recovery left unfinished by the lock, offered back at the next sign-in.
    RecoveryWizard* unfinished = window.newRecovery();
    if (!unfinished || !QTest::qWaitForWindowExposed(unfinished))
        qFatal("the wizard did not appear");
    find<QLineEdit>(unfinished, u"customerName"_s)->setText(u"Kenji Watanabe"_s);
    find<QPlainTextEdit>(unfinished, u"description"_s)->setPlainText(u"Room not ready at three"_s);
    window.lockWhenIdle();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    employee->setCurrentIndex(employee->findData(u"A100"_s));
    QTest::keyClicks(pin, u"4071829365"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    shoot(u"26-main-screen-unfinished-recovery"_s);
    (*ctx)->settings().reset(Settings::Key::BusinessName);

    // The supervisor workspace, as the manager sees it.
    window.lock();
    employee->setCurrentIndex(employee->findData(u"M300"_s));
    QTest::keyClicks(pin, u"9184037265"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    SupervisorWorkspace* ws = window.showWorkspace();
    if (!ws)
        qFatal("the workspace did not open");
    // Yesterday closed by the manager, as every evening.
    {
        auto manager = (*ctx)->employees().authenticate(u"M300"_s, u"9184037265"_s);
        ClosingService closing((*ctx)->db(), (*ctx)->clock());
        auto today = closing.today();
        auto closed = manager && today ? closing.closeAs(*manager, today->addDays(-1))
                                       : Result<DayClosing>(Error::invalid(u"no manager"_s));
        if (!closed)
            qFatal("yesterday could not be closed");
        ws->audit()->refresh();
        // The slip for the safe, as a picture of its page.
        QHash<QString, QString> names;
        const auto staff = (*ctx)->employees().list();
        for (const Employee& e : staff.value())
            names.insert(e.code, e.name);
        const QString slip = data.filePath(u"slip.pdf"_s);
        if (!NotePrinter::writeHtmlPdf(
                closingSlipHtml(*closed, (*ctx)->settings().businessName(), QLocale(), names), slip,
                u"closing"_s))
            qFatal("the slip was not written");
        QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"70"_s, u"-singlefile"_s, slip,
                                          g_out + u'/' + g_prefix + u"31-closing-slip"_s});
        std::printf("%s\n", qPrintable(g_out + u'/' + g_prefix + u"31-closing-slip.png"_s));
    }
    auto* audit = find<QTableView>(ws, u"auditTable"_s);
    audit->selectRow(3);
    audit->setCurrentIndex(audit->model()->index(3, 0));
    QTest::mouseClick(find<QPushButton>(ws, u"verifyAudit"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !find<QLabel>(ws, u"verifyResult"_s)->text().isEmpty(); }, 10000))
        qFatal("the audit check did not finish");
    shoot(u"11-workspace-audit-log"_s);
    ws->showTab(SupervisorWorkspace::Review);
    shoot(u"12-workspace-review-queue"_s);
    ws->showTab(SupervisorWorkspace::FollowUps);
    shoot(u"13-workspace-follow-ups"_s);
    ws->showTab(SupervisorWorkspace::Stories);
    {
        // A story waiting for a decision when the demo has one; the approved ones otherwise.
        auto* filter = find<QComboBox>(ws, u"storyFilter"_s);
        if (find<QTableWidget>(ws, u"storyTable"_s)->rowCount() == 0)
            filter->setCurrentIndex(filter->findData(u"approved"_s));
        shoot(u"38-workspace-stories"_s);
        QTest::mouseClick(find<QPushButton>(ws, u"reviewStory"_s), Qt::LeftButton);
        if (auto* review = ws->stories()->findChild<StoryDialog*>();
            review && QTest::qWaitForWindowExposed(review)) {
            shoot(u"39-story-review"_s);
            review->reject();
        }
        const QString lineUp = data.filePath(u"line-up.pdf"_s);
        ws->stories()->writeLineUp(lineUp);
        QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"70"_s, u"-singlefile"_s, lineUp,
                                          g_out + u'/' + g_prefix + u"40-line-up-sheet"_s});
        std::printf("%s\n", qPrintable(g_out + u'/' + g_prefix + u"40-line-up-sheet.png"_s));
    }
    ws->showTab(SupervisorWorkspace::Prevention);
    find<QCheckBox>(ws, u"showDoneActions"_s)->setChecked(true);
    shoot(u"41-workspace-prevention"_s);
    ws->showTab(SupervisorWorkspace::Reports);
    const QList<std::pair<ReportsView::Report, QString>> reports = {
        {ReportsView::Combustion, u"14-report-combustion-points"_s},
        {ReportsView::Spend, u"15-report-spend"_s},
        {ReportsView::RecoveryTime, u"16-report-time-to-recover"_s},
        {ReportsView::Satisfaction, u"17-report-satisfaction"_s},
        {ReportsView::Proactive, u"18-report-found-by-staff"_s},
        {ReportsView::AfterFollowUp, u"29-report-after-follow-up"_s},
        {ReportsView::Pareto, u"36-report-pareto"_s},
        {ReportsView::ReturnVisits, u"42-report-return-visits"_s},
        {ReportsView::Economics, u"43-report-economics"_s},
        {ReportsView::Recognitions, u"44-report-recognitions"_s}};
    for (const auto& [report, name] : reports) {
        // Whether customers came back within 90 days shows for recoveries at least 90 days old.
        if (report == ReportsView::ReturnVisits) {
            auto* from = find<QDateEdit>(ws, u"reportFrom"_s);
            from->setDate(from->date().addDays(-90));
        }
        qobject_cast<ReportsView*>(ws->reports())->show(report);
        shoot(name);
    }
    {
        // Head office: two more sites record into the same database; their satisfaction beside this one's.
        const QList<std::pair<QString, QString>> associates = {
            {u"A100"_s, u"4071829365"_s}, {u"A101"_s, u"2354861709"_s}, {u"A102"_s, u"3465079128"_s}};
        const QStringList categories = {u"billing"_s,        u"delay"_s,         u"defect"_s,
                                        u"broken-promise"_s, u"staff-conduct"_s, u"facility"_s};
        const Place home = (*ctx)->db().place();
        int n = 0;
        for (const auto& [site, count, mood] :
             {std::tuple{u"Harbour"_s, 18, 1}, std::tuple{u"Airport"_s, 12, 3}}) {
            (*ctx)->db().setPlace({site, site.toLower() + u"-desk"_s});
            for (int i = 0; i < count; ++i, ++n) {
                const auto& [code, pin] = associates[n % 3];
                auto who = (*ctx)->employees().authenticate(code, pin);
                RecoveryDraft d;
                d.customer.name = u"%1 guest %2"_s.arg(site).arg(i + 1);
                d.customer.phone = u"+1 555 07%1"_s.arg(n, 2, 10, QChar(u'0'));
                d.category = CategoryId(categories[i % categories.size()]);
                d.severity = SeverityId(u"minor"_s);
                d.description = u"Reported at the %1 desk"_s.arg(site);
                d.compensations = {{u"dessert"_s, {}}};
                d.satisfaction = 1 + (i * 7 + mood) % 5;
                if (!who || !(*ctx)->recoveries().record(*who, d))
                    qFatal("a recovery at %s was not recorded", qPrintable(site));
            }
        }
        (*ctx)->db().setPlace(home);
        auto* view = qobject_cast<ReportsView*>(ws->reports());
        view->show(ReportsView::Satisfaction);
        auto* site = find<QComboBox>(ws, u"reportSite"_s);
        site->setCurrentIndex(site->findData(ReportsView::SideBySide));
        shoot(u"46-report-sites-side-by-side"_s);
        site->setCurrentIndex(0);
    }
    ws->showTab(SupervisorWorkspace::PlaybookTab);
    shoot(u"19-workspace-playbook-and-limits"_s);
    ws->showTab(SupervisorWorkspace::PlaybookEdit);
    shoot(u"30-workspace-playbook-editor"_s);
    ws->showTab(SupervisorWorkspace::Staff);
    shoot(u"27-workspace-staff"_s);
    {
        SettingsDialog settings(**ctx, *window.user(), &window);
        settings.show();
        if (!QTest::qWaitForWindowExposed(&settings))
            qFatal("the settings did not appear");
        shoot(u"28-settings-opening-hours"_s);
        // Many counters: the same dialog pointed at a central server, its test answered.
        auto* kind = find<QComboBox>(&settings, u"settingsDatabaseKind"_s);
        kind->setCurrentIndex(kind->findData(u"server"_s));
        find<QLineEdit>(&settings, u"settingsDatabase"_s)
            ->setText(u"postgresql://rebound_app@127.0.0.1:1/rebound"_s);
        find<QLineEdit>(&settings, u"settingsSite"_s)->setText(u"Lisbon"_s);
        find<QLineEdit>(&settings, u"settingsCounter"_s)->setText(u"front-desk-2"_s);
        QSignalSpy tested(&settings, &SettingsDialog::connectionTested);
        QTest::mouseClick(find<QPushButton>(&settings, u"settingsTestConnection"_s), Qt::LeftButton);
        if (!tested.wait(8000))
            qFatal("the connection test did not answer");
        shoot(u"45-settings-central-server"_s);
    }
    ws->openExport();
    auto* dialog = ws->findChild<ExportDialog*>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        qFatal("the export dialog did not appear");
    find<QLineEdit>(dialog, u"exportFile"_s)->setText(data.filePath(u"rebound-incidents.csv"_s));
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(find<QPushButton>(dialog, u"startExport"_s), Qt::LeftButton);
    if (!done.wait(10000))
        qFatal("the export did not finish");
    shoot(u"20-export-dialog"_s);
    dialog->close();
    practiceTour(window, **ctx);
    offlineTour(window);
    return 0;
}
