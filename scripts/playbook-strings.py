#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes core/playbook/PlaybookStrings.cpp from the built-in playbook, so its words can be translated.
Run after editing resources/playbook/default.json, then update the translations."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
pb = json.loads((root / "resources/playbook/default.json").read_text(encoding="utf-8"))
texts = []


def add(text):
    if text not in texts:
        texts.append(text)


add(pb["name"])
for key in ("segments", "severities", "catalog"):
    for entry in pb[key]:
        add(entry["name"])
for category in pb["categories"]:
    add(category["name"])
    for text in category["apologies"] + category["checklist"]:
        add(text)


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


lines = [
    "// SPDX-FileCopyrightText: 2026 The Rebound authors",
    "// SPDX-License-Identifier: GPL-3.0-or-later",
    "// Generated from resources/playbook/default.json by scripts/playbook-strings.py: the built-in playbook's",
    "// words, so lupdate offers them to translators. Custom playbooks are shown as written.",
    '#include "playbook/PlaybookText.h"',
    "",
    "#include <QtGlobal>",
    "",
    "namespace rebound::PlaybookText {",
    "",
    "const char* const BuiltInStrings[] = {",
]
lines += [f'    QT_TRANSLATE_NOOP("DefaultPlaybook", {quoted(t)}),' for t in texts]
lines += ["};", "", "const std::size_t BuiltInStringCount = sizeof BuiltInStrings / sizeof BuiltInStrings[0];", "",
          "} // namespace rebound::PlaybookText", ""]
(root / "core/playbook/PlaybookStrings.cpp").write_text("\n".join(lines), encoding="utf-8")
