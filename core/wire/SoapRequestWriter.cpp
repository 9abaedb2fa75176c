#include "wire/SoapRequestWriter.h"

namespace contactdesk::wire {

QString symphonySoapAction(const QString &operation)
{
    return QLatin1StringView(serviceInfo(Service::Symphony).soapNamespace) + operation;
}

} // namespace contactdesk::wire
