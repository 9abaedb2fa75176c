#pragma once

// A described DTO to and from a QJsonObject (the REST binding, CONTRACT.md 1.3).
// Absent values are left out; `null` and a missing key both read as absent; unknown keys
// are ignored; a value of the wrong JSON type fails with an error naming the field.

#include "dto/Fields.h"
#include "wire/FieldText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <limits>

namespace contactdesk::wire {

class JsonFieldWriter {
public:
    template <dto::Described T> static QJsonObject toObject(const T &value)
    {
        QJsonObject o;
        T::describe(value, [&o](const char *name, const auto &member) {
            QJsonValue v = toValue(member);
            if (!v.isUndefined())
                o.insert(QLatin1StringView(name), v);
        });
        return o;
    }

private:
    static QJsonValue toValue(const QString &v) { return v.isNull() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v); }
    static QJsonValue toValue(const std::optional<bool> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined); }
    static QJsonValue toValue(const std::optional<int> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined); }
    static QJsonValue toValue(const std::optional<qint64> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined); }
    static QJsonValue toValue(const QDateTime &v) { return v.isValid() ? QJsonValue(dateTimeText(v)) : QJsonValue(QJsonValue::Undefined); }
    static QJsonValue toValue(const QDate &v) { return v.isValid() ? QJsonValue(dateText(v)) : QJsonValue(QJsonValue::Undefined); }
    static QJsonValue toValue(const QByteArray &v)
    {
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QString::fromLatin1(v.toBase64()));
    }
    static QJsonValue toValue(const QStringList &v)
    {
        if (v.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return QJsonArray::fromStringList(v);
    }
    static QJsonValue toValue(const dto::StringMap &v)
    {
        if (v.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        QJsonObject o;
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
    template <dto::Described T> static QJsonValue toValue(const T &v) { return toObject(v); }
    template <dto::Described T> static QJsonValue toValue(const std::optional<T> &v)
    {
        return v ? QJsonValue(toObject(*v)) : QJsonValue(QJsonValue::Undefined);
    }
    template <dto::Described T> static QJsonArray toArray(const QList<T> &v)
    {
        QJsonArray a;
        for (const T &item : v)
            a.append(toObject(item));
        return a;
    }
    template <dto::Described T> static QJsonValue toValue(const QList<T> &v)
    {
        return v.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(toArray(v));
    }
    // A present list is written even when empty: [] clears the stored list.
    template <dto::Described T> static QJsonValue toValue(const std::optional<QList<T>> &v)
    {
        return v ? QJsonValue(toArray(*v)) : QJsonValue(QJsonValue::Undefined);
    }
};

class JsonFieldReader {
public:
    template <dto::Described T> bool readObject(const QJsonObject &o, T &out)
    {
        T::describe(out, [&](const char *name, auto &member) {
            if (!m_errorField.isEmpty())
                return;
            const QJsonValue v = o.value(QLatin1StringView(name));
            if (!v.isUndefined() && !v.isNull())
                read(name, v, member);
        });
        return m_errorField.isEmpty();
    }

    QString errorField() const { return m_errorField; }
    QString errorText() const { return m_errorText; }

private:
    void fail(const char *field, const char *expected)
    {
        m_errorField = QString::fromLatin1(field);
        m_errorText = QStringLiteral("field '%1' is not %2").arg(m_errorField, QLatin1StringView(expected));
    }
    template <typename Out, typename Parse>
    void fromString(const char *f, const QJsonValue &v, Out &out, Parse parse, const char *expected)
    {
        if (!v.isString() || !parse(v.toString(), out))
            fail(f, expected);
    }

    void read(const char *f, const QJsonValue &v, QString &out)
    {
        if (v.isString())
            out = v.toString().isNull() ? QStringLiteral("") : v.toString();
        else
            fail(f, "a string");
    }
    void read(const char *f, const QJsonValue &v, std::optional<bool> &out)
    {
        if (v.isBool())
            out = v.toBool();
        else
            fail(f, "a boolean");
    }
    template <typename Int> void readInteger(const char *f, const QJsonValue &v, std::optional<Int> &out)
    {
        if (v.isDouble()) {
            const double d = v.toDouble();
            // Range first: casting a double outside Int (or NaN) to Int is undefined behaviour.
            constexpr double lowest = static_cast<double>(std::numeric_limits<Int>::min()); // -2^(n-1), exact
            if (d >= lowest && d < -lowest && d == static_cast<double>(static_cast<Int>(d))) {
                out = static_cast<Int>(d);
                return;
            }
        } else if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok && n == static_cast<Int>(n)) {
                out = static_cast<Int>(n);
                return;
            }
        }
        fail(f, "an integer");
    }
    void read(const char *f, const QJsonValue &v, std::optional<int> &out) { readInteger(f, v, out); }
    void read(const char *f, const QJsonValue &v, std::optional<qint64> &out) { readInteger(f, v, out); }
    void read(const char *f, const QJsonValue &v, QDateTime &out) { fromString(f, v, out, parseDateTime, "a date and time"); }
    void read(const char *f, const QJsonValue &v, QDate &out) { fromString(f, v, out, parseDate, "a date"); }
    void read(const char *f, const QJsonValue &v, QByteArray &out) { fromString(f, v, out, parseBase64, "base64"); }
    void read(const char *f, const QJsonValue &v, QStringList &out)
    {
        if (!v.isArray())
            return fail(f, "a list of strings");
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return fail(f, "a list of strings");
            out.append(item.toString());
        }
    }
    void read(const char *f, const QJsonValue &v, dto::StringMap &out)
    {
        if (!v.isObject())
            return fail(f, "an object");
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toString());
    }
    template <dto::Described T> void read(const char *f, const QJsonValue &v, T &out)
    {
        if (!v.isObject())
            return fail(f, "an object");
        readObject(v.toObject(), out);
    }
    template <dto::Described T> void read(const char *f, const QJsonValue &v, std::optional<T> &out)
    {
        read(f, v, out.emplace());
    }
    template <dto::Described T> void read(const char *f, const QJsonValue &v, QList<T> &out)
    {
        if (!v.isArray())
            return fail(f, "a list");
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isObject())
                return fail(f, "a list of objects");
            out.emplaceBack();
            if (!readObject(item.toObject(), out.back()))
                return;
        }
    }
    template <dto::Described T> void read(const char *f, const QJsonValue &v, std::optional<QList<T>> &out)
    {
        read(f, v, out.emplace());
    }

    QString m_errorField;
    QString m_errorText;
};

} // namespace contactdesk::wire
