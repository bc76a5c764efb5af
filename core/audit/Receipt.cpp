// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/Receipt.h"

#include "security/InstallationKey.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr auto Format = "rebound-receipt 1";

bool isHex(const QString& s, qsizetype length) {
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

Error bad(const QString& field, const QString& what) {
    return Error::invalidAt(field, field + u": "_s + what);
}

} // namespace

QString receiptKindId(Receipt::Kind kind) {
    switch (kind) {
    case Receipt::Kind::Closing:
        return u"closing"_s;
    case Receipt::Kind::Export:
        return u"export"_s;
    case Receipt::Kind::Backup:
        return u"backup"_s;
    }
    return {};
}

QByteArray Receipt::signedBytes() const {
    QJsonObject o{{u"format"_s, QLatin1String(Format)},
                  {u"kind"_s, receiptKindId(kind)},
                  {u"entry"_s, entry},
                  {u"hash"_s, QString::fromLatin1(hash)},
                  {u"at"_s, at},
                  {u"by"_s, by},
                  {u"public_key"_s, QString::fromLatin1(publicKey)}};
    if (kind == Kind::Closing) {
        o.insert(u"date"_s, date);
        o.insert(u"totals"_s, totals);
    } else {
        o.insert(u"file"_s, file);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray Receipt::toJson() const {
    QJsonObject o = QJsonDocument::fromJson(signedBytes()).object();
    o.insert(u"signature"_s, QString::fromLatin1(signature));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Receipt> Receipt::fromJson(QByteArrayView bytes) {
    if (bytes.size() > MaxFileSize)
        return Error::invalid(QCoreApplication::translate("Core", "larger than a receipt can be"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (!doc.isObject())
        return Error::invalid(
            QCoreApplication::translate("Core", "not a receipt: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != QLatin1String(Format))
        return bad(u"format"_s,
                   QCoreApplication::translate("Core", "expected \"%1\"").arg(QLatin1String(Format)));
    Receipt r;
    const QString kind = o.value(u"kind"_s).toString();
    if (kind == u"closing")
        r.kind = Kind::Closing;
    else if (kind == u"export")
        r.kind = Kind::Export;
    else if (kind == u"backup")
        r.kind = Kind::Backup;
    else
        return bad(u"kind"_s, QCoreApplication::translate("Core", "must be closing, export or backup"));
    const double entry = o.value(u"entry"_s).toDouble(-1);
    if (!o.value(u"entry"_s).isDouble() || entry < 1 || entry > 9e15 || entry != double(qint64(entry)))
        return bad(u"entry"_s, QCoreApplication::translate("Core", "must be an audit entry number"));
    r.entry = qint64(entry);
    for (const auto& [field, length, target] :
         {std::tuple{u"hash"_s, 64, &r.hash}, std::tuple{u"public_key"_s, 64, &r.publicKey},
          std::tuple{u"signature"_s, 128, &r.signature}}) {
        const QString v = o.value(field).toString();
        if (!isHex(v, length))
            return bad(
                field,
                QCoreApplication::translate("Core", "must be %1 lower-case hexadecimal digits").arg(length));
        *target = v.toLatin1();
    }
    r.at = o.value(u"at"_s).toString();
    r.by = o.value(u"by"_s).toString();
    if (r.kind == Kind::Closing) {
        r.date = o.value(u"date"_s).toString();
        if (!QDate::fromString(r.date, Qt::ISODate).isValid())
            return bad(u"date"_s, QCoreApplication::translate("Core", "must be a date, YYYY-MM-DD"));
        if (!o.value(u"totals"_s).isObject())
            return bad(u"totals"_s, QCoreApplication::translate("Core", "must be an object"));
        r.totals = o.value(u"totals"_s).toObject();
    } else {
        r.file = o.value(u"file"_s).toString();
    }
    return r;
}

bool Receipt::signatureValid() const {
    return InstallationKey::verify(QByteArray::fromHex(publicKey), signedBytes(),
                                   QByteArray::fromHex(signature));
}

QString Receipt::fileName() const {
    if (kind == Kind::Closing)
        return u"closing-%1.json"_s.arg(date);
    return u"%1-%2.json"_s.arg(receiptKindId(kind)).arg(entry);
}

void Receipt::signWith(const InstallationKey& key) {
    publicKey = key.publicKey().toHex();
    signature = key.sign(signedBytes()).toHex();
}

Result<QString> storeReceipt(const QString& dir, const Receipt& receipt) {
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error::storage(
            QCoreApplication::translate("Core", "cannot create the receipts folder %1").arg(dir));
    const QString path = QDir(dir).filePath(receipt.fileName());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(receipt.toJson()) < 0 || !file.commit())
        return Error::storage(QCoreApplication::translate("Core", "cannot write the receipt %1: %2")
                                  .arg(path, file.errorString()));
    return path;
}

Result<QString> writeHeadReceipt(Database& db, Receipt::Kind kind, qint64 entry, const QString& by,
                                 const QString& file, const QString& at) {
    auto key = InstallationKey::loadOrCreate(InstallationKey::keyPathFor(db.localPath()));
    if (!key)
        return key.error();
    Query q = db.query(u"SELECT hash FROM audit_log WHERE id = ?"_s);
    q.bind(entry);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("Core", "audit entry %1 does not exist").arg(entry));
    Receipt r;
    r.kind = kind;
    r.entry = entry;
    r.hash = q.text(0).toLatin1();
    r.at = at;
    r.by = by;
    r.file = file;
    r.signWith(*key);
    return storeReceipt(InstallationKey::receiptsDirFor(db.localPath()), r);
}

} // namespace rebound
