// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace rebound::Theme {

QColor accent() {
    return QColor(0x0F, 0x6E, 0x6A);
}
QColor ok() {
    return QColor(0x2E, 0x7D, 0x32);
}
QColor warning() {
    return QColor(0xB2, 0x6A, 0x00);
}
QColor late() {
    return QColor(0xC6, 0x28, 0x28);
}

QColor clock(ClockState state, const QColor& within) {
    switch (state) {
    case ClockState::Nearing:
        return warning();
    case ClockState::Late:
        return late();
    case ClockState::Within:
        break;
    }
    return within;
}

void applyIcon() {
    QApplication::setWindowIcon(QIcon(u":/rebound/icons/rebound.svg"_s));
}

void apply(QApplication& app) {
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xF6, 0xF7, 0xF8));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xEF, 0xF3, 0xF3));
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent());
    app.setPalette(p);
    QFont f = app.font();
    f.setPointSizeF(std::max(10.5, f.pointSizeF()));
    app.setFont(f);
    app.setStyleSheet(uR"(
        QPushButton { padding: 6px 14px; min-height: 24px; }
        QPushButton#newRecovery { background: #0F6E6A; color: white; font-size: 16pt; font-weight: 600;
                                  padding: 14px 28px; border-radius: 6px; border: none; }
        QPushButton#newRecovery:focus { border: 3px solid #F2B84B; }
        QPushButton#newRecovery:hover { background: #13847F; }
        QLabel[role="title"] { font-size: 18pt; font-weight: 600; color: #1D2B2A; }
        QLabel[role="subtitle"] { color: #55615F; }
        QLabel[role="error"] { color: #C62828; font-weight: 600; }
        QLabel[role="ok"] { color: #2E7D32; font-weight: 600; }
        QLabel[role="section"] { font-weight: 600; color: #0F6E6A; margin-top: 6px; }
        QLabel#demoLogins { background: #FFF8E6; border: 1px solid #F2B84B; border-radius: 6px; padding: 10px; }
        QGroupBox { font-weight: 600; }
        QPushButton:checked { background: #0F6E6A; color: white; border: 1px solid #0B5552; border-radius: 3px; }
        QListWidget#apologyScripts, QPlainTextEdit#apologyText { font-size: 12.5pt; }
        QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit { padding: 4px; min-height: 22px; }
        *:focus { outline: none; }
        QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QListWidget:focus,
        QTableWidget:focus { border: 2px solid #0F6E6A; border-radius: 3px; }
        QCheckBox:focus, QRadioButton:focus { color: #0F6E6A; font-weight: 600; }
    )"_s);
}

void showOutcome(QLabel* label, bool done, const QString& text) {
    label->setProperty("role", done ? QStringLiteral("ok") : QStringLiteral("error"));
    label->style()->unpolish(label); // the style sheet reads the role again
    label->style()->polish(label);
    label->setText(text);
}

} // namespace rebound::Theme
