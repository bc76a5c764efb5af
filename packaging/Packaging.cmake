# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later

# What a desktop installs besides the programs: entry, metadata, icons, man page, completion.
set(REBOUND_APP_ID org.reboundapp.Rebound)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${REBOUND_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${REBOUND_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/rebound.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${REBOUND_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/rebound-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${REBOUND_APP_ID}.png)
endforeach()
install(FILES ${CMAKE_CURRENT_LIST_DIR}/reboundctl.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/reboundctl.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME reboundctl)

set(CPACK_PACKAGE_NAME rebound)
set(CPACK_PACKAGE_VENDOR "The Rebound authors")
set(CPACK_PACKAGE_CONTACT "The Rebound authors <maintainers@reboundapp.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Service-recovery assistant for the counter")
set(CPACK_PACKAGE_DESCRIPTION "Rebound walks front-desk staff through apologizing, fixing, compensating and\nfollowing up when a customer has been let down, within spending rules that\nsupervisors audit afterwards in a tamper-evident log.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://reboundapp.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Depends and Recommends come from packaging/debian-packages.txt, the list the build installs from:
# the plugins loaded at run time (dpkg-shlibdeps cannot see them) and Qt's own translations.
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/debian-packages.txt rebound_package_lines REGEX "^(depends|recommends):")
foreach(line IN LISTS rebound_package_lines)
    string(REGEX MATCH "^([a-z]+):(.*)$" _ "${line}")
    set(group ${CMAKE_MATCH_1})
    string(STRIP "${CMAKE_MATCH_2}" names)
    string(REGEX REPLACE "[ \t]+" ", " names "${names}")
    list(APPEND rebound_${group} "${names}")
endforeach()
list(JOIN rebound_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
list(JOIN rebound_recommends ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian-packages.txt)
include(CPack)
