// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ExportJob.h"

#include "domain/Clock.h"
#include "store/Database.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rebound {

ExportJob::ExportJob(QString databasePath, ExportRequest request, QString outPath, AuthenticatedEmployee by)
    : m_databasePath(std::move(databasePath))
    , m_request(request)
    , m_outPath(std::move(outPath))
    , m_by(std::move(by)) {}

void ExportJob::run() {
    // Qt's SQL connections belong to one thread: this one opens its own.
    auto db = Database::open(m_databasePath, Database::OpenMode::ExistingOnly);
    if (!db) {
        Q_EMIT finished(Outcome::Failed, 0, db.error().message);
        return;
    }
    SystemClock clock;
    Exporter exporter(**db, clock);
    auto total = exporter.count(m_request);
    if (!total) {
        Q_EMIT finished(Outcome::Failed, 0, total.error().message);
        return;
    }
    QSaveFile out(m_outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        Q_EMIT finished(Outcome::Failed, 0, u"cannot write %1: %2"_s.arg(m_outPath, out.errorString()));
        return;
    }
    auto rows = exporter.write(m_by, m_request, out, [&](qint64 done) {
        Q_EMIT progress(done, total.value());
        if (m_checkpoint)
            m_checkpoint(done);
        return !m_cancelled->load();
    });
    // A cancel that arrives after the last row still wins: nothing is kept, nothing is audited.
    if (!rows || m_cancelled->load()) {
        out.cancelWriting();
        if (m_cancelled->load())
            Q_EMIT finished(Outcome::Cancelled, 0, {});
        else
            Q_EMIT finished(Outcome::Failed, 0, rows.error().message);
        return;
    }
    if (!out.commit()) {
        Q_EMIT finished(Outcome::Failed, 0, u"cannot save %1: %2"_s.arg(m_outPath, out.errorString()));
        return;
    }
    // From here the file exists: a late cancel no longer applies, and the export is on record.
    if (auto audited = exporter.recordExport(m_request, rows.value(), m_by); !audited) {
        Q_EMIT finished(Outcome::Failed, rows.value(), audited.error().message);
        return;
    }
    Q_EMIT finished(Outcome::Written, rows.value(), {});
}

} // namespace rebound
