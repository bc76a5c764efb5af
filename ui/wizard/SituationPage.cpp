// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SituationPage.h"

#include "AppContext.h"
#include "Theme.h"
#include "TimeText.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookText.h"
#include "policy/SecondFailure.h"
#include "wizard/TextEdit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>

namespace rebound {

namespace {
constexpr int CustomerIdRole = Qt::UserRole + 1;
constexpr int CustomerNameRole = Qt::UserRole + 2; // what the line edit shows once a match is picked
} // namespace

SituationPage::SituationPage(QWidget* parent)
    : RecoveryPage(parent)
    , m_name(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
    , m_returning(new QLabel(this))
    , m_newCustomer(new QPushButton(tr("New customer &instead"), this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_ref(new QLineEdit(this))
    , m_segment(new QComboBox(this))
    , m_preferences(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_description(new TextEdit(this))
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_byCustomer(new QRadioButton(tr("The c&ustomer told us"), this))
    , m_byStaff(new QRadioButton(tr("We n&oticed first"), this)) {
    setTitle(tr("What happened?"));
    setSubTitle(tr("Find the customer, say what went wrong and how much it matters to them."));

    setUpFields();
    layOut();

    connect(m_name, &QLineEdit::textEdited, this, &SituationPage::lookUp);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &SituationPage::pick);
    connect(m_newCustomer, &QPushButton::clicked, this, &SituationPage::forgetCustomer);
    const auto recheckSituation = [this] { recheck(DraftPart::Situation); };
    connect(m_name, &QLineEdit::textChanged, this, recheckSituation);
    connect(m_description, &QPlainTextEdit::textChanged, this, recheckSituation);
    connect(m_category, &QComboBox::currentIndexChanged, this, recheckSituation);
}

// Names for tests and screen readers, placeholders, the completer.
void SituationPage::setUpFields() {
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setPlaceholderText(tr("Type a name, phone, email or room to find a returning customer"));
    m_name->setAccessibleName(tr("Customer"));
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(8);
    m_completer->setCompletionRole(CustomerNameRole);
    m_name->setCompleter(m_completer);
    m_returning->setObjectName(QStringLiteral("returningCustomer"));
    m_returning->setWordWrap(true);
    m_returning->hide();
    m_newCustomer->setObjectName(QStringLiteral("newCustomer"));
    m_newCustomer->hide();
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_phone->setAccessibleName(tr("Phone"));
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_email->setAccessibleName(tr("Email"));
    m_ref->setObjectName(QStringLiteral("customerRef"));
    m_ref->setAccessibleName(tr("Room or account"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_segment->setAccessibleName(tr("Segment"));
    m_value->setObjectName(QStringLiteral("lifetimeValue"));
    m_value->setAccessibleName(tr("Spent with us so far"));
    m_value->setPlaceholderText(tr("if known, from the till or the booking system"));
    m_value->setToolTip(tr("What this customer has spent with the business: the economics report weighs what "
                           "recoveries cost against it"));
    m_preferences->setObjectName(QStringLiteral("preferences"));
    m_preferences->setAccessibleName(tr("Preferences"));
    m_preferences->setPlaceholderText(
        tr("What makes a gesture personal: favourite drink, anniversary, a dog…"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("What happened"));
    m_description->setPlaceholderText(
        tr("In the customer's words. No blame: what went wrong, not who. (Ctrl+Enter: next)"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setPlaceholderText(tr("Choose…"));
    m_severity->setObjectName(QStringLiteral("severity"));
    m_severity->setAccessibleName(tr("Severity"));
    m_byCustomer->setObjectName(QStringLiteral("detectedByCustomer"));
    m_byStaff->setObjectName(QStringLiteral("detectedByStaff"));
    m_byCustomer->setChecked(true);
    auto* detected = new QButtonGroup(this);
    detected->addButton(m_byCustomer);
    detected->addButton(m_byStaff);
}

void SituationPage::layOut() {
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_name, 1);
    customerRow->addWidget(m_newCustomer);
    auto* contact = new QHBoxLayout;
    contact->addWidget(m_phone);
    contact->addWidget(m_email);
    auto* detectedRow = new QHBoxLayout;
    detectedRow->addWidget(m_byCustomer);
    detectedRow->addWidget(m_byStaff);
    detectedRow->addStretch(1);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_category, 2);
    kind->addWidget(new QLabel(tr("Se&verity"), this));
    kind->addWidget(m_severity, 1);
    static_cast<QLabel*>(kind->itemAt(1)->widget())->setBuddy(m_severity);

    // Rows holding a layout get their label's buddy by hand so the mnemonic works.
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* form = new QFormLayout(this);
    form->addRow(label(tr("&Customer"), m_name), customerRow);
    form->addRow(QString(), m_returning);
    form->addRow(label(tr("P&hone / email"), m_phone), contact);
    form->addRow(tr("&Room / account"), m_ref);
    auto* segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segment, 1);
    segmentRow->addWidget(label(tr("Spent with us so &far"), m_value));
    segmentRow->addWidget(m_value, 1);
    form->addRow(label(tr("Se&gment"), m_segment), segmentRow);
    form->addRow(tr("&Preferences"), m_preferences);
    form->addRow(tr("&What happened"), m_description);
    form->addRow(label(tr("C&ategory"), m_category), kind);
    form->addRow(tr("Detected by"), detectedRow);

    // Tab order follows the fastest path: customer, what happened, category, severity.
    setTabOrder(m_name, m_newCustomer);
    setTabOrder(m_newCustomer, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_ref);
    setTabOrder(m_ref, m_segment);
    setTabOrder(m_segment, m_value);
    setTabOrder(m_value, m_preferences);
    setTabOrder(m_preferences, m_description);
    setTabOrder(m_description, m_category);
    setTabOrder(m_category, m_severity);
    setTabOrder(m_severity, m_byCustomer);
    setTabOrder(m_byCustomer, m_byStaff);
}

void SituationPage::initializePage() {
    const Playbook& pb = recovery().playbook();
    m_segment->clear();
    for (const Segment& s : pb.segments())
        m_segment->addItem(PlaybookText::tr(s.name), s.id.toString());
    m_category->clear();
    for (const Category& c : pb.categories())
        m_category->addItem(PlaybookText::tr(c.name), c.id.toString());
    m_category->setCurrentIndex(-1);
    m_severity->clear();
    for (const Severity& s : pb.severities())
        m_severity->addItem(tr("%1 (target %2 min)").arg(PlaybookText::tr(s.name)).arg(s.targetMinutes),
                            s.id.toString());
    m_name->setFocus();
}

void SituationPage::lookUp(const QString& text) {
    if (m_picking)
        return;
    if (recovery().customer())
        forgetCustomer();
    m_matches->clear();
    if (text.trimmed().size() < 2)
        return;
    auto found = recovery().context().recoveries().findCustomers(text, 8);
    if (!found)
        return;
    m_found = found.value();
    for (const Customer& c : std::as_const(m_found)) {
        QString label = c.name;
        for (const QString& extra : {c.phone, c.accountRef})
            if (!extra.isEmpty())
                label += QStringLiteral(" · ") + extra;
        auto* item = new QStandardItem(label);
        item->setData(c.id, CustomerIdRole);
        item->setData(c.name, CustomerNameRole);
        m_matches->appendRow(item);
    }
    m_completer->complete();
}

void SituationPage::pick(const QModelIndex& index) {
    const qint64 id = index.data(CustomerIdRole).toLongLong();
    for (const Customer& c : std::as_const(m_found)) {
        if (c.id == id) {
            showCustomer(c);
            break;
        }
    }
    Q_EMIT completeChanged();
}

// A returning customer: their details shown read-only, their history counted.
void SituationPage::showCustomer(const Customer& c) {
    {
        recovery().setCustomer(c);
        m_picking = true;
        m_name->setText(c.name);
        m_picking = false;
        m_phone->setText(c.phone);
        m_email->setText(c.email);
        m_ref->setText(c.accountRef);
        m_segment->setCurrentIndex(std::max(0, m_segment->findData(c.segment.toString())));
        m_preferences->setText(c.preferences);
        m_value->setText(c.lifetimeValue.minor() > 0 ? c.lifetimeValue.toDisplayString() : QString());
        // Shown read-only, not greyed out: the preferences are what make the gesture personal.
        for (QLineEdit* e : {m_phone, m_email, m_ref, m_preferences, m_value})
            e->setReadOnly(true);
        m_segment->setEnabled(false);
        auto history = recovery().context().frontDesk().history(c.id, 50);
        const int visits = history ? int(history->size()) : 0;
        QString text = visits == 0 ? tr("Returning customer, no earlier recoveries.")
                                   : tr("Returning customer: %1.").arg(TimeText::pastRecoveries(visits));
        recovery().setSecondFailure(
            history ? SecondFailure::previous(*history, recovery().context().clock().nowUtc())
                    : std::nullopt);
        if (recovery().secondFailure()) {
            const PastRecovery& p = *recovery().secondFailure();
            // A second failure rarely ends in a recovered customer: said plainly, and the gestures go up.
            text =
                QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                    .arg(Theme::late().name(),
                         tr("Second failure: let down on %1 too (%2, recovery #%3). What to give is "
                            "suggested one severity notch up.")
                             .arg(QLocale().toString(p.openedAt.toLocalTime().date(), QLocale::ShortFormat),
                                  PlaybookText::nameOf(recovery().playbook(), p.category))
                             .arg(p.id)
                             .toHtmlEscaped()) +
                QStringLiteral("<br>") + text.toHtmlEscaped();
        }
        m_returning->setText(text);
        m_returning->show();
        m_newCustomer->show();
        // The customer is known: go straight on to what happened.
        QMetaObject::invokeMethod(m_description, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
    }
}

void SituationPage::forgetCustomer() {
    recovery().setCustomer(std::nullopt);
    for (QLineEdit* e : {m_phone, m_email, m_ref, m_preferences, m_value})
        e->setReadOnly(false);
    m_segment->setEnabled(true);
    recovery().setSecondFailure(std::nullopt);
    m_returning->hide();
    m_newCustomer->hide();
    // The details shown were the picked customer's: a new one, or a name typed over theirs, starts clean.
    for (QLineEdit* e : {m_phone, m_email, m_ref, m_preferences, m_value})
        e->clear();
    m_segment->setCurrentIndex(0);
    if (sender() == m_newCustomer)
        m_name->setFocus();
}

bool SituationPage::isBlank() const {
    return m_name->text().trimmed().isEmpty() && m_description->toPlainText().trimmed().isEmpty();
}

// Next is never greyed without a word: pressing it says what is missing, on this page, in words.
bool SituationPage::isComplete() const {
    return true;
}

void SituationPage::collect() {
    RecoveryDraft& d = recovery().draft();
    d.customer = {};
    if (const auto& c = recovery().customer()) {
        d.customer.id = c->id;
        d.customer.name = c->name;
    } else {
        d.customer.name = m_name->text().trimmed();
        d.customer.phone = m_phone->text().trimmed();
        d.customer.email = m_email->text().trimmed();
        d.customer.accountRef = m_ref->text().trimmed();
        d.customer.segment = SegmentId(m_segment->currentData().toString());
        d.customer.preferences = m_preferences->text().trimmed();
        // Kept as a decimal when it reads as an amount in the user's language, as typed otherwise (so the
        // check names the field).
        const QString typed = m_value->text().trimmed();
        auto amount = Money::parseTyped(typed, recovery().playbook().currency(), QLocale());
        d.customer.lifetimeValue = typed.isEmpty() || !amount ? typed : amount->toDecimalString();
    }
    d.description = m_description->toPlainText().trimmed();
    d.category = CategoryId(m_category->currentData().toString());
    d.severity = SeverityId(m_severity->currentData().toString());
    d.detectedBy = m_byStaff->isChecked() ? DetectedBy::Staff : DetectedBy::Customer;
}

void SituationPage::restore() {
    const RecoveryDraft d = recovery().draft();
    const CustomerDraft& c = d.customer;
    auto known =
        c.id ? recovery().context().recoveries().customer(*c.id) : Result<Customer>(Error::notFound({}));
    if (known) {
        showCustomer(known.value());
    } else {
        m_picking = true;
        m_name->setText(c.name);
        m_picking = false;
        m_phone->setText(c.phone);
        m_email->setText(c.email);
        m_ref->setText(c.accountRef);
        m_segment->setCurrentIndex(std::max(0, m_segment->findData(c.segment.toString())));
        m_preferences->setText(c.preferences);
        m_value->setText(c.lifetimeValue); // a decimal, which every language's parsing also reads
    }
    m_description->setPlainText(d.description);
    m_category->setCurrentIndex(m_category->findData(d.category.toString()));
    if (!d.severity.isEmpty())
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(d.severity.toString())));
    (d.detectedBy == DetectedBy::Staff ? m_byStaff : m_byCustomer)->setChecked(true);
}

bool SituationPage::validatePage() {
    collect();
    RecoveryDraft& d = recovery().draft();
    if (!d.occurredAt)
        d.occurredAt = recovery().startedAt();
    return checkPart(DraftPart::Situation);
}

} // namespace rebound
