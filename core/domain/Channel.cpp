// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Channel.h"

#include <QCoreApplication>
#include <QStringList>

namespace rebound {

QString channelId(Channel channel) {
    switch (channel) {
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Sms:
        return QStringLiteral("sms");
    case Channel::InPerson:
        return QStringLiteral("in-person");
    }
    Q_UNREACHABLE();
}

std::optional<Channel> channelFromId(QStringView id) {
    for (Channel c : AllChannels) {
        if (channelId(c) == id)
            return c;
    }
    return std::nullopt;
}

QString channelIds() {
    QStringList ids;
    for (Channel c : AllChannels)
        ids << channelId(c);
    return ids.join(QStringLiteral(", "));
}

QString channelName(Channel channel) {
    switch (channel) {
    case Channel::Phone:
        return QCoreApplication::translate("Channel", "phone");
    case Channel::Email:
        return QCoreApplication::translate("Channel", "email");
    case Channel::Sms:
        return QCoreApplication::translate("Channel", "SMS");
    case Channel::InPerson:
        break;
    }
    return QCoreApplication::translate("Channel", "in person");
}

} // namespace rebound
