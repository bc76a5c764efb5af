// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/DraftStore.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr int Format = 1;

QJsonValue time(const std::optional<QDateTime>& t) {
    return t && t->isValid() ? QJsonValue(TimeFormat::toStored(*t)) : QJsonValue();
}

std::optional<QDateTime> timeOf(const QJsonValue& v) {
    const QDateTime t = TimeFormat::fromStored(v.toString());
    return t.isValid() ? std::optional(t) : std::nullopt;
}

QJsonObject customerJson(const CustomerDraft& c) {
    QJsonObject o{{u"name"_s, c.name},
                  {u"phone"_s, c.phone},
                  {u"email"_s, c.email},
                  {u"account_ref"_s, c.accountRef},
                  {u"segment"_s, c.segment.toString()},
                  {u"preferences"_s, c.preferences},
                  {u"lifetime_value"_s, c.lifetimeValue}};
    if (c.id)
        o.insert(u"id"_s, *c.id);
    return o;
}

CustomerDraft customerOf(const QJsonObject& o) {
    CustomerDraft c;
    if (o.value(u"id"_s).isDouble())
        c.id = o.value(u"id"_s).toInteger();
    c.name = o.value(u"name"_s).toString();
    c.phone = o.value(u"phone"_s).toString();
    c.email = o.value(u"email"_s).toString();
    c.accountRef = o.value(u"account_ref"_s).toString();
    c.segment = SegmentId(o.value(u"segment"_s).toString());
    c.preferences = o.value(u"preferences"_s).toString();
    c.lifetimeValue = o.value(u"lifetime_value"_s).toString();
    return c;
}

QJsonObject draftJson(const RecoveryDraft& d) {
    QJsonArray gestures;
    for (const CompensationDraft& c : d.compensations)
        gestures.append(QJsonObject{{u"item"_s, c.item}, {u"amount"_s, c.amount}});
    QJsonObject o{{u"customer"_s, customerJson(d.customer)},
                  {u"category"_s, d.category.toString()},
                  {u"severity"_s, d.severity.toString()},
                  {u"detected_by"_s, detectedById(d.detectedBy)},
                  {u"description"_s, d.description},
                  {u"prevention_note"_s, d.preventionNote},
                  {u"occurred_at"_s, time(d.occurredAt)},
                  {u"apology"_s, d.apology},
                  {u"apologized_at"_s, time(d.apologizedAt)},
                  {u"fix_notes"_s, d.fixNotes},
                  {u"resolved"_s, d.resolved},
                  {u"fixed_at"_s, time(d.fixedAt)},
                  {u"compensations"_s, gestures},
                  {u"follow_up_due"_s, time(d.followUpDue)}};
    if (d.followUpChannel)
        o.insert(u"follow_up_channel"_s, channelId(*d.followUpChannel));
    if (d.satisfaction)
        o.insert(u"satisfaction"_s, *d.satisfaction);
    return o;
}

RecoveryDraft draftOf(const QJsonObject& o) {
    RecoveryDraft d;
    d.customer = customerOf(o.value(u"customer"_s).toObject());
    d.category = CategoryId(o.value(u"category"_s).toString());
    d.severity = SeverityId(o.value(u"severity"_s).toString());
    d.detectedBy = detectedByFromId(o.value(u"detected_by"_s).toString()).value_or(DetectedBy::Customer);
    d.description = o.value(u"description"_s).toString();
    d.preventionNote = o.value(u"prevention_note"_s).toString();
    d.occurredAt = timeOf(o.value(u"occurred_at"_s));
    d.apology = o.value(u"apology"_s).toString();
    d.apologizedAt = timeOf(o.value(u"apologized_at"_s));
    d.fixNotes = o.value(u"fix_notes"_s).toString();
    d.resolved = o.value(u"resolved"_s).toBool();
    d.fixedAt = timeOf(o.value(u"fixed_at"_s));
    for (const QJsonValue& g : o.value(u"compensations"_s).toArray())
        d.compensations.append({g[u"item"_s].toString(), g[u"amount"_s].toString()});
    d.followUpDue = timeOf(o.value(u"follow_up_due"_s));
    d.followUpChannel = channelFromId(o.value(u"follow_up_channel"_s).toString());
    const int rating = o.value(u"satisfaction"_s).toInt();
    if (rating >= 1 && rating <= 5)
        d.satisfaction = rating;
    return d;
}

} // namespace

