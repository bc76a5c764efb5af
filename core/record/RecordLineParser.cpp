// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/RecordLineParser.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound::RecordLineParser {

namespace {

Result<void> onlyKeys(const QJsonObject& o, const QString& path, const QStringList& allowed) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Error::invalid(
                QCoreApplication::translate("Core", "%1%2: unknown field").arg(path, it.key()));
    }
    return {};
}

// Absent or null: empty. Otherwise it must be a string.
Result<QString> optionalString(const QJsonObject& o, const QString& key, const QString& path) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Error::invalid(QCoreApplication::translate("Core", "%1%2: must be a string").arg(path, key));
    return v.toString();
}

Result<std::optional<QDateTime>> optionalTime(const QJsonObject& o, const QString& key, const QString& path) {
    auto s = optionalString(o, key, path);
    if (!s)
        return s.error();
    if (s->isEmpty())
        return std::optional<QDateTime>();
    auto t = TimeFormat::parseIso(s.value(), path + key);
    if (!t)
        return t.error();
    return std::optional<QDateTime>(t.value());
}

Result<void> readCustomer(const QJsonObject& o, RecoveryDraft& d) {
    CustomerDraft& customer = d.customer;
    if (!o.value(u"customer"_s).isObject())
        return Error::invalid(QCoreApplication::translate("Core", "customer: missing or not an object"));
    const QJsonObject c = o.value(u"customer"_s).toObject();
    if (auto r = onlyKeys(c, u"customer."_s,
                          {u"id"_s, u"name"_s, u"phone"_s, u"email"_s, u"account_ref"_s, u"segment"_s,
                           u"preferences"_s, u"lifetime_value"_s});
        !r)
        return r;
    if (c.contains(u"id"_s)) {
        const QJsonValue id = c.value(u"id"_s);
        if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() != double(id.toInteger()))
            return Error::invalid(
                QCoreApplication::translate("Core", "customer.id: must be a positive whole number"));
        customer.id = id.toInteger();
    }
    for (const auto& [key, target] :
         {std::pair{u"name"_s, &customer.name}, std::pair{u"phone"_s, &customer.phone},
          std::pair{u"email"_s, &customer.email}, std::pair{u"account_ref"_s, &customer.accountRef},
          std::pair{u"preferences"_s, &customer.preferences},
          std::pair{u"lifetime_value"_s, &customer.lifetimeValue}}) {
        auto s = optionalString(c, key, u"customer."_s);
        if (!s)
            return s.error();
        *target = s.value();
    }
    auto segment = optionalString(c, u"segment"_s, u"customer."_s);
    if (!segment)
        return segment.error();
    customer.segment = SegmentId(segment.value());
    return {};
}

// What happened: category, severity, who found it, the description and when.
Result<void> readSituation(const QJsonObject& o, RecoveryDraft& d) {
    QString category, severity, detectedBy;
    for (const auto& [key, target] :
         {std::pair{u"category"_s, &category}, std::pair{u"severity"_s, &severity},
          std::pair{u"detected_by"_s, &detectedBy}, std::pair{u"description"_s, &d.description},
          std::pair{u"prevention_note"_s, &d.preventionNote}, std::pair{u"apology"_s, &d.apology}}) {
        auto s = optionalString(o, key, {});
        if (!s)
            return s.error();
        *target = s.value();
    }
    d.category = CategoryId(category);
    d.severity = SeverityId(severity);
    if (d.category.isEmpty())
        return Error::invalid(QCoreApplication::translate("Core", "category: missing"));
    if (d.severity.isEmpty())
        return Error::invalid(QCoreApplication::translate("Core", "severity: missing"));
    if (!detectedBy.isEmpty()) {
        const auto detected = detectedByFromId(detectedBy);
        if (!detected)
            return Error::invalid(QCoreApplication::translate(
                                      "Core", "detected_by: must be \"customer\" or \"staff\", not \"%1\"")
                                      .arg(detectedBy));
        d.detectedBy = *detected;
    }
    auto occurred = optionalTime(o, u"occurred_at"_s, {});
    if (!occurred)
        return occurred.error();
    d.occurredAt = occurred.value();
    return {};
}

Result<void> readFix(const QJsonObject& o, RecoveryDraft& d) {
    if (!o.contains(u"fix"_s))
        return {};
    if (!o.value(u"fix"_s).isObject())
        return Error::invalid(QCoreApplication::translate("Core", "fix: must be an object"));
    const QJsonObject fix = o.value(u"fix"_s).toObject();
    if (auto r = onlyKeys(fix, u"fix."_s, {u"notes"_s, u"resolved"_s}); !r)
        return r;
    auto notes = optionalString(fix, u"notes"_s, u"fix."_s);
    if (!notes)
        return notes.error();
    d.fixNotes = notes.value();
    const QJsonValue resolved = fix.value(u"resolved"_s);
    if (!resolved.isUndefined() && !resolved.isBool())
        return Error::invalid(QCoreApplication::translate("Core", "fix.resolved: must be true or false"));
    d.resolved = resolved.toBool(false);
    return {};
}

