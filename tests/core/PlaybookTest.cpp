// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbook/Playbook.h"

#include "support/CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace rebound;

namespace {

// The built-in playbook with one change applied, as a JSON text to load.
QByteArray mutated(const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = QJsonDocument::fromJson(Playbook::builtInJson()).object();
    change(root);
    return QJsonDocument(root).toJson();
}

QString errorOf(const QByteArray& json) {
    auto r = Playbook::fromJson(json);
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

} // namespace

TEST_CASE("The built-in playbook has what the counter needs", "[playbook]") {
    const Playbook& pb = Playbook::builtIn();
    CHECK(pb.currency() == u"USD");
    for (const char16_t* id : {u"standard", u"regular", u"vip"})
        CHECK(pb.segment(SegmentId(QString::fromUtf16(id))));
    for (const char16_t* id : {u"minor", u"moderate", u"major", u"critical"})
        CHECK(pb.severity(SeverityId(QString::fromUtf16(id))));
    for (const char16_t* id :
         {u"billing", u"delay", u"defect", u"broken-promise", u"staff-conduct", u"facility"}) {
        const Category* c = pb.category(CategoryId(QString::fromUtf16(id)));
        REQUIRE(c);
        CHECK(c->apologies.size() >= 2);
        CHECK(c->apologies.first().contains(u"{customer}"_s));
        CHECK(c->checklist.size() >= 3);
        CHECK(c->suggestions.size() == 4);
        CHECK_FALSE(c->followUpHours.isEmpty());
    }
    for (const char16_t* id : {u"refund", u"credit", u"voucher", u"gift", u"upgrade", u"fee-waiver"}) {
        const CatalogItem* item = pb.item(QString::fromUtf16(id));
        REQUIRE(item);
        CHECK(item->isFreeAmount());
    }
    CHECK(pb.item(u"drinks-round"_s)->amount == Money(2400, u"USD"_s));

    CHECK(pb.limits(Role::Associate).perRecovery.minor() == 15000);
    CHECK(pb.limits(Role::Associate).perDay->minor() == 50000);
    CHECK(pb.limits(Role::Supervisor).perRecovery.minor() == 75000);
    CHECK(pb.limits(Role::Supervisor).perDay->minor() == 300000);
    CHECK(pb.limits(Role::Manager).perRecovery.minor() == 200000);
    CHECK_FALSE(pb.limits(Role::Manager).perDay.has_value());
}

TEST_CASE("Suggested budget scales severity by segment, overreact is the next severity", "[playbook]") {
    const Playbook& pb = Playbook::builtIn();
    CHECK(pb.suggestedBudget(SeverityId(u"minor"_s), SegmentId(u"standard"_s)).minor() == 1500);
    CHECK(pb.suggestedBudget(SeverityId(u"major"_s), SegmentId(u"vip"_s)).minor() == 45000);
    CHECK(pb.suggestedBudget(SeverityId(u"moderate"_s), SegmentId(u"regular"_s)).minor() == 7500);
    CHECK(pb.overreactBudget(SeverityId(u"minor"_s), SegmentId(u"standard"_s)).minor() == 5000);
    CHECK(pb.overreactBudget(SeverityId(u"major"_s), SegmentId(u"vip"_s)).minor() == 120000);
    CHECK(pb.overreactBudget(SeverityId(u"critical"_s), SegmentId(u"standard"_s)).minor() == 40000);
    CHECK(Playbook::personalise(u"Sorry, {customer}; I'm {employee}."_s, u"Ana"_s, u"Sam"_s) ==
          u"Sorry, Ana; I'm Sam.");
}

TEST_CASE("A broken playbook is refused with the path of the bad field", "[playbook]") {
    CHECK(errorOf("{ not json").startsWith(u"not valid JSON"_s));
    CHECK(errorOf(mutated([](QJsonObject& r) { r.remove(u"currency"_s); })) == u"currency: missing");
    CHECK(errorOf(mutated([](QJsonObject& r) {
              r[u"currency"_s] = u"dollars"_s;
          })).startsWith(u"currency: "_s));

    CHECK(errorOf(mutated([](QJsonObject& r) {
              QJsonArray cats = r[u"categories"_s].toArray();
              QJsonObject c = cats[3].toObject();
              QJsonObject sugg = c[u"suggestions"_s].toObject();
              sugg[u"minor"_s] = QJsonArray{u"voucher"_s, u"spa"_s};
              c[u"suggestions"_s] = sugg;
              cats[3] = c;
              r[u"categories"_s] = cats;
          })) == u"categories[3].suggestions.minor[1]: unknown item \"spa\"");

    CHECK(errorOf(mutated([](QJsonObject& r) {
              QJsonArray segs = r[u"segments"_s].toArray();
              QJsonObject s = segs[2].toObject();
              s[u"multiplier"_s] = -1;
              segs[2] = s;
              r[u"segments"_s] = segs;
          })).startsWith(u"segments[2].multiplier: "_s));

    CHECK(errorOf(mutated([](QJsonObject& r) {
              QJsonArray sev = r[u"severities"_s].toArray();
              QJsonObject s = sev[1].toObject();
              s[u"base"_s] = u"12.505"_s;
              sev[1] = s;
              r[u"severities"_s] = sev;
          })).startsWith(u"severities[1].base: amount \"12.505\" has more than 2 decimal places"_s));

    CHECK(errorOf(mutated([](QJsonObject& r) {
              QJsonArray cat = r[u"catalog"_s].toArray();
              QJsonObject c = cat[0].toObject();
              c[u"kind"_s] = u"hug"_s;
              cat[0] = c;
              r[u"catalog"_s] = cat;
          })).startsWith(u"catalog[0].kind: unknown kind \"hug\""_s));

    CHECK(errorOf(mutated([](QJsonObject& r) {
              QJsonArray roles = r[u"roles"_s].toArray();
              roles.removeAt(1);
              r[u"roles"_s] = roles;
          })) == u"roles: missing role \"supervisor\"");

    CHECK(errorOf(mutated([](QJsonObject& r) {
              QJsonArray cats = r[u"categories"_s].toArray();
              QJsonObject c = cats[0].toObject();
              c[u"apology"_s] = u"typo"_s;
              cats[0] = c;
              r[u"categories"_s] = cats;
          })) == u"categories[0].apology: unknown field");

    CHECK(errorOf(mutated([](QJsonObject& r) {
              QJsonArray cats = r[u"categories"_s].toArray();
              cats.append(cats[0]);
              r[u"categories"_s] = cats;
          })) == u"categories[6].id: duplicate id \"billing\"");
}