QByteArray SavedDraft::toJson() const {
    const QJsonObject o{{u"format"_s, Format},
                        {u"employee_id"_s, employeeId},
                        {u"started_at"_s, time(startedAt)},
                        {u"saved_at"_s, time(savedAt)},
                        {u"page"_s, page},
                        {u"draft"_s, draftJson(draft)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<SavedDraft> SavedDraft::fromJson(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(u"format"_s).toInt() != Format || !doc.object().value(u"draft"_s).isObject())
        return Error::corrupt(
            QCoreApplication::translate("Core", "the unfinished recovery's file is damaged"));
    const QJsonObject o = doc.object();
    SavedDraft s;
    s.employeeId = o.value(u"employee_id"_s).toInteger();
    s.startedAt = timeOf(o.value(u"started_at"_s)).value_or(QDateTime());
    s.savedAt = timeOf(o.value(u"saved_at"_s)).value_or(QDateTime());
    s.page = o.value(u"page"_s).toInt();
    s.draft = draftOf(o.value(u"draft"_s).toObject());
    return s;
}

DraftStore::DraftStore(const QString& databasePath) {
    if (!databasePath.isEmpty() && databasePath != u":memory:")
        m_dir = databasePath + u".drafts"_s;
}

QString DraftStore::fileOf(qint64 employeeId) const {
    return m_dir.isEmpty() ? QString() : m_dir + u"/employee-%1.json"_s.arg(employeeId);
}

Status DraftStore::save(const SavedDraft& draft) const {
    if (m_dir.isEmpty())
        return {};
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    if (!QDir().mkpath(m_dir) || !QFile::setPermissions(m_dir, owner | QFile::ExeOwner))
        return Error::storage(
            QCoreApplication::translate("Core", "cannot keep the unfinished recovery in %1").arg(m_dir));
    QSaveFile file(fileOf(draft.employeeId));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(owner) || file.write(draft.toJson()) < 0 ||
        !file.commit())
        return Error::storage(QCoreApplication::translate("Core", "cannot keep the unfinished recovery: %1")
                                  .arg(file.errorString()));
    return {};
}

Result<std::optional<SavedDraft>> DraftStore::load(qint64 employeeId) const {
    QFile file(fileOf(employeeId));
    if (m_dir.isEmpty() || !file.exists())
        return std::optional<SavedDraft>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("Core", "cannot read the unfinished recovery: %1")
                                  .arg(file.errorString()));
    auto saved = SavedDraft::fromJson(file.readAll());
    file.close();
    if (!saved) {
        // Kept for whoever wants to look, out of the way of the next draft.
        QFile::remove(file.fileName() + u".damaged"_s);
        QFile::rename(file.fileName(), file.fileName() + u".damaged"_s);
        return saved.error();
    }
    return std::optional(saved.value());
}

void DraftStore::discard(qint64 employeeId) const {
    if (!m_dir.isEmpty())
        QFile::remove(fileOf(employeeId));
}

Status DraftStore::moveTo(const DraftStore& other, qint64 employeeId, qint64 otherId) const {
    if (m_dir == other.m_dir && employeeId == otherId)
        return {};
    auto kept = load(employeeId);
    if (!kept)
        return kept.error();
    if (!*kept)
        return {};
    SavedDraft draft = **kept;
    draft.employeeId = otherId;
    draft.draft.customer.id.reset(); // an id of the other database: matched again by phone or email
    if (auto r = other.save(draft); !r)
        return r;
    discard(employeeId);
    return {};
}

} // namespace rebound
