#include "wire/SoapVersion.h"

#include "contract/Services.h"

namespace contactdesk::wire {

QString envelopeNamespace(SoapVersion version)
{
    return QLatin1StringView(version == SoapVersion::V11 ? contract::soap11Namespace : contract::soap12Namespace);
}

std::optional<SoapVersion> soapVersionOfNamespace(QStringView namespaceUri)
{
    if (namespaceUri == QLatin1StringView(contract::soap11Namespace))
        return SoapVersion::V11;
    if (namespaceUri == QLatin1StringView(contract::soap12Namespace))
        return SoapVersion::V12;
    return std::nullopt;
}

QString faultCodeName(SoapVersion version, FaultSide side)
{
    if (version == SoapVersion::V11)
        return QLatin1StringView(side == FaultSide::Client ? contract::soap11ClientFaultCode
                                                           : contract::soap11ServerFaultCode);
    return QLatin1StringView(side == FaultSide::Client ? contract::soap12ClientFaultCode
                                                       : contract::soap12ServerFaultCode);
}

QString soapContentType(SoapVersion version)
{
    return version == SoapVersion::V11 ? QStringLiteral("text/xml; charset=utf-8")
                                       : QStringLiteral("application/soap+xml; charset=utf-8");
}

} // namespace contactdesk::wire
