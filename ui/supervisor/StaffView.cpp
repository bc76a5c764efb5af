// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/StaffView.h"

#include "AppContext.h"
#include "Theme.h"
#include "security/PinHasher.h"
#include "services/EmployeeService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rebound {

namespace {

void fillRoles(QComboBox* box) {
    for (Role r : {Role::Associate, Role::Supervisor, Role::Manager})
        box->addItem(roleName(r), roleId(r));
}

QLineEdit* pinEdit(QWidget* parent, const QString& name, const QString& accessible) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(PinHasher::MaximumLength);
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    return edit;
}

} // namespace

StaffView::StaffView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_user(user)
    , m_table(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("staffView"));
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Code"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    layOut(buildSelected(), buildAdd());

    const bool manager = m_user.employee().role == Role::Manager;
    for (QWidget* w : std::initializer_list<QWidget*>{m_role, m_newPin, m_newPinRepeat, m_changeRole,
                                                      m_resetPin, m_unlock, m_active, m_addCode, m_addName,
                                                      m_addRole, m_addPin, m_addPinRepeat, m_add})
        w->setEnabled(manager);
    if (!manager)
        m_message->setText(tr("Only a manager may change the team."));

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffView::selectionChanged);
    connect(m_changeRole, &QPushButton::clicked, this, &StaffView::changeRole);
    connect(m_resetPin, &QPushButton::clicked, this, &StaffView::resetPin);
    connect(m_unlock, &QPushButton::clicked, this, &StaffView::unlock);
    connect(m_active, &QPushButton::clicked, this, &StaffView::toggleActive);
    connect(m_add, &QPushButton::clicked, this, &StaffView::addEmployee);
}

// What can be done to the employee selected in the table.
QWidget* StaffView::buildSelected() {
    auto* box = new QGroupBox(tr("Selected employee"), this);
    m_selectedName = new QLabel(box);
    m_selectedName->setObjectName(QStringLiteral("staffSelected"));
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("staffRole"));
    m_role->setAccessibleName(tr("Role"));
    fillRoles(m_role);
    m_changeRole = new QPushButton(tr("C&hange role"), box);
    m_changeRole->setObjectName(QStringLiteral("staffChangeRole"));
    m_newPin = pinEdit(box, QStringLiteral("staffNewPin"), tr("New PIN"));
    m_newPinRepeat = pinEdit(box, QStringLiteral("staffNewPinRepeat"), tr("New PIN again"));
    m_resetPin = new QPushButton(tr("&Reset PIN"), box);
    m_resetPin->setObjectName(QStringLiteral("staffResetPin"));
    m_unlock = new QPushButton(tr("&Unlock"), box);
    m_unlock->setObjectName(QStringLiteral("staffUnlock"));
    m_active = new QPushButton(tr("&Deactivate"), box);
    m_active->setObjectName(QStringLiteral("staffActive"));

    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_changeRole);
    auto* pinRow = new QHBoxLayout;
    pinRow->addWidget(m_newPin);
    pinRow->addWidget(m_newPinRepeat);
    pinRow->addWidget(m_resetPin);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_unlock);
    stateRow->addWidget(m_active);
    stateRow->addStretch(1);
    auto* form = new QFormLayout(box);
    form->addRow(m_selectedName);
    form->addRow(tr("Role"), roleRow);
    form->addRow(tr("New PIN, twice"), pinRow);
    form->addRow(QString(), stateRow);
    return box;
}

QWidget* StaffView::buildAdd() {
    auto* box = new QGroupBox(tr("Add an employee"), this);
    m_addCode = new QLineEdit(box);
    m_addCode->setObjectName(QStringLiteral("staffAddCode"));
    m_addCode->setPlaceholderText(tr("What they type or pick to sign in, e.g. A7"));
    m_addName = new QLineEdit(box);
    m_addName->setObjectName(QStringLiteral("staffAddName"));
    m_addRole = new QComboBox(box);
    m_addRole->setObjectName(QStringLiteral("staffAddRole"));
    fillRoles(m_addRole);
    m_addPin = pinEdit(box, QStringLiteral("staffAddPin"), tr("PIN"));
    m_addPinRepeat = pinEdit(box, QStringLiteral("staffAddPinRepeat"), tr("PIN again"));
    m_add = new QPushButton(tr("&Add employee"), box);
    m_add->setObjectName(QStringLiteral("staffAdd"));
    auto* pins = new QHBoxLayout;
    pins->addWidget(m_addPin);
    pins->addWidget(m_addPinRepeat);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Co&de"), m_addCode);
    form->addRow(tr("&Name"), m_addName);
    form->addRow(tr("R&ole"), m_addRole);
    auto* pinLabel = new QLabel(tr("&PIN, twice (%1 digits, %2 for a supervisor or a manager)")
                                    .arg(PinHasher::AssociateLength)
                                    .arg(PinHasher::SupervisorLength),
                                box);
    pinLabel->setBuddy(m_addPin);
    form->addRow(pinLabel, pins);
    form->addRow(QString(), m_add);
    return box;
}

