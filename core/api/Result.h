#pragma once

#include "api/ApiError.h"

#include <optional>
#include <utility>

namespace contactdesk {

// The outcome of a typed call: a value or an ApiError, never both.
template <typename T>
class Result {
public:
    Result() : m_error(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("no result"))) {}
    Result(T value) : m_value(std::move(value)) {}
    Result(ApiError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace contactdesk
