// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbook/Playbook.h"

#include "playbook/PlaybookText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
constexpr std::array CatalogKinds{CatalogKind::Refund, CatalogKind::Credit,  CatalogKind::Voucher,
                                  CatalogKind::Gift,   CatalogKind::Upgrade, CatalogKind::Waiver};
} // namespace

QString catalogKindId(CatalogKind kind) {
    switch (kind) {
    case CatalogKind::Refund:
        return u"refund"_s;
    case CatalogKind::Credit:
        return u"credit"_s;
    case CatalogKind::Voucher:
        return u"voucher"_s;
    case CatalogKind::Gift:
        return u"gift"_s;
    case CatalogKind::Upgrade:
        return u"upgrade"_s;
    case CatalogKind::Waiver:
        return u"waiver"_s;
    }
    Q_UNREACHABLE();
}

QString catalogKindName(CatalogKind kind) {
    switch (kind) {
    case CatalogKind::Refund:
        return QCoreApplication::translate("CatalogKind", "Refunds");
    case CatalogKind::Credit:
        return QCoreApplication::translate("CatalogKind", "Account credit");
    case CatalogKind::Voucher:
        return QCoreApplication::translate("CatalogKind", "Vouchers");
    case CatalogKind::Gift:
        return QCoreApplication::translate("CatalogKind", "Gifts");
    case CatalogKind::Upgrade:
        return QCoreApplication::translate("CatalogKind", "Upgrades");
    case CatalogKind::Waiver:
        return QCoreApplication::translate("CatalogKind", "Waived charges");
    }
    Q_UNREACHABLE();
}

std::optional<CatalogKind> catalogKindFromId(QStringView id) {
    for (CatalogKind k : CatalogKinds) {
        if (catalogKindId(k) == id)
            return k;
    }
    return std::nullopt;
}

// Walks the JSON once, keeping the path of the field being read for error messages.
class PlaybookParser final {
public:
    explicit PlaybookParser(Playbook& pb)
        : m_pb(pb) {}

    Result<void> parse(const QJsonObject& root) {
        if (auto r = onlyKeys(root, u""_s,
                              {u"name"_s, u"currency"_s, u"segments"_s, u"severities"_s, u"categories"_s,
                               u"catalog"_s, u"roles"_s});
            !r)
            return r;
        if (root.contains(u"name"_s)) {
            auto n = string(root, u"name"_s, u""_s, true);
            if (!n)
                return n.error();
            m_pb.m_name = n.value();
        }
        auto currency = string(root, u"currency"_s, u""_s);
        if (!currency)
            return currency.error();
        if (auto c = Money::validateCurrency(currency.value()); !c)
            return Error::invalid(QCoreApplication::translate("Core", "currency: ") + c.error().message);
        m_pb.m_currency = currency.value();

        for (auto step : {&PlaybookParser::segments, &PlaybookParser::severities, &PlaybookParser::catalog,
                          &PlaybookParser::categories, &PlaybookParser::roles}) {
            if (auto r = (this->*step)(root); !r)
                return r;
        }
        return {};
    }

private:
    Playbook& m_pb;

