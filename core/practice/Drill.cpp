// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/Drill.h"

#include "playbook/Playbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {

constexpr auto Format = "rebound-drills 1";
constexpr int MaxText = 2000;
constexpr int MaxDrills = 500;
constexpr std::array Steps{DrillStep::Situation, DrillStep::Apology, DrillStep::Fix, DrillStep::Compensation,
                           DrillStep::FollowUp};
constexpr std::array Kinds{PressureEvent::Kind::Interrupt, PressureEvent::Kind::AboveAuthority,
                           PressureEvent::Kind::Blame};

Error bad(const QString& path, const QString& what) {
    return Error::invalidAt(path, path + u": "_s + what);
}

} // namespace

QString drillStepId(DrillStep step) {
    switch (step) {
    case DrillStep::Situation:
        return u"situation"_s;
    case DrillStep::Apology:
        return u"apology"_s;
    case DrillStep::Fix:
        return u"fix"_s;
    case DrillStep::Compensation:
        return u"compensation"_s;
    case DrillStep::FollowUp:
        return u"follow-up"_s;
    }
    Q_UNREACHABLE();
}

QString pressureKindId(PressureEvent::Kind kind) {
    switch (kind) {
    case PressureEvent::Kind::Interrupt:
        return u"interrupt"_s;
    case PressureEvent::Kind::AboveAuthority:
        return u"above-authority"_s;
    case PressureEvent::Kind::Blame:
        return u"blame"_s;
    }
    Q_UNREACHABLE();
}

QString Drill::lineAt(DrillStep step) const {
    switch (step) {
    case DrillStep::Situation:
        return opening;
    case DrillStep::Fix:
        return afterApology;
    case DrillStep::Compensation:
        return afterFix;
    case DrillStep::FollowUp:
        return afterGesture;
    case DrillStep::Apology:
        return {};
    }
    return {};
}

// Walks the JSON once, keeping the path of the field being read for error messages.
class DrillParser final {
public:
    DrillParser(DrillLibrary& out, const Playbook& pb)
        : m_out(out)
        , m_pb(pb) {}

    Result<void> parse(const QJsonObject& root) {
        if (auto r = onlyKeys(root, {}, {u"format"_s, u"language"_s, u"blame_words"_s, u"drills"_s}); !r)
            return r;
        if (root.value(u"format"_s).toString() != QLatin1String(Format))
            return bad(u"format"_s,
                       QCoreApplication::translate("Drill", "must be \"%1\"").arg(QLatin1String(Format)));
        auto language = text(root, {}, u"language"_s, true);
        if (!language)
            return language.error();
        m_out.m_language = *language;
        auto blame = words(root, {}, u"blame_words"_s);
        if (!blame)
            return blame.error();
        m_out.m_blameWords = *blame;
        const QJsonValue drills = root.value(u"drills"_s);
        if (!drills.isArray() || drills.toArray().isEmpty() || drills.toArray().size() > MaxDrills)
            return bad(
                u"drills"_s,
                QCoreApplication::translate("Drill", "must be a list of 1 to %1 drills").arg(MaxDrills));
        QSet<QString> ids;
        const QJsonArray list = drills.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"drills[%1]"_s.arg(i);
            if (!list[i].isObject())
                return bad(path, QCoreApplication::translate("Drill", "must be an object"));
            auto d = drill(list[i].toObject(), path);
            if (!d)
                return d.error();
            if (ids.contains(d->id))
                return bad(path + u".id"_s,
                           QCoreApplication::translate("Drill", "\"%1\" is used twice").arg(d->id));
            ids.insert(d->id);
            m_out.m_drills.append(d.value());
        }
        return {};
    }

