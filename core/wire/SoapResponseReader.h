#pragma once

// Client side: SOAP response bodies into a typed Result (CONTRACT.md 1.2 and 2).
//   S-360:    <Envelope><Body><{method}Response xmlns="{service ns}"><{ResultName}>fields...
//   Symphony: <Envelope><Body><{Op}Response xmlns="{ns}"><{Op}Result>fields...
// Element names are matched by namespace and local name (never by prefix), fields by local
// name in any order; unknown elements are skipped. Outcomes:
//   HTTP 509 or 429, whatever the body            -> Kind::RateLimited (code = faultcode if any)
//   a Fault (either version, any other status)    -> Kind::SoapFault (code = faultcode local part)
//   statusCode other than "success"               -> Kind::Status (code, message = statusDetail, field)
//   oversize                                      -> Kind::TooLarge
//   DTD / entity / too deep / malformed / wrong shape on 2xx -> Kind::Parse
//   non-2xx without a fault (empty, HTML, other)  -> Kind::Http
// A Symphony answer is read in whichever SOAP version it comes (a VersionMismatch fault may
// come in 1.1 to a 1.2 call).

#include "contract/Operations.h"
#include "api/Result.h"
#include "wire/ResultStatus.h"
#include "wire/SafeXmlReader.h"
#include "wire/SoapVersion.h"
#include "wire/XmlFieldReader.h"

namespace contactdesk::wire {

namespace detail {

// Checks the body and walks into the envelope. Kind::None: `xml.reader()` is on the first
// element child of <Body>, which is not a Fault, and the status is 2xx.
ApiError openSoapResponse(SafeXmlReader &xml, int httpStatus);
// The error of a typed read that stopped: the XML's own when it is malformed, else `readError`.
ApiError readFailure(const SafeXmlReader &xml, const ApiError &readError, int httpStatus);
// From the first element child of <Body>: finds <wrapperName> in wrapperNs among the Body's
// children, then its child of local name resultName. Kind::None: reader on that StartElement.
ApiError enterSoapResult(QXmlStreamReader &r, const QString &wrapperNs, const QString &wrapperName,
                         const QString &resultName, int httpStatus);
// The Kind::Parse error of a field value that did not parse (field named).
ApiError fieldReadError(const XmlFieldReader &reader, int httpStatus);

template <class R>
Result<R> readSoapResult(const QByteArray &body, int httpStatus, const WireLimits &limits, const QString &wrapperNs,
                         const QString &wrapperName, const QString &resultName)
{
    SafeXmlReader xml(body, limits);
    ApiError e = openSoapResponse(xml, httpStatus);
    if (e.isError())
        return e;
    e = enterSoapResult(xml.reader(), wrapperNs, wrapperName, resultName, httpStatus);
    if (e.isError())
        return readFailure(xml, e, httpStatus);
    R result;
    XmlFieldReader fields(xml.reader());
    if (!fields.readFields(result))
        return readFailure(xml, fieldReadError(fields, httpStatus), httpStatus);
    if (!xml.finish())
        return readFailure(xml, {}, httpStatus);
    e = resultStatusError(result, httpStatus);
    if (e.isError())
        return e;
    return result;
}

} // namespace detail

template <class Op>
Result<typename Op::Result> readS360SoapResponse(int httpStatus, const QByteArray &body,
                                                 const WireLimits &limits = {})
{
    static_assert(Op::info.service != Service::Symphony, "an S-360 operation");
    return detail::readSoapResult<typename Op::Result>(
        body, httpStatus, limits, QLatin1StringView(serviceInfo(Op::info.service).soapNamespace),
        QString(QLatin1StringView(Op::info.name)) + QStringLiteral("Response"), QLatin1StringView(Op::info.resultName));
}

template <class Op>
Result<typename Op::Result> readSymphonySoapResponse(SoapVersion version, int httpStatus, const QByteArray &body,
                                                     const WireLimits &limits = {})
{
    static_assert(Op::info.service == Service::Symphony, "a Symphony operation");
    Q_UNUSED(version) // either version is read: see above
    return detail::readSoapResult<typename Op::Result>(
        body, httpStatus, limits, QLatin1StringView(serviceInfo(Service::Symphony).soapNamespace),
        QString(QLatin1StringView(Op::info.name)) + QStringLiteral("Response"), QLatin1StringView(Op::info.resultName));
}

} // namespace contactdesk::wire
