// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "reports/ExportJob.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace rebound {

class AppContext;

// CSV for accounting and head office: the same exporter as `reboundctl export`, on a worker thread
// with a progress bar and Cancel. A cancelled export leaves no file.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    ExportDialog(AppContext& ctx, AuthenticatedEmployee by, QWidget* parent = nullptr);
    ~ExportDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start();
    void cancel();

Q_SIGNALS:
    void exportFinished(bool ok, const QString& message);
    // The job is made and about to start on its thread: a caller may attach to it (the tests set a
    // checkpoint).
    void jobStarting(rebound::ExportJob* job);

private:
    void layOut(QPushButton* browse);
    void connectInputs(QPushButton* browse);
    void finished(ExportJob::Outcome outcome, qint64 rows, const QString& message);
    void reject() override;
    void setInputsEnabled(bool enabled);

    AppContext& m_ctx;
    AuthenticatedEmployee m_by;
    QComboBox* m_report;
    QCheckBox* m_allDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_site; // all sites, or one (shown when more than one site writes here)
    QCheckBox* m_bom;
    QLineEdit* m_file;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QString m_path; // the file the running export writes
};

} // namespace rebound
