// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Employee.h"
#include "services/StoryService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTextBrowser;

namespace rebound {

class AppContext;

// Stories nominated from recoveries: waiting ones to approve, edit or decline, approved and declined
// ones to read, a prevention action to open from one, and the week's line-up sheet to print.
class StoriesView final : public QWidget {
    Q_OBJECT
public:
    StoriesView(AppContext& ctx, const AuthenticatedEmployee& user, QWidget* parent = nullptr);
    void refresh();
    // The line-up sheet as a PDF at path; the message shown. Also used by tests.
    QString writeLineUp(const QString& path);
    qint64 storyAt(int row) const;

Q_SIGNALS:
    void changed();

private:
    void showSelected();
    void review();
    void openAction();
    void printLineUp();
    QString lineUpHtml();

    AppContext& m_ctx;
    AuthenticatedEmployee m_user;
    StoryService m_stories;
    QList<Story> m_rows;
    QComboBox* m_filter;
    QTableWidget* m_table;
    QTextBrowser* m_text;
    QLabel* m_message;
};

} // namespace rebound
