// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace rebound {

// How a follow-up reaches the customer.
enum class Channel { Phone, Email, Sms, InPerson };

// Every channel, in the order the wizard offers them.
inline constexpr std::array AllChannels{Channel::Phone, Channel::Email, Channel::Sms, Channel::InPerson};

// The stored id ("phone", "email", "sms", "in-person"), also the one `reboundctl record` reads.
QString channelId(Channel channel);
std::optional<Channel> channelFromId(QStringView id);
// In words, in the user's language: "phone", "SMS", "in person".
QString channelName(Channel channel);
// The ids joined for an error message: "phone, email, sms, in-person".
QString channelIds();

} // namespace rebound
