// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CompensationPage.h"

#include "AppContext.h"
#include "Theme.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "policy/SecondFailure.h"
#include "wizard/ApprovalDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rebound {

namespace {
constexpr int ItemRole = Qt::UserRole + 1;
constexpr int AmountRole = Qt::UserRole + 2;
} // namespace

CompensationPage::CompensationPage(QWidget* parent)
    : RecoveryPage(parent)
    , m_budget(new QLabel(this))
    , m_suggestions(new QListWidget(this))
    , m_other(new QComboBox(this))
    , m_gestures(new QTableWidget(0, 2, this))
    , m_customer(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_authority(new QLabel(this))
    , m_approve(new QPushButton(tr("Ask a su&pervisor to approve…"), this)) {
    setTitle(tr("Compensate"));
    setSubTitle(tr("Make it personal, and when in doubt, overreact."));
    m_budget->setWordWrap(true);
    m_budget->setObjectName(QStringLiteral("compensationBudget"));
    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_suggestions->setAccessibleName(tr("Suggested gestures; Enter adds one"));
    m_suggestions->setSpacing(4);
    m_other->setObjectName(QStringLiteral("otherGesture"));
    m_other->setAccessibleName(tr("Another gesture from the catalog"));
    auto* addOther = new QPushButton(tr("A&dd"), this);
    addOther->setObjectName(QStringLiteral("addOther"));
    m_gestures->setObjectName(QStringLiteral("gestures"));
    m_gestures->setAccessibleName(tr("Gestures given; Delete removes one"));
    m_gestures->setHorizontalHeaderLabels({tr("Gesture"), tr("Amount")});
    m_gestures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gestures->verticalHeader()->hide();
    m_gestures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gestures->installEventFilter(this);
    m_suggestions->installEventFilter(this);
    m_customer->setObjectName(QStringLiteral("customerNotes"));
    m_customer->setWordWrap(true);
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setStyleSheet(
        QStringLiteral("background: #FFF8E6; border: 1px solid #F2B84B; border-radius: 6px; padding: 8px;"));
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setAccessibleName(tr("Past recoveries"));
    m_history->setWordWrap(true);
    m_history->setFocusPolicy(Qt::ClickFocus);
    m_authority->setObjectName(QStringLiteral("authority"));
    m_authority->setWordWrap(true);
    m_authority->setTextFormat(Qt::RichText);
    m_approve->setObjectName(QStringLiteral("requestApproval"));
    m_approve->hide();

    layOut(addOther);

    connect(m_suggestions, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        addGesture(item->data(ItemRole).toString(), item->data(AmountRole).toString());
    });
    connect(addOther, &QPushButton::clicked, this, [this] {
        if (m_other->currentIndex() >= 0)
            addGesture(m_other->currentData().toString(), QString());
    });
    connect(m_gestures, &QTableWidget::itemChanged, this, &CompensationPage::recompute);
    connect(m_approve, &QPushButton::clicked, this, &CompensationPage::requestApproval);
    setTabOrder(m_suggestions, m_other);
    setTabOrder(m_other, addOther);
    setTabOrder(addOther, m_gestures);
    setTabOrder(m_gestures, m_approve);
}

// Suggestions and the gestures given on the left, the customer on the right, the total below.
void CompensationPage::layOut(QPushButton* addOther) {
    auto* suggestionsLabel = new QLabel(tr("&Suggested (Enter adds)"), this);
    suggestionsLabel->setBuddy(m_suggestions);
    auto* givenLabel = new QLabel(tr("&Given"), this);
    givenLabel->setBuddy(m_gestures);
    auto* left = new QVBoxLayout;
    left->addWidget(suggestionsLabel);
    left->addWidget(m_suggestions, 2);
    auto* other = new QHBoxLayout;
    other->addWidget(m_other, 1);
    other->addWidget(addOther);
    left->addLayout(other);
    left->addWidget(givenLabel);
    left->addWidget(m_gestures, 1);

    auto* right = new QVBoxLayout;
    auto* about = new QLabel(tr("About this customer"), this);
    about->setProperty("role", QStringLiteral("section"));
    right->addWidget(about);
    right->addWidget(m_customer);
    right->addWidget(new QLabel(tr("Past recoveries"), this));
    right->addWidget(m_history, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(8);
    columns->addLayout(right, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_authority, 1);
    bottom->addWidget(m_approve);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_budget);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
}

