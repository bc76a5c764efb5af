// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Incident.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

namespace {
constexpr std::array AllStatuses = {
    IncidentStatus::Open,        IncidentStatus::Apologized,        IncidentStatus::Fixed,
    IncidentStatus::Compensated, IncidentStatus::FollowUpScheduled, IncidentStatus::Closed};
} // namespace

QString statusId(IncidentStatus s) {
    switch (s) {
    case IncidentStatus::Open:
        return u"open"_s;
    case IncidentStatus::Apologized:
        return u"apologized"_s;
    case IncidentStatus::Fixed:
        return u"fixed"_s;
    case IncidentStatus::Compensated:
        return u"compensated"_s;
    case IncidentStatus::FollowUpScheduled:
        return u"follow-up-scheduled"_s;
    case IncidentStatus::Closed:
        return u"closed"_s;
    }
    return {};
}

QString statusName(IncidentStatus s) {
    static const char* names[] = {QT_TRANSLATE_NOOP("IncidentStatus", "open"),
                                  QT_TRANSLATE_NOOP("IncidentStatus", "apologized"),
                                  QT_TRANSLATE_NOOP("IncidentStatus", "fixed"),
                                  QT_TRANSLATE_NOOP("IncidentStatus", "compensated"),
                                  QT_TRANSLATE_NOOP("IncidentStatus", "follow-up scheduled"),
                                  QT_TRANSLATE_NOOP("IncidentStatus", "closed")};
    return QCoreApplication::translate("IncidentStatus", names[int(s)]);
}

std::optional<IncidentStatus> statusFromId(const QString& id) {
    for (IncidentStatus s : AllStatuses) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString detectedById(DetectedBy d) {
    return d == DetectedBy::Staff ? u"staff"_s : u"customer"_s;
}

std::optional<DetectedBy> detectedByFromId(const QString& id) {
    if (id == u"staff")
        return DetectedBy::Staff;
    if (id == u"customer")
        return DetectedBy::Customer;
    return std::nullopt;
}

IncidentState::IncidentState(const QDateTime& openedAt) {
    m_at[std::size_t(IncidentStatus::Open)] = openedAt;
}

bool IncidentState::canAdvance(IncidentStatus from, IncidentStatus to) {
    return int(to) == int(from) + 1;
}

Result<void> IncidentState::advanceTo(IncidentStatus next, const QDateTime& at) {
    if (!canAdvance(m_status, next)) {
        return Error::invalid(
            QCoreApplication::translate("Core", "status: a recovery that is %1 cannot become %2")
                .arg(statusId(m_status), statusId(next)));
    }
    if (!at.isValid())
        return Error::invalid(QCoreApplication::translate("Core", "status: the time of step %1 is missing")
                                  .arg(statusId(next)));
    if (at < m_at[std::size_t(m_status)])
        return Error::invalid(
            QCoreApplication::translate("Core", "status: step %1 cannot happen before step %2")
                .arg(statusId(next), statusId(m_status)));
    m_status = next;
    m_at[std::size_t(next)] = at;
    return {};
}

} // namespace rebound
