#include "commands/TokenSendCommand.h"

#include "Console.h"
#include "JsonText.h"
#include "api/SymphonyClient.h"
#include "export/CsvWriter.h"

#include <QJsonObject>

namespace contactdesk::cli {

namespace {

// Errors after which no other call can succeed: stop the batch.
bool isConnectionLevel(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Transport:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Credentials:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

QStringList TokenSendCommand::reportHeader()
{
    return {QStringLiteral("contactId"), QStringLiteral("status"), QStringLiteral("email"), QStringLiteral("error")};
}

void TokenSendCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Ask Symphony to mail a registration token to a contact (GenerateTokenForContact; any older "
                       "token of the contact stops working). With --from, to every contact id of a file, one per "
                       "line, writing a result CSV (contactId,status,email,error)."));
    parser.addOptions({
        {QStringLiteral("contact-id"), QStringLiteral("The contact's id (S-360 contactId)."), QStringLiteral("N")},
        {QStringLiteral("from"), QStringLiteral("A file with one contact id per line."), QStringLiteral("FILE")},
        {QStringLiteral("report"), QStringLiteral("Write the result CSV of --from to FILE instead of stdout."),
         QStringLiteral("FILE")},
        {QStringLiteral("single-use"), QStringLiteral("The token stops working once verified with --consume.")},
        {QStringLiteral("token-type"), QStringLiteral("Token type (default ContactRegistration)."),
         QStringLiteral("TYPE"), QString::fromLatin1(contract::symphonyTokenTypeRegistration)},
    });
}

std::optional<CliError> TokenSendCommand::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return CliError::usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const bool byId = parser.isSet(QStringLiteral("contact-id"));
    const bool byFile = parser.isSet(QStringLiteral("from"));
    if (byId == byFile)
        return CliError::usage(QStringLiteral("give either --contact-id N or --from FILE"));
    if (byId) {
        bool ok = false;
        const int id = parser.value(QStringLiteral("contact-id")).toInt(&ok);
        if (!ok || id <= 0)
            return CliError::usage(QStringLiteral("--contact-id: expected a positive integer"));
        m_contactId = id;
        if (parser.isSet(QStringLiteral("report")))
            return CliError::usage(QStringLiteral("--report goes with --from"));
    } else {
        m_fromPath = parser.value(QStringLiteral("from"));
        m_reportPath = parser.value(QStringLiteral("report"));
    }
    m_singleUse = parser.isSet(QStringLiteral("single-use"));
    m_tokenType = parser.value(QStringLiteral("token-type"));
    return std::nullopt;
}

void TokenSendCommand::start()
{
    if (!m_fromPath.isEmpty()) {
        std::variant<QList<ContactIdEntry>, CliError> entries = ContactIdFile::read(m_fromPath);
        if (std::holds_alternative<CliError>(entries)) {
            fail(std::get<CliError>(entries));
            return;
        }
        m_entries = std::get<QList<ContactIdEntry>>(entries);
        if (!m_report.open(m_reportPath)) {
            fail(CliError::failure(m_report.error()));
            return;
        }
    }
    context().openSession({false, true}, [this](std::variant<ApiSession *, CliError> opened) {
        if (std::holds_alternative<CliError>(opened)) {
            fail(std::get<CliError>(opened));
            return;
        }
        m_client = std::get<ApiSession *>(opened)->symphony();
        if (m_contactId) {
            sendOne();
            return;
        }
        if (!m_report.write(exports::CsvWriter::recordBytes(reportHeader()))) {
            fail(CliError::failure(m_report.error()));
            return;
        }
        sendNext();
    });
}

void TokenSendCommand::sendOne()
{
    m_client->generateTokenForContact(*m_contactId, m_singleUse, m_tokenType)
        .then(this, [this](const Result<dto::ContactTokenResult> &result) {
            if (!result.ok()) {
                fail(CliError::fromApi(result.error(), QStringLiteral("contact %1").arg(*m_contactId)));
                return;
            }
            const int id = result->contactId.value_or(*m_contactId);
            if (json()) {
                QJsonObject o{{QStringLiteral("contactId"), id},
                              {QStringLiteral("status"), QStringLiteral("sent")},
                              {QStringLiteral("email"), result->contactEmail},
                              {QStringLiteral("singleUse"), m_singleUse}};
                Console::out(jsonLine(o));
            } else {
                Console::outLine(QStringLiteral("Token sent for contact %1 to %2.").arg(id).arg(result->contactEmail));
            }
            succeed();
        });
}

void TokenSendCommand::writeRow(const ContactIdEntry &entry, bool sent, const QString &email, const QString &error)
{
    (sent ? m_sent : m_failed) += 1;
    const QStringList row{entry.text, sent ? QStringLiteral("sent") : QStringLiteral("failed"), email,
                          CliError{Failure, error}.oneLine()};
    if (!m_report.write(exports::CsvWriter::recordBytes(row)) && !m_abort)
        m_abort = CliError::failure(m_report.error());
    Console::progress(QStringLiteral("token send: %1/%2 (%3 sent, %4 failed)")
                          .arg(m_sent + m_failed)
                          .arg(m_entries.size())
                          .arg(m_sent)
                          .arg(m_failed));
}

void TokenSendCommand::sendNext()
{
    while (m_next < m_entries.size()) {
        const ContactIdEntry &entry = m_entries.at(m_next);
        if (m_abort) {
            writeRow(entry, false, {}, QStringLiteral("not sent: ") + m_abort->message);
        } else if (!entry.problem.isEmpty()) {
            writeRow(entry, false, {}, entry.problem);
        } else {
            break;
        }
        ++m_next;
    }
    if (m_next >= m_entries.size()) {
        finishBatch();
        return;
    }
    const ContactIdEntry entry = m_entries.at(m_next);
    m_client->generateTokenForContact(*entry.contactId, m_singleUse, m_tokenType)
        .then(this, [this, entry](const Result<dto::ContactTokenResult> &result) {
            if (result.ok()) {
                writeRow(entry, true, result->contactEmail, {});
            } else {
                if (isConnectionLevel(result.error()))
                    m_abort = CliError::fromApi(result.error());
                writeRow(entry, false, {}, describeApiError(result.error()));
            }
            ++m_next;
            sendNext();
        });
}

void TokenSendCommand::finishBatch()
{
    Console::endProgress();
    if (!m_report.commit()) {
        fail(CliError::failure(m_report.error()));
        return;
    }
    if (m_abort) {
        fail(*m_abort);
        return;
    }
    if (m_failed > 0) {
        finishWith(Partial, QStringLiteral("%1 of %2 tokens not sent (see the report)").arg(m_failed).arg(m_entries.size()));
        return;
    }
    succeed();
}

} // namespace contactdesk::cli
