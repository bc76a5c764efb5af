// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rebound::test {

// Runs the Catch2 session (compiled once, in support/CatchRunner.cpp) with a fixed time zone,
// so "today" and calendar days do not depend on the machine running the tests.
int runCatch(int argc, char* argv[]);

} // namespace rebound::test
