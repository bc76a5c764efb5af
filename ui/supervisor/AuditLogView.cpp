// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/AuditLogView.h"

#include "AppContext.h"
#include "Deferred.h"
#include "HistoryText.h"
#include "Theme.h"
#include "audit/AuditLog.h"
#include "audit/Verifier.h"
#include "domain/TimeFormat.h"
#include "playbook/PlaybookText.h"
#include "reports/AuditSentence.h"
#include "reports/ClosingSlip.h"
#include "services/ClosingService.h"
#include "supervisor/AuditLogModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
// Employee code → name, for the closing slip.
QHash<QString, QString> staffNames(AppContext& ctx) {
    QHash<QString, QString> names;
    if (auto staff = ctx.employees().list()) {
        for (const Employee& e : staff.value())
            names.insert(e.code, e.name);
    }
    return names;
}
} // namespace

AuditLogView::AuditLogView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_model(new AuditLogModel(ctx.db(), this))
    , m_useDates(new QCheckBox(tr("&Dates"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_employee(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_minAmount(new QLineEdit(this))
    , m_overrides(new QCheckBox(tr("&Overrides only"), this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_sortNote(new QLabel(this))
    , m_table(new QTableView(this))
    , m_history(new QTextBrowser(this))
    , m_verify(new QPushButton(tr("&Verify audit log"), this))
    , m_progress(new QProgressBar(this))
    , m_verdict(new QLabel(this)) {
    setObjectName(QStringLiteral("auditLogView"));
    setUpFilters();
    setUpTable();
    layOut();

    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &AuditLogView::applyFilter);
    for (QComboBox* c : {m_employee, m_category, m_site, m_action})
        connect(c, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_overrides, &QCheckBox::toggled, this, &AuditLogView::applyFilter);
    connect(m_minAmount, &QLineEdit::editingFinished, this, &AuditLogView::applyFilter);
    connect(m_text, &QLineEdit::editingFinished, this, &AuditLogView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogView::showHistory);
    // Sorting by total sorts the matches themselves: the header goes back to the order the model kept.
    connect(m_model, &AuditLogModel::sortRefused, this, [this](int column, Qt::SortOrder order) {
        m_sortNote->setText(tr("Sorting by recovery total needs a filter that leaves at most %L1 entries.")
                                .arg(AuditQuery::MaxSortedByAmount));
        m_sortNote->show();
        const QSignalBlocker quiet(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column, order);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_sortNote->hide(); // a new order or filter took effect
        m_count->setText(m_model->lastError().isEmpty() ? tr("%L1 entries").arg(m_model->rowCount())
                                                        : m_model->lastError());
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &AuditLogView::showHistory, Qt::UniqueConnection);
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditLogView::verify);
    connect(m_closeDay, &QPushButton::clicked, this, &AuditLogView::closeDay);
    connect(m_slip, &QPushButton::clicked, this, [this] {
        auto last = ClosingService(m_ctx.db(), m_ctx.clock()).lastClosing();
        if (!last || !last.value())
            return;
        const DayClosing& c = **last;
        m_verdict->setText(Deferred::saveHtmlAsPdf(closingSlipHtml(c, m_ctx.settings().businessName(),
                                                                   QLocale(), staffNames(m_ctx)),
                                                   u"closing-%1.pdf"_s.arg(c.date.toString(Qt::ISODate)),
                                                   this)
                               .toHtmlEscaped());
    });
}

void AuditLogView::setUpFilters() {
    const QDate today = m_ctx.clock().nowUtc().toLocalTime().date();
    m_useDates->setObjectName(QStringLiteral("filterDates"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_employee->setObjectName(QStringLiteral("filterEmployee"));
    m_employee->setAccessibleName(tr("Employee"));
    m_category->setObjectName(QStringLiteral("filterCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_site->setObjectName(QStringLiteral("filterSite"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setVisible(false);
    m_action->setObjectName(QStringLiteral("filterAction"));
    m_action->setAccessibleName(tr("Action"));
    m_minAmount->setObjectName(QStringLiteral("filterMinAmount"));
    m_minAmount->setPlaceholderText(tr("min. total"));
    m_minAmount->setAccessibleName(tr("Minimum recovery total"));
    m_minAmount->setMaximumWidth(110);
    m_overrides->setObjectName(QStringLiteral("filterOverrides"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Customer, voucher code, employee or recovery number"));
    m_text->setAccessibleName(tr("Customer, voucher code, employee or recovery number"));
    m_text->setToolTip(m_text->accessibleName()); // the placeholder is cut short in a narrow window
    m_text->setClearButtonEnabled(true);
}

void AuditLogView::setUpTable() {
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_sortNote->setObjectName(QStringLiteral("auditSortNote"));
    m_sortNote->setProperty("role", QStringLiteral("subtitle"));
    m_sortNote->hide();
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(AuditLogModel::Id, 70);
    m_table->setColumnWidth(AuditLogModel::At, 165);
    m_table->setColumnWidth(AuditLogModel::Actor, 130);
    m_table->setColumnWidth(AuditLogModel::Action, 165);
    m_table->setColumnWidth(AuditLogModel::Recovery, 80);
    m_table->setColumnWidth(AuditLogModel::Category, 120);
    m_table->setColumnWidth(AuditLogModel::Amount, 120);
    m_table->setColumnWidth(AuditLogModel::Override, 75);
    m_history->setObjectName(QStringLiteral("recoveryHistory"));
    m_verify->setObjectName(QStringLiteral("verifyAudit"));
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->hide();
    m_verdict->setObjectName(QStringLiteral("verifyResult"));
    m_verdict->setWordWrap(true);
}

// The filters on top, the entries beside the selected recovery's history, the verification below.
void AuditLogView::layOut() {
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_employee);
    filters->addWidget(m_category);
    filters->addWidget(m_site);
    filters->addWidget(m_action);
    filters->addWidget(m_minAmount);
    filters->addWidget(m_overrides);
    filters->addWidget(m_text, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyTitle = new QLabel(tr("The recovery's full history"), side);
    historyTitle->setProperty("role", QStringLiteral("section"));
    sideLayout->addWidget(historyTitle);
    sideLayout->addWidget(m_history, 1);
    m_details = new QCheckBox(tr("Show the raw &entries"), side);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    sideLayout->addWidget(m_details);
    connect(m_details, &QCheckBox::toggled, this, &AuditLogView::showHistory);
    m_note = new QPushButton(tr("Customer's &note as PDF…"), side);
    m_note->setObjectName(QStringLiteral("auditNotePdf"));
    m_note->setEnabled(false);
    sideLayout->addWidget(m_note);
    connect(m_note, &QPushButton::clicked, this, [this] {
        const QVariant incident = m_model->data(m_table->currentIndex(), AuditLogModel::IncidentRole);
        if (incident.isValid())
            m_verdict->setText(
                Deferred::saveOrPrintNote(m_ctx, incident.toLongLong(), this, false).toHtmlEscaped());
    });
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_closing = new QLabel(this);
    m_closing->setObjectName(QStringLiteral("closingStatus"));
    m_closing->setWordWrap(true);
    m_closeDay = new QPushButton(tr("C&lose a day…"), this);
    m_closeDay->setObjectName(QStringLiteral("closeDay"));
    m_closeDay->setVisible(m_user.employee().role == Role::Manager);
    m_slip = new QPushButton(tr("Closing &slip as PDF…"), this);
    m_slip->setObjectName(QStringLiteral("closingSlip"));
    auto* closing = new QHBoxLayout;
    closing->addWidget(m_closing, 1);
    closing->addWidget(m_slip);
    closing->addWidget(m_closeDay);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_sortNote);
    bottom->addStretch(1);
    bottom->addWidget(m_verdict, 2);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_verify);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(closing);
    layout->addLayout(bottom);
}

AuditLogView::~AuditLogView() {
    // The check posts to this view: it must be stopped before the view goes.
    if (m_verifying) {
        m_verifying->requestInterruption();
        m_verifying->wait();
    }
}

void AuditLogView::refresh() {
    // The lists offered by the filters, kept with what is selected.
    const QVariant employee = m_employee->currentData();
    const QVariant category = m_category->currentData();
    const QVariant action = m_action->currentData();
    const QVariant site = m_site->currentData();
    const QSignalBlocker b1(m_employee), b2(m_category), b3(m_action), b4(m_site);
    m_site->clear();
    m_site->addItem(tr("All sites"));
    if (auto sites = AuditQuery(m_ctx.db()).sites()) {
        for (const QString& name : sites.value())
            m_site->addItem(name, name);
        m_site->setVisible(sites->size() > 1);
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_employee->clear();
    m_employee->addItem(tr("Everyone"));
    if (auto staff = m_ctx.employees().list()) {
        for (const Employee& e : staff.value())
            m_employee->addItem(tr("%1 (%2)").arg(e.name, e.code), e.id);
    }
    m_employee->setCurrentIndex(std::max(0, m_employee->findData(employee)));
    m_category->clear();
    m_category->addItem(tr("All categories"));
    if (auto pb = m_ctx.playbooks().current()) {
        m_model->setPlaybook(pb->playbook);
        for (const Category& c : pb->playbook->categories())
            m_category->addItem(PlaybookText::tr(c.name), c.id.toString());
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_action->clear();
    m_action->addItem(tr("All actions"));
    if (auto actions = AuditQuery(m_ctx.db()).actions()) {
        for (AuditAction a : actions.value())
            m_action->addItem(auditActionName(a), auditActionText(a));
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    applyFilter();
    m_model->reload();
    showClosing();
}

void AuditLogView::applyFilter() {
    AuditFilter f;
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (m_employee->currentIndex() > 0)
        f.employeeId = m_employee->currentData().toLongLong();
    if (m_category->currentIndex() > 0)
        f.category = CategoryId(m_category->currentData().toString());
    if (m_action->currentIndex() > 0)
        f.action = auditActionFromId(m_action->currentData().toString());
    if (m_site->currentIndex() > 0)
        f.site = m_site->currentData().toString();
    m_minAmount->setStyleSheet({});
    if (!m_minAmount->text().trimmed().isEmpty()) {
        auto amount = Money::parseTyped(m_minAmount->text(), m_ctx.playbooks().currency(), QLocale());
        if (amount)
            f.minAmountMinor = amount->minor();
        else
            m_minAmount->setStyleSheet(QStringLiteral("color: #C62828"));
    }
    f.overridesOnly = m_overrides->isChecked();
    f.text = m_text->text();
    if (!(f == m_model->filter()))
        m_model->setFilter(f);
}

void AuditLogView::showHistory() {
    const QModelIndex current = m_table->currentIndex();
    const QVariant incident =
        current.isValid() ? m_model->data(current, AuditLogModel::IncidentRole) : QVariant();
    m_note->setEnabled(incident.isValid());
    if (!incident.isValid()) {
        m_history->setHtml(
            tr("<p style='color:#55615F'>Select an entry that belongs to a recovery to see its whole "
               "history here.</p>"));
        return;
    }
    m_history->setHtml(historyHtml(m_ctx, incident.toLongLong(), m_details->isChecked()));
}

void AuditLogView::verify() {
    if (m_verifying)
        return;
    m_verify->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_verdict->clear();
    const QString path = m_ctx.db().path();
    // Everything is checked: on its own thread, with its own connection. The destructor interrupts and
    // joins it, so posting to `this` is safe while it runs.
    m_verifying = QThread::create([this, path] {
        QString message;
        bool ok = false;
        bool tampered = false;
        qint64 head = 0;
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            message = db.error().message;
        } else {
            SystemClock clock;
            auto result = Verifier(**db, clock).run({}, [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] {
                    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
                    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
                });
                return !QThread::currentThread()->isInterruptionRequested();
            });
            ok = result.ok();
            tampered = !ok && result.error().code == Error::Code::Corrupt;
            head = ok ? result->head : 0;
            message =
                ok ? tr("all %L1 entries are chained and unchanged, every table agrees with them, and the "
                        "receipts kept outside the database match (%L2 checked).")
                         .arg(result->entries)
                         .arg(result->receipts)
                   : result.error().message;
        }
        QMetaObject::invokeMethod(this, [this, ok, tampered, message, head] {
            m_verifiedHead = head;
            showVerdict(ok, tampered, message);
        });
    });
    connect(m_verifying, &QThread::finished, this, [this] {
        m_verifying->deleteLater();
        m_verifying = nullptr;
    });
    m_verifying->start();
}

void AuditLogView::showVerdict(bool ok, bool tampered, const QString& message) {
    m_progress->hide();
    m_verify->setEnabled(true);
    if (ok) {
        m_verdict->setText(tr("<span style='color:%1'><b>The audit log is intact:</b> %2</span>")
                               .arg(Theme::ok().name(), message.toHtmlEscaped()));
    } else if (tampered) {
        m_verdict->setText(tr("<span style='color:%1'><b>The audit log has been tampered with:</b> %2</span>")
                               .arg(Theme::late().name(), message.toHtmlEscaped()));
    } else {
        m_verdict->setText(tr("<span style='color:%1'><b>The check could not finish:</b> %2</span>")
                               .arg(Theme::warning().name(), message.toHtmlEscaped()));
    }
    showClosing();
}

QString AuditLogView::closingSummary(const std::optional<DayClosing>& last, qint64 verifiedHead) const {
    if (!last)
        return tr(
            "No day has been closed yet. A manager closes each business day: its totals go into the audit "
            "log and a signed receipt is kept outside the database.");
    const DayClosing& c = *last;
    auto lastId = AuditQuery(m_ctx.db()).lastId();
    const qint64 since = (lastId ? lastId.value() : c.entry) - c.entry;
    const QString day = tr("<b>Last closed day:</b> %1 (audit entry %L2; entries since: %L3).")
                            .arg(QLocale().toString(c.date, QLocale::LongFormat).toHtmlEscaped())
                            .arg(c.entry)
                            .arg(since);
    const qint64 head = lastId ? lastId.value() : 0;
    if (verifiedHead > 0 && verifiedHead == head)
        return day + u' ' +
               tr("<span style='color:%1'>Everything up to now verifies.</span>").arg(Theme::ok().name());
    if (verifiedHead > 0)
        return day + u' ' +
               tr("Verified up to entry %L1; %L2 entries written since: use Verify again.")
                   .arg(verifiedHead)
                   .arg(head - verifiedHead);
    return day + u' ' + tr("Not verified since this view opened: use Verify.");
}

void AuditLogView::showClosing() {
    auto last = ClosingService(m_ctx.db(), m_ctx.clock()).lastClosing();
    m_closing->setText(last ? closingSummary(*last, m_verifiedHead) : last.error().message.toHtmlEscaped());
    m_slip->setEnabled(last && last.value());
}

void AuditLogView::closeDay() {
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("closeDayDialog"));
    ask.setWindowTitle(tr("Close a day"));
    auto today = ClosingService(m_ctx.db(), m_ctx.clock()).today();
    auto* date = new QDateEdit(today ? today.value() : QDate::currentDate(), &ask);
    date->setObjectName(QStringLiteral("closeDayDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (today)
        date->setMaximumDate(today.value());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    buttons->addButton(tr("&Close the day"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto* layout = new QFormLayout(&ask);
    layout->addRow(
        new QLabel(tr("The day's totals are recorded in the audit log and signed in a receipt kept "
                      "beside the database. A day closes once."),
                   &ask));
    layout->addRow(tr("&Day:"), date);
    layout->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    auto closed = ClosingService(m_ctx.db(), m_ctx.clock()).closeAs(m_user, date->date());
    if (!closed) {
        Theme::showOutcome(m_verdict, false, closed.error().message);
        return;
    }
    const QJsonObject& t = closed->totals;
    Theme::showOutcome(
        m_verdict, true,
        tr("%1 is closed. Recoveries: %2, given: %3, overrides: %4. Receipt: %5")
            .arg(QLocale().toString(closed->date, QLocale::ShortFormat))
            .arg(t.value(u"recoveries"_s).toInteger())
            .arg(Money(t.value(u"given_minor"_s).toInteger(), t.value(u"currency"_s).toString())
                     .toDisplayString())
            .arg(t.value(u"overrides"_s).toInteger())
            .arg(QDir::toNativeSeparators(closed->receiptPath)));
    m_model->reload();
    showClosing();
}

} // namespace rebound
