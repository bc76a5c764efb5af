// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CatchQt.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rebound::test;

namespace {
// A tmpfs of the given size, mounted for the test and unmounted after it.
class SmallDisk final {
public:
    explicit SmallDisk(const QString& path, const QString& size)
        : m_path(path) {
        QDir().mkpath(path);
        m_mounted = QProcess::execute(
                        u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"tmpfs"_s, path}) == 0;
    }
    ~SmallDisk() {
        if (m_mounted)
            QProcess::execute(u"umount"_s, {m_path});
    }
    bool mounted() const { return m_mounted; }
    bool resize(const QString& size) const {
        return QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,size="_s + size, m_path}) == 0;
    }

private:
    QString m_path;
    bool m_mounted = false;
};
} // namespace

TEST_CASE("A full disk refuses the recovery cleanly, and the database works again once space is freed",
          "[diskfull][file]") {
    if (geteuid() != 0) {
        WARN("skipped: mounting a small tmpfs needs root (CI runs as root)");
        return;
    }
    CliRunner ctl(QStringLiteral(REBOUNDCTL_PATH));
    SmallDisk disk(ctl.file(u"small"_s), u"3200k"_s); // room for the set-up, not for 800 long recoveries
    REQUIRE(disk.mounted());
    ctl.setDb(ctl.file(u"small/rebound.sqlite"_s));
    ctl.setUp();

    // Recoveries with long descriptions until the disk is full.
    const QString longText = QString(u"x"_s).repeated(3000);
    QByteArray input;
    for (int i = 0; i < 800; ++i) {
        input += recordLine(u"Guest %1 %2"_s.arg(i).arg(longText), u"+1 555 %1"_s.arg(i),
                            uR"({"item": "dessert"})"_s);
    }
    CliRun full = ctl({u"record"_s, u"--as"_s, u"A1"_s}, input, u"4071829365"_s);
    INFO(full.err.toStdString());
    CHECK(full.exit == 1);
    CHECK(full.err.contains(u"the disk is full"_s));
    const qint64 printed = full.out.count(u"recorded "_s);
    CHECK(printed > 0);
    CHECK(printed < 400);
    // Everything that was reported is there and whole; nothing half-written.
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == printed);
    CHECK(ctl.scalar(u"SELECT count(*) FROM compensations"_s) == printed);
    CHECK(ctl.scalar(u"SELECT count(*) FROM follow_ups"_s) == printed);
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents i WHERE (SELECT count(*) FROM audit_log a "
                     "WHERE a.incident_id = i.id) <> 6"_s) == 0);

    REQUIRE(disk.resize(u"8m"_s));
    CliRun verify = ctl({u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exit == 0);
    CliRun again =
        ctl({u"record"_s, u"--as"_s, u"A1"_s},
            recordLine(u"After"_s, u"+1 555 9999"_s, uR"({"item": "dessert"})"_s), u"4071829365"_s);
    CHECK(again.exit == 0);
    CHECK(ctl.scalar(u"SELECT count(*) FROM incidents"_s) == printed + 1);
}
