// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/SpendingPolicy.h"

#include "playbook/Playbook.h"
#include "support/CatchQt.h"

using namespace Qt::StringLiterals;
using namespace rebound;
using Verdict = SpendingDecision::Verdict;

namespace {
Employee person(qint64 id, Role role, bool active = true) {
    return {id, u"E%1"_s.arg(id), u"Person %1"_s.arg(id), role, active, 0, {}};
}
Money usd(qint64 minor) {
    return Money(minor, u"USD"_s);
}
} // namespace

TEST_CASE("Within authority a gesture needs nobody's approval", "[policy]") {
    const SpendingPolicy policy(Playbook::builtIn());
    const auto d = policy.evaluate(person(1, Role::Associate), usd(15000), usd(0));
    CHECK(d.verdict == Verdict::Allowed);
    CHECK(d.perRecovery == usd(15000));
    CHECK(d.leftToday == usd(50000));
}

TEST_CASE("Above the per-recovery limit a gesture needs an approver who covers it", "[policy]") {
    const SpendingPolicy policy(Playbook::builtIn());
    const Employee associate = person(1, Role::Associate);
    const auto d = policy.evaluate(associate, usd(20000), usd(0));
    CHECK(d.verdict == Verdict::NeedsApproval);
    CHECK(d.reason.contains(u"above your authority"_s));

    CHECK(policy.checkApprover(associate, person(2, Role::Supervisor), usd(180000)).ok());
    CHECK(policy.checkApprover(associate, person(3, Role::Manager), usd(180000)).ok());
    auto tooMuch = policy.checkApprover(associate, person(2, Role::Supervisor), usd(250000));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.contains(u"may approve up to"_s));
    auto peer = policy.checkApprover(associate, person(4, Role::Associate), usd(20000));
    REQUIRE_FALSE(peer.ok());
    CHECK(peer.error().message.contains(u"may not approve"_s));
    CHECK_FALSE(policy.checkApprover(associate, person(5, Role::Supervisor, false), usd(20000)).ok());
}

TEST_CASE("Nobody approves their own gesture", "[policy]") {
    const SpendingPolicy policy(Playbook::builtIn());
    const Employee supervisor = person(7, Role::Supervisor);
    CHECK(policy.evaluate(supervisor, usd(100000), usd(0)).verdict == Verdict::NeedsApproval);
    auto self = policy.checkApprover(supervisor, supervisor, usd(100000));
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == Error::Code::Denied);
    CHECK(self.error().message.contains(u"their own"_s));
}

TEST_CASE("The daily cap counts what was already given today", "[policy]") {
    const SpendingPolicy policy(Playbook::builtIn());
    const Employee associate = person(1, Role::Associate);
    CHECK(policy.evaluate(associate, usd(10000), usd(40000)).verdict == Verdict::Allowed);
    const auto over = policy.evaluate(associate, usd(10001), usd(40000));
    CHECK(over.verdict == Verdict::NeedsApproval);
    CHECK(over.leftToday == usd(10000));
    CHECK(over.reason.contains(u"daily authority"_s));
    // Managers have no daily cap.
    CHECK(policy.evaluate(person(3, Role::Manager), usd(200000), usd(10'000'000)).verdict ==
          Verdict::Allowed);
}

TEST_CASE("Above every limit a gesture is refused outright", "[policy]") {
    const SpendingPolicy policy(Playbook::builtIn());
    const auto d = policy.evaluate(person(1, Role::Associate), usd(500001), usd(0));
    CHECK(d.verdict == Verdict::Refused);
    CHECK(d.reason.contains(u"above every limit"_s));
    CHECK(policy.evaluate(person(3, Role::Manager), usd(500001), usd(0)).verdict == Verdict::Refused);
}
