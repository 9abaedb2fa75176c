#pragma once

// The one entry point for reading XML in core/wire (and the sandbox).
//
// Before any typed read, a fast byte scan of the whole body refuses:
//   - a body over the size cap                        -> ApiError::Kind::TooLarge, not parsed
//   - an empty body                                   -> Kind::Parse
//   - a DTD (<!DOCTYPE ...>) or any other markup declaration (<!ENTITY ...>), anywhere in
//     the document, before Qt could declare or expand an entity -> Kind::Parse ("a DTD is not allowed")
//   - elements nested deeper than the limit           -> Kind::Parse
// Only then is reader() handed out, with namespace processing on, positioned on the root
// element. Well-formedness and encoding (invalid UTF-8, truncation, an undeclared entity)
// are checked by that single QXmlStreamReader pass: the typed read, then finish(), which
// reads the rest of the document. ok() and error() tell both stages apart from success.
// (A body that is not ASCII-compatible, e.g. UTF-16, is checked by a full QXmlStreamReader
// pre-pass instead of the byte scan.)

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

    // No problem so far: the safety scan passed and the reader met no error.
    bool ok() const { return problem() == Problem::None; }
    Problem problem() const;
    // Kind::None when ok(); else Kind::TooLarge or Kind::Parse with a message saying why.
    ApiError error() const;
    // A refusal for safety (size, DTD, entity, depth), as opposed to a body that merely is not XML.
    bool refusedForSafety() const;
    // An HTML page (a DOCTYPE html, or an <html> root): an error page of a proxy, not a SOAP answer.
    bool looksLikeHtml() const { return m_html; }

    // Precondition: the safety scan passed (problem() is not a refusal): on the root element's
    // StartElement, unless the prolog itself was malformed.
    QXmlStreamReader &reader() { return *m_reader; }

    // Reads the rest of the document, so that a malformed or truncated tail after the part a
    // typed read needed is found. Returns ok().
    bool finish();

private:
    void scanBytes(const QByteArray &body, const WireLimits &limits);
    void scanWithReader(const QByteArray &body, const WireLimits &limits);
    void refuse(Problem problem, const QString &message);

    Problem m_refusal = Problem::None;
    ApiError m_refusalError;
    bool m_html = false;
    std::optional<QXmlStreamReader> m_reader;
};

} // namespace contactdesk::wire
