// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor/ExportDialog.h"

#include "AppContext.h"
#include "reports/AuditQuery.h"
#include "reports/ExportJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace rebound {

ExportDialog::ExportDialog(AppContext& ctx, AuthenticatedEmployee by, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_by(std::move(by))
    , m_report(new QComboBox(this))
    , m_allDates(new QCheckBox(tr("&All dates"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_site(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Add a &byte-order mark (for spreadsheets that need one to read UTF-8)"), this))
    , m_file(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export CSV"));
    setMinimumWidth(560);
    const QStringList names = {tr("Recoveries (incidents)"),
                               tr("Compensations"),
                               tr("Follow-ups"),
                               tr("Audit log"),
                               tr("Stories"),
                               tr("Return visits (each visit)"),
                               tr("Prevention actions, with counts before and after"),
                               tr("Recognitions per employee"),
                               tr("Return visits within 30 and 90 days"),
                               tr("Recovery economics by segment"),
                               tr("Follow-up verdicts by category, segment, gesture, employee"),
                               tr("Voids by employee, beside what each gave")};
    for (int i = 0; i < Exporter::KindIds.size(); ++i)
        m_report->addItem(names.value(i), Exporter::KindIds[i]);
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_allDates->setObjectName(QStringLiteral("exportAllDates"));
    const QDate today = ctx.clock().nowUtc().toLocalTime().date();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_site->setObjectName(QStringLiteral("exportSite"));
    m_site->addItem(tr("All sites"));
    if (auto sites = AuditQuery(ctx.db()).sites(); sites && sites->size() > 1) {
        for (const QString& name : sites.value())
            m_site->addItem(name, name);
    }
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setText(QDir::home().filePath(QStringLiteral("rebound-incidents.csv")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("startExport"));
    m_export->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));

    layOut(browse);
    connectInputs(browse);
}

void ExportDialog::connectInputs(QPushButton* browse) {
    connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
    });
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        const QFileInfo current(m_file->text());
        m_file->setText(
            current.dir().filePath(QStringLiteral("rebound-%1.csv").arg(m_report->currentData().toString())));
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });
}

void ExportDialog::layOut(QPushButton* browse) {
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addWidget(m_allDates);
    auto* file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_file);
    auto* form = new QFormLayout;
    form->addRow(tr("&Report"), m_report);
    form->addRow(tr("Dates"), dates);
    if (m_site->count() > 1)
        form->addRow(tr("&Site"), m_site);
    else
        m_site->hide();
    form->addRow(fileLabel, file);
    form->addRow(QString(), m_bom);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

ExportDialog::~ExportDialog() {
    if (m_thread) {
        *m_cancelFlag = true;
        m_thread->quit();
        m_thread->wait();
    }
}

void ExportDialog::reject() {
    // Esc or Close while exporting: cancel first, close when the worker has stopped.
    if (isRunning()) {
        cancel();
        connect(this, &ExportDialog::exportFinished, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void ExportDialog::setInputsEnabled(bool enabled) {
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_report, m_allDates, m_from, m_to, m_site, m_bom, m_file, m_export})
        w->setEnabled(enabled);
    if (enabled) {
        m_from->setEnabled(!m_allDates->isChecked());
        m_to->setEnabled(!m_allDates->isChecked());
    }
}

void ExportDialog::start() {
    if (isRunning())
        return;
    ExportRequest request;
    request.kind = *Exporter::kindFromId(m_report->currentData().toString());
    if (!m_allDates->isChecked()) {
        if (m_from->date() > m_to->date()) {
            m_status->setText(tr("The first date is after the last one."));
            return;
        }
        request.from = m_from->date();
        request.to = m_to->date();
    }
    request.byteOrderMark = m_bom->isChecked();
    request.site = m_site->currentData().toString();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a file to write."));
        return;
    }
    m_path = path;
    m_thread = new QThread(this);
    auto* job = new ExportJob(m_ctx.db().path(), request, path, m_by);
    m_cancelFlag = job->cancelFlag();
    job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, job, &ExportJob::run);
    connect(job, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::min<qint64>(std::max<qint64>(total, 1), INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    connect(job, &ExportJob::finished, this, &ExportDialog::finished);
    connect(job, &ExportJob::finished, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, job, &QObject::deleteLater);
    setInputsEnabled(false);
    m_status->setText(tr("Exporting…"));
    Q_EMIT jobStarting(job);
    m_thread->start();
}

void ExportDialog::cancel() {
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::finished(ExportJob::Outcome outcome, qint64 rows, const QString& message) {
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    setInputsEnabled(true);
    const bool ok = outcome == ExportJob::Outcome::Written;
    QString text;
    switch (outcome) {
    case ExportJob::Outcome::Written:
        text = tr("%L1 rows written to %2.").arg(rows).arg(m_path);
        break;
    case ExportJob::Outcome::Cancelled:
        text = tr("Cancelled; no file was written.");
        break;
    case ExportJob::Outcome::Failed:
        text = tr("Not exported: %1").arg(message);
        break;
    }
    m_status->setText(text);
    if (ok)
        m_progress->setValue(m_progress->maximum());
    else
        m_progress->setValue(0);
    Q_EMIT exportFinished(ok, text);
}

} // namespace rebound
