// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rebound {

// Errors cross the core boundary as values; a refused gesture is a normal outcome, not an exception.
// Every decision reads the code; the message is for people and is translated.
struct Error {
    enum class Code {
        Invalid,     // input rejected: the message names the field
        NotFound,    // a referenced row does not exist
        Denied,      // authentication, authority or the spending policy refused
        Conflict,    // e.g. a duplicate employee code or an item reviewed twice
        Cancelled,   // the user stopped it; nothing was written
        Busy,        // another connection holds the write lock: trying again may succeed
        Full,        // the disk is full
        ReadOnly,    // the file or its folder cannot be written
        Storage,     // the database could not be read or written for another reason
        Corrupt,     // integrity or audit-chain verification failed, or the file is damaged
        NotOurs,     // an SQLite file or a server database of another program
        NewerSchema, // written by a newer Rebound
        Unreachable, // the central server does not answer: nothing was written; later may succeed
        Moved,       // the file or its WAL was moved, replaced or deleted while open: nothing was written
    };
    Code code = Code::Invalid;
    QString message;
    QString field; // for Invalid, when known: the draft's field path ("description", "follow_up.due")

    static Error invalid(QString m) { return {Code::Invalid, std::move(m), {}}; }
    // The message still starts with the field's path, as the command line shows it.
    static Error invalidAt(QString field, QString m) {
        return {Code::Invalid, std::move(m), std::move(field)};
    }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m), {}}; }
    static Error denied(QString m) { return {Code::Denied, std::move(m), {}}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m), {}}; }
    static Error cancelled(QString m) { return {Code::Cancelled, std::move(m), {}}; }
    static Error storage(QString m) { return {Code::Storage, std::move(m), {}}; }
    static Error corrupt(QString m) { return {Code::Corrupt, std::move(m), {}}; }
    static Error of(Code code, QString m) { return {code, std::move(m), {}}; }

    // The store failed, not the input: whatever comes next would fail alike.
    bool isStoreFailure() const {
        switch (code) {
        case Code::Busy:
        case Code::Full:
        case Code::ReadOnly:
        case Code::Storage:
        case Code::Corrupt:
        case Code::NotOurs:
        case Code::NewerSchema:
        case Code::Unreachable:
        case Code::Moved:
            return true;
        default:
            return false;
        }
    }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const T* operator->() const { return &std::get<0>(m_v); }
    const T& operator*() const& { return std::get<0>(m_v); }

    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace rebound
