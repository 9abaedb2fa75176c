#include "server/Route.h"

#include <QUrlQuery>

namespace contactdesk::sandbox::server {

namespace {

bool asksForWsdl(const QString &rawQuery)
{
    const QUrlQuery query(rawQuery);
    const auto items = query.queryItems();
    for (const auto &item : items) {
        if (item.first.compare(u"wsdl", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Route make(Route::Kind kind)
{
    Route route;
    route.kind = kind;
    return route;
}

Route call(Binding binding, Service service, QString operation = {})
{
    Route route;
    route.kind = Route::Kind::ServiceCall;
    route.binding = binding;
    route.service = service;
    route.operation = std::move(operation);
    return route;
}

// The operation named by the last path segment after `prefix` + "/", or empty.
QString operationAfter(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix) || path.size() <= prefix.size() + 1 || path.at(prefix.size()) != u'/')
        return {};
    const QString rest = path.mid(prefix.size() + 1);
    return rest.contains(u'/') ? QString() : rest;
}

} // namespace

Route routeFor(const HttpRequestData &request)
{
    using Method = HttpRequestData::Method;
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const bool get = request.method == Method::Get;
    const bool post = request.method == Method::Post;

    if (path == QLatin1StringView(healthPath))
        return make(get ? Route::Kind::Health : Route::Kind::MethodNotAllowed);
    if (path == QLatin1StringView(outboxPath))
        return make(get ? Route::Kind::Outbox : Route::Kind::MethodNotAllowed);

    for (Service service : {Service::ContactInformation, Service::ContactAuthentication, Service::ContactSocialLogin,
                            Service::Symphony}) {
        const ServiceInfo &info = serviceInfo(service);
        const QString soapPath = QString::fromLatin1(info.soapPath);
        if (path == soapPath) {
            if (get && asksForWsdl(request.rawQuery)) {
                Route route = make(Route::Kind::Wsdl);
                route.service = service;
                return route;
            }
            if (!post)
                return make(Route::Kind::MethodNotAllowed);
            if (service != Service::Symphony)
                return call(Binding::S360Soap, service);
            const bool soap12 = request.mediaType() == "application/soap+xml";
            return call(soap12 ? Binding::SymphonySoap12 : Binding::SymphonySoap11, service);
        }
        if (service == Service::Symphony) {
            const QString operation = operationAfter(path, soapPath);
            if (!operation.isEmpty()) {
                if (get)
                    return call(Binding::SymphonyGet, service, operation);
                if (post)
                    return call(Binding::SymphonyPost, service, operation);
                return make(Route::Kind::MethodNotAllowed);
            }
        } else {
            const QString operation = operationAfter(path, QString::fromLatin1(info.restPathPrefix));
            if (!operation.isEmpty())
                return post ? call(Binding::S360Rest, service, operation) : make(Route::Kind::MethodNotAllowed);
        }
    }
    return make(Route::Kind::NotFound);
}

} // namespace contactdesk::sandbox::server
