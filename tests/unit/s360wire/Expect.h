#pragma once

// Field-by-field expectations for DTO values, with the field's expression in the failure
// message. A null QString, an empty optional and an invalid date all mean "absent", and
// absent is not the same as empty: EXPECT(x.statusDetail, QString()) requires a null string.
//
//   EXPECT(result.contactNumber, u"0004711"_s);
//   EXPECT_ABSENT(result.endValidityDate);
// Both return from the calling function once the test has failed.

#include "dto/Fields.h"

#include <QTest>

namespace contactdesk::test {

inline QString shown(const QString &v)
{
    return v.isNull() ? QStringLiteral("(absent)") : QLatin1Char('"') + v + QLatin1Char('"');
}
inline QString shown(const QDate &v)
{
    return v.isValid() ? v.toString(Qt::ISODate) : QStringLiteral("(absent)");
}
inline QString shown(const QDateTime &v)
{
    return v.isValid() ? v.toString(Qt::ISODateWithMs) : QStringLiteral("(absent)");
}
inline QString shown(const QStringList &v)
{
    return QLatin1Char('[') + v.join(QStringLiteral(", ")) + QLatin1Char(']');
}
inline QString shown(const QByteArray &v)
{
    return v.isNull() ? QStringLiteral("(absent)") : QString::fromLatin1(v.toHex(' '));
}
inline QString shown(const dto::StringMap &v)
{
    QStringList parts;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}
inline QString shown(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}
template <typename T>
    requires std::is_arithmetic_v<T>
inline QString shown(T v)
{
    if constexpr (std::is_same_v<T, bool>)
        return v ? QStringLiteral("true") : QStringLiteral("false");
    else
        return QString::number(v);
}
template <typename T> inline QString shown(const std::optional<T> &v)
{
    return v ? shown(*v) : QStringLiteral("(absent)");
}

inline void failWith(const char *what, const QString &actual, const QString &expected, const char *file, int line)
{
    const QString text = QStringLiteral("%1: expected %2, actual %3").arg(QLatin1StringView(what), expected, actual);
    QTest::qFail(qPrintable(text), file, line);
}

inline void expectEqual(const QString &a, const QString &e, const char *what, const char *file, int line)
{
    if (a != e || a.isNull() != e.isNull())
        failWith(what, shown(a), shown(e), file, line);
}
inline void expectEqual(const QDate &a, const QDate &e, const char *what, const char *file, int line)
{
    if (a != e || a.isValid() != e.isValid())
        failWith(what, shown(a), shown(e), file, line);
}
// The same instant and the same offset from UTC (the offset the server sent is kept).
inline void expectEqual(const QDateTime &a, const QDateTime &e, const char *what, const char *file, int line)
{
    if (a.isValid() != e.isValid() || a != e || (e.isValid() && a.offsetFromUtc() != e.offsetFromUtc()))
        failWith(what, shown(a), shown(e), file, line);
}
inline void expectEqual(const QStringList &a, const QStringList &e, const char *what, const char *file, int line)
{
    if (a != e)
        failWith(what, shown(a), shown(e), file, line);
}
inline void expectEqual(const QByteArray &a, const QByteArray &e, const char *what, const char *file, int line)
{
    if (a != e || a.isNull() != e.isNull())
        failWith(what, shown(a), shown(e), file, line);
}
inline void expectEqual(const dto::StringMap &a, const dto::StringMap &e, const char *what, const char *file, int line)
{
    if (a != e)
        failWith(what, shown(a), shown(e), file, line);
}
template <typename T, typename U>
inline void expectEqual(const std::optional<T> &a, const U &e, const char *what, const char *file, int line)
{
    if (!a || *a != static_cast<T>(e))
        failWith(what, shown(a), shown(static_cast<T>(e)), file, line);
}
inline void expectEqual(qsizetype a, qsizetype e, const char *what, const char *file, int line)
{
    if (a != e)
        failWith(what, QString::number(a), QString::number(e), file, line);
}

inline bool absent(const QString &v) { return v.isNull(); }
inline bool absent(const QDate &v) { return !v.isValid(); }
inline bool absent(const QDateTime &v) { return !v.isValid(); }
inline bool absent(const QByteArray &v) { return v.isNull(); }
template <typename T> inline bool absent(const std::optional<T> &v) { return !v.has_value(); }
template <typename T> inline bool absent(const QList<T> &v) { return v.isEmpty(); }
inline bool absent(const dto::StringMap &v) { return v.isEmpty(); }

} // namespace contactdesk::test

#define EXPECT(actual, expected)                                                                 \
    do {                                                                                         \
        ::contactdesk::test::expectEqual((actual), (expected), #actual, __FILE__, __LINE__);     \
        if (QTest::currentTestFailed())                                                          \
            return;                                                                              \
    } while (false)

#define EXPECT_SIZE(list, expected)                                                              \
    do {                                                                                         \
        ::contactdesk::test::expectEqual(qsizetype((list).size()), qsizetype(expected),          \
                                         #list ".size()", __FILE__, __LINE__);                   \
        if (QTest::currentTestFailed())                                                          \
            return;                                                                              \
    } while (false)

#define EXPECT_ABSENT(actual)                                                                    \
    do {                                                                                         \
        if (!::contactdesk::test::absent(actual))                                                \
            QFAIL(#actual " should be absent");                                                  \
    } while (false)

// Runs a helper that may fail, and stops the caller when it did.
#define CHECKED(call)                                                                            \
    do {                                                                                         \
        call;                                                                                    \
        if (QTest::currentTestFailed())                                                          \
            return;                                                                              \
    } while (false)
