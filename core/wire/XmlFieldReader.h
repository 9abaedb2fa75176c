#pragma once

// Reads a described DTO from the children of the current element with QXmlStreamReader.
// Matches children by local name only (any prefix, any namespace), in any order; skips
// unknown elements; keeps unknown enum values (they are plain strings). A value that
// does not parse stops the read with an error naming the field.

#include "dto/Fields.h"
#include "wire/FieldText.h"

#include <QXmlStreamReader>

namespace contactdesk::wire {

class XmlFieldReader {
public:
    explicit XmlFieldReader(QXmlStreamReader &reader) : m_r(reader) {}

    // Precondition: the reader is on the StartElement whose children are T's fields.
    // Postcondition on success: the reader is on the matching EndElement.
    template <dto::Described T> bool readFields(T &out)
    {
        const QList<QLatin1StringView> &names = fieldNames<T>();
        qsizetype next = 0; // fields mostly come in contract order: look there first
        while (m_r.readNextStartElement()) {
            const qsizetype index = indexOf(names, m_r.name(), next);
            if (index < 0) {
                m_r.skipCurrentElement();
            } else {
                next = index;
                qsizetype i = 0;
                T::describe(out, [&](const char *field, auto &member) {
                    if (i++ == index)
                        read(field, member);
                });
            }
            if (failed())
                return false;
        }
        return !failed();
    }

    bool failed() const { return m_r.hasError() || !m_errorField.isEmpty(); }
    // The field whose value did not parse (empty when the XML itself is malformed).
    QString errorField() const { return m_errorField; }
    QString errorText() const { return m_errorField.isEmpty() ? m_r.errorString() : m_errorText; }

private:
    // T's wire names in describe() order, computed once per type.
    template <dto::Described T> static const QList<QLatin1StringView> &fieldNames()
    {
        static const QList<QLatin1StringView> names = [] {
            QList<QLatin1StringView> n;
            T probe{};
            T::describe(probe, [&n](const char *field, auto &) { n.append(QLatin1StringView(field)); });
            return n;
        }();
        return names;
    }

    static qsizetype indexOf(const QList<QLatin1StringView> &names, QStringView name, qsizetype start)
    {
        const qsizetype count = names.size();
        for (qsizetype k = 0; k < count; ++k) {
            const qsizetype i = (start + k) % count;
            if (names[i] == name)
                return i;
        }
        return -1;
    }

    // Text of a leaf element; an element with xsi:nil="true" counts as absent.
    bool leafText(QString &out)
    {
        // xsi:nil under any prefix: the attribute's local name, whatever its namespace.
        bool nil = false;
        for (const QXmlStreamAttribute &a : m_r.attributes()) {
            if (a.name() == u"nil" && (a.value() == u"true" || a.value() == u"1"))
                nil = true;
        }
        QString t = m_r.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_r.hasError() || nil)
            return false;
        out = t.isNull() ? QStringLiteral("") : t;
        return true;
    }
    void fail(const char *field, const QString &text, const char *expected)
    {
        m_errorField = QString::fromLatin1(field);
        m_errorText = QStringLiteral("field '%1': '%2' is not %3")
                          .arg(m_errorField, text.left(64), QLatin1StringView(expected));
    }
    template <typename Out, typename Parse>
    void scalar(const char *field, Out &out, Parse parse, const char *expected)
    {
        QString t;
        if (leafText(t) && !parse(t, out))
            fail(field, t, expected);
    }

    void read(const char *, QString &out) { leafText(out); }
    void read(const char *f, std::optional<bool> &out) { scalar(f, out, parseBool, "a boolean"); }
    void read(const char *f, std::optional<int> &out) { scalar(f, out, parseInt, "an integer"); }
    void read(const char *f, std::optional<qint64> &out) { scalar(f, out, parseLong, "an integer"); }
    void read(const char *f, QDateTime &out) { scalar(f, out, parseDateTime, "a date and time"); }
    void read(const char *f, QDate &out) { scalar(f, out, parseDate, "a date"); }
    void read(const char *f, QByteArray &out) { scalar(f, out, parseBase64, "base64"); }
    void read(const char *, QStringList &out)
    {
        QString t;
        if (leafText(t))
            out.append(t);
    }
    void read(const char *, dto::StringMap &out)
    {
        while (m_r.readNextStartElement()) {
            if (m_r.name() != u"entry") {
                m_r.skipCurrentElement();
                continue;
            }
            QString key, value;
            while (m_r.readNextStartElement()) {
                if (m_r.name() == u"key")
                    leafText(key);
                else if (m_r.name() == u"value")
                    leafText(value);
                else
                    m_r.skipCurrentElement();
            }
            if (!key.isNull())
                out.insert(key, value);
        }
    }
    template <dto::Described T> void read(const char *, T &out) { readFields(out); }
    template <dto::Described T> void read(const char *, std::optional<T> &out)
    {
        readFields(out.emplace());
    }
    template <dto::Described T> void read(const char *, QList<T> &out)
    {
        out.emplaceBack();
        readFields(out.back());
    }
    template <dto::Described T> void read(const char *f, std::optional<QList<T>> &out)
    {
        if (!out)
            out.emplace();
        read(f, *out);
    }

    QXmlStreamReader &m_r;
    QString m_errorField;
    QString m_errorText;
};

} // namespace contactdesk::wire
