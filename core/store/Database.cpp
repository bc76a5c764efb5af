// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return u"rebound-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Creates an empty file readable only by its owner; SQLite gives its -wal and -shm files the same mode.
Result<void> createPrivateFile(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error::storage(QCoreApplication::translate("Core", "cannot create %1: %2")
                                  .arg(path, QString::fromLocal8Bit(strerror(errno))));
    ::close(fd);
    return {};
}

} // namespace

Query::Query(QSqlQuery* q, Error prepareError, Database* owner)
    : m_q(q)
    , m_prepareError(std::move(prepareError))
    , m_owner(owner) {}

void Query::explain() {
    QSqlQuery plan(m_owner->m_db);
    if (!plan.prepare(u"EXPLAIN QUERY PLAN "_s + m_q->lastQuery()))
        return;
    for (const QVariant& v : m_q->boundValues())
        plan.addBindValue(v);
    if (!plan.exec())
        return;
    m_owner->m_plans->append(m_q->lastQuery().simplified());
    while (plan.next())
        m_owner->m_plans->append(plan.value(3).toString());
}

Query::~Query() {
    if (m_q)
        m_q->finish();
}

Query& Query::bind(const QVariant& v) {
    if (!m_q)
        return *this;
    // Qt binds a null QString as SQL NULL; text columns want '' (NULL is bound as a typed null QVariant).
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        m_q->addBindValue(QString(u""_s));
    else
        m_q->addBindValue(v);
    return *this;
}

QString Query::escapeLike(const QString& text) {
    QString escaped = text;
    return escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
}

