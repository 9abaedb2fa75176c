#include "EmbeddedDemoBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace contactdesk::app {

using sandbox::server::EmbeddedSandbox;

EmbeddedDemoBackend::EmbeddedDemoBackend(sandbox::server::EmbeddedSandboxOptions options, QObject *parent)
    : ui::DemoBackend(parent)
    , m_options(std::move(options))
    , m_sandbox(new EmbeddedSandbox(this))
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_sandbox, &EmbeddedSandbox::started, this, [this] { finishStart(endpoint()); });
    connect(m_sandbox, &EmbeddedSandbox::failed, this, [this](const QString &message) {
        m_failure = message;
        finishStart(ApiError::make(ApiError::Kind::Transport, tr("The demo sandbox could not start: %1").arg(message)));
    });
}

EmbeddedDemoBackend::~EmbeddedDemoBackend() = default;

ui::DemoEndpoint EmbeddedDemoBackend::endpoint() const
{
    const sandbox::DemoCredentials c = m_sandbox->credentials();
    ui::DemoEndpoint e;
    e.baseUrl = m_sandbox->baseUrl();
    e.institution = c.institution;
    e.operatorLogin = c.operatorLogin;
    e.partnerName = c.partnerName;
    e.symphonyApiKey = c.symphonyApiKey;
    e.secrets.s360.operatorPassword = c.operatorPassword;
    e.secrets.s360.jwtSecret = c.jwtSecret;
    e.secrets.symphonySecret = c.symphonySecret;
    return e;
}

QFuture<Result<ui::DemoEndpoint>> EmbeddedDemoBackend::start()
{
    if (m_sandbox->state() == EmbeddedSandbox::State::Running)
        return QtFuture::makeReadyFuture(Result<ui::DemoEndpoint>(endpoint()));
    auto promise = std::make_shared<QPromise<Result<ui::DemoEndpoint>>>();
    promise->start();
    m_waiting << promise;
    if (m_sandbox->state() == EmbeddedSandbox::State::Stopped) {
        m_failure.reset();
        m_sandbox->start(m_options);
    }
    return promise->future();
}

void EmbeddedDemoBackend::finishStart(Result<ui::DemoEndpoint> result)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &promise : waiting) {
        promise->addResult(result);
        promise->finish();
    }
}

QFuture<Result<QList<ui::OutboxMail>>> EmbeddedDemoBackend::outbox(int limit)
{
    auto promise = std::make_shared<QPromise<Result<QList<ui::OutboxMail>>>>();
    promise->start();
    QFuture<Result<QList<ui::OutboxMail>>> future = promise->future();
    if (m_sandbox->state() != EmbeddedSandbox::State::Running) {
        promise->addResult(ApiError::make(ApiError::Kind::Transport, tr("The demo sandbox is not running.")));
        promise->finish();
        return future;
    }
    QUrl url = m_sandbox->baseUrl();
    url.setPath(QStringLiteral("/sandbox/outbox"));
    url.setQuery(QUrlQuery({{QStringLiteral("limit"), QString::number(limit)}}));
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, promise] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            promise->addResult(ApiError::make(ApiError::Kind::Transport, reply->errorString()));
            promise->finish();
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        QList<ui::OutboxMail> mails;
        for (const QJsonValue &value : document.array()) {
            const QJsonObject o = value.toObject();
            ui::OutboxMail mail;
            mail.id = o.value(QStringLiteral("id")).toVariant().toString();
            mail.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            mail.to = o.value(QStringLiteral("to")).toString();
            mail.subject = o.value(QStringLiteral("subject")).toString();
            mail.body = o.value(QStringLiteral("body")).toString();
            mail.kind = o.value(QStringLiteral("kind")).toString();
            mails << mail;
        }
        promise->addResult(mails);
        promise->finish();
    });
    return future;
}

} // namespace contactdesk::app