void CompensationPage::initializePage() {
    RecoveryWizard& w = recovery();
    const RecoveryDraft& d = w.draft();
    const SegmentId segmentId =
        w.customer() ? w.customer()->segment : w.playbook().segmentOf(d.customer.segment);
    const auto key = std::tuple{d.category, d.severity, segmentId, w.secondFailure().has_value()};
    if (key != m_key) {
        m_key = key;
        showSuggestions(segmentId);
    }
    showCustomer();
    recompute();
    m_suggestions->setFocus();
}

// The category's suggestions for this severity and segment, with the overreact notch, and the catalog.
void CompensationPage::showSuggestions(const SegmentId& segmentId) {
    const Playbook& pb = recovery().playbook();
    const RecoveryDraft& d = recovery().draft();
    // A second failure within 90 days: budget and gestures of the next severity.
    const bool second = recovery().secondFailure().has_value();
    const SeverityId severity = SecondFailure::suggestedSeverity(pb, d.severity, second);
    const Money budget = pb.suggestedBudget(severity, segmentId);
    const Money overreact = pb.overreactBudget(severity, segmentId);
    const Category* cat = pb.category(d.category);
    m_budget->setText(
        tr("<b>%1 · %2 · %3 customer</b> — suggested budget <b>%4</b>, overreact <b>%5</b>")
            .arg(PlaybookText::nameOf(pb, d.category), PlaybookText::nameOf(pb, d.severity),
                 PlaybookText::nameOf(pb, segmentId), budget.toDisplayString(), overreact.toDisplayString()) +
        (second ? QStringLiteral(" <span style='color:%1'>%2</span>")
                      .arg(Theme::late().name(),
                           tr("· second failure: suggested as %1").arg(PlaybookText::nameOf(pb, severity)))
                : QString()));
    m_suggestions->clear();
    bool notched = false;
    for (const QString& id : cat ? cat->suggestions.value(severity) : QStringList()) {
        const CatalogItem* item = pb.item(id);
        if (!item)
            continue;
        const Money amount = item->amount.value_or(budget);
        auto* row = new QListWidgetItem(
            tr("%1 — %2").arg(PlaybookText::tr(item->name), amount.toDisplayString()), m_suggestions);
        row->setData(ItemRole, item->id);
        row->setData(AmountRole, item->isFreeAmount() ? amount.toDecimalString() : QString());
        if (item->isFreeAmount() && !notched && overreact > budget) {
            notched = true;
            addOverreactNotch(*item, overreact);
        }
    }
    m_suggestions->setCurrentRow(0);
    m_other->clear();
    for (const CatalogItem& item : pb.catalog()) {
        m_other->addItem(item.amount
                             ? tr("%1 (%2)").arg(PlaybookText::tr(item.name), item.amount->toDisplayString())
                             : PlaybookText::tr(item.name),
                         item.id);
    }
}

void CompensationPage::addOverreactNotch(const CatalogItem& item, const Money& overreact) {
    auto* up = new QListWidgetItem(
        tr("%1 — %2   ▲ overreact").arg(PlaybookText::tr(item.name), overreact.toDisplayString()),
        m_suggestions);
    up->setData(ItemRole, item.id);
    up->setData(AmountRole, overreact.toDecimalString());
    up->setForeground(Theme::accent());
    QFont bold = up->font();
    bold.setBold(true);
    up->setFont(bold);
    up->setToolTip(tr("The notch above the standard gesture: for when the failure hurt more than it looks."));
}

