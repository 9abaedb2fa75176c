#include "ProfileText.h"

namespace contactdesk::cli {

QString s360BindingKey(S360Binding binding)
{
    return binding == S360Binding::Rest ? QStringLiteral("rest") : QStringLiteral("soap");
}

std::optional<S360Binding> s360BindingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"soap")
        return S360Binding::Soap;
    if (k == u"rest")
        return S360Binding::Rest;
    return std::nullopt;
}

QString symphonyBindingKey(SymphonyBinding binding)
{
    switch (binding) {
    case SymphonyBinding::Soap11: return QStringLiteral("soap11");
    case SymphonyBinding::Soap12: return QStringLiteral("soap12");
    case SymphonyBinding::HttpGet: return QStringLiteral("get");
    case SymphonyBinding::HttpPost: return QStringLiteral("post");
    }
    return QStringLiteral("soap11");
}

std::optional<SymphonyBinding> symphonyBindingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (SymphonyBinding b : {SymphonyBinding::Soap11, SymphonyBinding::Soap12, SymphonyBinding::HttpGet,
                              SymphonyBinding::HttpPost}) {
        if (symphonyBindingKey(b) == k)
            return b;
    }
    return std::nullopt;
}

QJsonObject profileJson(const ConnectionProfile &p)
{
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("isDemo"), p.isDemo},
        {QStringLiteral("s360BaseUrl"), p.s360BaseUrl.toString()},
        {QStringLiteral("institutionCode"), p.institutionCode},
        {QStringLiteral("operatorLogin"), p.operatorLogin},
        {QStringLiteral("partnerName"), p.partnerName},
        {QStringLiteral("binding"), s360BindingKey(p.binding)},
        {QStringLiteral("salesChannelCode"), p.salesChannelCode},
        {QStringLiteral("symphonyBaseUrl"), p.symphonyBaseUrl.toString()},
        {QStringLiteral("symphonyApiKey"), p.symphonyApiKey},
        {QStringLiteral("symphonyBinding"), symphonyBindingKey(p.symphonyBinding)},
        {QStringLiteral("extraCaFile"), p.extraCaFile},
        {QStringLiteral("rateLimitPerMinute"), p.rateLimitPerMinute},
    };
    if (p.pointOfSalesId)
        o.insert(QStringLiteral("pointOfSalesId"), *p.pointOfSalesId);
    return o;
}

} // namespace contactdesk::cli