    static QString join(const QString& path, const QString& key) {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString at(const QString& path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }

    static Result<void> onlyKeys(const QJsonObject& o, const QString& path, const QStringList& allowed) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1: unknown field").arg(join(path, it.key())));
        }
        return {};
    }

    static Result<QString> string(const QJsonObject& o, const QString& key, const QString& path,
                                  bool allowEmpty = false) {
        const QString p = join(path, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return Error::invalid(QCoreApplication::translate("Core", "%1: missing").arg(p));
        if (!v.isString())
            return Error::invalid(QCoreApplication::translate("Core", "%1: must be a string").arg(p));
        const QString s = v.toString().trimmed();
        if (s.isEmpty() && !allowEmpty)
            return Error::invalid(QCoreApplication::translate("Core", "%1: must not be empty").arg(p));
        return s;
    }

    static Result<QJsonArray> array(const QJsonObject& o, const QString& key, const QString& path,
                                    bool allowEmpty = false) {
        const QString p = join(path, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return Error::invalid(QCoreApplication::translate("Core", "%1: missing").arg(p));
        if (!v.isArray())
            return Error::invalid(QCoreApplication::translate("Core", "%1: must be a list").arg(p));
        if (v.toArray().isEmpty() && !allowEmpty)
            return Error::invalid(QCoreApplication::translate("Core", "%1: must not be empty").arg(p));
        return v.toArray();
    }

    static Result<QJsonObject> object(const QJsonValue& v, const QString& path) {
        if (!v.isObject())
            return Error::invalid(QCoreApplication::translate("Core", "%1: must be an object").arg(path));
        return v.toObject();
    }

    Result<Money> money(const QJsonObject& o, const QString& key, const QString& path) const {
        const QString p = join(path, key);
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return Error::invalid(
                QCoreApplication::translate("Core", "%1: must be a decimal string such as \"12.50\"").arg(p));
        auto m = Money::parse(v.toString(), m_pb.m_currency);
        if (!m)
            return Error::invalid(p + u": "_s + m.error().message);
        return m;
    }

    static Result<QString> uniqueId(const QJsonObject& o, const QString& path, QSet<QString>& seen) {
        auto id = string(o, u"id"_s, path);
        if (!id)
            return id;
        for (QChar c : id.value()) {
            if (!(c.isLower() || c.isDigit() || c == u'-'))
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1.id: \"%2\" may hold only a-z, 0-9 and '-'")
                        .arg(path, id.value()));
        }
        if (seen.contains(id.value()))
            return Error::invalid(
                QCoreApplication::translate("Core", "%1.id: duplicate id \"%2\"").arg(path, id.value()));
        seen.insert(id.value());
        return id;
    }

    Result<void> segments(const QJsonObject& root) {
        auto list = array(root, u"segments"_s, u""_s);
        if (!list)
            return list.error();
        QSet<QString> seen;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString p = at(u"segments"_s, i);
            auto o = object(list->at(i), p);
            if (!o)
                return o.error();
            if (auto r = onlyKeys(*o, p, {u"id"_s, u"name"_s, u"multiplier"_s}); !r)
                return r;
            Segment s;
            auto id = uniqueId(*o, p, seen);
            if (!id)
                return id.error();
            s.id = SegmentId(id.value());
            auto name = string(*o, u"name"_s, p);
            if (!name)
                return name.error();
            s.name = name.value();
            const QJsonValue m = o->value(u"multiplier"_s);
            const double percent = m.toDouble(-1) * 100.0;
            if (!m.isDouble() || percent <= 0 || percent > 10000 ||
                std::abs(percent - std::round(percent)) > 1e-6)
                return Error::invalid(
                    QCoreApplication::translate(
                        "Core",
                        "%1.multiplier: must be a number above 0 and at most 100, with at most two decimals")
                        .arg(p));
            s.multiplierPercent = int(std::lround(percent));
            m_pb.m_segments.append(s);
        }
        return {};
    }

    Result<void> severities(const QJsonObject& root) {
        auto list = array(root, u"severities"_s, u""_s);
        if (!list)
            return list.error();
        QSet<QString> seen;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString p = at(u"severities"_s, i);
            auto o = object(list->at(i), p);
            if (!o)
                return o.error();
            if (auto r = onlyKeys(*o, p, {u"id"_s, u"name"_s, u"base"_s, u"target_minutes"_s}); !r)
                return r;
            Severity s;
            auto id = uniqueId(*o, p, seen);
            if (!id)
                return id.error();
            s.id = SeverityId(id.value());
            auto name = string(*o, u"name"_s, p);
            if (!name)
                return name.error();
            s.name = name.value();
            auto base = money(*o, u"base"_s, p);
            if (!base)
                return base.error();
            s.base = base.value();
            const QJsonValue t = o->value(u"target_minutes"_s);
            if (!t.isDouble() || t.toDouble() != std::floor(t.toDouble()) || t.toDouble() < 1 ||
                t.toDouble() > 10080)
                return Error::invalid(
                    QCoreApplication::translate(
                        "Core", "%1.target_minutes: must be a whole number of minutes from 1 to 10080")
                        .arg(p));
            s.targetMinutes = t.toInt();
            if (!m_pb.m_severities.isEmpty() && s.base < m_pb.m_severities.last().base)
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1.base: severities must be listed from least to "
                                                        "most severe, with budgets that do not decrease")
                        .arg(p));
            m_pb.m_severities.append(s);
        }
        return {};
    }

    Result<void> catalog(const QJsonObject& root) {
        auto list = array(root, u"catalog"_s, u""_s);
        if (!list)
            return list.error();
        QSet<QString> seen;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString p = at(u"catalog"_s, i);
            auto o = object(list->at(i), p);
            if (!o)
                return o.error();
            if (auto r = onlyKeys(*o, p, {u"id"_s, u"name"_s, u"kind"_s, u"amount"_s, u"cost"_s}); !r)
                return r;
            CatalogItem item;
            auto id = uniqueId(*o, p, seen);
            if (!id)
                return id.error();
            item.id = id.value();
            auto name = string(*o, u"name"_s, p);
            if (!name)
                return name.error();
            item.name = name.value();
            auto kind = string(*o, u"kind"_s, p);
            if (!kind)
                return kind.error();
            const auto known = catalogKindFromId(kind.value());
            if (!known) {
                QStringList ids;
                for (CatalogKind k : CatalogKinds)
                    ids << catalogKindId(k);
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1.kind: unknown kind \"%2\" (one of %3)")
                        .arg(p, kind.value(), ids.join(u", "_s)));
            }
            item.kind = *known;
            for (const auto& [key, target] :
                 {std::pair{u"amount"_s, &item.amount}, std::pair{u"cost"_s, &item.cost}}) {
                if (!o->contains(key) || o->value(key).isNull())
                    continue;
                auto m = money(*o, key, p);
                if (!m)
                    return m.error();
                if (m->minor() == 0 && key == u"amount")
                    return Error::invalid(
                        QCoreApplication::translate(
                            "Core", "%1.amount: a fixed-price gesture must be worth more than zero")
                            .arg(p));
                *target = m.value();
            }
            m_pb.m_catalog.append(item);
        }
        return {};
    }

    Result<void> categories(const QJsonObject& root) {
        auto list = array(root, u"categories"_s, u""_s);
        if (!list)
            return list.error();
        QSet<QString> seen;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString p = at(u"categories"_s, i);
            auto o = object(list->at(i), p);
            if (!o)
                return o.error();
            if (auto r = onlyKeys(*o, p,
                                  {u"id"_s, u"name"_s, u"apologies"_s, u"checklist"_s, u"suggestions"_s,
                                   u"follow_up_hours"_s});
                !r)
                return r;
            Category c;
            auto id = uniqueId(*o, p, seen);
            if (!id)
                return id.error();
            c.id = CategoryId(id.value());
            auto name = string(*o, u"name"_s, p);
            if (!name)
                return name.error();
            c.name = name.value();
            for (const auto& step : {&PlaybookParser::categoryTexts, &PlaybookParser::categorySuggestions,
                                     &PlaybookParser::categoryFollowUps}) {
                if (auto r = (this->*step)(*o, p, c); !r)
                    return r;
            }
            m_pb.m_categories.append(c);
        }
        return {};
    }

    // The apology scripts and the fix checklist: non-empty strings.
    Result<void> categoryTexts(const QJsonObject& o, const QString& p, Category& c) {
        for (const auto& [key, target] :
             {std::pair{u"apologies"_s, &c.apologies}, std::pair{u"checklist"_s, &c.checklist}}) {
            auto texts = array(o, key, p);
            if (!texts)
                return texts.error();
            for (qsizetype j = 0; j < texts->size(); ++j) {
                const QJsonValue v = texts->at(j);
                if (!v.isString() || v.toString().trimmed().isEmpty())
                    return Error::invalid(
                        QCoreApplication::translate("Core", "%1: must be a non-empty string")
                            .arg(at(join(p, key), j)));
                target->append(v.toString().trimmed());
            }
        }
        return {};
    }

    // Catalog items suggested per severity: every severity listed, every item known.
    Result<void> categorySuggestions(const QJsonObject& o, const QString& p, Category& c) {
        const QString sp = join(p, u"suggestions"_s);
        auto sugg = object(o.value(u"suggestions"_s), sp);
        if (!sugg)
            return sugg.error();
        for (auto it = sugg->begin(); it != sugg->end(); ++it) {
            const QString sevPath = join(sp, it.key());
            if (!m_pb.severity(SeverityId(it.key())))
                return Error::invalid(QCoreApplication::translate("Core", "%1: unknown severity \"%2\"")
                                          .arg(sevPath, it.key()));
            if (!it.value().isArray())
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1: must be a list of catalog item ids")
                        .arg(sevPath));
            const QJsonArray items = it.value().toArray();
            QStringList ids;
            for (qsizetype j = 0; j < items.size(); ++j) {
                const QString itemId = items.at(j).toString();
                if (!items.at(j).isString() || !m_pb.item(itemId))
                    return Error::invalid(QCoreApplication::translate("Core", "%1: unknown item \"%2\"")
                                              .arg(at(sevPath, j), itemId));
                ids.append(itemId);
            }
            c.suggestions.insert(SeverityId(it.key()), ids);
        }
        for (const Severity& s : m_pb.m_severities) {
            if (!c.suggestions.contains(s.id))
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1: missing suggestions for severity \"%2\"")
                        .arg(sp, s.id.toString()));
        }
        return {};
    }

    // Hours from the recovery to its follow-up; the first is the default.
    Result<void> categoryFollowUps(const QJsonObject& o, const QString& p, Category& c) {
        auto hours = array(o, u"follow_up_hours"_s, p);
        if (!hours)
            return hours.error();
        for (qsizetype j = 0; j < hours->size(); ++j) {
            const QJsonValue h = hours->at(j);
            if (!h.isDouble() || h.toDouble() != std::floor(h.toDouble()) || h.toDouble() < 1 ||
                h.toDouble() > 24 * 90)
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1: must be a whole number of hours from 1 to 2160")
                        .arg(at(join(p, u"follow_up_hours"_s), j)));
            c.followUpHours.append(h.toInt());
        }
        return {};
    }

    Result<void> roles(const QJsonObject& root) {
        auto list = array(root, u"roles"_s, u""_s);
        if (!list)
            return list.error();
        QSet<QString> seen;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString p = at(u"roles"_s, i);
            auto o = object(list->at(i), p);
            if (!o)
                return o.error();
            if (auto r = onlyKeys(*o, p,
                                  {u"id"_s, u"per_recovery"_s, u"per_day"_s, u"approve_up_to"_s,
                                   u"offline_per_recovery"_s, u"offline_per_day"_s});
                !r)
                return r;
            auto id = uniqueId(*o, p, seen);
            if (!id)
                return id.error();
            const auto role = roleFromId(id.value());
            if (!role)
                return Error::invalid(
                    QCoreApplication::translate(
                        "Core", "%1.id: unknown role \"%2\" (associate, supervisor or manager)")
                        .arg(p, id.value()));
            RoleLimits limits;
            limits.role = *role;
            auto per = money(*o, u"per_recovery"_s, p);
            if (!per)
                return per.error();
            limits.perRecovery = per.value();
            if (!o->value(u"per_day"_s).isNull()) {
                auto day = money(*o, u"per_day"_s, p);
                if (!day)
                    return day.error();
                if (day.value() < limits.perRecovery)
                    return Error::invalid(
                        QCoreApplication::translate("Core", "%1.per_day: must not be below per_recovery")
                            .arg(p));
                limits.perDay = day.value();
            }
            auto approve = money(*o, u"approve_up_to"_s, p);
            if (!approve)
                return approve.error();
            limits.approveUpTo = approve.value();
            for (const auto& [key, field] :
                 {std::pair{u"offline_per_recovery"_s, &RoleLimits::offlinePerRecovery},
                  std::pair{u"offline_per_day"_s, &RoleLimits::offlinePerDay}}) {
                if (!o->contains(key) || o->value(key).isNull())
                    continue;
                auto amount = money(*o, key, p);
                if (!amount)
                    return amount.error();
                limits.*field = amount.value();
            }
            if (limits.offlinePerRecovery && limits.perRecovery < *limits.offlinePerRecovery)
                return Error::invalid(QCoreApplication::translate(
                                          "Core", "%1.offline_per_recovery: must not be above per_recovery")
                                          .arg(p));
            if (limits.offlinePerDay && limits.perDay && *limits.perDay < *limits.offlinePerDay)
                return Error::invalid(
                    QCoreApplication::translate("Core", "%1.offline_per_day: must not be above per_day")
                        .arg(p));
            m_pb.m_roles.append(limits);
        }
        for (Role r : {Role::Associate, Role::Supervisor, Role::Manager}) {
            if (!seen.contains(roleId(r)))
                return Error::invalid(
                    QCoreApplication::translate("Core", "roles: missing role \"%1\"").arg(roleId(r)));
        }
        return {};
    }
};

