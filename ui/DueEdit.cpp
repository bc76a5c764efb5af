// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DueEdit.h"

namespace rebound {

DueEdit::DueEdit(QWidget* parent)
    : QDateTimeEdit(parent) {
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("d MMM yyyy  HH:mm"));
}

void DueEdit::propose(const QDateTime& nowUtc, const QDateTime& dueUtc) {
    setMinimumDateTime(nowUtc.toLocalTime().addSecs(15 * 60));
    setDateTime(dueUtc.toLocalTime());
}

} // namespace rebound
