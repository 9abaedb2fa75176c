#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace contactdesk::bench {

namespace {
QByteArray secretBytes(const QString &text)
{
    if (text.startsWith(u"base64:"))
        return QByteArray::fromBase64(text.mid(7).toLatin1());
    return text.toUtf8();
}
} // namespace

SandboxProcess::SandboxProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readLines);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QString &program, const QString &database, int seedContacts, int timeoutMs)
{
    m_process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), database,
                              QStringLiteral("--seed-contacts"), QString::number(seedContacts),
                              QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--verbose"),
                              QStringLiteral("--print-secrets")});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_ready && m_process.state() == QProcess::Running && timer.elapsed() < timeoutMs)
        m_process.waitForReadyRead(1000) ? readLines() : void();
    if (!m_ready) {
        m_error = QStringLiteral("the sandbox did not come up: %1")
                      .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed());
        stop();
        return false;
    }
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: it closes the server and the database cleanly
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

ConnectionProfile SandboxProcess::profile() const
{
    ConnectionProfile p;
    p.id = QStringLiteral("search-latency-bench");
    p.name = QStringLiteral("Bench sandbox");
    p.s360BaseUrl = m_baseUrl;
    p.institutionCode = m_institution;
    p.operatorLogin = m_operatorLogin;
    p.partnerName = m_partnerName;
    p.binding = S360Binding::Soap;
    p.rateLimitPerMinute = 100'000'000;
    return p;
}

std::vector<double> SandboxProcess::takeServerTimes()
{
    readLines();
    std::vector<double> times;
    times.swap(m_serverMs);
    return times;
}

void SandboxProcess::readLines()
{
    static const QRegularExpression answered(QStringLiteral(R"( -> (\d+)[^>]* in (\d+) ms$)"));
    while (m_process.canReadLine()) {
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const auto value = [&line](QStringView prefix) { return line.mid(prefix.size()).trimmed(); };
        if (line.startsWith(u"ContactDesk sandbox listening on ")) {
            m_baseUrl = QUrl(value(u"ContactDesk sandbox listening on "));
        } else if (line.startsWith(u"Database: ")) {
            m_databaseLine = value(u"Database: ");
        } else if (line.startsWith(u"Institution: ")) {
            m_institution = value(u"Institution: ");
        } else if (line.startsWith(u"Operator login: ")) {
            m_operatorLogin = value(u"Operator login: ");
        } else if (line.startsWith(u"Partner name (JWT iss): ")) {
            m_partnerName = value(u"Partner name (JWT iss): ");
        } else if (line.startsWith(u"Operator password: ")) {
            m_secrets.s360.operatorPassword = value(u"Operator password: ");
        } else if (line.startsWith(u"Operator API secret (REST JWT HS256 key): ")) {
            m_secrets.s360.jwtSecret = secretBytes(value(u"Operator API secret (REST JWT HS256 key): "));
        } else if (line.startsWith(u"Rate limit: ")) {
            m_ready = m_baseUrl.isValid() && !m_operatorLogin.isEmpty() && !m_secrets.s360.operatorPassword.isEmpty();
        } else if (const QRegularExpressionMatch m = answered.match(line); m.hasMatch()) {
            if (m.captured(1).toInt() >= 400)
                ++m_answeredErrors;
            m_serverMs.push_back(m.captured(2).toDouble());
        }
    }
}

} // namespace contactdesk::bench
