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
#include <QSqlField>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <fcntl.h>
#include <libpq-fe.h>
#include <mutex>
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

// The libpq options an address may carry.
const QStringList ServerOptions = {
    u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s, u"sslrootcert"_s,
    u"sslcert"_s, u"sslkey"_s,          u"keepalives_idle"_s,  u"target_session_attrs"_s};

QtMessageHandler g_previousHandler = nullptr;

// When the server goes away, Qt's PostgreSQL driver warns once per prepared statement it can no longer
// free, and libpq relays the server's farewell; the lost connection is reported once, as an Error.
void quietLostConnection(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(u"Unable to free statement"_s) ||
        message.contains(u"terminating connection due to"_s) ||
        message.startsWith(u"QSqlQuery::exec: database not open"_s))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
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
    if (m_owner->m_plans && m_owner->m_backend == Database::Backend::File)
        explain();
    if (!m_q->exec())
        return m_owner->noteError(Database::toError(m_q->lastError(), m_q->lastQuery()));
    return {};
}

Place Place::fromEnvironment() {
    Place p;
    p.site = qEnvironmentVariable("REBOUND_SITE").simplified();
    if (p.site.isEmpty())
        p.site = u"Main"_s;
    p.counter = qEnvironmentVariable("REBOUND_COUNTER").simplified();
    if (p.counter.isEmpty())
        p.counter = QSysInfo::machineHostName();
    return p;
}

Database::Database(QString path, QString connectionName, Backend backend)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_backend(backend)
    , m_dialect(backend == Backend::Server)
    , m_place(Place::fromEnvironment()) {}

Database::~Database() {
    for (QSqlQuery* q : std::as_const(m_statements))
        delete q;
    qDeleteAll(m_stale);
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

bool Database::isServerAddress(const QString& location) {
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString Database::displayName() const {
    if (m_backend == Backend::File)
        return m_path;
    QUrl url(m_path);
    url.setUserInfo({});
    url.setQuery(QString());
    return url.toString();
}

QString Database::localPath() const {
    return m_backend == Backend::File ? m_path : localPathFor(m_path);
}

QString Database::localPathFor(const QString& location) {
    if (!isServerAddress(location))
        return location;
    // One name per server and database, whoever connects: the counter's key and drafts stay put.
    const QUrl url(location);
    const QString name = u"%1-%2-%3"_s.arg(url.host(), QString::number(url.port(5432)), url.path().mid(1));
    QString safe;
    for (const QChar c : name)
        safe += c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_' ? c : u'_';
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/server-"_s + safe;
}

QString Database::offlineCopyPath(const QString& serverAddress) {
    return localPathFor(serverAddress) + u".offline.sqlite"_s;
}

Error Database::noteError(Error e) {
    if (e.code == Error::Code::Unreachable)
        m_broken = true;
    return e;
}

Error Database::toError(const QSqlError& e, const QString& context) {
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    // libpq explains a lost link over several lines; the first says it.
    if (const qsizetype cut = text.indexOf(u"\n\tThis probably means"_s); cut > 0)
        text.truncate(cut);
    text = text.simplified();
    // PostgreSQL reports a five-character SQLSTATE, whose first two name its class; SQLite a number.
    const QString state = e.nativeErrorCode();
    if (state.size() == 5) {
        const QStringView cls = QStringView(state).left(2);
        if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s)
            return Error::of(Error::Code::Busy,
                             QCoreApplication::translate(
                                 "Core", "the database is busy: another counter is writing; try again"));
        if (state == u"53100"_s)
            return Error::of(Error::Code::Full,
                             QCoreApplication::translate(
                                 "Core", "the server's disk is full: the change was not saved (%1)")
                                 .arg(text));
        if (state == u"25006"_s)
            return Error::of(
                Error::Code::ReadOnly,
                QCoreApplication::translate("Core", "the database is read-only: the change was not saved"));
        if (cls == u"23")
            return Error::conflict(QCoreApplication::translate("Core", "database error: %1").arg(text));
        if (cls == u"28" || state == u"42501"_s)
            return Error::denied(QCoreApplication::translate("Core", "the server refused: %1").arg(text));
        if (cls == u"08" || cls == u"57")
            return Error::of(
                Error::Code::Unreachable,
                QCoreApplication::translate("Core", "the server does not answer: %1").arg(text.trimmed()));
        Q_UNUSED(context);
        return Error::storage(QCoreApplication::translate("Core", "database error: %1").arg(text));
    }
    // libpq's own words when the link is gone before any SQLSTATE could arrive.
    if (state.isEmpty() &&
        (text.contains(u"server closed the connection"_s) ||
         text.contains(u"no connection to the server"_s) || text.contains(u"terminating connection"_s) ||
         text.contains(u"could not connect"_s) || text.contains(u"could not send data"_s) ||
         text.contains(u"could not receive data"_s)))
        return Error::of(
            Error::Code::Unreachable,
            QCoreApplication::translate("Core", "the server does not answer: %1").arg(text.trimmed()));
    // Prepared statements report SQLite's extended result codes (2067: a UNIQUE constraint); the
    // primary code is the low byte.
    bool numeric = false;
    const int primary = e.nativeErrorCode().toInt(&numeric) & 0xff;
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

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode) {
    if (isServerAddress(location))
        return openServer(location, mode);
    return openFile(location, mode);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, OpenMode mode) {
    // Only stat and statfs here: what the file holds is read by SQLite itself, on its own descriptor.
    const QFileInfo info(path);
    if (!info.dir().exists())
        return Error::storage(
            QCoreApplication::translate("Core", "cannot open database %1: the folder %2 does not exist")
                .arg(path, info.dir().path()));
    if (auto fs = DatabaseFile::checkFileSystem(path); !fs)
        return fs.error();
    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return Error::notFound(QCoreApplication::translate(
                                       "Core", "no database at %1 (create it with: reboundctl --db %1 init)")
                                       .arg(path));
        // A new inode: no connection of this process can hold a lock on it yet.
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
        if (auto links = DatabaseFile::checkLinks(path); !links)
            return links.error();
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), Backend::File));
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
    auto file = DatabaseFile::identify(path);
    if (!file)
        return file.error();
    db->m_file = std::move(file.value());
    return db;
}