void StaffView::layOut(QWidget* selected, QWidget* add) {
    auto* side = new QVBoxLayout;
    side->addWidget(selected);
    side->addWidget(add);
    side->addWidget(m_message);
    side->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(side, 2);
}

void StaffView::refresh() {
    const QString keep = selected() ? selected()->code : QString();
    auto staff = m_ctx.employees().list();
    if (!staff) {
        m_message->setText(staff.error().message);
        return;
    }
    m_staff = staff.value();
    m_table->setRowCount(int(m_staff.size()));
    const QDateTime now = m_ctx.clock().nowUtc();
    const auto below = m_ctx.employees().belowPinRule();
    for (int row = 0; row < m_staff.size(); ++row) {
        const Employee& e = m_staff[row];
        QString state = e.active ? tr("Active") : tr("Deactivated");
        if (e.lockedUntil.isValid() && e.lockedUntil > now)
            state = tr("Locked out until %1")
                        .arg(QLocale().toString(e.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        else if (EmployeeService::isLockedOut(e, now))
            state = tr("Locked out until a manager unlocks");
        else if (e.failedPins > 0)
            state = tr("%n wrong PIN(s) in a row", "", e.failedPins);
        // Set before the rule for their role: they sign in as before; the rule applies at the next PIN.
        if (below && below->contains(e.code))
            state = tr("%1 · PIN older than the rule for this role (%2 digits): give a new one")
                        .arg(state)
                        .arg(PinHasher::minimumLength(e.role));
        const QStringList cells{e.name, e.code, roleName(e.role), state};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        if (e.code == keep)
            m_table->selectRow(row);
    }
    if (!selected() && !m_staff.isEmpty())
        m_table->selectRow(0);
    selectionChanged();
}

const Employee* StaffView::selected() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_staff.size() && m_table->item(row, 0) && m_table->item(row, 0)->isSelected()
               ? &m_staff[row]
               : nullptr;
}

void StaffView::selectionChanged() {
    const Employee* e = selected();
    m_selectedName->setText(e ? tr("<b>%1</b> (%2)").arg(e->name.toHtmlEscaped(), e->code)
                              : tr("Nobody selected"));
    if (!e)
        return;
    m_role->setCurrentIndex(m_role->findData(roleId(e->role)));
    m_active->setText(e->active ? tr("&Deactivate") : tr("Re&activate"));
    m_unlock->setVisible(e->failedPins > 0 || e->lockedUntil.isValid());
}

QString StaffView::report(const Result<void>& outcome, const QString& done) {
    Theme::showOutcome(m_message, outcome.ok(), outcome ? done : outcome.error().message);
    if (outcome)
        refresh();
    return m_message->text();
}

QString StaffView::addEmployee() {
    if (m_addPin->text() != m_addPinRepeat->text())
        return report(Error::invalid(tr("The two PINs differ; type them again.")), {});
    const auto role = roleFromId(m_addRole->currentData().toString()).value_or(Role::Associate);
    auto added = m_ctx.employees().hire(m_user, m_addCode->text().trimmed(), m_addName->text(), role,
                                        m_addPin->text());
    if (!added)
        return report(added.error(), {});
    for (QLineEdit* e : {m_addCode, m_addName, m_addPin, m_addPinRepeat})
        e->clear();
    return report({}, tr("%1 can sign in now.").arg(added->name));
}

QString StaffView::changeRole() {
    const Employee* e = selected();
    if (!e)
        return {};
    const QString name = e->name;
    const auto role = roleFromId(m_role->currentData().toString()).value_or(e->role);
    return report(m_ctx.employees().setRole(m_user, e->code, role),
                  tr("%1 is now: %2.").arg(name, roleName(role)));
}

QString StaffView::resetPin() {
    const Employee* e = selected();
    if (!e)
        return {};
    if (m_newPin->text() != m_newPinRepeat->text())
        return report(Error::invalid(tr("The two PINs differ; type them again.")), {});
    const QString name = e->name;
    auto outcome = m_ctx.employees().resetPin(m_user, e->code, m_newPin->text());
    if (outcome) {
        m_newPin->clear();
        m_newPinRepeat->clear();
    }
    return report(outcome, tr("%1's PIN is reset; tell them the new one in person.").arg(name));
}

QString StaffView::unlock() {
    const Employee* e = selected();
    if (!e)
        return {};
    const QString name = e->name;
    return report(m_ctx.employees().unlock(m_user, e->code), tr("%1 can sign in again.").arg(name));
}

QString StaffView::toggleActive() {
    const Employee* e = selected();
    if (!e)
        return {};
    const QString name = e->name;
    const bool activate = !e->active;
    return report(m_ctx.employees().setActive(m_user, e->code, activate),
                  activate ? tr("%1 can sign in again.").arg(name)
                           : tr("%1 can no longer sign in.").arg(name));
}

} // namespace rebound
