// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "reports/Exporter.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace rebound {

// One CSV export on a worker thread, with its own database connection. The file appears only
// when the export completed; a cancelled or failed one leaves nothing behind.
class ExportJob final : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Written, Cancelled, Failed };
    Q_ENUM(Outcome)

    ExportJob(QString databasePath, ExportRequest request, QString outPath, AuthenticatedEmployee by);

    // Shared with whoever may cancel: it outlives the job, so cancelling never touches a deleted object.
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;
    CancelFlag cancelFlag() const { return m_cancelled; }
    void cancel() { *m_cancelled = true; }

    // Called on the worker thread at every progress step, just before the cancel flag is read, so
    // that a caller can hold the job at a known point (the tests do, to cancel at a chosen moment).
    using Checkpoint = std::function<void(qint64 rowsSoFar)>;
    void setCheckpoint(Checkpoint checkpoint) { m_checkpoint = std::move(checkpoint); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // message says why when the outcome is Failed, and is empty otherwise.
    void finished(rebound::ExportJob::Outcome outcome, qint64 rows, const QString& message);

private:
    QString m_databasePath;
    ExportRequest m_request;
    QString m_outPath;
    AuthenticatedEmployee m_by;
    CancelFlag m_cancelled = std::make_shared<std::atomic<bool>>(false);
    Checkpoint m_checkpoint;
};

} // namespace rebound