// The customer's notes and history: what would make the gesture personal.
void CompensationPage::showCustomer() {
    RecoveryWizard& w = recovery();
    const RecoveryDraft& d = w.draft();
    const QString prefs = w.customer() ? w.customer()->preferences : d.customer.preferences;
    m_customer->setText(
        prefs.isEmpty() ? tr("<i>No notes yet for %1.</i>").arg(d.customer.name.toHtmlEscaped())
                        : tr("<b>%1</b><br>%2").arg(d.customer.name.toHtmlEscaped(), prefs.toHtmlEscaped()));
    m_history->clear();
    if (w.customer()) {
        auto history = w.context().frontDesk().history(w.customer()->id, 10);
        if (history) {
            for (const PastRecovery& p : history.value()) {
                QString line =
                    tr("%1 · %2 · gave %3")
                        .arg(QLocale().toString(p.openedAt.toLocalTime().date(), QLocale::ShortFormat),
                             PlaybookText::nameOf(w.playbook(), p.category), p.given.toDisplayString());
                if (p.satisfaction)
                    line += tr(" · satisfaction %1/5").arg(*p.satisfaction);
                m_history->addItem(line);
            }
        }
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("First recovery for this customer."));
}

void CompensationPage::addGesture(const QString& itemId, const QString& amount) {
    const CatalogItem* item = recovery().playbook().item(itemId);
    if (!item)
        return;
    const QSignalBlocker block(m_gestures);
    const int row = m_gestures->rowCount();
    m_gestures->insertRow(row);
    auto* name = new QTableWidgetItem(PlaybookText::tr(item->name));
    name->setData(ItemRole, item->id);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    auto* value = new QTableWidgetItem(item->isFreeAmount() ? amount : item->amount->toDecimalString());
    if (!item->isFreeAmount())
        value->setFlags(value->flags() & ~Qt::ItemIsEditable);
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_gestures->setItem(row, 0, name);
    m_gestures->setItem(row, 1, value);
    recompute();
}

bool CompensationPage::eventFilter(QObject* watched, QEvent* event) {
    // Enter on a suggestion adds it and stays here; the wizard's default button must not also fire.
    if (watched == m_suggestions && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_suggestions->currentItem()) {
            const QListWidgetItem* item = m_suggestions->currentItem();
            addGesture(item->data(ItemRole).toString(), item->data(AmountRole).toString());
            return true;
        }
    }
    if (watched == m_gestures && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // While a cell is edited its editor gets the keys, so Delete here always means the line.
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            m_gestures->currentRow() >= 0) {
            m_gestures->removeRow(m_gestures->currentRow());
            recompute();
            return true;
        }
    }
    return RecoveryPage::eventFilter(watched, event);
}

