// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TextEdit.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QWizard>

namespace rebound {

void TextEdit::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
            if (auto* wizard = qobject_cast<QWizard*>(w)) {
                if (auto* next = wizard->button(QWizard::NextButton);
                    next && next->isVisible() && next->isEnabled())
                    next->click();
                else if (auto* commit = wizard->button(QWizard::CommitButton);
                         commit && commit->isVisible() && commit->isEnabled())
                    commit->click();
                return;
            }
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace rebound
