// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/Verifier.h"

#include "audit/AuditLog.h"
#include "audit/ChainReplay.h"
#include "audit/Receipt.h"
#include "audit/TableReconciler.h"
#include "security/InstallationKey.h"
#include "store/Database.h"
#include "store/RowStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

// The closings in the log, read before the walk so that it can count their days again.
Result<std::vector<ReplayedClosing>> closingsIn(Database& db) {
    RowStatement q(db, "SELECT id, payload FROM audit_log WHERE action = 'day.close' ORDER BY id");
    std::vector<ReplayedClosing> out;
    while (q.next()) {
        const QJsonObject p = QJsonDocument::fromJson(q.text(1).toByteArray()).object();
        ReplayedClosing c;
        c.entry = q.integer(0);
        c.date = p.value(u"date"_s).toString().toUtf8();
        c.from = p.value(u"from"_s).toString().toUtf8();
        c.to = p.value(u"to"_s).toString().toUtf8();
        out.push_back(std::move(c));
    }
    if (auto r = q.error(); !r)
        return r.error();
    return out;
}

// Each closed day's totals as its closing entry recorded them against the entries counted again.
Result<void> checkClosings(Database& db, const ChainReplay& replay, VerifyReport& report) {
    for (const ReplayedClosing& c : replay.closings()) {
        RowStatement q(db, "SELECT payload FROM audit_log WHERE id = ?");
        q.bind(1, c.entry);
        if (!q.next())
            return q.error();
        const QJsonObject recorded =
            QJsonDocument::fromJson(q.text(0).toByteArray()).object().value(u"totals"_s).toObject();
        const QJsonObject counted = c.counted.toJson();
        if (recorded != counted) {
            const auto figures = [](const QJsonObject& t) {
                return QCoreApplication::translate("Core",
                                                   "%1 recoveries, %2 gestures, %3 given (minor units), "
                                                   "%4 overrides")
                    .arg(t.value(u"recoveries"_s).toInteger())
                    .arg(t.value(u"gestures"_s).toInteger())
                    .arg(t.value(u"given_minor"_s).toInteger())
                    .arg(t.value(u"overrides"_s).toInteger());
            };
            const QString detail =
                figures(recorded) == figures(counted)
                    ? QCoreApplication::translate("Core", "the figures per kind or per employee differ")
                    : QCoreApplication::translate("Core", "its closing counted %1; its entries now give %2")
                          .arg(figures(recorded), figures(counted));
            return Error::corrupt(
                QCoreApplication::translate("Core", "closed day %1 (audit entry %2) was changed: %3")
                    .arg(QString::fromUtf8(c.date))
                    .arg(c.entry)
                    .arg(detail));
        }
        ++report.closings;
        if (QString::fromUtf8(c.date) > report.lastClosedDay) {
            report.lastClosedDay = QString::fromUtf8(c.date);
            report.lastClosingEntry = c.entry;
        }
    }
    if (report.lastClosingEntry > 0)
        report.entriesSinceClosing = report.entries - report.lastClosingEntry;
    return {};
}

} // namespace

// One read transaction: every part of the check sees the same database, while counters go on writing.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
        , m_own(!db.inTransaction()) {
        if (m_own)
            (void)db.beginReadSnapshot();
    }
    ~ReadSnapshot() {
        if (m_own)
            m_db.endReadSnapshot();
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_own;
};

Result<VerifyReport> Verifier::run(const VerifyOptions& options,
                                   const std::function<bool(qint64, qint64)>& progress) {
    // Receipts are read before the snapshot begins: each is written after its entry was committed, so the
    // snapshot holds every entry they name (one written while the check runs is checked next time).
    const QString dir = options.receiptsDir.isEmpty() ? InstallationKey::receiptsDirFor(m_db.localPath())
                                                      : options.receiptsDir;
    const bool withReceipts = !options.skipReceipts && !options.chainOnly;
    auto receipts = withReceipts ? readReceipts(dir) : Result<QList<NamedReceipt>>(QList<NamedReceipt>());
    if (!receipts)
        return receipts.error();
    const ReadSnapshot snapshot(m_db);
    VerifyReport report;
    AuditLog log(m_db, m_clock);
    if (options.chainOnly) {
        auto v = log.verify(progress);
        if (!v)
            return v.error();
        report.entries = report.head = v->entries;
        return report;
    }
    auto kinds = GestureKinds::load(m_db);
    if (!kinds)
        return kinds.error();
    auto closings = closingsIn(m_db);
    if (!closings)
        return closings.error();
    ChainReplay replay(std::move(kinds.value()), std::move(closings.value()));
    auto v = log.verify(progress, &replay);
    if (!v)
        return v.error();
    report.entries = v->entries;
    // Between the parts, the caller may stop the check (a view closing).
    const auto goOn = [&] { return !progress || progress(report.entries, report.entries); };
    const Error stopped =
        Error::cancelled(QCoreApplication::translate("Core", "verification cancelled after the audit chain"));
    if (!goOn())
        return stopped;
    if (auto r = TableReconciler(m_db, replay).run(); !r)
        return r.error();
    if (!goOn())
        return stopped;
    if (auto r = checkClosings(m_db, replay, report); !r)
        return r.error();
    report.head = v->entries;
    if (!options.skipReceipts) {
        if (auto r = checkReceipts(receipts.value(), dir, report); !r)
            return r.error();
    }
    return report;
}

