// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Employee.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound {

QString roleId(Role role) {
    switch (role) {
    case Role::Associate:
        return u"associate"_s;
    case Role::Supervisor:
        return u"supervisor"_s;
    case Role::Manager:
        return u"manager"_s;
    }
    return {};
}

std::optional<Role> roleFromId(const QString& id) {
    for (Role r : {Role::Associate, Role::Supervisor, Role::Manager}) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString roleName(Role role) {
    switch (role) {
    case Role::Associate:
        return QCoreApplication::translate("Core", "Associate");
    case Role::Supervisor:
        return QCoreApplication::translate("Core", "Supervisor");
    case Role::Manager:
        return QCoreApplication::translate("Core", "Manager");
    }
    return {};
}

QString rolePluralName(Role role) {
    switch (role) {
    case Role::Associate:
        return QCoreApplication::translate("Core", "Associates");
    case Role::Supervisor:
        return QCoreApplication::translate("Core", "Supervisors");
    case Role::Manager:
        return QCoreApplication::translate("Core", "Managers");
    }
    return {};
}

} // namespace rebound
