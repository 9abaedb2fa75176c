#pragma once

// The one entry point for reading XML in core/wire (and the sandbox). Before any typed
// read, the whole body is checked once:
//   - over the size cap                               -> ApiError::Kind::TooLarge, not parsed
//   - empty, not well-formed, badly encoded UTF-8     -> Kind::Parse
//   - a DTD (<!DOCTYPE ...>, hence any entity declaration) or an unresolved entity
//     reference, anywhere in the document             -> Kind::Parse ("a DTD is not allowed")
//   - elements nested deeper than the limit           -> Kind::Parse
// Only then is reader() handed out, with namespace processing on, positioned on the root
// element: a typed read can never meet a DTD, an entity or a malformed tail.

#include "api/ApiError.h"
#include "wire/WireLimits.h"

#include <QByteArray>
#include <QXmlStreamReader>

#include <optional>

namespace contactdesk::wire {

class SafeXmlReader {
public:
    enum class Problem { None, Empty, TooLarge, Dtd, EntityReference, TooDeep, Malformed };

    explicit SafeXmlReader(const QByteArray &body, const WireLimits &limits = {});
    Q_DISABLE_COPY_MOVE(SafeXmlReader)

    bool ok() const { return m_problem == Problem::None; }
    // Kind::None when ok(); else Kind::TooLarge or Kind::Parse with a message saying why.
    const ApiError &error() const { return m_error; }
    Problem problem() const { return m_problem; }
    // A refusal for safety (size, DTD, entity, depth), as opposed to a body that merely is not XML.
    bool refusedForSafety() const;
    // An HTML page (a DOCTYPE html, or an <html> root): an error page of a proxy, not a SOAP answer.
    bool looksLikeHtml() const { return m_html; }

    // Precondition ok(): on the root element's StartElement.
    QXmlStreamReader &reader() { return *m_reader; }

private:
    void check(const QByteArray &body, const WireLimits &limits);
    void refuse(Problem problem, const QString &message);

    Problem m_problem = Problem::None;
    ApiError m_error;
    bool m_html = false;
    std::optional<QXmlStreamReader> m_reader;
};

} // namespace contactdesk::wire
