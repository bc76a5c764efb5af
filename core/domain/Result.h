// SPDX-FileCopyrightText: 2026 The Rebound authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rebound {

// Errors cross the core boundary as values; a refused gesture is a normal outcome, not an exception.
struct Error {
    enum class Code {
        Invalid,  // input rejected: the message names the field
        NotFound, // a referenced row does not exist
        Denied,   // authentication or authority refused
        Conflict, // e.g. a duplicate employee code
        Storage,  // the database could not be read or written
        Corrupt,  // integrity or audit-chain verification failed
    };
    Code code = Code::Invalid;
    QString message;

    static Error invalid(QString m) { return {Code::Invalid, std::move(m)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m)}; }
    static Error denied(QString m) { return {Code::Denied, std::move(m)}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m)}; }
    static Error storage(QString m) { return {Code::Storage, std::move(m)}; }
    static Error corrupt(QString m) { return {Code::Corrupt, std::move(m)}; }
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
