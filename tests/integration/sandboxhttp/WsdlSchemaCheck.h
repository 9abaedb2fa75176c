#pragma once

// A small checker of an XML answer against the schema embedded in a WSDL: enough of XML Schema
// for what the sandbox generates (global elements with a named type, complexTypes holding one
// xs:sequence of elements with minOccurs/maxOccurs, built-in simple types). It proves that a
// SOAP client built from the WSDL alone accepts what the server answers.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

namespace contactdesk::sandboxhttp {

class WsdlSchemaCheck {
public:
    // Reads the first xs:schema of the WSDL. Check ok() afterwards.
    explicit WsdlSchemaCheck(const QByteArray &wsdl)
    {
        QXmlStreamReader r(wsdl);
        const QString xs = QStringLiteral("http://www.w3.org/2001/XMLSchema");
        QString currentType;
        bool inSchema = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.namespaceUri() == xs) {
                const auto a = r.attributes();
                if (r.name() == u"schema") {
                    inSchema = true;
                    m_targetNamespace = a.value(QLatin1StringView("targetNamespace")).toString();
                    m_qualified = a.value(QLatin1StringView("elementFormDefault")) == u"qualified";
                } else if (inSchema && r.name() == u"complexType") {
                    currentType = a.value(QLatin1StringView("name")).toString();
                    m_types.insert(currentType, {});
                } else if (inSchema && r.name() == u"element") {
                    Particle p;
                    p.name = a.value(QLatin1StringView("name")).toString();
                    p.type = localPart(a.value(QLatin1StringView("type")).toString());
                    // The generated documents bind XML Schema to "xs" (S-360) or "s" (Symphony).
                    p.builtin = a.value(QLatin1StringView("type")).startsWith(u"xs:") || a.value(QLatin1StringView("type")).startsWith(u"s:");
                    p.minOccurs = a.hasAttribute(QLatin1StringView("minOccurs")) ? a.value(QLatin1StringView("minOccurs")).toInt() : 1;
                    p.unbounded = a.value(QLatin1StringView("maxOccurs")) == u"unbounded";
                    if (currentType.isEmpty())
                        m_globalElements.insert(p.name, p.type);
                    else
                        m_types[currentType].append(p);
                }
            } else if (r.isEndElement() && r.namespaceUri() == xs) {
                if (r.name() == u"complexType")
                    currentType.clear();
                else if (r.name() == u"schema")
                    break;
            }
        }
        if (r.hasError())
            m_error = QStringLiteral("WSDL not well-formed: ") + r.errorString();
        else if (m_types.isEmpty())
            m_error = QStringLiteral("no complexType in the schema");
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList globalElements() const { return m_globalElements.keys(); }
    bool hasType(const QString &name) const { return m_types.contains(name); }

    // Checks the first element of the SOAP Body of `envelope` (or the root of a plain document
    // when plainDocument) against the global element of that name. Empty string: valid.
    QString check(const QByteArray &document, bool plainDocument = false) const
    {
        QXmlStreamReader r(document);
        bool inBody = plainDocument;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (!inBody) {
                inBody = r.name() == u"Body";
                continue;
            }
            const QString name = r.name().toString();
            if (r.namespaceUri() != m_targetNamespace)
                return QStringLiteral("%1 is not in the target namespace").arg(name);
            if (!m_globalElements.contains(name))
                return QStringLiteral("no global element %1").arg(name);
            return checkComplex(r, m_globalElements.value(name), name);
        }
        return QStringLiteral("no element to check");
    }

private:
    struct Particle {
        QString name;
        QString type;
        bool builtin = false;
        int minOccurs = 1;
        bool unbounded = false;
    };

    static QString localPart(const QString &qname)
    {
        const qsizetype colon = qname.indexOf(u':');
        return colon < 0 ? qname : qname.mid(colon + 1);
    }
    static QString checkSimple(const QString &type, const QString &text, const QString &path)
    {
        bool ok = true;
        if (type == u"int")
            text.toInt(&ok);
        else if (type == u"long")
            text.toLongLong(&ok);
        else if (type == u"boolean")
            ok = text == u"true" || text == u"false" || text == u"1" || text == u"0";
        else if (type == u"dateTime")
            ok = QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
        else if (type == u"date")
            ok = QDate::fromString(text, Qt::ISODate).isValid();
        else if (type == u"base64Binary")
            ok = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors).decodingStatus ==
                 QByteArray::Base64DecodingStatus::Ok;
        return ok ? QString() : QStringLiteral("%1: '%2' is not an xs:%3").arg(path, text.left(40), type);
    }

    // r on the StartElement of an element of complexType `type`; leaves it on its EndElement.
    QString checkComplex(QXmlStreamReader &r, const QString &type, const QString &path) const
    {
        if (!m_types.contains(type))
            return QStringLiteral("%1: unknown type %2").arg(path, type);
        const QList<Particle> &sequence = m_types[type];
        qsizetype index = 0;
        int count = 0; // occurrences of sequence[index] so far
        const QString fieldNamespace = m_qualified ? m_targetNamespace : QString();
        while (r.readNextStartElement()) {
            const QString name = r.name().toString();
            const QString childPath = path + u'/' + name;
            if (r.namespaceUri() != fieldNamespace)
                return QStringLiteral("%1: namespace '%2', expected '%3'").arg(childPath, r.namespaceUri().toString(), fieldNamespace);
            // Advance through the sequence to the particle of this name.
            while (index < sequence.size() && sequence[index].name != name) {
                if (count < sequence[index].minOccurs)
                    return QStringLiteral("%1: required %2 missing before %3").arg(path, sequence[index].name, name);
                ++index;
                count = 0;
            }
            if (index == sequence.size())
                return QStringLiteral("%1: element not allowed here by %2").arg(childPath, type);
            if (count >= 1 && !sequence[index].unbounded)
                return QStringLiteral("%1: repeated but maxOccurs is 1").arg(childPath);
            ++count;
            const Particle &p = sequence[index];
            QString problem;
            if (p.builtin) {
                const QString text = r.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                if (r.hasError())
                    return QStringLiteral("%1: a simple value holds elements").arg(childPath);
                problem = checkSimple(p.type, text, childPath);
            } else {
                problem = checkComplex(r, p.type, childPath);
            }
            if (!problem.isEmpty())
                return problem;
        }
        for (; index < sequence.size(); ++index, count = 0) {
            if (count < sequence[index].minOccurs)
                return QStringLiteral("%1: required %2 missing").arg(path, sequence[index].name);
        }
        return r.hasError() ? path + QStringLiteral(": ") + r.errorString() : QString();
    }

    QString m_error;
    QString m_targetNamespace;
    bool m_qualified = false;
    QHash<QString, QString> m_globalElements; // name -> type
    QHash<QString, QList<Particle>> m_types;
};

} // namespace contactdesk::sandboxhttp