private:
    static Result<void> onlyKeys(const QJsonObject& o, const QString& path, const QStringList& allowed) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return bad(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                           QCoreApplication::translate("Drill", "unknown field"));
        }
        return {};
    }

    static QString at(const QString& path, const QString& key) {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    static Result<QString> text(const QJsonObject& o, const QString& path, const QString& key,
                                bool required) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            return bad(at(path, key), QCoreApplication::translate("Drill", "must be a text, not empty"));
        if (v.toString().size() > MaxText)
            return bad(at(path, key),
                       QCoreApplication::translate("Drill", "at most %1 characters").arg(MaxText));
        return v.toString().trimmed();
    }

    static Result<QStringList> words(const QJsonObject& o, const QString& path, const QString& key) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return QStringList();
        if (!v.isArray() || v.toArray().size() > 100)
            return bad(at(path, key),
                       QCoreApplication::translate("Drill", "must be a list of at most 100 texts"));
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().trimmed().isEmpty() || a[i].toString().size() > MaxText)
                return bad(u"%1[%2]"_s.arg(at(path, key)).arg(i),
                           QCoreApplication::translate("Drill", "must be a text, not empty"));
            out << a[i].toString().trimmed();
        }
        return out;
    }

    Result<Drill> drill(const QJsonObject& o, const QString& path) {
        if (auto r = onlyKeys(o, path,
                              {u"id"_s, u"title"_s, u"setting"_s, u"customer"_s, u"what_went_wrong"_s,
                               u"says"_s, u"detected_by"_s, u"expected"_s, u"gestures"_s, u"personal_touch"_s,
                               u"target_seconds"_s, u"pressure"_s, u"ideal"_s});
            !r)
            return r.error();
        Drill d;
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
        auto id = text(o, path, u"id"_s, true);
        if (!id)
            return id.error();
        if (!idPattern.match(*id).hasMatch())
            return bad(path + u".id"_s, QCoreApplication::translate(
                                            "Drill", "lower-case letters, digits and dashes, at most 64"));
        d.id = *id;
        for (const auto& [key, target] :
             {std::pair{u"title"_s, &d.title}, std::pair{u"setting"_s, &d.setting},
              std::pair{u"what_went_wrong"_s, &d.whatWentWrong}}) {
            auto t = text(o, path, key, true);
            if (!t)
                return t.error();
            *target = *t;
        }
        if (auto r = customer(o.value(u"customer"_s), path + u".customer"_s, d.customer); !r)
            return r.error();
        if (auto r = says(o.value(u"says"_s), path + u".says"_s, d); !r)
            return r.error();
        auto detected = text(o, path, u"detected_by"_s, false);
        if (!detected)
            return detected.error();
        if (!detected->isEmpty()) {
            auto by = detectedByFromId(*detected);
            if (!by)
                return bad(path + u".detected_by"_s,
                           QCoreApplication::translate("Drill", "customer or staff"));
            d.detectedBy = *by;
        }
        if (auto r = expected(o.value(u"expected"_s), path + u".expected"_s, d); !r)
            return r.error();
        if (auto r = gestures(o.value(u"gestures"_s), path + u".gestures"_s, d); !r)
            return r.error();
        auto touch = words(o, path, u"personal_touch"_s);
        if (!touch)
            return touch.error();
        for (const QString& w : *touch)
            d.personalTouch << w.toLower();
        const QJsonValue target = o.value(u"target_seconds"_s);
        if (!target.isDouble() || target.toDouble() != double(target.toInt()) || target.toInt() < 10 ||
            target.toInt() > 3600)
            return bad(path + u".target_seconds"_s,
                       QCoreApplication::translate("Drill", "a whole number of seconds from 10 to 3600"));
        d.targetSeconds = target.toInt();
        if (auto r = pressure(o.value(u"pressure"_s), path + u".pressure"_s, d); !r)
            return r.error();
        auto ideal = words(o, path, u"ideal"_s);
        if (!ideal)
            return ideal.error();
        if (ideal->isEmpty())
            return bad(path + u".ideal"_s,
                       QCoreApplication::translate("Drill", "say the ideal path, one step a line"));
        d.ideal = *ideal;
        return d;
    }

    Result<void> customer(const QJsonValue& v, const QString& path, DrillCustomer& c) {
        if (!v.isObject())
            return bad(path, QCoreApplication::translate("Drill", "must be an object"));
        const QJsonObject o = v.toObject();
        if (auto r = onlyKeys(
                o, path,
                {u"name"_s, u"segment"_s, u"phone"_s, u"email"_s, u"channel"_s, u"notes"_s, u"secrets"_s});
            !r)
            return r;
        for (const auto& [key, target, required] :
             {std::tuple{u"name"_s, &c.name, true}, std::tuple{u"phone"_s, &c.phone, false},
              std::tuple{u"email"_s, &c.email, false}, std::tuple{u"notes"_s, &c.notes, true},
              std::tuple{u"secrets"_s, &c.secrets, false}}) {
            auto t = text(o, path, key, required);
            if (!t)
                return t.error();
            *target = *t;
        }
        auto segment = text(o, path, u"segment"_s, true);
        if (!segment)
            return segment.error();
        c.segment = SegmentId(*segment);
        if (!m_pb.segment(c.segment))
            return bad(path + u".segment"_s,
                       QCoreApplication::translate("Drill", "unknown segment \"%1\"").arg(*segment));
        auto channel = text(o, path, u"channel"_s, true);
        if (!channel)
            return channel.error();
        const auto parsed = channelFromId(*channel);
        if (!parsed)
            return bad(path + u".channel"_s,
                       QCoreApplication::translate("Drill", "one of %1").arg(channelIds()));
        c.channel = *parsed;
        return {};
    }

    static Result<void> says(const QJsonValue& v, const QString& path, Drill& d) {
        if (!v.isObject())
            return bad(path,
                       QCoreApplication::translate("Drill", "must be an object with the customer's lines"));
        const QJsonObject o = v.toObject();
        if (auto r = onlyKeys(o, path, {u"opening"_s, u"apology"_s, u"fix"_s, u"gesture"_s}); !r)
            return r;
        for (const auto& [key, target] :
             {std::pair{u"opening"_s, &d.opening}, std::pair{u"apology"_s, &d.afterApology},
              std::pair{u"fix"_s, &d.afterFix}, std::pair{u"gesture"_s, &d.afterGesture}}) {
            auto t = text(o, path, key, true);
            if (!t)
                return t.error();
            *target = *t;
        }
        return {};
    }

    Result<void> expected(const QJsonValue& v, const QString& path, Drill& d) {
        if (!v.isObject())
            return bad(path, QCoreApplication::translate("Drill", "must be an object"));
        const QJsonObject o = v.toObject();
        if (auto r = onlyKeys(o, path, {u"category"_s, u"severity"_s}); !r)
            return r;
        auto category = text(o, path, u"category"_s, true);
        if (!category)
            return category.error();
        d.category = CategoryId(*category);
        if (!m_pb.category(d.category))
            return bad(path + u".category"_s,
                       QCoreApplication::translate("Drill", "unknown category \"%1\"").arg(*category));
        auto severity = text(o, path, u"severity"_s, true);
        if (!severity)
            return severity.error();
        d.severity = SeverityId(*severity);
        if (!m_pb.severity(d.severity))
            return bad(path + u".severity"_s,
                       QCoreApplication::translate("Drill", "unknown severity \"%1\"").arg(*severity));
        return {};
    }

    Result<void> gestures(const QJsonValue& v, const QString& path, Drill& d) {
        if (!v.isObject())
            return bad(path, QCoreApplication::translate("Drill", "must be an object"));
        const QJsonObject o = v.toObject();
        if (auto r = onlyKeys(o, path, {u"delight"_s, u"irrelevant"_s, u"excessive"_s}); !r)
            return r;
        for (const auto& [key, target] :
             {std::pair{u"delight"_s, &d.delight}, std::pair{u"irrelevant"_s, &d.irrelevant},
              std::pair{u"excessive"_s, &d.excessive}}) {
            auto items = words(o, path, key);
            if (!items)
                return items.error();
            for (qsizetype i = 0; i < items->size(); ++i) {
                if (!m_pb.item(items->at(i)))
                    return bad(u"%1.%2[%3]"_s.arg(path, key).arg(i),
                               QCoreApplication::translate("Drill", "\"%1\" is not in the playbook's catalog")
                                   .arg(items->at(i)));
            }
            *target = *items;
        }
        if (d.delight.isEmpty())
            return bad(path + u".delight"_s,
                       QCoreApplication::translate("Drill", "name at least one gesture that would delight"));
        return {};
    }

    static Result<void> pressure(const QJsonValue& v, const QString& path, Drill& d) {
        if (v.isUndefined())
            return {};
        if (!v.isArray() || v.toArray().size() > 20)
            return bad(path, QCoreApplication::translate("Drill", "must be a list of at most 20 events"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = u"%1[%2]"_s.arg(path).arg(i);
            if (!a[i].isObject())
                return bad(p, QCoreApplication::translate("Drill", "must be an object"));
            const QJsonObject o = a[i].toObject();
            if (auto r = onlyKeys(o, p, {u"step"_s, u"kind"_s, u"text"_s}); !r)
                return r;
            PressureEvent e;
            const QString step = o.value(u"step"_s).toString();
            const auto s =
                std::find_if(Steps.begin(), Steps.end(), [&](DrillStep x) { return drillStepId(x) == step; });
            if (s == Steps.end())
                return bad(p + u".step"_s,
                           QCoreApplication::translate(
                               "Drill", "one of situation, apology, fix, compensation, follow-up"));
            e.step = *s;
            const QString kind = o.value(u"kind"_s).toString();
            const auto k =
                std::find_if(Kinds.begin(), Kinds.end(), [&](auto x) { return pressureKindId(x) == kind; });
            if (k == Kinds.end())
                return bad(p + u".kind"_s,
                           QCoreApplication::translate("Drill", "one of interrupt, above-authority, blame"));
            e.kind = *k;
            auto t = text(o, p, u"text"_s, true);
            if (!t)
                return t.error();
            e.text = *t;
            d.pressure.append(e);
        }
        return {};
    }

    DrillLibrary& m_out;
    const Playbook& m_pb;
};

