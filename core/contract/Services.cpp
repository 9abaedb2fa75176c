#include "contract/Services.h"

namespace contactdesk {

const ServiceInfo &serviceInfo(Service service)
{
    static const ServiceInfo contactInformation{
        "/tnco/external-remoting/com.secutix.service.contact.v2_21.ContactInformationPublicService.webservice",
        "/tnco/backend-apis/contactInformationPublicService/v2_21",
        "http://v2_21.ContactInformationPublicService.service.secutix.com/"};
    static const ServiceInfo contactAuthentication{
        "/tnco/external-remoting/com.secutix.service.contact.v2_21.ContactAuthenticationPublicService.webservice",
        "/tnco/backend-apis/contactAuthenticationPublicService/v2_21",
        "http://v2_21.ContactAuthenticationPublicService.service.secutix.com/"};
    static const ServiceInfo contactSocialLogin{
        "/tnco/external-remoting/com.secutix.service.contact.sociallogin.v1_0.ContactSocialLoginService.webservice",
        "/tnco/backend-apis/contactSocialLoginService/v1_0",
        "http://v1_0.ContactSocialLoginService.sociallogin.service.secutix.com/"};
    static const ServiceInfo symphony{"/API/1_0/SOAP/SymphonyAPI.asmx", "",
                                      "https://developer.sym-online.com/API/1_0/SOAP/"};
    switch (service) {
    case Service::ContactInformation: return contactInformation;
    case Service::ContactAuthentication: return contactAuthentication;
    case Service::ContactSocialLogin: return contactSocialLogin;
    case Service::Symphony: return symphony;
    }
    return contactInformation;
}

QString serviceName(Service service)
{
    switch (service) {
    case Service::ContactInformation: return QStringLiteral("ContactInformationPublicService");
    case Service::ContactAuthentication: return QStringLiteral("ContactAuthenticationPublicService");
    case Service::ContactSocialLogin: return QStringLiteral("ContactSocialLoginService");
    case Service::Symphony: return QStringLiteral("SymphonyAPI");
    }
    return {};
}

QString bindingName(S360Binding binding)
{
    return binding == S360Binding::Soap ? QStringLiteral("SOAP 1.1") : QStringLiteral("REST");
}

QString bindingName(SymphonyBinding binding)
{
    switch (binding) {
    case SymphonyBinding::Soap11: return QStringLiteral("SOAP 1.1");
    case SymphonyBinding::Soap12: return QStringLiteral("SOAP 1.2");
    case SymphonyBinding::HttpGet: return QStringLiteral("HTTP GET");
    case SymphonyBinding::HttpPost: return QStringLiteral("HTTP POST");
    }
    return {};
}

} // namespace contactdesk
