#pragma once

// Everything one connection profile needs to talk to its servers: the transport (with the
// profile's rate limit and extra CA), the request log, the S-360 and Symphony clients and the
// reference-data cache. The secrets are handed in (from the keychain) and kept in memory only.

#include "api/S360Client.h"
#include "api/S360Connection.h"
#include "api/SymphonyClient.h"
#include "profiles/ConnectionProfile.h"

#include <QObject>

#include <memory>

namespace contactdesk {

class ReferenceDataCache;
class S360ReferenceDataSource;

struct SessionSecrets {
    S360Secrets s360;
    QByteArray symphonySecret;
};

class ApiSession : public QObject {
    Q_OBJECT
public:
    // cacheDirectory: where the reference data is kept (empty: the user's cache directory).
    ApiSession(const ConnectionProfile &profile, const SessionSecrets &secrets, QString cacheDirectory = {},
               QObject *parent = nullptr);
    ~ApiSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    transport::HttpTransport *transport() const { return m_transport; }
    transport::RequestLog *log() const { return m_log; }
    S360Client *s360() const { return m_s360; }
    SymphonyClient *symphony() const { return m_symphony; }
    ReferenceDataCache *referenceData() const { return m_referenceData; }
    // Empty when the profile's extra CA file could be read (or there is none); else why not.
    QString tlsSetupError() const { return m_tlsSetupError; }

    static S360Connection s360Connection(const ConnectionProfile &profile);
    static SymphonyConnection symphonyConnection(const ConnectionProfile &profile);

private:
    ConnectionProfile m_profile;
    transport::HttpTransport *m_transport;
    transport::RequestLog *m_log;
    S360Client *m_s360;
    SymphonyClient *m_symphony;
    std::unique_ptr<S360ReferenceDataSource> m_referenceSource;
    ReferenceDataCache *m_referenceData;
    QString m_tlsSetupError;
};

} // namespace contactdesk
