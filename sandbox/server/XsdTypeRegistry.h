#pragma once

// Builds the XML Schema of a WSDL from the DTOs' describe() field lists, so that the WSDL
// describes exactly what the codecs read and write. Member types map to
//   QString -> xs:string        std::optional<bool> -> xs:boolean   std::optional<int> -> xs:int
//   std::optional<qint64> -> xs:long   QDateTime -> xs:dateTime     QDate -> xs:date
//   QByteArray -> xs:base64Binary      QStringList -> xs:string repeated
//   dto::StringMap -> tns:StringMap ({entry {key, value}} repeated, CONTRACT.md 1.2)
//   a described struct T -> tns:T (a complexType named after the C++ struct)
//   std::optional<T> -> minOccurs="0"; QList<T>, std::optional<QList<T>> -> minOccurs="0" maxOccurs="unbounded"
// Every value the codecs may leave out (null string, invalid date, empty optional) has
// minOccurs="0"; only a plain nested struct, which the writer always writes, is required.

#include "dto/Fields.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QXmlStreamWriter>

#include <string_view>
#include <type_traits>

namespace contactdesk::sandbox::server {

inline constexpr const char *xsdNamespace = "http://www.w3.org/2001/XMLSchema";

// The unqualified C++ name of T ("IndividualData" for contactdesk::dto::IndividualData).
template <class T> QString cppTypeName()
{
    const std::string_view signature = __PRETTY_FUNCTION__; // "... [with T = ns::Name; ...]"
    const std::string_view marker = "T = ";
    std::string_view name = signature.substr(signature.find(marker) + marker.size());
    name = name.substr(0, name.find_first_of(";]"));
    const size_t colons = name.rfind("::");
    if (colons != std::string_view::npos)
        name = name.substr(colons + 2);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

struct XsdField {
    QString name;
    QString type; // a QName: "xs:string" or "tns:IndividualData"
    bool optional = true;
    bool repeated = false;
};

template <class T> struct IsQList : std::false_type {};
template <class T> struct IsQList<QList<T>> : std::true_type {
    using Item = T;
};
template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {
    using Value = T;
};

class XsdTypeRegistry {
public:
    // xsPrefix: the prefix the document binds to the XML Schema namespace ("xs", "s").
    explicit XsdTypeRegistry(QString xsPrefix = QStringLiteral("xs")) : m_xs(std::move(xsPrefix)) {}

    // Registers T and every struct it holds; returns T's QName.
    template <dto::Described T> QString require()
    {
        const QString name = cppTypeName<T>();
        if (!m_names.contains(name)) {
            m_names.insert(name);
            const qsizetype index = m_types.size();
            m_types.append({name, {}});
            QList<XsdField> fields = fieldsOf<T>();
            m_types[index].fields = std::move(fields);
        }
        return QStringLiteral("tns:") + name;
    }

    // The fields of T, registering the structs they hold.
    template <dto::Described T> QList<XsdField> fieldsOf()
    {
        QList<XsdField> fields;
        T sample{};
        T::describe(sample, [&](const char *name, auto &member) {
            XsdField field = fieldFor<std::remove_cvref_t<decltype(member)>>();
            field.name = QString::fromLatin1(name);
            fields.append(field);
        });
        return fields;
    }

    // <sequence> of the fields.
    void writeSequence(QXmlStreamWriter &w, const QList<XsdField> &fields) const
    {
        w.writeStartElement(QString::fromLatin1(xsdNamespace), QStringLiteral("sequence"));
        for (const XsdField &f : fields) {
            w.writeEmptyElement(QString::fromLatin1(xsdNamespace), QStringLiteral("element"));
            w.writeAttribute(QStringLiteral("name"), f.name);
            w.writeAttribute(QStringLiteral("type"), f.type);
            if (f.optional)
                w.writeAttribute(QStringLiteral("minOccurs"), QStringLiteral("0"));
            if (f.repeated)
                w.writeAttribute(QStringLiteral("maxOccurs"), QStringLiteral("unbounded"));
        }
        w.writeEndElement();
    }

    // A named complexType with these fields.
    void writeComplexType(QXmlStreamWriter &w, const QString &name, const QList<XsdField> &fields) const
    {
        w.writeStartElement(QString::fromLatin1(xsdNamespace), QStringLiteral("complexType"));
        w.writeAttribute(QStringLiteral("name"), name);
        writeSequence(w, fields);
        w.writeEndElement();
    }

    // Every complexType registered, in registration order.
    void writeTypes(QXmlStreamWriter &w) const
    {
        for (const auto &type : m_types)
            writeComplexType(w, type.name, type.fields);
    }

    QStringList typeNames() const
    {
        QStringList names;
        for (const auto &type : m_types)
            names << type.name;
        return names;
    }

private:
    QString xs(const char *local) const { return m_xs + u':' + QLatin1StringView(local); }

    template <class M> XsdField fieldFor()
    {
        XsdField f;
        if constexpr (std::is_same_v<M, QString>) {
            f.type = xs("string");
        } else if constexpr (std::is_same_v<M, std::optional<bool>>) {
            f.type = xs("boolean");
        } else if constexpr (std::is_same_v<M, std::optional<int>>) {
            f.type = xs("int");
        } else if constexpr (std::is_same_v<M, std::optional<qint64>>) {
            f.type = xs("long");
        } else if constexpr (std::is_same_v<M, QDateTime>) {
            f.type = xs("dateTime");
        } else if constexpr (std::is_same_v<M, QDate>) {
            f.type = xs("date");
        } else if constexpr (std::is_same_v<M, QByteArray>) {
            f.type = xs("base64Binary");
        } else if constexpr (std::is_same_v<M, QStringList>) {
            f.type = xs("string");
            f.repeated = true;
        } else if constexpr (std::is_same_v<M, dto::StringMap>) {
            f.type = requireStringMap();
        } else if constexpr (dto::Described<M>) {
            f.type = require<M>();
            f.optional = false;
        } else if constexpr (IsOptional<M>::value) {
            using V = typename IsOptional<M>::Value;
            if constexpr (IsQList<V>::value) {
                f.type = require<typename IsQList<V>::Item>();
                f.repeated = true;
            } else {
                static_assert(dto::Described<V>, "an optional field must be a scalar handled above or a described struct");
                f.type = require<V>();
            }
        } else if constexpr (IsQList<M>::value) {
            f.type = require<typename IsQList<M>::Item>();
            f.repeated = true;
        } else {
            static_assert(!sizeof(M), "a DTO member type without an XSD mapping");
        }
        return f;
    }

    QString requireStringMap()
    {
        const QString map = QStringLiteral("StringMap");
        const QString entry = QStringLiteral("StringMapEntry");
        if (!m_names.contains(map)) {
            m_names.insert(map);
            m_names.insert(entry);
            m_types.append({map, {{QStringLiteral("entry"), QStringLiteral("tns:") + entry, true, true}}});
            m_types.append({entry,
                            {{QStringLiteral("key"), xs("string"), false, false},
                             {QStringLiteral("value"), xs("string"), true, false}}});
        }
        return QStringLiteral("tns:") + map;
    }

    struct TypeDefinition {
        QString name;
        QList<XsdField> fields;
    };
    QString m_xs;
    QList<TypeDefinition> m_types;
    QSet<QString> m_names;
};

} // namespace contactdesk::sandbox::server
