#include "transport/HttpTransport.h"

#include "transport/TransportCall.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslSocket>

namespace contactdesk::transport {

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_rateLimiter(std::make_shared<RateLimiter>()), m_random(systemUnitRandom())
{
    // Redirects come back as responses: a SOAP POST is never replayed elsewhere behind the
    // caller's back.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    rebuildSslConfiguration();
}

HttpTransport::~HttpTransport()
{
    const QList<TransportCall *> calls = m_calls.values();
    for (TransportCall *call : calls)
        call->abandon(); // ends the call with Cancelled and forgets it
    for (TransportCall *call : calls)
        delete call;
    m_calls.clear();
}

QFuture<Result<HttpResponse>> HttpTransport::send(HttpRequest request, CallPolicy policy)
{
    const quint64 id = m_nextCallId++;
    auto *call = new TransportCall(this, id, std::move(request), std::move(policy));
    m_calls.insert(id, call);
    QFuture<Result<HttpResponse>> future = call->future();
    call->start();
    return future;
}

void HttpTransport::forget(quint64 callId)
{
    if (TransportCall *call = m_calls.take(callId))
        call->deleteLater();
}

void HttpTransport::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = std::max<qint64>(0, bytes);
}

void HttpTransport::setDecompressionSafetyThreshold(qint64 bytes)
{
    m_decompressionThreshold = bytes;
}

Result<int> HttpTransport::addCaCertificatesFromFile(const QString &pemPath)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return ApiError::make(ApiError::Kind::Tls,
                              QStringLiteral("cannot read the CA certificate file %1: %2")
                                  .arg(pemPath, file.errorString()),
                              QStringLiteral("ca-file"));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    QList<QSslCertificate> usable;
    for (const QSslCertificate &certificate : certificates) {
        if (!certificate.isNull())
            usable << certificate;
    }
    if (usable.isEmpty()) {
        return ApiError::make(ApiError::Kind::Tls,
                              QStringLiteral("no PEM certificate in %1").arg(pemPath),
                              QStringLiteral("ca-file"));
    }
    m_extraCas += usable;
    rebuildSslConfiguration();
    return int(usable.size());
}

void HttpTransport::clearExtraCaCertificates()
{
    m_extraCas.clear();
    rebuildSslConfiguration();
}

void HttpTransport::rebuildSslConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty()) {
        // Setting CAs turns off Qt's on-demand loading of the system roots: list them here.
        QList<QSslCertificate> cas = configuration.caCertificates();
        for (const QSslCertificate &system : QSslConfiguration::systemCaCertificates()) {
            if (!cas.contains(system))
                cas << system;
        }
        cas += m_extraCas;
        configuration.setCaCertificates(cas);
    }
    m_sslConfiguration = configuration;
}

void HttpTransport::setRateLimiter(std::shared_ptr<RateLimiter> limiter)
{
    m_rateLimiter = limiter ? std::move(limiter) : std::make_shared<RateLimiter>();
}

void HttpTransport::setUnitRandom(UnitRandom random)
{
    m_random = random ? std::move(random) : systemUnitRandom();
}

} // namespace contactdesk::transport
