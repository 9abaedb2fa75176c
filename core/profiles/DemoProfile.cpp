#include "profiles/DemoProfile.h"

namespace contactdesk {

ConnectionProfile demoProfile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Demo sandbox");
    p.s360BaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8360"));
    p.institutionCode = QStringLiteral("MOSA");
    p.operatorLogin = QStringLiteral("MOSA_DEMO");
    p.partnerName = QStringLiteral("ContactDesk Demo");
    p.binding = S360Binding::Soap;
    p.salesChannelCode = QStringLiteral("WEB");
    p.symphonyBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8360"));
    p.symphonyApiKey = QStringLiteral("MOSA_DEMO");
    p.symphonyBinding = SymphonyBinding::Soap11;
    p.isDemo = true;
    return p;
}

} // namespace contactdesk