Result<DrillLibrary> DrillLibrary::fromJson(const QByteArray& json, const Playbook& playbook) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error::invalid(QCoreApplication::translate("Drill", "not a drill file: %1")
                                  .arg(doc.isNull()
                                           ? error.errorString()
                                           : QCoreApplication::translate("Drill", "not a JSON object")));
    DrillLibrary out;
    DrillParser parser(out, playbook);
    if (auto r = parser.parse(doc.object()); !r)
        return r.error();
    return out;
}

QByteArray DrillLibrary::builtInJson(const QString& language) {
    QFile f(u":/rebound/drills/drills.%1.json"_s.arg(language));
    if (!f.open(QIODevice::ReadOnly)) {
        f.setFileName(u":/rebound/drills/drills.en.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
    }
    return f.readAll();
}

Result<DrillLibrary> DrillLibrary::builtIn(const QString& language, const Playbook& playbook) {
    return fromJson(builtInJson(language), playbook);
}

const Drill* DrillLibrary::drill(const QString& id) const {
    for (const Drill& d : m_drills) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

void DrillLibrary::merge(const DrillLibrary& other) {
    for (const Drill& d : other.m_drills) {
        auto same =
            std::find_if(m_drills.begin(), m_drills.end(), [&](const Drill& x) { return x.id == d.id; });
        if (same != m_drills.end())
            *same = d;
        else
            m_drills.append(d);
    }
}

const Drill* DrillLibrary::drillOfTheDay(qint64 employeeId, const QDate& day) const {
    if (m_drills.isEmpty())
        return nullptr;
    const qint64 n = day.toJulianDay() * 7 + employeeId * 3;
    return &m_drills[qsizetype(n % m_drills.size())];
}

QByteArray DrillLibrary::toJson(const QList<Drill>& drills, const QString& language,
                                const QStringList& blameWords) {
    QJsonArray list;
    for (const Drill& d : drills) {
        QJsonObject customer{{u"name"_s, d.customer.name},
                             {u"segment"_s, d.customer.segment.toString()},
                             {u"channel"_s, channelId(d.customer.channel)},
                             {u"notes"_s, d.customer.notes}};
        for (const auto& [key, value] :
             {std::pair{u"phone"_s, d.customer.phone}, std::pair{u"email"_s, d.customer.email},
              std::pair{u"secrets"_s, d.customer.secrets}}) {
            if (!value.isEmpty())
                customer.insert(key, value);
        }
        QJsonArray pressure;
        for (const PressureEvent& e : d.pressure)
            pressure.append(QJsonObject{
                {u"step"_s, drillStepId(e.step)}, {u"kind"_s, pressureKindId(e.kind)}, {u"text"_s, e.text}});
        list.append(QJsonObject{
            {u"id"_s, d.id},
            {u"title"_s, d.title},
            {u"setting"_s, d.setting},
            {u"customer"_s, customer},
            {u"what_went_wrong"_s, d.whatWentWrong},
            {u"says"_s, QJsonObject{{u"opening"_s, d.opening},
                                    {u"apology"_s, d.afterApology},
                                    {u"fix"_s, d.afterFix},
                                    {u"gesture"_s, d.afterGesture}}},
            {u"detected_by"_s, detectedById(d.detectedBy)},
            {u"expected"_s,
             QJsonObject{{u"category"_s, d.category.toString()}, {u"severity"_s, d.severity.toString()}}},
            {u"gestures"_s, QJsonObject{{u"delight"_s, QJsonArray::fromStringList(d.delight)},
                                        {u"irrelevant"_s, QJsonArray::fromStringList(d.irrelevant)},
                                        {u"excessive"_s, QJsonArray::fromStringList(d.excessive)}}},
            {u"personal_touch"_s, QJsonArray::fromStringList(d.personalTouch)},
            {u"target_seconds"_s, d.targetSeconds},
            {u"pressure"_s, pressure},
            {u"ideal"_s, QJsonArray::fromStringList(d.ideal)},
        });
    }
    return QJsonDocument(QJsonObject{{u"format"_s, QLatin1String(Format)},
                                     {u"language"_s, language},
                                     {u"blame_words"_s, QJsonArray::fromStringList(blameWords)},
                                     {u"drills"_s, list}})
        .toJson(QJsonDocument::Indented);
}

} // namespace rebound
