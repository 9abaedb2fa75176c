#include "server/EmbeddedSandbox.h"

#include "server/SandboxServer.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QThread>

namespace contactdesk::sandbox::server {

// Lives on the worker thread: owns the service and the server.
class EmbeddedSandboxWorker : public QObject {
public:
    std::function<void(const QUrl &, const DemoCredentials &)> onReady;
    std::function<void(const QString &)> onFailed;

    void open(const EmbeddedSandboxOptions &options)
    {
        SandboxOptions sandboxOptions;
        sandboxOptions.inMemory = options.inMemory;
        sandboxOptions.seedContacts = options.seedContacts;
        sandboxOptions.databasePath =
            options.databasePath.isEmpty() ? EmbeddedSandbox::defaultDatabasePath() : options.databasePath;
        if (!options.inMemory && !QDir().mkpath(QFileInfo(sandboxOptions.databasePath).absolutePath())) {
            fail(QStringLiteral("Cannot create the folder of %1.").arg(sandboxOptions.databasePath));
            return;
        }
        Result<OpenedSandbox> opened = [&]() -> Result<OpenedSandbox> {
            try {
                return openSandbox(sandboxOptions);
            } catch (const std::exception &e) {
                return ApiError::make(ApiError::Kind::Transport, QString::fromLocal8Bit(e.what()));
            }
        }();
        if (!opened) {
            fail(opened.error().message);
            return;
        }
        m_service = std::move(opened.value().service);
        ServerOptions serverOptions;
        serverOptions.institution = opened.value().credentials.institution;
        serverOptions.rateLimitPerMinute = options.rateLimitPerMinute;
        serverOptions.faults = options.faults;
        m_server = std::make_unique<SandboxServer>(*m_service, serverOptions);
        if (!m_server->start()) {
            const QString why = m_server->errorString();
            shutdown();
            fail(why);
            return;
        }
        onReady(m_server->baseUrl(), opened.value().credentials);
    }

    void shutdown()
    {
        m_server.reset(); // before the service it uses
        m_service.reset();
    }

private:
    void fail(const QString &message)
    {
        onFailed(message);
        QThread::currentThread()->quit();
    }

    std::unique_ptr<SandboxService> m_service;
    std::unique_ptr<SandboxServer> m_server;
};

EmbeddedSandbox::EmbeddedSandbox(QObject *parent) : QObject(parent) {}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
            worker->shutdown();
            QThread::currentThread()->quit();
        }, Qt::QueuedConnection);
        m_thread->wait();
    }
    delete m_worker;
    delete m_thread;
}

QString EmbeddedSandbox::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox.sqlite");
}

void EmbeddedSandbox::start(const EmbeddedSandboxOptions &options)
{
    if (m_state != State::Stopped)
        return;
    m_state = State::Starting;
    m_failure.reset();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("EmbeddedSandbox"));
    m_worker = new EmbeddedSandboxWorker;
    m_worker->moveToThread(m_thread);
    m_worker->onReady = [this](const QUrl &url, const DemoCredentials &credentials) {
        QMetaObject::invokeMethod(this, [this, url, credentials] { onReady(url, credentials); }, Qt::QueuedConnection);
    };
    m_worker->onFailed = [this](const QString &message) {
        QMutexLocker lock(&m_mutex);
        m_failure = message;
    };
    connect(m_thread, &QThread::finished, this, &EmbeddedSandbox::onThreadFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options] { worker->open(options); }, Qt::QueuedConnection);
}

void EmbeddedSandbox::stop()
{
    if (m_state != State::Running && m_state != State::Starting)
        return;
    m_state = State::Stopping;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
        worker->shutdown();
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
}

QUrl EmbeddedSandbox::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

DemoCredentials EmbeddedSandbox::credentials() const
{
    QMutexLocker lock(&m_mutex);
    return m_credentials;
}

void EmbeddedSandbox::onReady(const QUrl &baseUrl, const DemoCredentials &credentials)
{
    if (m_state != State::Starting)
        return; // stopped meanwhile
    {
        QMutexLocker lock(&m_mutex);
        m_baseUrl = baseUrl;
        m_credentials = credentials;
    }
    m_state = State::Running;
    Q_EMIT started(baseUrl);
}

void EmbeddedSandbox::onThreadFinished()
{
    const State previous = m_state;
    std::optional<QString> failure;
    {
        QMutexLocker lock(&m_mutex);
        failure = m_failure;
        m_baseUrl.clear();
        m_credentials = {};
    }
    delete m_worker;
    m_worker = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_state = State::Stopped;
    if (failure && previous == State::Starting)
        Q_EMIT failed(*failure);
    else
        Q_EMIT stopped();
}

} // namespace contactdesk::sandbox::server