Result<Playbook> Playbook::fromJson(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(QCoreApplication::translate("Core", "not valid JSON at byte %1: %2")
                                  .arg(err.offset)
                                  .arg(err.errorString()));
    if (!doc.isObject())
        return Error::invalid(QCoreApplication::translate("Core", "the playbook must be a JSON object"));
    Playbook pb;
    pb.m_json = json;
    if (auto r = PlaybookParser(pb).parse(doc.object()); !r)
        return r.error();
    return pb;
}

QByteArray Playbook::builtInJson() {
    QFile f(u":/rebound/playbook/default.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the built-in playbook resource is missing");
    return f.readAll();
}

const Playbook& Playbook::builtIn() {
    static const Playbook pb = [] {
        auto r = fromJson(builtInJson());
        if (!r)
            qFatal("the built-in playbook is invalid: %s", qPrintable(r.error().message));
        return std::move(r).value();
    }();
    return pb;
}

namespace {
template <typename T, typename Id> const T* findById(const QList<T>& list, const Id& id) {
    for (const T& entry : list) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}
} // namespace

const Segment* Playbook::segment(const SegmentId& id) const {
    return findById(m_segments, id);
}

const Severity* Playbook::severity(const SeverityId& id) const {
    return findById(m_severities, id);
}

const Category* Playbook::category(const CategoryId& id) const {
    return findById(m_categories, id);
}

