#include "api/S360Client.h"

#include "api/CreateIdentifier.h"
#include "auth/JwtForger.h"

namespace contactdesk {

S360Client::S360Client(transport::HttpTransport *transport, transport::RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_log(log)
{
}

QUrl S360Client::endpoint(const QString &path) const
{
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QList<std::pair<QByteArray, QByteArray>> S360Client::soapHeaders() const
{
    return {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=utf-8")},
            {QByteArrayLiteral("SOAPAction"), QByteArrayLiteral("\"\"")}};
}

QList<std::pair<QByteArray, QByteArray>> S360Client::restHeaders() const
{
    // A fresh token per call: it lives 30 s at most (CONTRACT.md 1.3).
    const QByteArray jwt = auth::JwtForger().forge(m_connection.institution, m_connection.operatorLogin,
                                                   m_connection.partnerName, m_secrets.jwtSecret);
    return {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + jwt}};
}

transport::CallPolicy S360Client::policy(ops::Retry retry) const
{
    transport::CallPolicy p;
    p.retryAllowed = retry == ops::Retry::Safe;
    p.attemptTimeoutMs = m_connection.timeoutMs;
    p.rateLimitKey = m_connection.institution;
    // Over SOAP every fault is an HTTP 500: a Client fault (bad credentials, bad request)
    // would fail the same way again. REST keeps 4xx for those, so its 500 is worth a retry.
    p.retryOnInternalServerError = m_connection.binding == S360Binding::Rest;
    return p;
}

QFuture<Result<dto::ContactDataResult>> S360Client::getContactData(const QString &contactNumber,
                                                                   const QStringList &details)
{
    return call<ops::GetContactData>({contactNumber, details});
}

QFuture<Result<dto::ContactSearchResult>> S360Client::searchContactByCriteria(const dto::ContactSearchCriteria &criteria)
{
    return call<ops::SearchContactByCriteria>({criteria});
}

namespace {

// A create (no contact number) without an identifier gets a random one before the first
// attempt: every retry then carries the same identifier, so a retry after a lost answer
// returns the contact the first attempt made instead of creating a second one.
template <class Data> Data withCreateIdentifier(Data data)
{
    if (data.contactNumber.trimmed().isEmpty() && !data.identifier)
        data.identifier = newCreateIdentifier();
    return data;
}

} // namespace

QFuture<Result<dto::ContactSaveResult>> S360Client::saveIndividualContactData(const dto::IndividualContactData &data)
{
    return call<ops::SaveIndividualContactData>({withCreateIdentifier(data)});
}

QFuture<Result<dto::ContactSaveResult>> S360Client::saveStructureContactData(const dto::StructureContactData &data)
{
    return call<ops::SaveStructureContactData>({withCreateIdentifier(data)});
}

QFuture<Result<dto::WebMethodResult>> S360Client::saveStructureAdministrativeNumbers(
    const QString &structureContactNumber, const QList<dto::AdministrativeNumberData> &numbers)
{
    return call<ops::SaveStructureAdministrativeNumbers>({structureContactNumber, numbers});
}

QFuture<Result<dto::ContactSaveResult>> S360Client::saveStructureMember(const dto::StructureMemberData &member)
{
    return call<ops::SaveStructureMember>({member});
}

QFuture<Result<dto::WebMethodResult>> S360Client::deleteStructureMember(const QString &structureContactNumber,
                                                                        const QString &memberContactNumber)
{
    return call<ops::DeleteStructureMember>({structureContactNumber, memberContactNumber});
}

QFuture<Result<dto::StructureMemberListResult>> S360Client::listStructureMembersByCriteria(
    const dto::StructureMemberSearchCriteria &criteria)
{
    return call<ops::ListStructureMembersByCriteria>({criteria});
}

QFuture<Result<dto::StructureTypeListResult>> S360Client::getStructureTypes()
{
    return call<ops::GetStructureTypes>({});
}

QFuture<Result<dto::ContactCriterionListResult>> S360Client::getAvailableContactCriteria()
{
    return call<ops::GetAvailableContactCriteria>({});
}

QFuture<Result<dto::AuthorizationListResult>> S360Client::getAvailableAuthorizations()
{
    return call<ops::GetAvailableAuthorizations>({});
}

QFuture<Result<dto::AdministrativeNumberListResult>> S360Client::getAvailableAdministrativeNumbers()
{
    return call<ops::GetAvailableAdministrativeNumbers>({});
}

QFuture<Result<dto::ContactAuthenticationResult>> S360Client::authenticate(const dto::ContactAuthenticationData &data)
{
    return call<ops::Authenticate>({data});
}

QFuture<Result<dto::WebMethodResult>> S360Client::recoverPassword(const QString &email,
                                                                  std::optional<qint64> pointOfSalesId)
{
    return call<ops::RecoverPassword>({email, pointOfSalesId});
}

QFuture<Result<dto::WebMethodResult>> S360Client::changePassword(const QString &contactNumber,
                                                                 const QString &currentPassword,
                                                                 const QString &newPassword)
{
    return call<ops::ChangePassword>({contactNumber, currentPassword, newPassword});
}

QFuture<Result<dto::PointOfSalesListResult>> S360Client::listAuthorizedPos(const dto::ContactAuthenticationData &data)
{
    return call<ops::ListAuthorizedPos>({data});
}

QFuture<Result<dto::WebMethodResult2>> S360Client::addLink(const QString &contactNumber, const QString &provider,
                                                           const QString &providerUserReference)
{
    return call<ops::AddLink>({contactNumber, provider, providerUserReference});
}

QFuture<Result<dto::ContactSaveResult>> S360Client::createUser(const dto::SignUpData &signUpData,
                                                               const QString &provider,
                                                               const QString &providerUserReference)
{
    return call<ops::CreateUser>({signUpData, provider, providerUserReference});
}

} // namespace contactdesk
