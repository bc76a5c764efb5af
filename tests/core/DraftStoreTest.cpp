// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record/DraftStore.h"

#include "support/CatchQt.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rebound;

namespace {
SavedDraft everyField() {
    SavedDraft s;
    s.employeeId = 7;
    s.startedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2), Qt::UTC);
    s.savedAt = s.startedAt.addSecs(95);
    s.page = 3;
    RecoveryDraft& d = s.draft;
    d.customer = {42,
                  u"Zoë \"Z\" Ångström"_s,
                  u"+1 555 0101"_s,
                  u"z@example.com"_s,
                  u"Room 512"_s,
                  SegmentId(u"vip"_s),
                  u"Line one\nline two"_s,
                  u"1250.00"_s};
    d.category = CategoryId(u"broken-promise"_s);
    d.severity = SeverityId(u"major"_s);
    d.detectedBy = DetectedBy::Staff;
    d.description = u"Room not ready at 15:00 \\ as promised"_s;
    d.preventionNote = u"Check the board at noon"_s;
    d.occurredAt = s.startedAt.addSecs(-600);
    d.apology = u"I'm sorry."_s;
    d.apologizedAt = s.startedAt.addSecs(30);
    d.fixNotes = u"✓ Offer a room now\nUpgrade"_s;
    d.resolved = true;
    d.fixedAt = s.startedAt.addSecs(60);
    d.compensations = {{u"upgrade"_s, {}}, {u"credit"_s, u"1,800.00"_s}};
    d.followUpDue = s.startedAt.addDays(1);
    d.followUpChannel = Channel::Sms;
    d.satisfaction = 4;
    return s;
}
} // namespace

TEST_CASE("A kept draft reads back field for field", "[draft]") {
    const SavedDraft s = everyField();
    auto back = SavedDraft::fromJson(s.toJson());
    REQUIRE(back.ok());
    CHECK(back->toJson() == s.toJson());
    CHECK(back->draft.customer.id == 42);
    CHECK(back->draft.customer.name == s.draft.customer.name);
    CHECK(back->draft.severity == SeverityId(u"major"_s));
    CHECK(back->draft.detectedBy == DetectedBy::Staff);
    CHECK(back->draft.apologizedAt == s.draft.apologizedAt);
    CHECK(back->draft.compensations.size() == 2);
    CHECK(back->draft.compensations[1].amount == u"1,800.00");
    CHECK(back->draft.followUpChannel == Channel::Sms);
    CHECK(back->draft.satisfaction == 4);
    CHECK(back->page == 3);

    // A draft begun a moment ago: nothing but a name.
    SavedDraft blank;
    blank.employeeId = 1;
    blank.draft.customer.name = u"Ana"_s;
    auto fresh = SavedDraft::fromJson(blank.toJson());
    REQUIRE(fresh.ok());
    CHECK_FALSE(fresh->draft.apologizedAt.has_value());
    CHECK_FALSE(fresh->draft.followUpChannel.has_value());
    CHECK_FALSE(fresh->draft.customer.id.has_value());
}

TEST_CASE("Drafts are kept per employee, owner-only, and a damaged one is set aside", "[draft]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(u"rebound.sqlite"_s);
    DraftStore store(db);
    REQUIRE(store.save(everyField()).ok());
    CHECK(QFileInfo(store.fileOf(7)).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    auto none = store.load(8);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    auto mine = store.load(7);
    REQUIRE(mine.ok());
    REQUIRE(mine->has_value());
    CHECK((*mine)->draft.description == everyField().draft.description);

    QFile f(store.fileOf(7));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"format\": 1, \"dra");
    f.close();
    auto damaged = store.load(7);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == Error::Code::Corrupt);
    CHECK(QFile::exists(store.fileOf(7) + u".damaged"_s));
    auto after = store.load(7);
    REQUIRE(after.ok());
    CHECK_FALSE(after->has_value());

    store.discard(7);
    CHECK(DraftStore(u":memory:"_s).save(everyField()).ok()); // nowhere to keep it, nothing to fail
}

TEST_CASE("A draft moves with its employee to the counter's other database, under their id there", "[draft]") {
    QTemporaryDir dir;
    const DraftStore server(dir.filePath(u"server.sqlite"_s));
    const DraftStore copy(dir.filePath(u"server.sqlite.offline.sqlite"_s));
    SavedDraft kept = everyField();
    kept.draft.customer.id = 41; // the server's customer
    REQUIRE(server.save(kept).ok());
    REQUIRE(server.moveTo(copy, 7, 3).ok());
    CHECK_FALSE(QFile::exists(server.fileOf(7)));
    auto moved = copy.load(3);
    REQUIRE(moved.ok());
    REQUIRE(moved->has_value());
    CHECK((*moved)->employeeId == 3);
    CHECK((*moved)->draft.description == everyField().draft.description);
    CHECK_FALSE((*moved)->draft.customer.id.has_value()); // found again there by phone or email
    CHECK(server.moveTo(copy, 8, 4).ok()); // nothing kept: nothing moves
    CHECK_FALSE(QFile::exists(copy.fileOf(4)));
}