const CatalogItem* Playbook::item(const QString& id) const {
    return findById(m_catalog, id);
}

RoleLimits RoleLimits::offline() const {
    RoleLimits away = *this;
    away.perRecovery = offlinePerRecovery.value_or(perRecovery);
    if (offlinePerDay)
        away.perDay = offlinePerDay;
    else if (perDay)
        away.perDay = Money(perDay->minor() / 2, perDay->currency());
    return away;
}

const RoleLimits& Playbook::limits(Role role) const {
    for (const auto& r : m_roles) {
        if (r.role == role)
            return r;
    }
    qFatal("validated playbook lacks a role");
}

Money Playbook::suggestedBudget(const SeverityId& severityId, const SegmentId& segmentId) const {
    const Severity* sev = severity(severityId);
    const Segment* seg = segment(segmentId);
    if (!sev || !seg)
        return Money(0, m_currency);
    return Money((sev->base.minor() * seg->multiplierPercent + 50) / 100, m_currency);
}

Money Playbook::overreactBudget(const SeverityId& severityId, const SegmentId& segmentId) const {
    if (!severity(severityId))
        return Money(0, m_currency);
    return suggestedBudget(notchUp(severityId), segmentId);
}

SeverityId Playbook::notchUp(const SeverityId& severityId) const {
    for (qsizetype i = 0; i < m_severities.size(); ++i) {
        if (m_severities[i].id == severityId)
            return m_severities[std::min(i + 1, m_severities.size() - 1)].id;
    }
    return severityId;
}

Money Playbook::approvalCeiling() const {
    Money top(0, m_currency);
    for (const auto& r : m_roles)
        top = std::max(top, r.approveUpTo);
    return top;
}

QString Playbook::personalise(QString script, const QString& customerName, const QString& employeeName) {
    return script.replace(u"{customer}"_s, customerName).replace(u"{employee}"_s, employeeName);
}

namespace PlaybookText {
namespace {
template <typename T> QString named(const T* entry, const QString& id) {
    return entry ? tr(entry->name) : id;
}
} // namespace

QString nameOf(const Playbook& pb, const CategoryId& id) {
    return named(pb.category(id), id.toString());
}
QString nameOf(const Playbook& pb, const SeverityId& id) {
    return named(pb.severity(id), id.toString());
}
QString nameOf(const Playbook& pb, const SegmentId& id) {
    return named(pb.segment(id), id.toString());
}
} // namespace PlaybookText

} // namespace rebound