Result<void> Database::checkServerAddress(const QString& address) {
    const QUrl url(address, QUrl::StrictMode);
    const auto refuse = [&](const QString& why) {
        QUrl shown = url;
        shown.setPassword({});
        return Error::invalidAt(u"db"_s,
                                QCoreApplication::translate("Core", "cannot use the server address %1: %2")
                                    .arg(shown.toString(), why));
    };
    if (!isServerAddress(address) || !url.isValid() || url.host().isEmpty())
        return refuse(
            QCoreApplication::translate("Core", "write it as postgresql://user@host:port/database"));
    if (!url.password().isEmpty())
        return refuse(QCoreApplication::translate(
            "Core", "a password never goes in the address; put it in ~/.pgpass (or PGPASSFILE, PGPASSWORD)"));
    if (url.path().size() < 2)
        return refuse(QCoreApplication::translate("Core", "it names no database (…/dbname)"));
    for (const auto& item : QUrlQuery(url).queryItems()) {
        if (!ServerOptions.contains(item.first))
            return refuse(QCoreApplication::translate("Core", "unknown option %1 (known: %2)")
                              .arg(item.first, ServerOptions.join(u", "_s)));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& address, OpenMode mode) {
    if (auto c = checkServerAddress(address); !c)
        return c.error();
    const QUrl url(address, QUrl::StrictMode);
    const QUrlQuery query(url);
    static std::once_flag quiet;
    std::call_once(quiet, [] { g_previousHandler = qInstallMessageHandler(quietLostConnection); });
    std::unique_ptr<Database> db(new Database(address, nextConnectionName(), Backend::Server));
    db->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, db->m_connectionName);
    if (!db->m_db.isValid())
        return Error::storage(QCoreApplication::translate(
            "Core", "the Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql"));
    db->m_db.setHostName(url.host());
    db->m_db.setPort(url.port(5432));
    db->m_db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db->m_db.setUserName(url.userName());
    // A server that does not answer is named within seconds; keepalives notice a dead link while idle.
    QStringList options = {u"connect_timeout=%1"_s.arg(query.queryItemValue(u"connect_timeout"_s).isEmpty()
                                                           ? u"4"_s
                                                           : query.queryItemValue(u"connect_timeout"_s)),
                           u"keepalives=1"_s,
                           u"keepalives_idle=%1"_s.arg(query.queryItemValue(u"keepalives_idle"_s).isEmpty()
                                                           ? u"10"_s
                                                           : query.queryItemValue(u"keepalives_idle"_s)),
                           u"keepalives_interval=5"_s, u"keepalives_count=3"_s};
    QString appName = query.queryItemValue(u"application_name"_s);
    if (appName.isEmpty())
        appName = db->m_place.counter;
    appName.remove(u'\'').remove(u';').remove(u' ');
    options << u"application_name=rebound-%1"_s.arg(appName.left(40));
    for (const QString& key :
         {u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"target_session_attrs"_s}) {
        if (query.hasQueryItem(key))
            options << key + u'=' + query.queryItemValue(key);
    }
    db->m_db.setConnectOptions(options.join(u';'));
    if (auto c = db->connectServer(); !c)
        return c.error();
    if (auto c = db->configureServer(mode); !c)
        return Error::of(c.error().code, db->displayName() + u": "_s + c.error().message);
    return db;
}