void CompensationPage::recompute() {
    RecoveryWizard& w = recovery();
    collect(); // the draft as shown: what an approval covers
    const QString problem = sumGestures();
    auto authority = w.context().recoveries().authority(w.user().employee(), m_total);
    if (!authority) {
        m_allowed = false;
        m_authority->setText(
            tr("<span style='color:#C62828'>%1</span>").arg(authority.error().message.toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    m_decision = authority->decision;
    const QString limits =
        m_decision.dailyCap
            ? tr("your limit %1 per recovery · %2 left today")
                  .arg(m_decision.perRecovery.toDisplayString(), m_decision.leftToday.toDisplayString())
            : tr("your limit %1 per recovery").arg(m_decision.perRecovery.toDisplayString());
    auto [colour, status] = verdictText();
    if (!problem.isEmpty()) {
        colour = Theme::late();
        status = problem.toHtmlEscaped();
    }
    m_authority->setText(
        tr("<span style='font-size:13pt'>Total <b>%1</b></span> — %2<br><span style='color:%3; "
           "font-weight:600'>%4</span>")
            .arg(m_total.toDisplayString(), limits, colour.name(), status));
    Q_EMIT completeChanged();
}

// Adds up the gesture lines into m_total, tinting bad amounts; returns the first line's problem, if any.
QString CompensationPage::sumGestures() {
    const Playbook& pb = recovery().playbook();
    // Tinting a cell emits itemChanged: without the blocker this would re-enter recompute().
    const QSignalBlocker block(m_gestures);
    m_valid = true;
    m_total = Money(0, pb.currency());
    QString problem;
    for (int row = 0; row < m_gestures->rowCount(); ++row) {
        auto* cell = m_gestures->item(row, 1);
        auto amount = Money::parseTyped(cell->text(), pb.currency(), QLocale());
        if (!amount || amount->minor() == 0) {
            m_valid = false;
            cell->setForeground(Theme::late());
            if (problem.isEmpty())
                problem = tr("Line %1: %2")
                              .arg(row + 1)
                              .arg(amount ? tr("the amount must be more than zero") : amount.error().message);
            continue;
        }
        cell->setForeground(palette().text().color());
        m_total += amount.value();
    }
    return problem;
}

// What the spending policy's verdict means here, in words and a colour; sets m_allowed.
std::pair<QColor, QString> CompensationPage::verdictText() {
    RecoveryWizard& w = recovery();
    m_approve->hide();
    using Verdict = SpendingDecision::Verdict;
    switch (m_decision.verdict) {
    case Verdict::Allowed:
        m_allowed = true;
        return {Theme::ok(), tr("Within your authority.")};
    case Verdict::NeedsApproval: {
        // An approval covers exactly the customer and the gestures the approver saw; any change asks again.
        const AuthenticatedEmployee* approver = w.currentApprover();
        if (approver &&
            w.context().recoveries().checkApproval(w.user().employee(), approver->employee(), m_total)) {
            m_allowed = true;
            return {Theme::ok(), tr("Approved by %1.").arg(approver->employee().name.toHtmlEscaped())};
        }
        m_allowed = false;
        m_approve->show();
        return {Theme::warning(), tr("%1: a supervisor approves it here with their own PIN.")
                                      .arg(m_decision.reason.toHtmlEscaped())};
    }
    case Verdict::Refused:
        break;
    }
    m_allowed = false;
    return {Theme::late(),
            tr("%1. You may give up to %2 on your own, or more with a supervisor's approval; lower the "
               "amounts.")
                .arg(m_decision.reason.toHtmlEscaped(), m_decision.perRecovery.toDisplayString())};
}

void CompensationPage::requestApproval() {
    RecoveryWizard& w = recovery();
    ApprovalDialog dialog(w.context(), w.user().employee(), m_total, m_decision.reason, this);
    if (dialog.exec() == QDialog::Accepted) {
        w.approve(*dialog.approver()); // accepted: someone approved
        recompute();
        wizard()->button(QWizard::NextButton)->setFocus();
    }
}

bool CompensationPage::isComplete() const {
    return m_valid && m_allowed;
}

// Amounts typed the local way ("1.800,00") go to the draft in the plain form that core reads.
void CompensationPage::collect() {
    RecoveryDraft& d = recovery().draft();
    const QString currency = recovery().playbook().currency();
    d.compensations.clear();
    for (int row = 0; row < m_gestures->rowCount(); ++row) {
        const QString typed = m_gestures->item(row, 1)->text().trimmed();
        auto amount = Money::parseTyped(typed, currency, QLocale());
        d.compensations.append({m_gestures->item(row, 0)->data(ItemRole).toString(),
                                amount ? amount->toDecimalString() : typed});
    }
}

void CompensationPage::restore() {
    const QList<CompensationDraft> gestures = recovery().draft().compensations;
    m_gestures->setRowCount(0);
    for (const CompensationDraft& c : gestures)
        addGesture(c.item, c.amount);
    recompute();
}

bool CompensationPage::validatePage() {
    collect();
    return true;
}

} // namespace rebound
