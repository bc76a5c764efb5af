// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace rebound {

class Playbook;
struct Story;
struct StoryText;

// A story's four parts as HTML paragraphs, each under its heading (an empty part is left out).
QString storyPartsHtml(const StoryText& text);

// The weekly line-up sheet: two recoveries to be proud of, told in four parts and naming the people who
// made them, read out at the team's briefing.
QString lineUpSheetHtml(const QList<Story>& stories, const Playbook& pb, const QString& businessName,
                        const QDate& week, const QLocale& locale);

} // namespace rebound