Result<void> Database::connectServer() {
    if (m_db.isOpen())
        m_db.close();
    if (m_db.open()) {
        m_broken = false;
        QSqlQuery q(m_db);
        // Every stored time is UTC text made by Rebound; the session's zone only shapes casts. No JIT:
        // compiling a report's plan costs more than the report, which reads an index range.
        q.exec(u"SET TIME ZONE 'UTC'"_s);
        q.exec(u"SET jit = off"_s);
        return {};
    }
    const QSqlError e = m_db.lastError();
    QString text = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
    // libpq: 'connection to server at "host", port 1 failed: Connection refused\n\tIs the server…':
    // the host is named below, the reason is what is left to say.
    text = text.section(u'\n', 0, 0);
    if (const qsizetype failed = text.lastIndexOf(u"failed: "_s); failed >= 0)
        text = text.mid(failed + 8);
    text = text.simplified();
    const QString where = u"%1:%2"_s.arg(m_db.hostName()).arg(m_db.port());
    if (text.contains(u"password"_s) || text.contains(u"authentication"_s) || text.contains(u"role \""_s))
        return Error::denied(
            QCoreApplication::translate("Core", "the server at %1 refused the sign-in of %2: %3")
                .arg(where, m_db.userName().isEmpty() ? qEnvironmentVariable("USER") : m_db.userName(),
                     text));
    if (text.contains(u"database \""_s) && text.contains(u"does not exist"_s))
        return Error::notFound(QCoreApplication::translate("Core", "the server at %1 has no database %2 (%3)")
                                   .arg(where, m_db.databaseName(), text));
    return Error::of(
        Error::Code::Unreachable,
        QCoreApplication::translate("Core", "cannot reach the server at %1: %2").arg(where, text));
}