Result<void> Query::exec() {
    if (!m_q)
        return m_prepareError;
    if (m_owner->m_plans)
        explain();
    if (!m_q->exec())
        return Database::toError(m_q->lastError(), m_q->lastQuery());
    return {};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    for (QSqlQuery* q : std::as_const(m_statements))
        delete q;
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath() {
    const QString env = qEnvironmentVariable("REBOUND_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/rebound.sqlite"_s;
}

Error Database::toError(const QSqlError& e, const QString& context) {
    // Prepared statements report SQLite's extended result codes (2067: a UNIQUE constraint); the
    // primary code is the low byte.
    bool numeric = false;
    const int primary = e.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    switch (numeric ? primary : -1) {
    case 5: // busy
    case 6: // locked
        return Error::of(Error::Code::Busy,
                         QCoreApplication::translate(
                             "Core", "the database is busy: another counter is writing; try again"));
    case 13: // full
        return Error::of(
            Error::Code::Full,
            QCoreApplication::translate("Core", "the disk is full: the change was not saved (%1)").arg(text));
    case 8: // read-only
        return Error::of(
            Error::Code::ReadOnly,
            QCoreApplication::translate("Core", "the database is read-only: the change was not saved"));
    case 11: // corrupt
    case 26: // not a database
        return Error::corrupt(
            QCoreApplication::translate("Core", "the database file is damaged or not a database (%1)")
                .arg(text));
    case 19: // constraint: a duplicate where the schema allows one
        return Error::conflict(QCoreApplication::translate("Core", "database error: %1").arg(text));
    default:
        break;
    }
    Q_UNUSED(context);
    return Error::storage(QCoreApplication::translate("Core", "database error: %1").arg(text));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode) {
    const QFileInfo info(path);
    if (!info.dir().exists())
        return Error::storage(
            QCoreApplication::translate("Core", "cannot open database %1: the folder %2 does not exist")
                .arg(path, info.dir().path()));
    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return Error::notFound(QCoreApplication::translate(
                                       "Core", "no database at %1 (create it with: reboundctl --db %1 init)")
                                       .arg(path));
        if (auto c = createPrivateFile(path); !c)
            return c.error();
    } else {
        if (info.isDir())
            return Error::storage(
                QCoreApplication::translate("Core", "cannot open database %1: it is a folder").arg(path));
        // The mode bits count even for root, who may write anything: a file marked read-only stays untouched.
        if (!info.isReadable() || !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
            return Error::of(
                Error::Code::ReadOnly,
                QCoreApplication::translate("Core", "cannot open database %1: the file is read-only")
                    .arg(path));
        if (info.size() > 0) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error::storage(QCoreApplication::translate("Core", "cannot read database %1: %2")
                                          .arg(path, f.errorString()));
            if (f.read(16) != QByteArray("SQLite format 3\0", 16))
                return Error::of(
                    Error::Code::NotOurs,
                    QCoreApplication::translate("Core", "%1 is not a Rebound database (not an SQLite file)")
                        .arg(path));
        }
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    if (!db->m_db.isValid())
        return Error::storage(
            QCoreApplication::translate("Core", "the Qt SQLite driver (QSQLITE) is not installed"));
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db->m_db.open())
        return Error::storage(QCoreApplication::translate("Core", "cannot open database %1: %2")
                                  .arg(path, db->m_db.lastError().text()));
    if (auto c = db->configure(mode); !c)
        return Error::of(c.error().code, path + u": "_s + c.error().message);
    return db;
}

Result<void> Database::execRaw(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return toError(q.lastError(), sql);
    return {};
}

int Database::schemaVersion() const {
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::configure(OpenMode mode) {
    // Read before any write so a file we must not touch stays byte-for-byte as it was.
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return toError(q.lastError(), u"PRAGMA user_version"_s);
    const int version = q.value(0).toInt();
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return toError(q.lastError(), u"PRAGMA application_id"_s);
    const int appId = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return toError(q.lastError(), u"sqlite_master"_s);
    const bool empty = q.value(0).toInt() == 0;
    q.finish();

    if (!empty && appId != ApplicationId)
        return Error::of(Error::Code::NotOurs,
                         QCoreApplication::translate(
                             "Core", "not a Rebound database (an SQLite file of another program)"));
    if (version > SchemaVersion) {
        return Error::of(
            Error::Code::NewerSchema,
            QCoreApplication::translate("Core", "the database has schema version %1, newer than this Rebound "
                                                "understands (%2); update Rebound")
                .arg(version)
                .arg(SchemaVersion));
    }
    if (mode == OpenMode::ExistingOnly && version < SchemaVersion)
        return Error::storage(
            QCoreApplication::translate(
                "Core", "the database has schema version %1 and must be migrated first (reboundctl init)")
                .arg(version));

    // Larger pages for a new file: a million recoveries' audit entries and indexes make shallower trees,
    // and bulk loads and scans touch a quarter as many pages. Fixed once the first table exists.
    if (empty) {
        if (auto r = execRaw(u"PRAGMA page_size=16384"_s); !r)
            return r;
    }
    for (const auto& pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto r = execRaw(pragma); !r)
            return r;
    }
    if (version < SchemaVersion)
        return migrate(version);
    return {};
}

Result<void> Database::migrate(int from) {
    // Forward-only: each step and its new user_version commit together, or not at all.
    for (int target = from + 1; target <= SchemaVersion; ++target) {
        auto r = write([&]() -> Result<void> {
            for (const QString& statement : Schema::migrationTo(target)) {
                if (auto e = execRaw(statement); !e)
                    return e;
            }
            if (target == 1) {
                if (auto e = execRaw(u"PRAGMA application_id=%1"_s.arg(ApplicationId)); !e)
                    return e;
            }
            return execRaw(u"PRAGMA user_version=%1"_s.arg(target));
        });
        if (!r)
            return Error::of(r.error().code, u"migration to schema version %1 failed: %2"_s.arg(target).arg(
                                                 r.error().message));
    }
    return {};
}

Query Database::query(const QString& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto* q = new QSqlQuery(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            Error e = toError(q->lastError(), sql);
            delete q;
            return Query(nullptr, e, this);
        }
        it = m_statements.insert(sql, q);
    }
    return Query(*it, Error{}, this);
}

Result<void> Database::setBusyTimeout(int milliseconds) {
    return execRaw(u"PRAGMA busy_timeout = %1"_s.arg(milliseconds));
}

Result<void> Database::begin() {
    // IMMEDIATE takes the write lock up front, so two counters never deadlock upgrading a read lock.
    for (int attempt = 0;; ++attempt) {
        auto r = execRaw(u"BEGIN IMMEDIATE"_s);
        if (r) {
            m_inTransaction = true;
            return r;
        }
        if (attempt >= 5 || r.error().code != Error::Code::Busy)
            return r;
        QThread::msleep(50 * (attempt + 1));
    }
}

