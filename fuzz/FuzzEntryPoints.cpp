#include "FuzzEntryPoints.h"

#include "InvariantLog.h"
#include "contract/Operations.h"
#include "wire/HttpOutcome.h"
#include "wire/SoapEnvelopeReader.h"
#include "wire/Wire.h"

#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <cstdlib>

namespace contactdesk::fuzz {

namespace {

using Kind = ApiError::Kind;

// A success and a failure status: the two ways every response reader branches.
const int responseStatuses[] = {200, 500};
const int successStatus = 200;

// Small enough that mutated inputs cross them often.
wire::WireLimits tightLimits()
{
    wire::WireLimits limits;
    limits.maxBytes = 2048;
    limits.maxXmlDepth = 8;
    return limits;
}

struct NamedLimits {
    const char *name;
    wire::WireLimits limits;
};

QString readerName(const char *reader, const char *op, int status, const char *limits)
{
    return QStringLiteral("%1<%2> HTTP %3, %4 limits")
        .arg(QLatin1StringView(reader), QLatin1StringView(op))
        .arg(status)
        .arg(QLatin1StringView(limits));
}

// The kind a failure status gives when its body holds nothing to read.
Kind unreadableKind(int status)
{
    return wire::isRateLimitStatus(status) ? Kind::RateLimited : Kind::Http;
}

ErrorExpectation soapResponseExpectation(int status, bool hasStatusCode)
{
    if (wire::isSuccessStatus(status)) {
        ErrorExpectation e{status, {Kind::Parse, Kind::TooLarge, Kind::SoapFault}, true};
        if (hasStatusCode)
            e.kinds.append(Kind::Status);
        return e;
    }
    return {status, {Kind::Parse, Kind::TooLarge, Kind::SoapFault, unreadableKind(status)}, false};
}

ErrorExpectation restResponseExpectation(int status)
{
    if (wire::isSuccessStatus(status))
        return {status, {Kind::Parse, Kind::TooLarge, Kind::Status}, true};
    return {status, {Kind::TooLarge, Kind::Http, unreadableKind(status)}, false};
}

ErrorExpectation plainResponseExpectation(int status)
{
    if (wire::isSuccessStatus(status))
        return {status, {Kind::Parse, Kind::TooLarge}, true};
    return {status, {Kind::Parse, Kind::TooLarge, Kind::SoapFault, unreadableKind(status)}, false};
}

// Server side: no HTTP status, a request either parses or is refused.
const ErrorExpectation requestExpectation{0, {Kind::Parse, Kind::TooLarge}, true};

// Round trip of a value that was read: `write` it, read that with `read` (it must be ok), write
// the value read again: the same bytes (what the sandbox writes, the client reads as it was).
template <class T, class Write, class Read>
void checkRoundTrip(InvariantLog &log, const QString &reader, const T &value, Write write, Read read)
{
    const QByteArray written = write(value);
    const auto again = read(written);
    if (!log.expect(again.ok(), reader,
                    QStringLiteral("a value written back does not read again: ") + again.error().toString()))
        return;
    log.expect(write(again.value()) == written, reader,
               QStringLiteral("a value written back reads as another value: ") + QString::fromUtf8(written.left(200)));
}

// ---- the SafeXmlReader contract: a reader handed out never meets a DTD, an entity or depth over the limit ----

void checkSafeXmlReader(InvariantLog &log, const QByteArray &input, const NamedLimits &limits)
{
    const QString reader = QStringLiteral("SafeXmlReader, %1 limits").arg(QLatin1StringView(limits.name));
    wire::SafeXmlReader xml(input, limits.limits);
    if (!xml.ok()) {
        log.checkError(reader, xml.error(), {0, {Kind::Parse, Kind::TooLarge}, false});
        log.expect((xml.error().kind == Kind::TooLarge) == (xml.problem() == wire::SafeXmlReader::Problem::TooLarge),
                   reader, QStringLiteral("TooLarge kind and problem disagree"));
        return;
    }
    log.expect(xml.error().kind == Kind::None, reader, QStringLiteral("ok() with an error: ") + xml.error().toString());
    QXmlStreamReader &r = xml.reader();
    if (!log.expect(r.isStartElement(), reader, QStringLiteral("ok() but the reader is not on the root element")))
        return;
    int depth = 1;
    while (!r.atEnd() && !r.hasError()) {
        switch (r.readNext()) {
        case QXmlStreamReader::DTD:
            log.violation(reader, QStringLiteral("the reader handed out met a DTD (line %1)").arg(r.lineNumber()));
            return;
        case QXmlStreamReader::EntityReference:
            log.violation(reader, QStringLiteral("the reader handed out met an entity reference '%1' (line %2)")
                                      .arg(r.name().toString())
                                      .arg(r.lineNumber()));
            return;
        case QXmlStreamReader::StartElement:
            if (++depth > limits.limits.maxXmlDepth) {
                log.violation(reader, QStringLiteral("the reader handed out went %1 elements deep, over the limit of %2")
                                          .arg(depth)
                                          .arg(limits.limits.maxXmlDepth));
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
}

// ---- S-360 SOAP 1.1 answers ----

template <class Op> void readS360Soap(InvariantLog &log, const QByteArray &input, int status, const NamedLimits &limits)
{
    const QString reader = readerName("readS360SoapResponse", Op::info.name, status, limits.name);
    const auto result = wire::readS360SoapResponse<Op>(status, input, limits.limits);
    if (!log.checkResult(reader, result, soapResponseExpectation(status, true)))
        return;
    checkRoundTrip(
        log, reader, result.value(), [](const auto &v) { return wire::writeS360SoapResponse<Op>(v); },
        [](const QByteArray &body) { return wire::readS360SoapResponse<Op>(successStatus, body); });
}

template <class Op> void s360SoapAllWays(InvariantLog &log, const QByteArray &input)
{
    for (const int status : responseStatuses)
        readS360Soap<Op>(log, input, status, {"default", {}});
    readS360Soap<Op>(log, input, successStatus, {"tight", tightLimits()});
}

void soap11Response(InvariantLog &log, const QByteArray &input)
{
    checkSafeXmlReader(log, input, {"default", {}});
    checkSafeXmlReader(log, input, {"tight", tightLimits()});
    s360SoapAllWays<ops::GetContactData>(log, input);
    s360SoapAllWays<ops::SearchContactByCriteria>(log, input);
    s360SoapAllWays<ops::GetAvailableContactCriteria>(log, input);
    s360SoapAllWays<ops::Authenticate>(log, input);
}

// ---- Symphony SOAP 1.2 (and 1.1) answers ----

template <class Op>
void readSymphonySoap(InvariantLog &log, const QByteArray &input, int status, const NamedLimits &limits)
{
    const QString reader = readerName("readSymphonySoapResponse", Op::info.name, status, limits.name);
    const auto result = wire::readSymphonySoapResponse<Op>(wire::SoapVersion::V12, status, input, limits.limits);
    if (!log.checkResult(reader, result, soapResponseExpectation(status, false)))
        return;
    for (const wire::SoapVersion version : {wire::SoapVersion::V12, wire::SoapVersion::V11}) {
        checkRoundTrip(
            log, reader, result.value(),
            [version](const auto &v) { return wire::writeSymphonySoapResponse<Op>(version, v); },
            [version](const QByteArray &body) {
                return wire::readSymphonySoapResponse<Op>(version, successStatus, body);
            });
    }
}

template <class Op> void symphonySoapAllWays(InvariantLog &log, const QByteArray &input)
{
    for (const int status : responseStatuses)
        readSymphonySoap<Op>(log, input, status, {"default", {}});
    readSymphonySoap<Op>(log, input, successStatus, {"tight", tightLimits()});
}

void soap12Response(InvariantLog &log, const QByteArray &input)
{
    symphonySoapAllWays<ops::GenerateTokenForContact>(log, input);
    symphonySoapAllWays<ops::VerifyTokenForContact>(log, input);
}

// ---- faults ----

// readSoapFault on whatever element `r` is on: a SoapFault error that keeps the status, a
// code without prefix, and the reader left on that element's end (or on an XML error).
void checkFaultRead(InvariantLog &log, const QString &reader, QXmlStreamReader &r, int status)
{
    const ApiError fault = wire::readSoapFault(r, status);
    log.checkError(reader, fault, {status, {Kind::SoapFault}, false});
    log.expect(!fault.code.contains(u':'), reader, QStringLiteral("fault code keeps its prefix: ") + fault.code);
    log.expect(r.hasError() || r.isEndElement(), reader,
               QStringLiteral("the reader is left on token %1, not on the fault's end").arg(r.tokenString()));
}

void fault(InvariantLog &log, const QByteArray &input)
{
    for (const int status : {500, 509}) {
        // The fault reader alone, on the root element whatever it is...
        {
            wire::SafeXmlReader xml(input);
            if (xml.ok())
                checkFaultRead(log, QStringLiteral("readSoapFault on the root, HTTP %1").arg(status), xml.reader(),
                               status);
        }
        // ...and on the first element of a SOAP Body.
        {
            wire::SafeXmlReader xml(input);
            wire::SoapVersion version = wire::SoapVersion::V11;
            if (xml.ok() && !wire::enterSoapBody(xml.reader(), version).isError() && xml.ok())
                checkFaultRead(log, QStringLiteral("readSoapFault in the Body, HTTP %1").arg(status), xml.reader(),
                               status);
        }
        // The whole answer readers, which find the fault themselves.
        const NamedLimits limits{"default", {}};
        readS360Soap<ops::DeleteStructureMember>(log, input, status, limits);
        readSymphonySoap<ops::VerifyTokenForContact>(log, input, status, limits);
        const QString plainReader = readerName("readSymphonyPlainResponse", ops::GenerateTokenForContact::info.name,
                                               status, limits.name);
        log.checkResult(plainReader, wire::readSymphonyPlainResponse<ops::GenerateTokenForContact>(status, input),
                        plainResponseExpectation(status));
    }
    const QString code = wire::faultCodeLocalPart(QString::fromUtf8(input));
    log.expect(!code.contains(u':'), QStringLiteral("faultCodeLocalPart"), QStringLiteral("a prefix is left: ") + code);
}

// ---- S-360 REST answers and error bodies ----

template <class Op> void readS360Rest(InvariantLog &log, const QByteArray &input, int status, const NamedLimits &limits)
{
    const QString reader = readerName("readS360RestResponse", Op::info.name, status, limits.name);
    const auto result = wire::readS360RestResponse<Op>(status, input, limits.limits);
    if (!log.checkResult(reader, result, restResponseExpectation(status)))
        return;
    checkRoundTrip(
        log, reader, result.value(), [](const auto &v) { return wire::writeS360RestResponse<Op>(v); },
        [](const QByteArray &body) { return wire::readS360RestResponse<Op>(successStatus, body); });
}

template <class Op> void s360RestAllWays(InvariantLog &log, const QByteArray &input)
{
    for (const int status : responseStatuses)
        readS360Rest<Op>(log, input, status, {"default", {}});
    readS360Rest<Op>(log, input, successStatus, {"tight", tightLimits()});
}

void rest(InvariantLog &log, const QByteArray &input)
{
    s360RestAllWays<ops::GetContactData>(log, input);
    s360RestAllWays<ops::SearchContactByCriteria>(log, input);
    s360RestAllWays<ops::GetAvailableContactCriteria>(log, input);
    for (const int status : {400, 500, 509}) {
        const ApiError e = wire::readRestErrorBody(status, input);
        log.checkError(QStringLiteral("readRestErrorBody HTTP %1").arg(status), e,
                       {status, {Kind::TooLarge, Kind::Http, unreadableKind(status)}, false});
    }
}

// ---- Symphony HTTP GET/POST: answers, and the sandbox's query/form reader ----

// As the sandbox reads a query string or form body: '+' is a space.
QUrlQuery formPairs(QByteArray encoded)
{
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(encoded));
}

template <class Op> void readQueryParams(InvariantLog &log, const QUrlQuery &pairs)
{
    const QString reader = QStringLiteral("readSymphonyQueryParams<%1>").arg(QLatin1StringView(Op::info.name));
    const auto params = wire::readSymphonyQueryParams<typename Op::Params>(pairs);
    if (!log.checkResult(reader, params, requestExpectation))
        return;
    const wire::SymphonyAuthValues auth = wire::symphonyAuthFromQuery(pairs);
    checkRoundTrip(
        log, reader, params.value(),
        [&auth](const auto &v) { return wire::symphonyQuery<Op>(v, auth).toString(QUrl::FullyEncoded).toUtf8(); },
        [](const QByteArray &body) { return wire::readSymphonyQueryParams<typename Op::Params>(formPairs(body)); });
}

template <class Op> void readPlain(InvariantLog &log, const QByteArray &input, int status, const NamedLimits &limits)
{
    const QString reader = readerName("readSymphonyPlainResponse", Op::info.name, status, limits.name);
    const auto result = wire::readSymphonyPlainResponse<Op>(status, input, limits.limits);
    if (!log.checkResult(reader, result, plainResponseExpectation(status)))
        return;
    checkRoundTrip(
        log, reader, result.value(), [](const auto &v) { return wire::writeSymphonyPlainResponse(v); },
        [](const QByteArray &body) { return wire::readSymphonyPlainResponse<Op>(successStatus, body); });
}

void asmx(InvariantLog &log, const QByteArray &input)
{
    for (const int status : responseStatuses)
        readPlain<ops::GenerateTokenForContact>(log, input, status, {"default", {}});
    readPlain<ops::VerifyTokenForContact>(log, input, successStatus, {"tight", tightLimits()});
    const QUrlQuery pairs = formPairs(input);
    readQueryParams<ops::GenerateTokenForContact>(log, pairs);
    readQueryParams<ops::VerifyTokenForContact>(log, pairs);
}

// ---- the sandbox's request readers ----

template <class Op> void readSoapParams(InvariantLog &log, const QByteArray &input, const NamedLimits &limits)
{
    using Params = typename Op::Params;
    const QString reader = readerName("readSoapRequestParams", Op::info.name, 0, limits.name);
    const auto params = wire::readSoapRequestParams<Params>(input, limits.limits);
    if (!log.checkResult(reader, params, requestExpectation))
        return;
    const auto read = [](const QByteArray &body) { return wire::readSoapRequestParams<Params>(body); };
    if constexpr (Op::info.service == Service::Symphony) {
        for (const wire::SoapVersion version : {wire::SoapVersion::V11, wire::SoapVersion::V12}) {
            checkRoundTrip(
                log, reader, params.value(),
                [version](const Params &v) {
                    return wire::writeSymphonySoapRequest<Op>(version, v, wire::SymphonyAuthValues{});
                },
                read);
        }
    } else {
        checkRoundTrip(
            log, reader, params.value(),
            [](const Params &v) {
                return wire::writeS360SoapRequest<Op>(v, {QStringLiteral("FUZZ"), QStringLiteral("fuzz")});
            },
            read);
    }
}

template <class Op> void readRestParams(InvariantLog &log, const QByteArray &input, const NamedLimits &limits)
{
    using Params = typename Op::Params;
    const QString reader = readerName("readRestRequestParams", Op::info.name, 0, limits.name);
    const auto params = wire::readRestRequestParams<Params>(input, limits.limits);
    if (!log.checkResult(reader, params, requestExpectation))
        return;
    checkRoundTrip(
        log, reader, params.value(), [](const Params &v) { return wire::writeS360RestRequest<Op>(v); },
        [](const QByteArray &body) { return wire::readRestRequestParams<Params>(body); });
}

void soapRequest(InvariantLog &log, const QByteArray &input)
{
    for (const NamedLimits &limits : {NamedLimits{"default", {}}, NamedLimits{"tight", tightLimits()}}) {
        const QString reader = QStringLiteral("readSoapRequestHead, %1 limits").arg(QLatin1StringView(limits.name));
        const Result<wire::IncomingSoapRequest> head = wire::readSoapRequestHead(input, limits.limits);
        if (log.checkResult(reader, head, requestExpectation))
            log.expect(!head->operation.isEmpty(), reader, QStringLiteral("a request without an operation name"));
        readSoapParams<ops::GetContactData>(log, input, limits);
        readSoapParams<ops::SaveIndividualContactData>(log, input, limits);
        readSoapParams<ops::SearchContactByCriteria>(log, input, limits);
        readSoapParams<ops::Authenticate>(log, input, limits);
        readSoapParams<ops::GenerateTokenForContact>(log, input, limits);
        readSoapParams<ops::VerifyTokenForContact>(log, input, limits);
        readRestParams<ops::GetContactData>(log, input, limits);
        readRestParams<ops::SaveIndividualContactData>(log, input, limits);
        readRestParams<ops::SearchContactByCriteria>(log, input, limits);
    }
}

} // namespace

const QList<FuzzTargetInfo> &fuzzTargets()
{
    static const QList<FuzzTargetInfo> targets = {
        {FuzzTarget::Soap11Response, "fuzz_soap11_response"},
        {FuzzTarget::Soap12Response, "fuzz_soap12_response"},
        {FuzzTarget::Fault, "fuzz_fault"},
        {FuzzTarget::Rest, "fuzz_rest"},
        {FuzzTarget::Asmx, "fuzz_asmx"},
        {FuzzTarget::SoapRequest, "fuzz_soap_request"},
    };
    return targets;
}

QStringList runFuzzInput(FuzzTarget target, const QByteArray &input)
{
    InvariantLog log;
    switch (target) {
    case FuzzTarget::Soap11Response: soap11Response(log, input); break;
    case FuzzTarget::Soap12Response: soap12Response(log, input); break;
    case FuzzTarget::Fault: fault(log, input); break;
    case FuzzTarget::Rest: rest(log, input); break;
    case FuzzTarget::Asmx: asmx(log, input); break;
    case FuzzTarget::SoapRequest: soapRequest(log, input); break;
    }
    return log.lines();
}

int runFuzzInputOrAbort(FuzzTarget target, const std::uint8_t *data, std::size_t size)
{
    // A copy, as the network hands over: the readers own their bytes.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList broken = runFuzzInput(target, input);
    if (broken.isEmpty())
        return 0;
    for (const QString &line : broken)
        std::fprintf(stderr, "INVARIANT BROKEN: %s\n", line.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace contactdesk::fuzz
