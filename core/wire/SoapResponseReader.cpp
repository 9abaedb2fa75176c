#include "wire/SoapResponseReader.h"

#include "wire/HttpOutcome.h"
#include "wire/SoapEnvelopeReader.h"
#include "wire/SoapFaultReader.h"

namespace contactdesk::wire::detail {

namespace {

ApiError withStatus(ApiError e, int httpStatus)
{
    e.httpStatus = httpStatus;
    return e;
}

} // namespace

namespace {

ApiError classifySoapResponse(SafeXmlReader &xml, int httpStatus);

} // namespace

ApiError openSoapResponse(SafeXmlReader &xml, int httpStatus)
{
    return rateLimitWins(httpStatus, classifySoapResponse(xml, httpStatus));
}

namespace {

ApiError classifySoapResponse(SafeXmlReader &xml, int httpStatus)
{
    const bool success = isSuccessStatus(httpStatus);
    if (xml.problem() == SafeXmlReader::Problem::TooLarge)
        return withStatus(xml.error(), httpStatus);
    if (xml.looksLikeHtml()) {
        if (!success)
            return unreadableErrorAnswer(httpStatus, QStringLiteral("an HTML page"));
        return ApiError::make(ApiError::Kind::Parse, QStringLiteral("an HTML page came instead of a SOAP envelope"),
                              {}, httpStatus);
    }
    if (!xml.ok()) {
        if (success || xml.refusedForSafety())
            return withStatus(xml.error(), httpStatus);
        return unreadableErrorAnswer(httpStatus, xml.problem() == SafeXmlReader::Problem::Empty
                                                     ? QStringLiteral("an empty body")
                                                     : QStringLiteral("a body that is not XML"));
    }
    QXmlStreamReader &r = xml.reader();
    SoapVersion version = SoapVersion::V11;
    const ApiError e = enterSoapBody(r, version);
    if (e.isError()) {
        if (!success) {
            return unreadableErrorAnswer(httpStatus, xml.ok() ? QStringLiteral("XML that is not a SOAP fault")
                                                              : QStringLiteral("a body that is not XML"));
        }
        return readFailure(xml, e, httpStatus);
    }
    if (isSoapFault(r, version)) {
        const ApiError fault = readSoapFault(r, httpStatus);
        if (!xml.finish()) {
            if (!success)
                return unreadableErrorAnswer(httpStatus, QStringLiteral("a body that is not XML"));
            return readFailure(xml, {}, httpStatus);
        }
        return fault;
    }
    if (!success)
        return unreadableErrorAnswer(httpStatus, QStringLiteral("a SOAP answer without a fault"));
    return {};
}

} // namespace

ApiError readFailure(const SafeXmlReader &xml, const ApiError &readError, int httpStatus)
{
    return withStatus(xml.ok() ? readError : xml.error(), httpStatus);
}

ApiError enterSoapResult(QXmlStreamReader &r, const QString &wrapperNs, const QString &wrapperName,
                         const QString &resultName, int httpStatus)
{
    QString seen;
    do {
        if (r.name() == wrapperName && r.namespaceUri() == wrapperNs) {
            while (r.readNextStartElement()) {
                if (r.name() == resultName)
                    return {};
                r.skipCurrentElement();
            }
            return ApiError::make(ApiError::Kind::Parse,
                                  QStringLiteral("<%1> holds no <%2>").arg(wrapperName, resultName), {}, httpStatus);
        }
        if (seen.isEmpty())
            seen = describeElement(r);
        r.skipCurrentElement();
    } while (r.readNextStartElement());
    if (r.hasError())
        return ApiError::make(ApiError::Kind::Parse, r.errorString(), {}, httpStatus); // readFailure says more
    return ApiError::make(ApiError::Kind::Parse,
                          QStringLiteral("the SOAP Body holds no <%1> in namespace %2 (found %3)")
                              .arg(wrapperName, wrapperNs, seen),
                          {}, httpStatus);
}

ApiError fieldReadError(const XmlFieldReader &reader, int httpStatus)
{
    ApiError e = ApiError::make(ApiError::Kind::Parse, reader.errorText(), {}, httpStatus);
    e.field = reader.errorField();
    return e;
}

} // namespace contactdesk::wire::detail
