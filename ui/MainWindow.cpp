// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppContext.h"
#include "Ask.h"
#include "CounterSync.h"
#include "RecoveryDialog.h"
#include "Theme.h"
#include "pages/FirstRunPage.h"
#include "pages/HomePage.h"
#include "pages/LoginPage.h"
#include "practice/PracticePicker.h"
#include "practice/PracticeRun.h"
#include "practice/PracticeService.h"
#include "record/DraftStore.h"
#include "services/ReviewService.h"
#include "supervisor/SupervisorWorkspace.h"
#include "wizard/RecoveryWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace rebound {

MainWindow::MainWindow(AppContext& ctx, QWidget* parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_stack(new QStackedWidget(this))
    , m_idle(new QTimer(this))
    , m_fileWatch(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(ctx.isDemo() ? tr("Rebound — demo") : tr("Rebound"));
    setCentralWidget(m_stack);

    m_newRecovery = new QAction(tr("&New recovery"), this);
    m_newRecovery->setShortcut(QKeySequence::New);
    m_newRecovery->setEnabled(false);
    connect(m_newRecovery, &QAction::triggered, this, &MainWindow::newRecovery);
    addAction(m_newRecovery);
    m_practice = new QAction(tr("Practice a &drill"), this);
    m_practice->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_practice->setEnabled(false);
    connect(m_practice, &QAction::triggered, this, [this] { practice(); });
    addAction(m_practice);
    m_lock = new QAction(tr("&Lock"), this);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setEnabled(false);
    connect(m_lock, &QAction::triggered, this, &MainWindow::lock);
    addAction(m_lock);

    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lockWhenIdle);
    connect(&ctx.settings(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLockMinutes)
            applyAutoLock();
    });
    m_fileWatch->setInterval(60 * 1000);
    connect(m_fileWatch, &QTimer::timeout, this, &MainWindow::checkDatabaseFile);
    // Any key or click anywhere in the application counts as someone at the counter.
    qApp->installEventFilter(this);
}

// The window is mapped first and filled at once: what the sign-in page costs to lay out and to
// measure its text (the font database's first use) no longer holds back the window's appearing.
void MainWindow::setVisible(bool visible) {
    QMainWindow::setVisible(visible);
    if (!visible || m_started)
        return;
    m_started = true;
    m_fileWatch->start();
    QGuiApplication::sync();
    Theme::applyIcon();
    if (m_ctx.db().backend() == Database::Backend::Server)
        statusBar()->showMessage(
            tr("Central server: %1 · site %2 · counter %3")
                .arg(m_ctx.db().displayName(), m_ctx.db().place().site, m_ctx.db().place().counter));
    else if (!m_ctx.isOfflineCopy())
        statusBar()->showMessage(tr("Database: %1").arg(QFileInfo(m_ctx.db().path()).absoluteFilePath()));
    if (m_ctx.db().backend() == Database::Backend::Server || m_ctx.isOfflineCopy()) {
        // A counter of a central server: its offline copy kept fresh, or sent when the server is back.
        m_sync = new CounterSync(m_ctx, this);
        auto* state = new QLabel(this);
        state->setObjectName(QStringLiteral("syncState"));
        statusBar()->addPermanentWidget(state);
        connect(m_sync, &CounterSync::changed, state, &QLabel::setText);
        // Found gone between two recoveries: on to the copy, unless a dialog holds the server's rows.
        connect(m_sync, &CounterSync::serverAway, this, [this](const QString& why) {
            if (!QApplication::activeModalWidget())
                goOffline(why);
        });
        connect(m_sync, &CounterSync::serverBack, this, [this] {
            m_serverBack = true;
            if (!m_user)
                goOnlineWhenFree();
        });
        m_sync->start();
    }
    showStart();
}

bool MainWindow::checkDatabaseFile() {
    auto here = m_ctx.db().checkInPlace();
    if (here || here.error().code != Error::Code::Moved)
        return true;
    m_fileWatch->stop();
    QMessageBox::critical(this, tr("Rebound must close"),
                          tr("Rebound closes now: %1.\n\nA recovery being typed is kept as a draft in %2.")
                              .arg(here.error().message,
                                   QDir::toNativeSeparators(DraftStore(m_ctx.db().localPath()).folder())));
    // The window first (it keeps a recovery being typed as a draft), then any dialog still open: with the
    // last window gone the application ends.
    close();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible())
            w->close();
    return false;
}

int MainWindow::autoLockMilliseconds() const {
    return m_ctx.settings().autoLockMinutes() * 60 * 1000;
}

bool MainWindow::autoLockRunning() const {
    return m_idle->isActive();
}

void MainWindow::applyAutoLock() {
    if (m_user && autoLockMilliseconds() > 0)
        m_idle->start(autoLockMilliseconds());
    else
        m_idle->stop();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_idle->isActive())
            m_idle->start(autoLockMilliseconds());
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lockWhenIdle() {
    // A recovery being typed is kept, not thrown away, and offered back at the next sign-in.
    if (auto* wizard = findChild<RecoveryWizard*>())
        wizard->closeKeepingDraft();
    // Any other dialog (settings, a file chooser, a follow-up's outcome) is closed first; the lock
    // itself waits until their event loops have returned, so nothing is deleted under them.
    if (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        m_idle->start(100);
        return;
    }
    lock();
}