Result<void> Database::commit() {
    auto r = execRaw(u"COMMIT"_s);
    if (r)
        m_inTransaction = false;
    return r;
}

void Database::rollback() {
    if (m_inTransaction) {
        QSqlQuery q(m_db);
        q.exec(u"ROLLBACK"_s);
        m_inTransaction = false;
    }
}

sqlite3* Database::handle() const {
    const QVariant h = m_db.driver()->handle();
    if (qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(h.constData());
}

Result<QStringList> Database::beginBulkLoad(const QStringList& rebuiltIndexes) {
    // A rollback journal writes only the pages that existed before, which for a fresh file is almost
    // nothing; WAL would write every new page twice. With another connection open SQLite refuses to
    // leave WAL, and the load stops here, before writing anything.
    // Foreign keys off: the loader hands out every id itself, and a lookup per reference would cost
    // a fifth of the load.
    for (const QString& pragma :
         {u"PRAGMA journal_mode=DELETE"_s, u"PRAGMA synchronous=OFF"_s, u"PRAGMA foreign_keys=OFF"_s,
          u"PRAGMA cache_size=-262144"_s, u"PRAGMA temp_store=MEMORY"_s,
          // Rebuilding the dropped indexes sorts on every core.
          u"PRAGMA threads=%1"_s.arg(QThread::idealThreadCount())}) {
        if (auto r = execRaw(pragma); !r)
            return r.error();
    }
    if (auto b = begin(); !b)
        return b.error();
    // Building an index once over sorted keys beats inserting random keys into it row by row.
    QStringList indexes;
    for (const QString& name : rebuiltIndexes) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return toError(q.lastError(), u"sqlite_master"_s);
        if (!q.next())
            continue;
        indexes << q.value(0).toString();
        q.finish();
        if (auto r = execRaw(u"DROP INDEX \"%1\""_s.arg(name)); !r)
            return r.error();
    }
    return indexes;
}

Result<void> Database::finishBulkLoad(const QStringList& indexes) {
    for (const QString& sql : indexes) {
        if (auto r = execRaw(sql); !r)
            return r;
    }
    // No ANALYZE: the planner's choices stay the same on a small database and a large one, which is
    // what the query-plan tests check.
    return commit();
}

Result<void> Database::endBulkLoad() {
    rollback();
    // Back to the durable settings every other write relies on.
    for (const QString& pragma :
         {u"PRAGMA cache_size=-2000"_s, u"PRAGMA temp_store=DEFAULT"_s, u"PRAGMA threads=0"_s,
          u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA journal_mode=WAL"_s}) {
        if (auto r = execRaw(pragma); !r)
            return r;
    }
    return {};
}

Result<void> Database::integrityCheck(Check depth) {
    QSqlQuery q(m_db);
    const QString pragma = depth == Check::Full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s;
    if (!q.exec(pragma))
        return toError(q.lastError(), pragma);
    if (!q.next())
        return Error::corrupt(QCoreApplication::translate("Core", "integrity check returned nothing"));
    const QString first = q.value(0).toString();
    if (first != u"ok")
        return Error::corrupt(QCoreApplication::translate("Core", "integrity check failed: %1").arg(first));
    return {};
}

Result<void> Database::backupTo(const QString& outPath) {
    const QFileInfo out(outPath);
    if (out.exists())
        return Error::conflict(
            QCoreApplication::translate("Core", "%1 already exists; choose a new file name").arg(outPath));
    if (!out.dir().exists())
        return Error::storage(
            QCoreApplication::translate("Core", "the folder %1 does not exist").arg(out.dir().path()));
    const QString tmp = outPath + u".partial"_s;
    QFile::remove(tmp);
    if (auto c = createPrivateFile(tmp); !c)
        return c;
    QSqlQuery q(m_db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(tmp);
    if (!q.exec()) {
        const Error e = toError(q.lastError(), u"VACUUM INTO"_s);
        QFile::remove(tmp);
        return e;
    }
    if (!QFile::rename(tmp, outPath)) {
        QFile::remove(tmp);
        return Error::storage(
            QCoreApplication::translate("Core", "cannot move the backup into place at %1").arg(outPath));
    }
    return {};
}

} // namespace rebound
