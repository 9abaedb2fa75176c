#pragma once

// The Symphony ASMX HTTP GET / HTTP POST bindings (CONTRACT.md 2), both sides.
//   Request: the operation's parameters as pairs (GET query or urlencoded POST form), plus the
//   [OURS] extra pairs Timestamp, Operation, Signature, APIKey.
//   Response: <ContactTokenResponse xmlns="{ns}"><ContactId/><ContactEmail/></ContactTokenResponse>.
//   Error: HTTP 500 with a plain-text message -> Kind::SoapFault (message = its first line,
//   code empty); a SOAP fault is read as such; an empty or HTML body -> Kind::Http.
//   HTTP 509 or 429 -> Kind::RateLimited, whatever the body.

#include "api/Result.h"
#include "contract/Operations.h"
#include "wire/FormFields.h"
#include "wire/SafeXmlReader.h"
#include "wire/SoapHeaders.h"
#include "wire/XmlFieldReader.h"
#include "wire/XmlFieldWriter.h"

#include <QUrlQuery>

#include <functional>

namespace contactdesk::wire {

namespace detail {

// Classifies the answer; Kind::None: `xml` is ok and on the <ContactTokenResponse> root.
ApiError openSymphonyPlainResponse(SafeXmlReader &xml, int httpStatus, const QByteArray &body,
                                   const WireLimits &limits);
// A typed read that stopped: the XML's own error when malformed, else the field's.
ApiError xmlReadFailure(const SafeXmlReader &xml, const XmlFieldReader &reader, int httpStatus);
ApiError formFieldError(const FormFieldReader &reader);
QByteArray writePlainXmlDocument(const QString &rootName, const std::function<void(QXmlStreamWriter &)> &content);

} // namespace detail

// ---- client side ----

// Adds the [OURS] extra pairs Timestamp, Operation, Signature, APIKey.
void addSymphonyAuthPairs(QUrlQuery &pairs, const SymphonyAuthValues &auth);

template <class Op> QUrlQuery symphonyQuery(const typename Op::Params &params, const SymphonyAuthValues &auth)
{
    static_assert(Op::info.service == Service::Symphony, "a Symphony operation");
    QUrlQuery pairs;
    FormFieldWriter::addFields(pairs, params);
    addSymphonyAuthPairs(pairs, auth);
    return pairs;
}

template <class Op>
Result<typename Op::Result> readSymphonyPlainResponse(int httpStatus, const QByteArray &body,
                                                      const WireLimits &limits = {})
{
    static_assert(Op::info.service == Service::Symphony, "a Symphony operation");
    SafeXmlReader xml(body, limits);
    const ApiError e = detail::openSymphonyPlainResponse(xml, httpStatus, body, limits);
    if (e.isError())
        return e;
    typename Op::Result result;
    XmlFieldReader fields(xml.reader());
    if (!fields.readFields(result) || !xml.finish())
        return detail::xmlReadFailure(xml, fields, httpStatus);
    return result;
}

// ---- server side (the sandbox) ----

// The operation's parameters from the GET query or POST form: a missing pair or a value that
// does not parse is Kind::Parse with ApiError::field naming it ("Missing parameter: contactId.").
template <class P> Result<P> readSymphonyQueryParams(const QUrlQuery &pairs)
{
    P params;
    FormFieldReader fields(pairs);
    if (!fields.readFields(params))
        return detail::formFieldError(fields);
    return params;
}

// The extra pairs Timestamp, Operation, Signature, APIKey; a missing one is left empty.
SymphonyAuthValues symphonyAuthFromQuery(const QUrlQuery &pairs);

template <class R> QByteArray writeSymphonyPlainResponse(const R &result)
{
    return detail::writePlainXmlDocument(QLatin1StringView(contract::symphonyPlainResponseElement),
                                         [&result](QXmlStreamWriter &w) {
                                             XmlFieldWriter(w, QLatin1StringView(serviceInfo(Service::Symphony).soapNamespace))
                                                 .writeFields(result);
                                         });
}

// The plain-text body of an ASMX GET/POST error (HTTP 500), UTF-8.
QByteArray writeAsmxPlainError(const QString &text);

} // namespace contactdesk::wire
