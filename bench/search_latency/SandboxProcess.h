#pragma once

// contactdesk-sandbox as a child process (`--port 0 --db FILE --verbose --print-secrets`), so
// that the server's work and memory stay out of the client's figures. Reads its base URL and
// the demo operator's credentials from its output (kept in memory, never printed), and the
// sandbox's own time of every answered call from its --verbose lines ("... -> 200 in 3 ms").

#include "api/ApiSession.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <vector>

namespace contactdesk::bench {

class SandboxProcess : public QObject {
public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Starts the sandbox on `database` (seeded with `seedContacts` individuals when new) and
    // waits until it listens. False (with errorText()) when it could not.
    bool start(const QString &program, const QString &database, int seedContacts, int timeoutMs);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    ConnectionProfile profile() const; // SOAP, no client-side rate limit
    SessionSecrets secrets() const { return m_secrets; }
    QString databaseLine() const { return m_databaseLine; }
    qint64 pid() const { return m_process.processId(); }
    QString errorText() const { return m_error; }

    // The sandbox's own time (ms, from its log) of each call answered since the last take.
    std::vector<double> takeServerTimes();
    int answeredErrors() const { return m_answeredErrors; }

private:
    void readLines();

    QProcess m_process;
    QUrl m_baseUrl;
    QString m_institution;
    QString m_operatorLogin;
    QString m_partnerName;
    SessionSecrets m_secrets;
    QString m_databaseLine;
    QString m_error;
    bool m_ready = false;
    std::vector<double> m_serverMs;
    int m_answeredErrors = 0;
};

} // namespace contactdesk::bench
