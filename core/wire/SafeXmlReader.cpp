#include "wire/SafeXmlReader.h"

#include <string_view>

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

// UTF-8, Latin-1 and the other encodings where '<', '>', '!', '?', '/' and quotes are single
// ASCII bytes never used inside a multi-byte character. UTF-16/32 are not (BOM or NUL bytes).
bool isAsciiCompatible(const QByteArray &body)
{
    if (body.startsWith("\xFE\xFF") || body.startsWith("\xFF\xFE"))
        return false;
    for (qsizetype i = 0; i < std::min<qsizetype>(4, body.size()); ++i) {
        if (body.at(i) == '\0')
            return false;
    }
    return true;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        const char a = text[i] >= 'A' && text[i] <= 'Z' ? char(text[i] - 'A' + 'a') : text[i];
        const char b = prefix[i] >= 'A' && prefix[i] <= 'Z' ? char(prefix[i] - 'A' + 'a') : prefix[i];
        if (a != b)
            return false;
    }
    return true;
}

bool isNameEnd(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>';
}

qsizetype lineAt(const QByteArray &body, size_t offset)
{
    return body.left(qsizetype(offset)).count('\n') + 1;
}

} // namespace

SafeXmlReader::SafeXmlReader(const QByteArray &body, const WireLimits &limits)
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
    if (isAsciiCompatible(body))
        scanBytes(body, limits);
    else
        scanWithReader(body, limits);
    if (m_refusal != Problem::None)
        return;
    m_reader.emplace(body);
    m_reader->setNamespaceProcessing(true);
    m_reader->readNextStartElement(); // on the root; a malformed prolog shows in problem()
}

SafeXmlReader::Problem SafeXmlReader::problem() const
{
    if (m_refusal != Problem::None)
        return m_refusal;
    if (m_reader && m_reader->hasError())
        return Problem::Malformed;
    return Problem::None;
}

ApiError SafeXmlReader::error() const
{
    if (m_refusal != Problem::None)
        return m_refusalError;
    if (!m_reader || !m_reader->hasError())
        return {};
    const QXmlStreamReader &r = *m_reader;
    const bool shape = r.error() == QXmlStreamReader::CustomError || r.error() == QXmlStreamReader::UnexpectedElementError;
    return ApiError::make(ApiError::Kind::Parse,
                          QStringLiteral("%1: %2 (line %3, column %4)")
                              .arg(shape ? QStringLiteral("unexpected XML") : QStringLiteral("the XML is not well-formed"),
                                   r.errorString())
                              .arg(r.lineNumber())
                              .arg(r.columnNumber()));
}

bool SafeXmlReader::refusedForSafety() const
{
    return m_refusal == Problem::TooLarge || m_refusal == Problem::Dtd || m_refusal == Problem::EntityReference
        || m_refusal == Problem::TooDeep;
}

bool SafeXmlReader::finish()
{
    if (m_reader) {
        while (!m_reader->atEnd() && !m_reader->hasError())
            m_reader->readNext();
    }
    return ok();
}

void SafeXmlReader::refuse(Problem problem, const QString &message)
{
    m_refusal = problem;
    m_refusalError = ApiError::make(problem == Problem::TooLarge ? ApiError::Kind::TooLarge : ApiError::Kind::Parse,
                                    message);
}

// A linear scan of the markup: comments, CDATA and processing instructions are skipped,
// quoted attribute values too; any other "<!" is a DTD or a markup declaration.
void SafeXmlReader::scanBytes(const QByteArray &body, const WireLimits &limits)
{
    const std::string_view text(body.constData(), size_t(body.size()));
    int depth = 0;
    bool rootSeen = false;
    size_t at = 0;
    while ((at = text.find('<', at)) != std::string_view::npos) {
        const size_t open = at;
        ++at;
        if (at >= text.size())
            return;
        const std::string_view rest = text.substr(at);
        if (rest.starts_with("!--")) {
            at = text.find("-->", at + 3);
            if (at == std::string_view::npos)
                return;
            at += 3;
        } else if (rest.starts_with("![CDATA[")) {
            at = text.find("]]>", at + 8);
            if (at == std::string_view::npos)
                return;
            at += 3;
        } else if (rest.starts_with("!")) {
            m_html = startsWithNoCase(rest, "!DOCTYPE html");
            refuse(Problem::Dtd, QStringLiteral("a DTD is not allowed in the XML (line %1); "
                                                "entity declarations are refused")
                                     .arg(lineAt(body, open)));
            return;
        } else if (rest.starts_with("?")) {
            at = text.find("?>", at + 1);
            if (at == std::string_view::npos)
                return;
            at += 2;
        } else if (rest.starts_with("/")) {
            --depth;
            at = text.find('>', at);
            if (at == std::string_view::npos)
                return;
            ++at;
        } else {
            // A start tag: up to its '>', outside quoted attribute values.
            char quote = 0;
            size_t end = at;
            for (; end < text.size(); ++end) {
                const char c = text[end];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            if (end >= text.size())
                return;
            if (!rootSeen) {
                rootSeen = true;
                size_t nameEnd = at;
                while (nameEnd < end && !isNameEnd(text[nameEnd]))
                    ++nameEnd;
                std::string_view name = text.substr(at, nameEnd - at);
                if (const size_t colon = name.rfind(':'); colon != std::string_view::npos)
                    name = name.substr(colon + 1);
                m_html = name.size() == 4 && startsWithNoCase(name, "html");
            }
            if (depth + 1 > limits.maxXmlDepth) {
                refuse(Problem::TooDeep, QStringLiteral("the XML is nested deeper than %1 elements (line %2)")
                                             .arg(limits.maxXmlDepth)
                                             .arg(lineAt(body, open)));
                return;
            }
            if (text[end - 1] != '/')
                ++depth;
            at = end + 1;
        }
    }
}

// The slow, exact check for bodies the byte scan cannot read (UTF-16 and the like).
void SafeXmlReader::scanWithReader(const QByteArray &body, const WireLimits &limits)
{
    QXmlStreamReader scan(body);
    scan.setNamespaceProcessing(true);
    int depth = 0;
    bool rootSeen = false;
    while (!scan.atEnd()) {
        switch (scan.readNext()) {
        case QXmlStreamReader::DTD:
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
    }
}

} // namespace contactdesk::wire