// The pages are built when first needed: start-up draws the sign-in page only.
FirstRunPage* MainWindow::firstRun() {
    if (!m_firstRun) {
        m_firstRun = new FirstRunPage(m_ctx, m_stack);
        m_stack->addWidget(m_firstRun);
        connect(m_firstRun, &FirstRunPage::managerCreated, this, &MainWindow::showStart);
    }
    return m_firstRun;
}

LoginPage* MainWindow::login() {
    if (!m_login) {
        m_login = new LoginPage(m_ctx, m_stack);
        m_stack->addWidget(m_login);
        connect(m_login, &LoginPage::signedIn, this, &MainWindow::signedIn);
    }
    return m_login;
}

HomePage* MainWindow::home() {
    if (!m_home) {
        m_home = new HomePage(m_ctx, m_stack);
        m_stack->addWidget(m_home);
        connect(m_home, &HomePage::newRecoveryRequested, this, &MainWindow::newRecovery);
        connect(m_home, &HomePage::practiceRequested, this, [this] { practice(); });
        connect(m_home, &HomePage::lockRequested, this, &MainWindow::lock);
        connect(m_home, &HomePage::discardDraftRequested, this, &MainWindow::discardKeptDraft);
        connect(m_home, &HomePage::openRecoveryRequested, this, &MainWindow::openRecovery);
        connect(m_home, &HomePage::workspaceRequested, this, &MainWindow::showWorkspace);
    }
    return m_home;
}

void MainWindow::showStart() {
    auto staff = m_ctx.employees().count();
    if (staff && staff.value() == 0) {
        m_stack->setCurrentWidget(firstRun());
        m_firstRun->start();
        return;
    }
    m_stack->setCurrentWidget(login());
    m_login->start();
}

void MainWindow::signedIn(const AuthenticatedEmployee& who) {
    m_user = who;
    m_newRecovery->setEnabled(true);
    m_practice->setEnabled(true);
    m_lock->setEnabled(true);
    home()->setUser(who);
    if (m_sync)
        m_sync->setSignedIn(who.employee().code);
    applyAutoLock();
    m_stack->setCurrentWidget(m_home);
    m_home->showKeptDraft(keptDraft());
    m_home->focusNewRecovery();
}

std::optional<SavedDraft> MainWindow::keptDraft() {
    if (!m_user)
        return std::nullopt;
    auto kept = DraftStore(m_ctx.db().localPath()).load(m_user->employee().id);
    if (!kept) {
        statusBar()->showMessage(kept.error().message);
        return std::nullopt;
    }
    return kept.value();
}

void MainWindow::discardKeptDraft() {
    const auto kept = keptDraft();
    if (!kept)
        return;
    if (!Ask::discard(this, tr("Discard the unfinished recovery?"),
                      tr("What was typed for this recovery will be lost."), tr("&Keep it")))
        return;
    DraftStore(m_ctx.db().localPath()).discard(kept->employeeId);
    home()->showKeptDraft(std::nullopt);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (auto* wizard = findChild<RecoveryWizard*>())
        wizard->closeKeepingDraft();
    QMainWindow::closeEvent(event);
}

void MainWindow::lock() {
    m_user.reset();
    m_idle->stop();
    dropWorkspace();
    m_newRecovery->setEnabled(false);
    m_practice->setEnabled(false);
    m_lock->setEnabled(false);
    if (m_home)
        m_home->clearUser();
    if (m_serverBack)
        goOnlineWhenFree();
    showStart();
}

void MainWindow::dropWorkspace() {
    if (m_workspace) {
        // The workspace belongs to who signed in, on one database; the next gets their own.
        m_stack->removeWidget(m_workspace);
        m_workspace->deleteLater();
        m_workspace = nullptr;
    }
}

bool MainWindow::goOffline(const QString& why) {
    if (!m_sync || m_ctx.isOfflineCopy())
        return false;
    const DraftStore serverDrafts(m_ctx.db().localPath());
    if (auto r = m_ctx.useOfflineCopy(why); !r) {
        statusBar()->showMessage(tr("No offline copy to work on: %1").arg(r.error().message));
        return false;
    }
    m_serverBack = false;
    dropWorkspace();
    statusBar()->clearMessage();
    m_sync->wentOffline();
    if (m_user) {
        auto same = m_ctx.employees().carryOver(*m_user);
        if (!same) {
            // Not on the copy yet (added at the server since its last refresh): the next person signs in.
            QTimer::singleShot(0, this, [this, why = same.error().message] {
                lockWhenIdle();
                statusBar()->showMessage(tr("Working offline; sign in again: %1").arg(why));
            });
            return true;
        }
        // What they were typing goes with them (the wizard, if open, moves its own).
        (void)serverDrafts.moveTo(DraftStore(m_ctx.db().localPath()), m_user->employee().id,
                                  same->employee().id);
        m_user = same.value();
        home()->setUser(*m_user);
        m_stack->setCurrentWidget(m_home);
    }
    return true;
}

