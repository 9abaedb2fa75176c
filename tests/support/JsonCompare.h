#pragma once

// JSON comparison for tests: equal as QJsonDocument values (key order does not count,
// array order does, 1 and 1.0 are the same number, null differs from an absent key), with
// the first difference as a readable text:
//   $.searchCriteria.addresses[0].town: expected "Genève", actual "Geneve"
//
//   CONTACTDESK_COMPARE_JSON(actualBytes, expectedBytes);

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace contactdesk::test {

namespace detail {

inline QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("absent");
    }
    return QStringLiteral("?");
}

inline QString jsonShort(const QJsonValue &v)
{
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isString())
        text = QLatin1Char('"') + v.toString() + QLatin1Char('"');
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 17);
    else
        text = jsonTypeName(v);
    return text.size() > 200 ? text.left(200) + QStringLiteral("...") : text;
}

inline QString jsonValueDifference(const QJsonValue &e, const QJsonValue &a, const QString &path)
{
    if (e.type() != a.type()) {
        return QStringLiteral("%1: expected %2 %3, actual %4 %5")
            .arg(path, jsonTypeName(e), jsonShort(e), jsonTypeName(a), jsonShort(a));
    }
    if (e.isObject()) {
        const QJsonObject eo = e.toObject();
        const QJsonObject ao = a.toObject();
        for (auto it = eo.begin(); it != eo.end(); ++it) {
            if (!ao.contains(it.key()))
                return QStringLiteral("%1: missing key \"%2\" (expected %3)").arg(path, it.key(), jsonShort(it.value()));
            const QString d = jsonValueDifference(it.value(), ao.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        for (auto it = ao.begin(); it != ao.end(); ++it) {
            if (!eo.contains(it.key()))
                return QStringLiteral("%1: unexpected key \"%2\" (actual %3)").arg(path, it.key(), jsonShort(it.value()));
        }
        return {};
    }
    if (e.isArray()) {
        const QJsonArray ea = e.toArray();
        const QJsonArray aa = a.toArray();
        const qsizetype common = std::min(ea.size(), aa.size());
        for (qsizetype i = 0; i < common; ++i) {
            const QString d = jsonValueDifference(ea.at(i), aa.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!d.isEmpty())
                return d;
        }
        if (ea.size() != aa.size()) {
            return QStringLiteral("%1: expected %2 items, actual %3; first extra: %4")
                .arg(path)
                .arg(ea.size())
                .arg(aa.size())
                .arg(jsonShort(ea.size() > aa.size() ? ea.at(common) : aa.at(common)));
        }
        return {};
    }
    if (e != a)
        return QStringLiteral("%1: expected %2, actual %3").arg(path, jsonShort(e), jsonShort(a));
    return {};
}

inline QJsonValue documentValue(const QJsonDocument &d)
{
    if (d.isObject())
        return d.object();
    if (d.isArray())
        return d.array();
    return QJsonValue(QJsonValue::Null);
}

} // namespace detail

// Empty when equal; otherwise the first difference.
inline QString jsonDifference(const QJsonValue &expected, const QJsonValue &actual)
{
    return detail::jsonValueDifference(expected, actual, QStringLiteral("$"));
}

// Empty when both documents parse and are equal; otherwise the first difference or why
// one of them does not parse.
inline QString jsonDifference(const QByteArray &expected, const QByteArray &actual)
{
    QJsonParseError error;
    const QJsonDocument e = QJsonDocument::fromJson(expected, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("expected document is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
    const QJsonDocument a = QJsonDocument::fromJson(actual, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("actual document is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
    return jsonDifference(detail::documentValue(e), detail::documentValue(a));
}

} // namespace contactdesk::test

#define CONTACTDESK_COMPARE_JSON(actual, expected)                                             \
    do {                                                                                       \
        const QString jsonDiff_ = ::contactdesk::test::jsonDifference((expected), (actual));   \
        QVERIFY2(jsonDiff_.isEmpty(), qPrintable(jsonDiff_));                                  \
    } while (false)