Result<void> Database::configureServer(OpenMode mode) {
    QSqlQuery q(m_db);
    // Rebound's own tables say so in rebound_meta; any other table means the database belongs to someone
    // else.
    if (!q.exec(u"SELECT count(*), count(*) FILTER (WHERE table_name = 'rebound_meta') "
                u"FROM information_schema.tables WHERE table_schema = current_schema()"_s) ||
        !q.next())
        return toError(q.lastError(), u"information_schema"_s);
    const int tables = q.value(0).toInt();
    const bool ours = q.value(1).toInt() == 1;
    q.finish();
    if (tables > 0 && !ours)
        return Error::of(
            Error::Code::NotOurs,
            QCoreApplication::translate(
                "Core", "not a Rebound database (it holds %n tables of another program)", "", tables));
    int version = 0;
    if (ours) {
        if (!q.exec(u"SELECT value FROM rebound_meta WHERE key = 'schema_version'"_s))
            return toError(q.lastError(), u"rebound_meta"_s);
        version = q.next() ? q.value(0).toInt() : 0;
        q.finish();
    }
    if (version > SchemaVersion)
        return Error::of(
            Error::Code::NewerSchema,
            QCoreApplication::translate("Core", "the database has schema version %1, newer than this Rebound "
                                                "understands (%2); update Rebound")
                .arg(version)
                .arg(SchemaVersion));
    if (version == SchemaVersion) {
        m_schemaReady = true;
        return {};
    }
    if (ours && version > 0) {
        auto migrated = migrateServer(version);
        m_schemaReady = migrated.ok();
        return migrated;
    }
    if (mode == OpenMode::ExistingOnly)
        return Error::notFound(
            QCoreApplication::translate("Core", "no Rebound database on the server yet (create it with: "
                                                "reboundctl server init %1 --site NAME)")
                .arg(displayName()));
    // Created whole at the current version; two counters starting at once wait for each other's lock.
    auto created = write([&]() -> Result<void> {
        QSqlQuery again(m_db);
        if (!again.exec(u"SELECT to_regclass('rebound_meta') IS NOT NULL"_s) || !again.next())
            return toError(again.lastError(), u"rebound_meta"_s);
        if (again.value(0).toBool())
            return {};
        again.finish();
        for (const QString& statement : Schema::server()) {
            if (auto e = execRaw(statement); !e)
                return Error::of(e.error().code, u"creating the schema failed: %1 (%2)"_s.arg(
                                                     e.error().message, statement.simplified().left(80)));
        }
        return execRaw(u"INSERT INTO rebound_meta (key, value) VALUES ('application', 'rebound'), "
                       u"('schema_version', '%1')"_s.arg(SchemaVersion));
    });
    m_schemaReady = created.ok();
    return created;
}

QString Database::literal(const QString& text) const {
    QSqlField field(QString{}, QMetaType(QMetaType::QString));
    field.setValue(text);
    return m_db.driver()->formatValue(field); // the driver's own escaping (libpq's, on the server)
}

Result<void> Database::execRaw(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return noteError(toError(q.lastError(), sql));
    return {};
}

Result<QList<QByteArray>> Database::execScript(const QByteArray& sql) {
    // libpq's PQexec runs every statement and answers with the last one's result, or with the first
    // error, which stops the rest; Qt's driver would report the first statement only.
    pg_conn* conn = serverHandle();
    if (!conn)
        return noteError(Error::of(Error::Code::Unreachable,
                                   QCoreApplication::translate("Core", "the server does not answer: %1")
                                       .arg(m_db.lastError().text())));
    PGresult* res = PQexec(conn, sql.constData());
    const ExecStatusType status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString message = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
        const QString state =
            res ? QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE)) : QString();
        PQclear(res);
        return noteError(
            toError(QSqlError(QString(), message, QSqlError::StatementError, state), QString::fromUtf8(sql)));
    }
    QList<QByteArray> row;
    if (status == PGRES_TUPLES_OK && PQntuples(res) > 0) {
        for (int c = 0; c < PQnfields(res); ++c)
            row << QByteArray(PQgetvalue(res, 0, c), PQgetlength(res, 0, c));
    }
    PQclear(res);
    return row;
}

int Database::schemaVersion() const {
    QSqlQuery q(m_db);
    const QString sql = m_backend == Backend::Server
                            ? u"SELECT value FROM rebound_meta WHERE key = 'schema_version'"_s
                            : u"PRAGMA user_version"_s;
    if (q.exec(sql) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::configure(OpenMode mode) {
    // Read before any write so a file we must not touch stays byte-for-byte as it was.
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        // SQLite read the header and found no database: SQLITE_NOTADB (26), whatever the message's language.
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 26)
            return Error::of(
                Error::Code::NotOurs,
                QCoreApplication::translate("Core", "not a Rebound database (not an SQLite file)"));
        return toError(q.lastError(), u"PRAGMA user_version"_s);
    }
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
    if (auto wal = useWal(); !wal)
        return wal;
    for (const auto& pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto r = execRaw(pragma); !r)
            return r;
    }
    if (version < SchemaVersion) {
        if (auto m = migrate(version); !m)
            return m;
    }
    // An offline copy of a server (sync/Outbox) has an outbox beside the schema's tables.
    if (q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'"_s))
        m_keepsOutbox = q.next();
    q.finish();
    // An outbox made before follow-ups travelled in it gains their columns.
    if (m_keepsOutbox && q.exec(u"SELECT 1 FROM pragma_table_info('outbox') WHERE name = 'kind'"_s) &&
        !q.next()) {
        q.finish();
        for (const QString& sql : {u"ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'recovery'"_s,
                                   u"ALTER TABLE outbox ADD COLUMN follow_up_id INTEGER"_s,
                                   u"ALTER TABLE outbox ADD COLUMN payload TEXT"_s}) {
            if (auto r = execRaw(sql); !r)
                return r;
        }
    }
    q.finish();
    return {};
}

