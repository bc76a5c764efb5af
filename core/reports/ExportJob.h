// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "reports/Exporter.h"

#include <QObject>

#include <atomic>

namespace rebound {

// One CSV export on a worker thread, with its own database connection. The file appears only
// when the export completed; a cancelled or failed one leaves nothing behind.
class ExportJob final : public QObject {
    Q_OBJECT
public:
    ExportJob(QString databasePath, ExportRequest request, QString outPath, Actor by);

    // Safe to call from any thread.
    void cancel() { m_cancelled = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, qint64 rows, const QString& message);

private:
    QString m_databasePath;
    ExportRequest m_request;
    QString m_outPath;
    Actor m_by;
    std::atomic<bool> m_cancelled{false};
};

} // namespace rebound
