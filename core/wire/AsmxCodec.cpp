#include "wire/AsmxCodec.h"

#include "wire/HttpOutcome.h"
#include "wire/SoapEnvelopeReader.h"
#include "wire/SoapResponseReader.h"

namespace contactdesk::wire {

namespace {

const QString &symphonyNamespace()
{
    static const QString ns = QLatin1StringView(serviceInfo(Service::Symphony).soapNamespace);
    return ns;
}

// An ASMX error body is plain text ("System.InvalidOperationException: Missing parameter...").
ApiError plainTextError(int httpStatus, const QByteArray &body)
{
    QString text = QString::fromUtf8(body).trimmed();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (lineEnd >= 0)
        text = text.left(lineEnd).trimmed();
    if (text.isEmpty()) // blank once decoded (a BOM, non-breaking spaces): nothing to show
        return unreadableErrorAnswer(httpStatus, QStringLiteral("an empty body"));
    if (text.size() > contract::asmxPlainErrorMaxChars)
        text = text.left(contract::asmxPlainErrorMaxChars) + QStringLiteral("...");
    return ApiError::make(ApiError::Kind::SoapFault, text, {}, httpStatus);
}

} // namespace

namespace detail {

ApiError openSymphonyPlainResponse(SafeXmlReader &xml, int httpStatus, const QByteArray &body,
                                   const WireLimits &limits)
{
    const QByteArray trimmed = body.trimmed();
    if (!isSuccessStatus(httpStatus)) {
        if (body.size() > limits.maxBytes || trimmed.startsWith('<'))
            return openSoapResponse(xml, httpStatus); // a SOAP fault, an HTML page, or unreadable
        if (trimmed.isEmpty())
            return unreadableErrorAnswer(httpStatus, QStringLiteral("an empty body"));
        return rateLimitWins(httpStatus, plainTextError(httpStatus, trimmed));
    }
    if (xml.looksLikeHtml()) {
        return ApiError::make(ApiError::Kind::Parse, QStringLiteral("an HTML page came instead of an XML answer"), {},
                              httpStatus);
    }
    if (!xml.ok())
        return readFailure(xml, {}, httpStatus);
    const QXmlStreamReader &r = xml.reader();
    if (r.name() != QLatin1StringView(contract::symphonyPlainResponseElement) || r.namespaceUri() != symphonyNamespace()) {
        return ApiError::make(ApiError::Kind::Parse,
                              QStringLiteral("expected <%1> in namespace %2, found %3")
                                  .arg(QLatin1StringView(contract::symphonyPlainResponseElement), symphonyNamespace(),
                                       describeElement(r)),
                              {}, httpStatus);
    }
    return {};
}

ApiError xmlReadFailure(const SafeXmlReader &xml, const XmlFieldReader &reader, int httpStatus)
{
    return readFailure(xml, fieldReadError(reader, httpStatus), httpStatus);
}

ApiError formFieldError(const FormFieldReader &reader)
{
    ApiError e = ApiError::make(ApiError::Kind::Parse, reader.errorText());
    e.field = reader.errorField();
    return e;
}

QByteArray writePlainXmlDocument(const QString &rootName, const std::function<void(QXmlStreamWriter &)> &content)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(rootName);
    w.writeDefaultNamespace(symphonyNamespace());
    content(w);
    w.writeEndDocument();
    return out;
}

} // namespace detail

void addSymphonyAuthPairs(QUrlQuery &pairs, const SymphonyAuthValues &auth)
{
    addFormPair(pairs, QLatin1StringView(contract::symphonyAuthTimestamp), auth.timestamp);
    addFormPair(pairs, QLatin1StringView(contract::symphonyAuthOperation), auth.operation);
    addFormPair(pairs, QLatin1StringView(contract::symphonyAuthSignature), auth.signature);
    addFormPair(pairs, QLatin1StringView(contract::symphonyAuthApiKey), auth.apiKey);
}

SymphonyAuthValues symphonyAuthFromQuery(const QUrlQuery &pairs)
{
    const auto value = [&pairs](const char *key) {
        return formPairValue(pairs, QLatin1StringView(key)).value_or(QString());
    };
    SymphonyAuthValues v;
    v.timestamp = value(contract::symphonyAuthTimestamp);
    v.operation = value(contract::symphonyAuthOperation);
    v.signature = value(contract::symphonyAuthSignature);
    v.apiKey = value(contract::symphonyAuthApiKey);
    return v;
}

QByteArray writeAsmxPlainError(const QString &text)
{
    return text.toUtf8();
}

} // namespace contactdesk::wire