Result<QString> Database::setJournalMode(const QString& mode) {
    // SQLite answers with the mode it is in, which is the old one when it could not change.
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA journal_mode=%1"_s.arg(mode)) || !q.next())
        return toError(q.lastError(), u"PRAGMA journal_mode"_s);
    return q.value(0).toString().toLower();
}

Result<void> Database::useWal() {
    // Where WAL cannot work (no shared memory) SQLite stays in the mode it was in.
    auto mode = setJournalMode(u"wal"_s);
    if (!mode)
        return mode.error();
    if (*mode != u"wal")
        return Error::storage(QCoreApplication::translate(
                                  "Core", "the file system cannot hold a write-ahead log (journal mode %1); "
                                          "keep the database on this computer's own disk")
                                  .arg(*mode));
    return {};
}

Result<void> Database::leaveWal() {
    auto mode = setJournalMode(u"delete"_s);
    if (!mode)
        return mode.error();
    if (*mode != u"delete")
        return Error::of(Error::Code::Busy,
                         QCoreApplication::translate("Core", "another connection has it open"));
    if (m_file)
        m_file->forgetWal();
    return {};
}

Result<void> Database::checkInPlace() const {
    if (!m_file)
        return {};
    return m_file->stillInPlace();
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

Result<void> Database::migrateServer(int from) {
    // Every counter may find an older server at once: the chain's lock makes one of them migrate, and
    // the others find it done.
    return write([&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT value FROM rebound_meta WHERE key = 'schema_version'"_s) || !q.next())
            return toError(q.lastError(), u"rebound_meta"_s);
        const int now = q.value(0).toInt();
        q.finish();
        for (int target = std::max(now, from) + 1; target <= SchemaVersion; ++target) {
            const QStringList steps = Schema::serverMigrationTo(target);
            if (steps.isEmpty())
                return Error::of(
                    Error::Code::NewerSchema,
                    QCoreApplication::translate(
                        "Core", "the server has schema version %1, which this Rebound cannot migrate")
                        .arg(now));
            for (const QString& statement : steps) {
                if (auto e = execRaw(statement); !e)
                    return Error::of(e.error().code,
                                     QCoreApplication::translate(
                                         "Core",
                                         "the server has schema version %1 and must be migrated to %2 by "
                                         "its owner (reboundctl server init ADDRESS --site NAME "
                                         "--app-role ROLE, as the owner): %3")
                                         .arg(now)
                                         .arg(SchemaVersion)
                                         .arg(e.error().message));
            }
        }
        return execRaw(
            u"UPDATE rebound_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(SchemaVersion));
    });
}

Query Database::query(const QString& sql) {
    if (m_broken && !m_inTransaction) {
        // The server session is gone and its prepared statements with it: connect again, prepare anew.
        m_stale += m_statements.values();
        m_statements.clear();
        if (auto c = connectServer(); !c)
            return Query(nullptr, c.error(), this);
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto* q = new QSqlQuery(m_db);
        // A forward-only result on the server streams row by row and holds the connection until read to
        // the end; services read one query while running another, so there each result arrives whole.
        q->setForwardOnly(m_backend == Backend::File);
        if (!q->prepare(sql)) {
            Error e = noteError(toError(q->lastError(), sql));
            delete q;
            return Query(nullptr, e, this);
        }
        it = m_statements.insert(sql, q);
    }
    return Query(*it, Error{}, this);
}

Result<void> Database::setBusyTimeout(int milliseconds) {
    if (m_backend == Backend::Server)
        return execRaw(u"SET lock_timeout = %1"_s.arg(milliseconds));
    return execRaw(u"PRAGMA busy_timeout = %1"_s.arg(milliseconds));
}

Result<void> Database::begin() {
    if (m_backend == Backend::Server) {
        if (m_broken) {
            m_stale += m_statements.values();
            m_statements.clear();
            if (auto c = connectServer(); !c)
                return c;
        }
        // One writer at a time across every counter, as SQLite's write lock gives one file: the audit
        // chain's next entry and an employee's day of gestures are read and written without a race.
        // The lock and the chain's head come in BEGIN's round trip: an append need not ask for the head.
        QByteArray begin = "BEGIN; SELECT pg_advisory_xact_lock(" + QByteArray::number(ApplicationId) + ")";
        if (m_schemaReady)
            begin += "; SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1";
        auto r = execScript(begin);
        if (!r && r.error().code == Error::Code::Unreachable) {
            // A connection the server dropped while idle (a restart, a NAT timeout): once more, anew.
            m_stale += m_statements.values();
            m_statements.clear();
            if (auto c = connectServer(); !c)
                return c;
            r = execScript(begin);
        }
        if (!r) {
            if (r.error().code != Error::Code::Unreachable) {
                m_inTransaction = true; // begun, but the lock was not had (a lock timeout): it ends here
                rollback();
            }
            return r.error();
        }
        m_inTransaction = true;
        if (r->size() == 3)
            m_chainHead = ChainHead{r->at(0).toLongLong(), r->at(1), QString::fromLatin1(r->at(2))};
        return {};
    }
    // Never written into a file that is no longer the one its name points at.
    if (auto here = checkInPlace(); !here)
        return here;
    // IMMEDIATE takes the write lock up front, so two counters never deadlock upgrading a read lock.
    for (int attempt = 0;; ++attempt) {
        auto r = execRaw(u"BEGIN IMMEDIATE"_s);
        if (r) {
            m_inTransaction = true;
            if (m_file)
                m_file->noteWal(); // after a bulk load, the WAL made anew
            return r;
        }
        if (attempt >= 5 || r.error().code != Error::Code::Busy)
            return r;
        QThread::msleep(50 * (attempt + 1));
    }
}

Result<void> Database::commit() {
    QByteArray commit = "COMMIT";
    if (m_wroteEntries) {
        // Which counters write, and when each last did (`reboundctl server status`): once a transaction.
        const QString seen =
            u"INSERT INTO counters (name, site, first_seen, last_write) VALUES (%1, %2, %3, %4) "
            u"ON CONFLICT (name) DO UPDATE SET site = excluded.site, last_write = excluded.last_write"_s;
        if (m_backend == Backend::Server) {
            // On the server in the COMMIT's round trip: if it fails, the COMMIT after it is not run.
            const QString at = literal(m_chainHead->at);
            commit =
                (seen.arg(literal(m_place.counter), literal(m_place.site), at, at) + u"; COMMIT"_s).toUtf8();
        } else {
            Query q = query(seen.arg(u"?"_s, u"?"_s, u"?"_s, u"?"_s));
            q.bind(m_place.counter).bind(m_place.site).bind(m_chainHead->at).bind(m_chainHead->at);
            if (auto r = q.exec(); !r)
                return r;
        }
    }
    Result<void> r;
    if (m_backend == Backend::Server) {
        if (auto s = execScript(commit); !s)
            r = s.error();
    } else {
        r = execRaw(QString::fromLatin1(commit));
    }
    if (r) {
        m_inTransaction = false;
        m_chainHead.reset();
        m_wroteEntries = false;
    }
    return r;
}

void Database::rollback() {
    m_chainHead.reset();
    m_wroteEntries = false;
    if (m_inTransaction) {
        // A lost server connection rolled back already, and Qt closed it.
        if (m_db.isOpen()) {
            QSqlQuery q(m_db);
            q.exec(u"ROLLBACK"_s);
        }
        m_inTransaction = false;
    }
}

Result<void> Database::beginReadSnapshot() {
    if (m_inTransaction)
        return {};
    auto r = execRaw(m_backend == Backend::Server ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                                                  : u"BEGIN"_s);
    if (r)
        m_inTransaction = true;
    return r;
}

void Database::endReadSnapshot() {
    rollback();
}

pg_conn* Database::serverHandle() const {
    if (m_backend != Backend::Server || !m_db.driver())
        return nullptr;
    // Qt's PostgreSQL driver hands out its libpq connection as "PGconn*" (the struct is pg_conn).
    const QVariant h = m_db.driver()->handle();
    if (qstrcmp(h.typeName(), "PGconn*") != 0 && qstrcmp(h.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<pg_conn* const*>(h.constData());
}

sqlite3* Database::handle() const {
    if (m_backend == Backend::Server)
        return nullptr;
    const QVariant h = m_db.driver()->handle();
    if (qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(h.constData());
}

Result<QStringList> Database::beginBulkLoad(const QStringList& rebuiltIndexes) {
    if (m_backend == Backend::Server) {
        // The server keeps its own durability settings; a load is one transaction like any other.
        if (auto b = begin(); !b)
            return b.error();
        return QStringList();
    }
    // A rollback journal writes only the pages that existed before, which for a fresh file is almost
    // nothing; WAL would write every new page twice. With another connection open SQLite refuses to
    // leave WAL, and the load stops here, before writing anything.
    // Foreign keys off: the loader hands out every id itself, and a lookup per reference would cost
    // a fifth of the load.
    if (auto sole = leaveWal(); !sole)
        return sole.error();
    for (const QString& pragma : {u"PRAGMA synchronous=OFF"_s, u"PRAGMA foreign_keys=OFF"_s,
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
    if (m_backend == Backend::Server) {
        // The loader handed out the ids itself: each identity goes on after the largest.
        if (auto r = resumeIdentities(); !r)
            return r;
        if (auto r = commit(); !r)
            return r;
        // The planner's statistics for the rows just loaded (without them it guesses, and badly), and the
        // visibility map that lets counts over an index skip the table.
        return execRaw(u"VACUUM (ANALYZE)"_s);
    }
    for (const QString& sql : indexes) {
        if (auto r = execRaw(sql); !r)
            return r;
    }
    // No ANALYZE: the planner's choices stay the same on a small database and a large one, which is
    // what the query-plan tests check.
    return commit();
}

Result<void> Database::resumeIdentities() {
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                u"AND column_name = 'id' AND is_identity = 'YES'"_s))
        return noteError(toError(q.lastError(), u"information_schema"_s));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : std::as_const(tables)) {
        if (auto r =
                execRaw(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                        u"FROM %1"_s.arg(table));
            !r)
            return r;
    }
    return {};
}

Result<void> Database::endBulkLoad() {
    rollback();
    if (m_backend == Backend::Server)
        return {};
    // Back to the durable settings every other write relies on.
    for (const QString& pragma :
         {u"PRAGMA cache_size=-2000"_s, u"PRAGMA temp_store=DEFAULT"_s, u"PRAGMA threads=0"_s,
          u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=FULL"_s}) {
        if (auto r = execRaw(pragma); !r)
            return r;
    }
    return useWal();
}

Result<void> Database::integrityCheck(Check depth) {
    if (m_backend == Backend::Server) {
        // The server checks its own pages; what the application can check is that every table reads.
        for (const QString& table : {u"employees"_s, u"customers"_s, u"incidents"_s, u"compensations"_s,
                                     u"follow_ups"_s, u"audit_log"_s}) {
            QSqlQuery q(m_db);
            const QString sql = depth == Check::Full ? u"SELECT count(*) FROM %1"_s.arg(table)
                                                     : u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table);
            if (!q.exec(sql))
                return noteError(toError(q.lastError(), sql));
        }
        return {};
    }
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
    if (m_backend == Backend::Server)
        return Error::invalid(QCoreApplication::translate(
            "Core", "a central server is backed up on the server, with pg_dump or its own backups; "
                    "reboundctl backup copies a counter's own database file"));
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
