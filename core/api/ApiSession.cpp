#include "api/ApiSession.h"

#include "api/S360ReferenceDataSource.h"
#include "cache/ReferenceDataCache.h"
#include "transport/RequestLog.h"

namespace contactdesk {

ApiSession::ApiSession(const ConnectionProfile &profile, const SessionSecrets &secrets, QString cacheDirectory,
                       QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_transport(new transport::HttpTransport(this))
    , m_log(new transport::RequestLog(this))
    , m_s360(new S360Client(m_transport, m_log, this))
    , m_symphony(new SymphonyClient(m_transport, m_log, this))
{
    m_transport->rateLimiter()->setLimit(profile.rateLimitPerMinute, 60 * 1000);
    if (!profile.extraCaFile.isEmpty()) {
        const Result<int> added = m_transport->addCaCertificatesFromFile(profile.extraCaFile);
        if (!added.ok())
            m_tlsSetupError = added.error().message;
    }
    m_s360->setConnection(s360Connection(profile));
    m_s360->setSecrets(secrets.s360);
    m_symphony->setConnection(symphonyConnection(profile));
    m_symphony->setApiSecret(secrets.symphonySecret);
    m_referenceSource = std::make_unique<S360ReferenceDataSource>(m_s360);
    m_referenceData = new ReferenceDataCache(profile.id, m_referenceSource.get(), std::move(cacheDirectory), {}, this);
}

ApiSession::~ApiSession()
{
    // The cache holds a raw pointer to the source: it goes first.
    delete m_referenceData;
    m_referenceData = nullptr;
}

S360Connection ApiSession::s360Connection(const ConnectionProfile &profile)
{
    S360Connection c;
    c.baseUrl = profile.s360BaseUrl;
    c.institution = profile.institutionCode;
    c.operatorLogin = profile.operatorLogin;
    c.partnerName = profile.partnerName;
    c.binding = profile.binding;
    return c;
}


SymphonyConnection ApiSession::symphonyConnection(const ConnectionProfile &profile)
{
    SymphonyConnection c;
    c.baseUrl = profile.symphonyBaseUrl;
    c.apiKey = profile.symphonyApiKey;
    c.institution = profile.institutionCode;
    c.binding = profile.symphonyBinding;
    return c;
}

} // namespace contactdesk
