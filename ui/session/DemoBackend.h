#pragma once

// What the "Demo sandbox" profile needs from the sandbox that runs inside the app. The ui does
// not link the sandbox: the app (app/EmbeddedDemoBackend) implements this over EmbeddedSandbox,
// and tests implement it over a SandboxServer of their own.

#include "api/ApiSession.h"
#include "api/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QUrl>

namespace contactdesk::ui {

// Where the demo sandbox listens and who the app is there; the secrets stay in memory.
struct DemoEndpoint {
    QUrl baseUrl;
    QString institution;
    QString operatorLogin;
    QString partnerName;
    QString symphonyApiKey;
    SessionSecrets secrets;
};

// One mail the sandbox "sent" (registration tokens, recovered passwords).
struct OutboxMail {
    QString id;
    QDateTime at;
    QString to;
    QString subject;
    QString body;
    QString kind;
};

class DemoBackend : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts the sandbox once (later calls answer with the running one's endpoint).
    virtual QFuture<Result<DemoEndpoint>> start() = 0;
    // The newest mails first, at most limit.
    virtual QFuture<Result<QList<OutboxMail>>> outbox(int limit) = 0;
};

} // namespace contactdesk::ui
