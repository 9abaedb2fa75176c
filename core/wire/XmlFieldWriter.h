#pragma once

// Writes a described DTO's fields as child elements with QXmlStreamWriter.
// Absent values write nothing; a list is its element repeated (no wrapper);
// a map is <name><entry><key/><value/></entry>...</name> (CONTRACT.md 1.2).

#include "dto/Fields.h"
#include "wire/FieldText.h"

#include <QXmlStreamWriter>

namespace contactdesk::wire {

class XmlFieldWriter {
public:
    // ns: namespace of the field elements; empty for unqualified (S-360) elements.
    XmlFieldWriter(QXmlStreamWriter &writer, QString ns) : m_w(writer), m_ns(std::move(ns)) {}

    template <dto::Described T> void writeFields(const T &value)
    {
        T::describe(value, [&](const char *name, const auto &member) {
            write(QString::fromLatin1(name), member);
        });
    }

    template <dto::Described T> void writeElement(const QString &name, const T &value)
    {
        m_w.writeStartElement(m_ns, name);
        writeFields(value);
        m_w.writeEndElement();
    }

private:
    void text(const QString &name, const QString &value) { m_w.writeTextElement(m_ns, name, value); }

    void write(const QString &name, const QString &v)
    {
        if (!v.isNull())
            text(name, v);
    }
    void write(const QString &name, const std::optional<bool> &v)
    {
        if (v)
            text(name, boolText(*v));
    }
    void write(const QString &name, const std::optional<int> &v)
    {
        if (v)
            text(name, QString::number(*v));
    }
    void write(const QString &name, const std::optional<qint64> &v)
    {
        if (v)
            text(name, QString::number(*v));
    }
    void write(const QString &name, const QDateTime &v)
    {
        if (v.isValid())
            text(name, dateTimeText(v));
    }
    void write(const QString &name, const QDate &v)
    {
        if (v.isValid())
            text(name, dateText(v));
    }
    void write(const QString &name, const QByteArray &v)
    {
        if (!v.isNull())
            text(name, QString::fromLatin1(v.toBase64()));
    }
    void write(const QString &name, const QStringList &v)
    {
        for (const QString &s : v)
            text(name, s);
    }
    void write(const QString &name, const dto::StringMap &v)
    {
        if (v.isEmpty())
            return;
        m_w.writeStartElement(m_ns, name);
        for (auto it = v.cbegin(); it != v.cend(); ++it) {
            m_w.writeStartElement(m_ns, QStringLiteral("entry"));
            text(QStringLiteral("key"), it.key());
            text(QStringLiteral("value"), it.value());
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
    }
    template <dto::Described T> void write(const QString &name, const T &v) { writeElement(name, v); }
    template <dto::Described T> void write(const QString &name, const std::optional<T> &v)
    {
        if (v)
            writeElement(name, *v);
    }
    template <dto::Described T> void write(const QString &name, const QList<T> &v)
    {
        for (const T &item : v)
            writeElement(name, item);
    }
    template <dto::Described T> void write(const QString &name, const std::optional<QList<T>> &v)
    {
        if (v)
            write(name, *v);
    }

    QXmlStreamWriter &m_w;
    QString m_ns;
};

} // namespace contactdesk::wire
