// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
// Largest amount accepted anywhere: far above any gesture, far below qint64 overflow.
constexpr qint64 MaxMinorUnits = 1'000'000'000'000LL;
} // namespace

int Money::decimalsOf(const QString& currency) {
    // ISO 4217 exponents that differ from 2; everything else uses cents.
    static const QStringList zero = {u"BIF"_s, u"CLP"_s, u"DJF"_s, u"GNF"_s, u"ISK"_s, u"JPY"_s,
                                     u"KMF"_s, u"KRW"_s, u"PYG"_s, u"RWF"_s, u"UGX"_s, u"VND"_s,
                                     u"VUV"_s, u"XAF"_s, u"XOF"_s, u"XPF"_s};
    static const QStringList three = {u"BHD"_s, u"IQD"_s, u"JOD"_s, u"KWD"_s, u"LYD"_s, u"OMR"_s, u"TND"_s};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

Result<void> Money::validateCurrency(const QString& currency) {
    if (currency.size() != 3)
        return Error::invalid(
            QCoreApplication::translate("Core", "currency \"%1\" is not a three-letter ISO 4217 code")
                .arg(currency));
    for (QChar c : currency) {
        if (c < u'A' || c > u'Z')
            return Error::invalid(
                QCoreApplication::translate("Core", "currency \"%1\" is not a three-letter ISO 4217 code")
                    .arg(currency));
    }
    return {};
}

namespace {

// The locale's form rewritten in the plain one, or nothing when the text does not follow it:
// groups of three digits between group separators, at most one decimal separator.
std::optional<QString> plainFromLocale(const QString& text, const QLocale& locale) {
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    const qsizetype at = text.lastIndexOf(point);
    const QString whole = at < 0 ? text : text.left(at);
    const QString fraction = at < 0 ? QString() : text.mid(at + point.size());
    if (whole.contains(point) || fraction.contains(group))
        return std::nullopt;
    const QStringList groups = whole.split(group);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString& g = groups[i];
        const bool sized = groups.size() == 1 ? !g.isEmpty()
                           : i == 0           ? g.size() >= 1 && g.size() <= 3
                                              : g.size() == 3;
        if (!sized)
            return std::nullopt;
    }
    QString plain = groups.join(QString());
    if (at >= 0)
        plain += u'.' + fraction;
    return plain;
}

bool spaceLike(QChar c) {
    return c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0);
}

} // namespace

Result<Money> Money::parseTyped(const QString& typed, const QString& currency, const QLocale& locale) {
    QString text = typed.trimmed();
    if (spaceLike(locale.groupSeparator().front()))
        text.removeIf(spaceLike); // "1 800,00": the group separator is a space of some kind
    const auto plain = plainFromLocale(text, locale);
    auto asLocale = plain ? parse(*plain, currency) : Result<Money>(Error::invalid({}));
    auto asPlain = parse(text, currency);
    if (asLocale && asPlain && asLocale->minor() != asPlain->minor())
        return Error::invalid(
            QCoreApplication::translate("Core", "amount \"%1\" could mean %2 or %3: type the decimals too")
                .arg(typed, Money(asLocale->minor(), currency).toDisplayString(),
                     Money(asPlain->minor(), currency).toDisplayString()));
    if (asLocale)
        return asLocale;
    if (asPlain)
        return asPlain;
    if (plain)
        return asLocale.error(); // written the local way; wrong for another reason (decimals, size)
    if (text.contains(locale.groupSeparator()) || text.contains(locale.decimalPoint()))
        return Error::invalid(
            QCoreApplication::translate("Core", "amount \"%1\": write it as %2, or without separators")
                .arg(typed, Money(180000, currency).toDisplayString()));
    return asPlain.error();
}

Result<Money> Money::parse(const QString& text, const QString& currency) {
    if (auto c = validateCurrency(currency); !c)
        return c.error();
    if (text.isEmpty())
        return Error::invalid(QCoreApplication::translate("Core", "amount is empty"));
    if (text.startsWith(u'-'))
        return Error::invalid(QCoreApplication::translate("Core", "amount \"%1\" is negative").arg(text));
    const int decimals = decimalsOf(currency);
    qint64 units = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    int integerDigits = 0;
    bool seenPoint = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (seenPoint)
                return Error::invalid(
                    QCoreApplication::translate("Core", "amount \"%1\" has more than one decimal point")
                        .arg(text));
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return Error::invalid(
                QCoreApplication::translate(
                    "Core", "amount \"%1\" must be plain digits with an optional decimal point")
                    .arg(text));
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++fractionDigits > decimals) {
                return Error::invalid(QCoreApplication::translate(
                                          "Core", "amount \"%1\" has more than %2 decimal places for %3")
                                          .arg(text)
                                          .arg(decimals)
                                          .arg(currency));
            }
            fraction = fraction * 10 + digit;
        } else {
            ++integerDigits;
            units = units * 10 + digit;
            if (units > MaxMinorUnits)
                return Error::invalid(
                    QCoreApplication::translate("Core", "amount \"%1\" is too large").arg(text));
        }
    }
    if (integerDigits == 0)
        return Error::invalid(
            QCoreApplication::translate("Core", "amount \"%1\" has no digits before the decimal point")
                .arg(text));
    if (seenPoint && fractionDigits == 0)
        return Error::invalid(
            QCoreApplication::translate("Core", "amount \"%1\" has no digits after the decimal point")
                .arg(text));
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    for (int i = fractionDigits; i < decimals; ++i)
        fraction *= 10;
    const qint64 minor = units * scale + fraction;
    if (minor > MaxMinorUnits)
        return Error::invalid(QCoreApplication::translate("Core", "amount \"%1\" is too large").arg(text));
    return Money(minor, currency);
}

QString Money::toDecimalString() const {
    const int decimals = decimalsOf(m_currency);
    const bool negative = m_minor < 0;
    // Negative amounts only arise from arithmetic (e.g. authority left); parse never yields them.
    const quint64 abs = negative ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString out = negative ? u"-"_s : QString();
    out += QString::number(abs / scale);
    if (decimals > 0)
        out += u'.' + QString::number(abs % scale).rightJustified(decimals, u'0');
    return out;
}

QString Money::toDisplayString() const {
    const int decimals = decimalsOf(m_currency);
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // Display only: the exact value stays in m_minor.
    return QLocale().toString(double(m_minor) / scale, 'f', decimals) + u' ' + m_currency;
}

} // namespace rebound
