#pragma once

// A described DTO of scalar fields to and from form pairs: the query of an ASMX HTTP GET or
// the application/x-www-form-urlencoded body of an HTTP POST (CONTRACT.md 2).
// Values are stored percent-encoded in the QUrlQuery ('+' as %2B, space as %20), so that the
// query serializes unambiguously; reading decodes '+' as a space, as form encoding does.

#include "dto/Fields.h"
#include "wire/FieldText.h"

#include <QUrlQuery>

#include <optional>
#include <type_traits>

namespace contactdesk::wire {

void addFormPair(QUrlQuery &pairs, const QString &key, const QString &value);
// The decoded value of `key`; none when the key is absent.
std::optional<QString> formPairValue(const QUrlQuery &pairs, const QString &key);

class FormFieldWriter {
public:
    // Absent values write no pair.
    template <dto::Described T> static void addFields(QUrlQuery &pairs, const T &value)
    {
        T::describe(value, [&pairs](const char *name, const auto &member) {
            const std::optional<QString> text = toText(member);
            if (text)
                addFormPair(pairs, QString::fromLatin1(name), *text);
        });
    }

private:
    static std::optional<QString> toText(const QString &v) { return v.isNull() ? std::nullopt : std::optional(v); }
    static std::optional<QString> toText(const std::optional<bool> &v)
    {
        return v ? std::optional(boolText(*v)) : std::nullopt;
    }
    static std::optional<QString> toText(const std::optional<int> &v)
    {
        return v ? std::optional(QString::number(*v)) : std::nullopt;
    }
    static std::optional<QString> toText(const std::optional<qint64> &v)
    {
        return v ? std::optional(QString::number(*v)) : std::nullopt;
    }
    static std::optional<QString> toText(const QDateTime &v)
    {
        return v.isValid() ? std::optional(dateTimeText(v)) : std::nullopt;
    }
    static std::optional<QString> toText(const QDate &v)
    {
        return v.isValid() ? std::optional(dateText(v)) : std::nullopt;
    }
    static std::optional<QString> toText(const QByteArray &v)
    {
        return v.isNull() ? std::nullopt : std::optional(QString::fromLatin1(v.toBase64()));
    }
};

class FormFieldReader {
public:
    explicit FormFieldReader(const QUrlQuery &pairs) : m_pairs(pairs) {}

    // Every field must be present (an ASMX GET/POST method takes all its parameters).
    template <dto::Described T> bool readFields(T &out)
    {
        T::describe(out, [this](const char *name, auto &member) {
            if (!m_errorField.isEmpty())
                return;
            const std::optional<QString> text = formPairValue(m_pairs, QString::fromLatin1(name));
            if (!text)
                missing(name);
            else
                read(name, *text, member);
        });
        return m_errorField.isEmpty();
    }

    QString errorField() const { return m_errorField; }
    QString errorText() const { return m_errorText; }

private:
    void missing(const char *field);
    void fail(const char *field, const QString &text, const char *expected);
    template <typename Out, typename Parse>
    void scalar(const char *f, const QString &t, Out &out, Parse parse, const char *expected)
    {
        if (!parse(t, out))
            fail(f, t, expected);
    }

    void read(const char *, const QString &t, QString &out) { out = t; }
    void read(const char *f, const QString &t, std::optional<bool> &out) { scalar(f, t, out, parseBool, "a boolean"); }
    void read(const char *f, const QString &t, std::optional<int> &out) { scalar(f, t, out, parseInt, "an integer"); }
    void read(const char *f, const QString &t, std::optional<qint64> &out) { scalar(f, t, out, parseLong, "an integer"); }
    void read(const char *f, const QString &t, QDateTime &out) { scalar(f, t, out, parseDateTime, "a date and time"); }
    void read(const char *f, const QString &t, QDate &out) { scalar(f, t, out, parseDate, "a date"); }
    void read(const char *f, const QString &t, QByteArray &out) { scalar(f, t, out, parseBase64, "base64"); }

    const QUrlQuery &m_pairs;
    QString m_errorField;
    QString m_errorText;
};

} // namespace contactdesk::wire
