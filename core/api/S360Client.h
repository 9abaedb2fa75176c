#pragma once

// The typed, asynchronous client of the three S-360 services (CONTRACT.md 1), over SOAP 1.1
// or REST as the connection says. One call per operation; each returns a QFuture that
// finishes exactly once with the typed result or an ApiError.

#include "api/CallRecorder.h"
#include "api/Result.h"
#include "api/S360Connection.h"
#include "contract/Operations.h"
#include "transport/HttpTransport.h"
#include "wire/RestCodec.h"
#include "wire/SoapRequestWriter.h"
#include "wire/SoapResponseReader.h"

#include <QFuture>
#include <QObject>

namespace contactdesk {

class S360Client : public QObject {
    Q_OBJECT
public:
    S360Client(transport::HttpTransport *transport, transport::RequestLog *log, QObject *parent = nullptr);

    void setConnection(const S360Connection &connection) { m_connection = connection; }
    const S360Connection &connection() const { return m_connection; }
    void setSecrets(const S360Secrets &secrets) { m_secrets = secrets; }

    // The generic typed call: ops::X from contract/Operations.h.
    template <class Op> QFuture<Result<typename Op::Result>> call(const typename Op::Params &params)
    {
        static_assert(Op::info.service != Service::Symphony, "Symphony operations go through SymphonyClient");
        const transport::HttpRequest request = buildRequest<Op>(params);
        const S360Binding binding = m_connection.binding;
        CallRecorder recorder(m_log, Op::info.service, QString::fromLatin1(Op::info.name), bindingName(binding), request);
        // No context object: Qt 6.4 asserts when a context dies before the future ends. The
        // continuation runs where the transport finishes the call (this thread) and needs no `this`.
        return m_transport->send(request, policy(Op::info.retry))
            .then([recorder, binding](Result<transport::HttpResponse> outcome) {
                Result<typename Op::Result> result = decode<Op>(binding, outcome);
                recorder.finish(outcome, result.ok() ? QString() : result.error().toString(),
                                result.ok() ? result->statusCode : result.error().code);
                return result;
            });
    }

    // ContactInformationPublicService
    QFuture<Result<dto::ContactDataResult>> getContactData(const QString &contactNumber, const QStringList &details);
    QFuture<Result<dto::ContactSearchResult>> searchContactByCriteria(const dto::ContactSearchCriteria &criteria);
    QFuture<Result<dto::ContactSaveResult>> saveIndividualContactData(const dto::IndividualContactData &data);
    QFuture<Result<dto::ContactSaveResult>> saveStructureContactData(const dto::StructureContactData &data);
    QFuture<Result<dto::WebMethodResult>> saveStructureAdministrativeNumbers(
        const QString &structureContactNumber, const QList<dto::AdministrativeNumberData> &numbers);
    QFuture<Result<dto::ContactSaveResult>> saveStructureMember(const dto::StructureMemberData &member);
    QFuture<Result<dto::WebMethodResult>> deleteStructureMember(const QString &structureContactNumber,
                                                                const QString &memberContactNumber);
    QFuture<Result<dto::StructureMemberListResult>> listStructureMembersByCriteria(
        const dto::StructureMemberSearchCriteria &criteria);
    QFuture<Result<dto::StructureTypeListResult>> getStructureTypes();
    QFuture<Result<dto::ContactCriterionListResult>> getAvailableContactCriteria();
    QFuture<Result<dto::AuthorizationListResult>> getAvailableAuthorizations();
    QFuture<Result<dto::AdministrativeNumberListResult>> getAvailableAdministrativeNumbers();
    // ContactAuthenticationPublicService
    QFuture<Result<dto::ContactAuthenticationResult>> authenticate(const dto::ContactAuthenticationData &data);
    QFuture<Result<dto::WebMethodResult>> recoverPassword(const QString &email, std::optional<qint64> pointOfSalesId);
    QFuture<Result<dto::WebMethodResult>> changePassword(const QString &contactNumber, const QString &currentPassword,
                                                         const QString &newPassword);
    QFuture<Result<dto::PointOfSalesListResult>> listAuthorizedPos(const dto::ContactAuthenticationData &data);
    // ContactSocialLoginService
    QFuture<Result<dto::WebMethodResult2>> addLink(const QString &contactNumber, const QString &provider,
                                                   const QString &providerUserReference);
    QFuture<Result<dto::ContactSaveResult>> createUser(const dto::SignUpData &signUpData, const QString &provider,
                                                       const QString &providerUserReference);

private:
    template <class Op> transport::HttpRequest buildRequest(const typename Op::Params &params) const
    {
        const ServiceInfo &service = serviceInfo(Op::info.service);
        transport::HttpRequest request;
        if (m_connection.binding == S360Binding::Soap) {
            request.url = endpoint(QString::fromLatin1(service.soapPath));
            request.headers = soapHeaders();
            request.body = wire::writeS360SoapRequest<Op>(params, {m_connection.operatorLogin, m_secrets.operatorPassword});
        } else {
            request.url = endpoint(QString::fromLatin1(service.restPathPrefix) + QLatin1Char('/')
                                   + QString::fromLatin1(Op::info.name));
            request.headers = restHeaders();
            request.body = wire::writeS360RestRequest<Op>(params);
        }
        return request;
    }

    template <class Op>
    static Result<typename Op::Result> decode(S360Binding binding, const Result<transport::HttpResponse> &outcome)
    {
        if (!outcome.ok())
            return outcome.error();
        const transport::HttpResponse &response = outcome.value();
        return binding == S360Binding::Soap ? wire::readS360SoapResponse<Op>(response.status, response.body)
                                            : wire::readS360RestResponse<Op>(response.status, response.body);
    }

    QUrl endpoint(const QString &path) const;
    QList<std::pair<QByteArray, QByteArray>> soapHeaders() const;
    QList<std::pair<QByteArray, QByteArray>> restHeaders() const;
    transport::CallPolicy policy(ops::Retry retry) const;

    transport::HttpTransport *m_transport;
    transport::RequestLog *m_log;
    S360Connection m_connection;
    S360Secrets m_secrets;
};

} // namespace contactdesk
