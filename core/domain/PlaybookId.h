// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

#include <utility>

namespace rebound {

// The id of something the playbook defines (a category, a severity, a segment): its own type, so that
// a severity cannot be passed where a category is expected and no id travels as a bare string.
template <typename Tag> class PlaybookId final {
public:
    PlaybookId() = default;
    explicit PlaybookId(QString id)
        : m_id(std::move(id)) {}

    // The id as stored and as written in the playbook's JSON.
    const QString& toString() const { return m_id; }
    bool isEmpty() const { return m_id.isEmpty(); }

    friend bool operator==(const PlaybookId& a, const PlaybookId& b) { return a.m_id == b.m_id; }
    friend bool operator!=(const PlaybookId& a, const PlaybookId& b) { return a.m_id != b.m_id; }
    friend bool operator<(const PlaybookId& a, const PlaybookId& b) { return a.m_id < b.m_id; }
    friend size_t qHash(const PlaybookId& id, size_t seed = 0) { return qHash(id.m_id, seed); }

private:
    QString m_id;
};

using CategoryId = PlaybookId<struct CategoryTag>;
using SeverityId = PlaybookId<struct SeverityTag>;
using SegmentId = PlaybookId<struct SegmentTag>;

} // namespace rebound
