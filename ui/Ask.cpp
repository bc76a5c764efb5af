// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ask.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace rebound::Ask {

bool discard(QWidget* parent, const QString& question, const QString& consequence, const QString& keep) {
    QMessageBox ask(QMessageBox::Question, question, consequence, QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("discardQuestion"));
    QPushButton* keeping = ask.addButton(keep, QMessageBox::RejectRole);
    keeping->setObjectName(QStringLiteral("keepWorking"));
    QPushButton* discarding =
        ask.addButton(QCoreApplication::translate("rebound::Ask", "&Discard"), QMessageBox::DestructiveRole);
    discarding->setObjectName(QStringLiteral("discardRecovery"));
    ask.setDefaultButton(keeping);
    ask.setEscapeButton(keeping);
    ask.exec();
    return ask.clickedButton() == discarding;
}

} // namespace rebound::Ask
