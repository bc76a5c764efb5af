// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticePicker.h"


#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebound {

PracticePicker::PracticePicker(const DrillLibrary& library, const QList<PracticeRecord>& history,
                               const Drill* ofTheDay, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_about(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("practicePicker"));
    setWindowTitle(tr("Practice a drill"));
    resize(1000, 540);
    m_list->setObjectName(QStringLiteral("practiceDrills"));
    m_about->setObjectName(QStringLiteral("practiceAbout"));
    for (const Drill& d : library.drills()) {
        int best = -1, last = -1, plays = 0;
        for (const PracticeRecord& r : history) { // newest first
            if (r.drillId != d.id)
                continue;
            if (plays++ == 0)
                last = r.score;
            best = std::max(best, r.score);
        }
        QString text = d.title + QStringLiteral(" — ") + d.setting;
        if (plays > 0)
            text += QStringLiteral("   ") + tr("last %1, best %2").arg(last).arg(best);
        else
            text += QStringLiteral("   ") + tr("not practised yet");
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, d.id);
    }
    auto* intro =
        new QLabel(tr("The real wizard, against a practice copy of the playbook and limits: nothing you "
                      "record here reaches real reports, exports or follow-ups. Your score is kept."),
                   this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* start = buttons->addButton(tr("&Start the drill"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("practiceStart"));
    start->setDefault(true);
    auto* today = buttons->addButton(tr("Drill of the &day"), QDialogButtonBox::ActionRole);
    today->setObjectName(QStringLiteral("practiceOfTheDay"));
    today->setEnabled(ofTheDay != nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto accept = [this] {
        if (auto* item = m_list->currentItem()) {
            m_chosen = item->data(Qt::UserRole).toString();
            QDialog::accept();
        }
    };
    connect(start, &QPushButton::clicked, this, accept);
    connect(m_list, &QListWidget::itemActivated, this, accept);
    connect(today, &QPushButton::clicked, this, [this, ofTheDay] {
        m_chosen = ofTheDay->id;
        QDialog::accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &PracticePicker::showCurrent);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 3);
    columns->addWidget(m_about, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

void PracticePicker::showCurrent() {
    auto* item = m_list->currentItem();
    const Drill* d = item ? m_library.drill(item->data(Qt::UserRole).toString()) : nullptr;
    if (!d) {
        m_about->clear();
        return;
    }
    m_about->setHtml(tr("<h3>%1</h3><p><i>%2</i></p><p>%3</p><p>Target: %4 s.</p>")
                         .arg(d->title.toHtmlEscaped(), d->setting.toHtmlEscaped(),
                              d->whatWentWrong.toHtmlEscaped(),                              QString::number(d->targetSeconds)));
}

} // namespace rebound
