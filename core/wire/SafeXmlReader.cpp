#include "wire/SafeXmlReader.h"

namespace contactdesk::wire {

namespace {

bool isBlank(const QByteArray &body)
{
    for (const char c : body) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

SafeXmlReader::SafeXmlReader(const QByteArray &body, const WireLimits &limits)
{
    check(body, limits);
    if (!ok())
        return;
    m_reader.emplace(body);
    m_reader->setNamespaceProcessing(true);
    if (!m_reader->readNextStartElement()) // cannot fail: the check read the same bytes
        refuse(Problem::Malformed, QStringLiteral("the XML has no root element"));
}

bool SafeXmlReader::refusedForSafety() const
{
    return m_problem == Problem::TooLarge || m_problem == Problem::Dtd
        || m_problem == Problem::EntityReference || m_problem == Problem::TooDeep;
}

void SafeXmlReader::refuse(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = ApiError::make(problem == Problem::TooLarge ? ApiError::Kind::TooLarge : ApiError::Kind::Parse,
                             message);
}

void SafeXmlReader::check(const QByteArray &body, const WireLimits &limits)
{
    if (body.size() > limits.maxBytes) {
        refuse(Problem::TooLarge, QStringLiteral("the body is %1 bytes, over the limit of %2 bytes")
                                      .arg(body.size())
                                      .arg(limits.maxBytes));
        return;
    }
    if (isBlank(body)) {
        refuse(Problem::Empty, QStringLiteral("the body is empty, XML was expected"));
        return;
    }

    QXmlStreamReader scan(body);
    scan.setNamespaceProcessing(true);
    int depth = 0;
    bool rootSeen = false;
    while (!scan.atEnd()) {
        switch (scan.readNext()) {
        case QXmlStreamReader::DTD:
            // Qt would expand internal entities (billion laughs); refuse before reading on.
            m_html = scan.dtdName().compare(u"html", Qt::CaseInsensitive) == 0;
            refuse(Problem::Dtd, QStringLiteral("a DTD is not allowed in the XML (line %1); "
                                                "entity declarations are refused")
                                     .arg(scan.lineNumber()));
            return;
        case QXmlStreamReader::EntityReference:
            refuse(Problem::EntityReference,
                   QStringLiteral("an entity reference is not allowed in the XML (line %1)").arg(scan.lineNumber()));
            return;
        case QXmlStreamReader::StartElement:
            if (!rootSeen) {
                rootSeen = true;
                m_html = scan.name().compare(u"html", Qt::CaseInsensitive) == 0;
            }
            if (++depth > limits.maxXmlDepth) {
                refuse(Problem::TooDeep, QStringLiteral("the XML is nested deeper than %1 elements (line %2)")
                                             .arg(limits.maxXmlDepth)
                                             .arg(scan.lineNumber()));
                return;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    if (scan.hasError()) {
        refuse(Problem::Malformed, QStringLiteral("the XML is not well-formed: %1 (line %2, column %3)")
                                       .arg(scan.errorString())
                                       .arg(scan.lineNumber())
                                       .arg(scan.columnNumber()));
        return;
    }
    if (!rootSeen)
        refuse(Problem::Malformed, QStringLiteral("the XML has no root element"));
}

} // namespace contactdesk::wire