void MainWindow::goOnlineWhenFree() {
    if (m_user || !m_ctx.isOfflineCopy())
        return;
    const auto idsByCode = [this] {
        QHash<QString, qint64> ids;
        if (auto staff = m_ctx.employees().list()) {
            for (const Employee& e : staff.value())
                ids.insert(e.code, e.id);
        }
        return ids;
    };
    const QHash<QString, qint64> copyIds = idsByCode();
    const DraftStore copyDrafts(m_ctx.db().localPath());
    if (auto r = m_ctx.useServer(); !r) {
        // Recorded here since, or the server gone again: the next try says so.
        statusBar()->showMessage(tr("Still on the offline copy: %1").arg(r.error().message));
        return;
    }
    // Recoveries left unfinished on the copy are offered again at each one's next sign-in, on the server.
    const QHash<QString, qint64> serverIds = idsByCode();
    const DraftStore serverDrafts(m_ctx.db().localPath());
    for (auto it = copyIds.cbegin(); it != copyIds.cend(); ++it) {
        if (serverIds.contains(it.key()))
            (void)copyDrafts.moveTo(serverDrafts, it.value(), serverIds.value(it.key()));
    }
    m_serverBack = false;
    statusBar()->showMessage(
        tr("Central server: %1 · site %2 · counter %3")
            .arg(m_ctx.db().displayName(), m_ctx.db().place().site, m_ctx.db().place().counter));
    m_sync->wentOnline();
}

SupervisorWorkspace* MainWindow::showWorkspace() {
    if (!m_user || !requireSupervisor(*m_user))
        return nullptr;
    if (!m_workspace) {
        m_workspace = new SupervisorWorkspace(m_ctx, *m_user, m_stack);
        m_stack->addWidget(m_workspace);
        connect(m_workspace, &SupervisorWorkspace::backRequested, this, [this] {
            m_stack->setCurrentWidget(home());
            m_home->refresh();
            m_home->focusNewRecovery();
        });
    }
    m_stack->setCurrentWidget(m_workspace);
    return m_workspace;
}

RecoveryDialog* MainWindow::openRecovery(qint64 incidentId) {
    if (!m_user || incidentId <= 0)
        return nullptr;
    auto* dialog = new RecoveryDialog(m_ctx, *m_user, incidentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::changed, home(), &HomePage::refresh);
    dialog->open();
    return dialog;
}

RecoveryWizard* MainWindow::newRecovery() {
    if (!m_user)
        return nullptr;
    if (auto* open = findChild<RecoveryWizard*>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* wizard = new RecoveryWizard(m_ctx, *m_user, this, keptDraft());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RecoveryWizard::serverLost, this, &MainWindow::goOffline);
    connect(wizard, &RecoveryWizard::recorded, home(), &HomePage::refresh);
    connect(wizard, &QDialog::finished, this, [this] {
        if (m_user)
            home()->showKeptDraft(keptDraft());
    });
    wizard->open();
    wizard->goToResumedPage();
    return wizard;
}

PracticeRun* MainWindow::practice(const QString& drillId) {
    // One wizard at a time; a closed one may still wait for its deletion.
    const auto* open = findChild<RecoveryWizard*>();
    if (!m_user || (open && open->isVisible()))
        return nullptr;
    auto pb = m_ctx.playbooks().current();
    if (!pb) {
        statusBar()->showMessage(pb.error().message);
        return nullptr;
    }
    const QString language = QLocale().name().section(u'_', 0, 0);
    auto library = PracticeService(m_ctx.db(), m_ctx.clock()).library(language, *pb->playbook);
    if (!library) {
        statusBar()->showMessage(library.error().message);
        return nullptr;
    }
    QString chosen = drillId;
    if (chosen.isEmpty()) {
        auto history = PracticeService(m_ctx.db(), m_ctx.clock()).results(m_user->employee().id);
        PracticePicker picker(
            *library, history ? *history : QList<PracticeRecord>{},
            library->drillOfTheDay(m_user->employee().id, m_ctx.clock().nowUtc().toLocalTime().date()), this);
        if (picker.exec() != QDialog::Accepted)
            return nullptr;
        chosen = picker.chosen();
    }
    const Drill* drill = library->drill(chosen);
    if (!drill)
        return nullptr;
    QString error;
    auto* run = PracticeRun::start(m_ctx, *m_user, *drill, library->blameWords(), this, &error);
    if (!run) {
        statusBar()->showMessage(error);
        return nullptr;
    }
    // "Try again" starts the same drill afresh once this one has closed.
    connect(run, &PracticeRun::againRequested, this,
            [this](const QString& id) { QTimer::singleShot(0, this, [this, id] { practice(id); }); });
    return run;
}

} // namespace rebound