Result<Receipt> Verifier::readReceipt(const QString& dir, const QString& name) {
    QFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error::corrupt(
            QCoreApplication::translate("Core", "receipt %1: %2").arg(name, file.errorString()));
    auto receipt = Receipt::fromJson(file.read(Receipt::MaxFileSize + 1));
    if (!receipt)
        return Error::corrupt(
            QCoreApplication::translate("Core", "receipt %1: %2").arg(name, receipt.error().message));
    return receipt;
}

Result<QList<Verifier::NamedReceipt>> Verifier::readReceipts(const QString& dir) {
    QList<NamedReceipt> receipts;
    for (const QString& name : QDir(dir).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto receipt = readReceipt(dir, name);
        if (!receipt)
            return receipt.error();
        receipts.append({name, std::move(receipt.value())});
    }
    return receipts;
}

Result<void> Verifier::checkReceipt(const QString& name, const Receipt& receipt, const QByteArray& ours,
                                    qint64 last) {
    const auto fail = [&](const QString& what) {
        return Error::corrupt(QCoreApplication::translate("Core", "receipt %1: %2").arg(name, what));
    };
    if (ours.isEmpty())
        return fail(
            QCoreApplication::translate("Core", "this database has no installation key (%1) to check it with")
                .arg(InstallationKey::keyPathFor(m_db.localPath())));
    if (receipt.publicKey != ours)
        return fail(
            QCoreApplication::translate("Core", "it was signed by another key than this installation's"));
    if (!receipt.signatureValid())
        return fail(
            QCoreApplication::translate("Core", "its signature does not match its content: it was edited"));
    if (receipt.entry > last)
        return fail(QCoreApplication::translate("Core",
                                                "it saw audit entry %1, but the log now ends at entry %2: "
                                                "entries were removed from its end, or the database "
                                                "was replaced by an older copy")
                        .arg(receipt.entry)
                        .arg(last));
    RowStatement q(m_db, "SELECT hash, action FROM audit_log WHERE id = ?");
    q.bind(1, receipt.entry);
    if (!q.next() || q.text(0) != receipt.hash)
        return fail(QCoreApplication::translate("Core",
                                                "audit entry %1 is not the one it saw: the database was "
                                                "replaced by another copy or its log rewritten")
                        .arg(receipt.entry));
    if (receipt.kind == Receipt::Kind::Closing && q.text(1) != "day.close")
        return fail(
            QCoreApplication::translate("Core", "audit entry %1 is not a closing").arg(receipt.entry));
    return {};
}

Result<void> Verifier::checkReceipts(const QList<NamedReceipt>& receipts, const QString& dir,
                                     VerifyReport& report) {
    auto key = InstallationKey::load(InstallationKey::keyPathFor(m_db.localPath()));
    const QByteArray ours = key ? key->publicKey().toHex() : QByteArray();
    RowStatement head(m_db, "SELECT coalesce(max(id), 0) FROM audit_log");
    const qint64 last = head.next() ? head.integer(0) : 0;
    QSet<QString> closedWithReceipt;
    for (const NamedReceipt& read : receipts) {
        if (auto r = checkReceipt(read.file, read.receipt, ours, last); !r)
            return r;
        if (read.receipt.kind == Receipt::Kind::Closing)
            closedWithReceipt.insert(read.receipt.date);
        ++report.receipts;
    }
    RowStatement closings(m_db, "SELECT id, entity_id FROM audit_log WHERE action = 'day.close' ORDER BY id");
    while (closings.next()) {
        const QString date = QString::fromUtf8(closings.text(1));
        if (closedWithReceipt.contains(date))
            continue;
        // Written since the folder was read, as by a close-day that committed just before this check began.
        Receipt wanted;
        wanted.date = date;
        const QString name = wanted.fileName();
        if (QFileInfo::exists(QDir(dir).filePath(name))) {
            auto late = readReceipt(dir, name);
            if (!late)
                return late.error();
            if (auto r = checkReceipt(name, *late, ours, last); !r)
                return r;
            if (late->kind == Receipt::Kind::Closing && late->date == date) {
                ++report.receipts;
                continue;
            }
        }
        return Error::corrupt(
            QCoreApplication::translate("Core", "closed day %1 (audit entry %2) has no receipt in %3")
                .arg(date)
                .arg(closings.integer(0))
                .arg(dir));
    }
    return closings.error();
}

} // namespace rebound
