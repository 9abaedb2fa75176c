#pragma once

// Field-by-field equality of described DTOs (dto/Fields.h), walking describe() on both sides
// in lockstep. The DTOs have no operator== of their own; the editors need one to tell a real
// change from a no-op, and an undone edit from a clean document.

#include "dto/Fields.h"

#include <type_traits>
#include <vector>

namespace contactdesk::ui {

inline bool dtoEquals(const QString &a, const QString &b)
{
    // An absent value and an empty one mean the same to the user.
    return a.isEmpty() ? b.isEmpty() : a == b;
}
inline bool dtoEquals(const QDate &a, const QDate &b) { return a == b; }
inline bool dtoEquals(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a == b);
}
inline bool dtoEquals(const QByteArray &a, const QByteArray &b) { return a == b; }
inline bool dtoEquals(const QStringList &a, const QStringList &b) { return a == b; }
inline bool dtoEquals(const dto::StringMap &a, const dto::StringMap &b) { return a == b; }
inline bool dtoEquals(const std::optional<bool> &a, const std::optional<bool> &b) { return a == b; }
inline bool dtoEquals(const std::optional<int> &a, const std::optional<int> &b) { return a == b; }
inline bool dtoEquals(const std::optional<qint64> &a, const std::optional<qint64> &b) { return a == b; }

template <dto::Described T> bool dtoEquals(const T &a, const T &b);
template <dto::Described T> bool dtoEquals(const std::optional<T> &a, const std::optional<T> &b);
template <dto::Described T> bool dtoEquals(const QList<T> &a, const QList<T> &b);
template <dto::Described T> bool dtoEquals(const std::optional<QList<T>> &a, const std::optional<QList<T>> &b);

template <dto::Described T> bool dtoEquals(const T &a, const T &b)
{
    std::vector<const void *> members;
    T::describe(b, [&members](const char *, const auto &member) { members.push_back(&member); });
    std::size_t i = 0;
    bool equal = true;
    T::describe(a, [&](const char *, const auto &member) {
        using Member = std::remove_cvref_t<decltype(member)>;
        if (equal && !dtoEquals(member, *static_cast<const Member *>(members[i])))
            equal = false;
        ++i;
    });
    return equal;
}

template <dto::Described T> bool dtoEquals(const std::optional<T> &a, const std::optional<T> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || dtoEquals(*a, *b);
}

template <dto::Described T> bool dtoEquals(const QList<T> &a, const QList<T> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!dtoEquals(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

template <dto::Described T> bool dtoEquals(const std::optional<QList<T>> &a, const std::optional<QList<T>> &b)
{
    // An absent list and an empty one both mean "no item" in an editor.
    const QList<T> none;
    return dtoEquals(a ? *a : none, b ? *b : none);
}

} // namespace contactdesk::ui