Result<CompensationDraft> readCompensation(const QJsonValue& value, qsizetype i) {
    const QString path = u"compensations[%1]."_s.arg(i);
    if (!value.isObject())
        return Error::invalid(
            QCoreApplication::translate("Core", "compensations[%1]: must be an object").arg(i));
    const QJsonObject line = value.toObject();
    if (auto r = onlyKeys(line, path, {u"item"_s, u"amount"_s}); !r)
        return r.error();
    CompensationDraft cd;
    auto item = optionalString(line, u"item"_s, path);
    if (!item)
        return item.error();
    if (item->isEmpty())
        return Error::invalid(path + u"item: missing"_s);
    cd.item = item.value();
    if (line.value(u"amount"_s).isDouble())
        return Error::invalid(path + u"amount: must be a decimal string such as \"12.50\", not a number"_s);
    auto amount = optionalString(line, u"amount"_s, path);
    if (!amount)
        return amount.error();
    cd.amount = amount.value();
    return cd;
}

Result<void> readCompensations(const QJsonObject& o, RecoveryDraft& d) {
    const QJsonValue comps = o.value(u"compensations"_s);
    if (comps.isUndefined() || comps.isNull())
        return {};
    if (!comps.isArray())
        return Error::invalid(QCoreApplication::translate("Core", "compensations: must be a list"));
    const QJsonArray list = comps.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto line = readCompensation(list.at(i), i);
        if (!line)
            return line.error();
        d.compensations.append(line.value());
    }
    return {};
}

// The follow-up and the satisfaction given on the spot.
Result<void> readFollowUp(const QJsonObject& o, RecoveryDraft& d) {
    if (o.contains(u"follow_up"_s) && !o.value(u"follow_up"_s).isNull()) {
        if (!o.value(u"follow_up"_s).isObject())
            return Error::invalid(QCoreApplication::translate("Core", "follow_up: must be an object"));
        const QJsonObject f = o.value(u"follow_up"_s).toObject();
        if (auto r = onlyKeys(f, u"follow_up."_s, {u"due"_s, u"channel"_s}); !r)
            return r;
        auto due = optionalTime(f, u"due"_s, u"follow_up."_s);
        if (!due)
            return due.error();
        d.followUpDue = due.value();
        auto channel = optionalString(f, u"channel"_s, u"follow_up."_s);
        if (!channel)
            return channel.error();
        if (!channel->isEmpty()) {
            d.followUpChannel = channelFromId(channel.value());
            if (!d.followUpChannel)
                return Error::invalid(QCoreApplication::translate(
                                          "Core", "follow_up.channel: unknown channel \"%1\" (one of %2)")
                                          .arg(channel.value(), channelIds()));
        }
    }
    const QJsonValue sat = o.value(u"satisfaction"_s);
    if (!sat.isUndefined() && !sat.isNull()) {
        if (!sat.isDouble() || sat.toDouble() != double(sat.toInt()) || sat.toInt() < 1 || sat.toInt() > 5)
            return Error::invalid(
                QCoreApplication::translate("Core", "satisfaction: must be a whole number from 1 to 5"));
        d.satisfaction = sat.toInt();
    }
    return {};
}

} // namespace

namespace {
Result<QJsonObject> objectOf(const QByteArray& line) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(QCoreApplication::translate("Core", "malformed JSON at character %1: %2")
                                  .arg(err.offset)
                                  .arg(err.errorString()));
    if (!doc.isObject())
        return Error::invalid(QCoreApplication::translate("Core", "expected one JSON object per line"));
    return doc.object();
}
} // namespace

Result<CustomerDraft> parseCustomer(const QByteArray& line) {
    auto o = objectOf(line);
    if (!o)
        return o.error();
    RecoveryDraft d;
    if (auto r = readCustomer(QJsonObject{{u"customer"_s, o.value()}}, d); !r)
        return r.error();
    return d.customer;
}

Result<RecoveryDraft> parse(const QByteArray& line) {
    auto parsed = objectOf(line);
    if (!parsed)
        return parsed.error();
    const QJsonObject& o = parsed.value();
    if (auto r = onlyKeys(o, {},
                          {u"customer"_s, u"category"_s, u"severity"_s, u"detected_by"_s, u"description"_s,
                           u"prevention_note"_s, u"occurred_at"_s, u"apology"_s, u"fix"_s, u"compensations"_s,
                           u"follow_up"_s, u"satisfaction"_s});
        !r)
        return r.error();
    RecoveryDraft d;
    for (const auto& read : {readCustomer, readSituation, readFix, readCompensations, readFollowUp}) {
        if (auto r = read(o, d); !r)
            return r.error();
    }
    return d;
}

} // namespace rebound::RecordLineParser
