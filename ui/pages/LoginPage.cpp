// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/LoginPage.h"

#include "AppContext.h"
#include "demo/DemoSeeder.h"
#include "security/PinHasher.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound {

LoginPage::LoginPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_employee(new QComboBox(this))
    , m_pin(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_demo(new QLabel(this)) {
    setObjectName(QStringLiteral("loginPage"));
    auto* title = new QLabel(tr("Rebound"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto* subtitle = new QLabel(tr("Sign in to open a recovery."), this);
    subtitle->setProperty("role", QStringLiteral("subtitle"));

    m_employee->setObjectName(QStringLiteral("employee"));
    m_employee->setEditable(true);
    m_employee->setInsertPolicy(QComboBox::NoInsert);
    m_employee->completer()->setFilterMode(Qt::MatchContains);
    m_employee->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_employee->setAccessibleName(tr("Your name"));
    m_employee->setMinimumWidth(320);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(PinHasher::MaximumLength);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly);
    m_pin->setAccessibleName(tr("PIN"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto* signIn = new QPushButton(tr("&Sign in"), this);
    signIn->setObjectName(QStringLiteral("signIn"));
    signIn->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_employee);
    form->addRow(tr("&PIN"), m_pin);
    form->addRow(QString(), signIn);
    form->addRow(QString(), m_error);

    m_demo->setObjectName(QStringLiteral("demoLogins"));
    m_demo->setTextFormat(Qt::RichText); // its colours come from the application's style sheet

    auto* box = new QWidget(this);
    auto* inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addWidget(subtitle);
    inner->addSpacing(16);
    inner->addLayout(form);
    inner->addSpacing(16);
    inner->addWidget(m_demo);
    box->setMaximumWidth(560);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::attempt);
    connect(signIn, &QPushButton::clicked, this, &LoginPage::attempt);
    m_employee->lineEdit()->installEventFilter(this);
    m_employee->completer()->popup()->installEventFilter(this);
    connect(m_pin, &QLineEdit::textEdited, m_error, &QLabel::clear);
}

bool LoginPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Tab || key == Qt::Key_Return || key == Qt::Key_Enter) && chooseTyped())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

int LoginPage::matchTyped() const {
    const QString typed = m_employee->currentText().trimmed();
    if (typed.isEmpty())
        return -1;
    QAbstractItemView* popup = m_employee->completer()->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        return m_employee->findText(popup->currentIndex().data().toString());
    for (int i = 0; i < m_employee->count(); ++i) {
        if (m_employee->itemText(i).compare(typed, Qt::CaseInsensitive) == 0 ||
            m_employee->itemData(i).toString().compare(typed, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int i = 0; i < m_employee->count(); ++i) {
        if (m_employee->itemText(i).contains(typed, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

bool LoginPage::chooseTyped() {
    const int index = matchTyped();
    if (index < 0)
        return false;
    m_employee->completer()->popup()->hide();
    m_employee->setCurrentIndex(index);
    m_error->clear();
    m_pin->setFocus();
    return true;
}

void LoginPage::start() {
    m_employee->clear();
    auto staff = m_ctx.employees().list();
    if (staff) {
        for (const Employee& e : staff.value()) {
            if (e.active)
                m_employee->addItem(tr("%1 (%2)").arg(e.name, e.code), e.code);
        }
    } else {
        m_error->setText(staff.error().message);
    }
    m_employee->setCurrentIndex(-1);
    m_employee->setEditText(QString());
    m_pin->clear();
    m_error->clear();
    if (m_ctx.isDemo()) {
        QString rows;
        for (const DemoEmployee& e : DemoSeeder::employees()) {
            rows +=
                tr("<tr><td>%1&nbsp;</td><td>%2</td><td>&nbsp;%3&nbsp;</td><td>&nbsp;PIN <b>%4</b></td></tr>")
                    .arg(e.code, e.name.toHtmlEscaped(), roleId(e.role), e.pin);
        }
        m_demo->setText(tr("<b>Demo database</b> — sign in as any of these:<table>%1</table>").arg(rows));
        m_demo->show();
    } else {
        m_demo->hide();
    }
    m_employee->setFocus();
}

void LoginPage::attempt() {
    // A typed name or code that was not picked from the list still counts if it names someone.
    const int index = m_employee->currentIndex() >= 0 &&
                              m_employee->currentText() == m_employee->itemText(m_employee->currentIndex())
                          ? m_employee->currentIndex()
                          : matchTyped();
    if (index < 0) {
        m_error->setText(tr("Choose your name from the list."));
        m_employee->setFocus();
        return;
    }
    const QString code = m_employee->itemData(index).toString();
    if (m_pin->text().isEmpty()) {
        m_error->setText(tr("Type your PIN."));
        m_pin->setFocus();
        return;
    }
    auto who = m_ctx.employees().authenticate(code, m_pin->text());
    m_pin->clear();
    if (!who) {
        m_error->setText(who.error().message);
        m_pin->setFocus();
        return;
    }
    m_error->clear();
    Q_EMIT signedIn(who.value());
}

} // namespace rebound
