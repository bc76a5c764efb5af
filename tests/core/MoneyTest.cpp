// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include "support/CatchQt.h"

using namespace Qt::StringLiterals;
using rebound::Money;

TEST_CASE("Money parses exact decimal amounts", "[money]") {
    CHECK(Money::parse(u"12"_s, u"USD"_s)->minor() == 1200);
    CHECK(Money::parse(u"12.5"_s, u"USD"_s)->minor() == 1250);
    CHECK(Money::parse(u"12.50"_s, u"USD"_s)->minor() == 1250);
    CHECK(Money::parse(u"0.01"_s, u"USD"_s)->minor() == 1);
    CHECK(Money::parse(u"1800.00"_s, u"USD"_s)->minor() == 180000);
    CHECK(Money::parse(u"500"_s, u"JPY"_s)->minor() == 500);
    CHECK(Money::parse(u"1.234"_s, u"KWD"_s)->minor() == 1234);
    CHECK(Money::parse(u"12.50"_s, u"USD"_s)->currency() == u"USD");
}

TEST_CASE("Money rejects anything that is not an exact, non-negative amount", "[money]") {
    const auto reason = [](const QString& text, const QString& currency = u"USD"_s) {
        auto r = Money::parse(text, currency);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(reason(u"12.505"_s).contains(u"more than 2 decimal places"_s));
    CHECK(reason(u"-1"_s).contains(u"negative"_s));
    CHECK(reason(u"1e3"_s).contains(u"plain digits"_s));
    CHECK(reason(u""_s).contains(u"empty"_s));
    CHECK(reason(u"+5"_s).contains(u"plain digits"_s));
    CHECK(reason(u"1,000.00"_s).contains(u"plain digits"_s));
    CHECK(reason(u" 12"_s).contains(u"plain digits"_s));
    CHECK(reason(u"12."_s).contains(u"after the decimal point"_s));
    CHECK(reason(u".5"_s).contains(u"before the decimal point"_s));
    CHECK(reason(u"1.2.3"_s).contains(u"more than one decimal point"_s));
    CHECK(reason(u"99999999999999999999"_s).contains(u"too large"_s));
    CHECK(reason(u"5.5"_s, u"JPY"_s).contains(u"more than 0 decimal places"_s));
    CHECK(reason(u"5"_s, u"usd"_s).contains(u"ISO 4217"_s));
}

TEST_CASE("Money prints the exact decimal it holds", "[money]") {
    CHECK(Money(180000, u"USD"_s).toDecimalString() == u"1800.00");
    CHECK(Money(5, u"USD"_s).toDecimalString() == u"0.05");
    CHECK(Money(500, u"JPY"_s).toDecimalString() == u"500");
    CHECK(Money(-250, u"USD"_s).toDecimalString() == u"-2.50");
    CHECK((Money(150, u"USD"_s) + Money(275, u"USD"_s)).minor() == 425);
    CHECK(Money(100, u"USD"_s) < Money(101, u"USD"_s));
}

TEST_CASE("Amounts as people type them, in their locale's format, ambiguity refused with the reason",
          "[money]") {
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const auto minor = [](const QString& text, const QLocale& locale) {
        auto m = Money::parseTyped(text, u"USD"_s, locale);
        INFO(text.toStdString() << ": " << (m ? std::string() : m.error().message.toStdString()));
        REQUIRE(m.ok());
        return m->minor();
    };
    CHECK(minor(u"1,800.00"_s, en) == 180000);
    CHECK(minor(u" 1,800 "_s, en) == 180000);
    CHECK(minor(u"1800.5"_s, en) == 180050);
    CHECK(minor(u"1.800,00"_s, de) == 180000);
    CHECK(minor(u"1.800"_s, de) == 180000); // three decimals do not exist in USD: a thousands group
    CHECK(minor(u"12,50"_s, de) == 1250);
    CHECK(minor(u"1800.00"_s, de) == 180000); // the plain form that the application writes
    CHECK(minor(u"12.50"_s, de) == 1250);

    const auto refused = [](const QString& text, const QLocale& locale) {
        auto m = Money::parseTyped(text, u"USD"_s, locale);
        REQUIRE_FALSE(m.ok());
        return m.error().message;
    };
    CHECK(refused(u"1,80"_s, en).contains(u"1,80"_s));
    CHECK(refused(u"1,8000"_s, en).startsWith(u"amount \"1,8000\""_s));
    CHECK(refused(u"12.345"_s, en).contains(u"decimal"_s));
    CHECK(refused(u"-5"_s, en).contains(u"negative"_s));
    CHECK(refused(QString(), en) == u"amount is empty");
    // Japanese yen have no decimals: "1,800" is one thousand eight hundred, "1.8" is refused.
    CHECK(Money::parseTyped(u"1,800"_s, u"JPY"_s, en)->minor() == 1800);
    CHECK_FALSE(Money::parseTyped(u"1.8"_s, u"JPY"_s, en).ok());
    // Dinars have three decimals: in German "1.800" reads both ways.
    auto both = Money::parseTyped(u"1.800"_s, u"KWD"_s, de);
    REQUIRE_FALSE(both.ok());
    CHECK(both.error().message.contains(u"could mean"_s));
}
