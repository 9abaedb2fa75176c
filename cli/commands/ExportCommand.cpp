#include "commands/ExportCommand.h"

#include "ContactNumberArgument.h"
#include "ContactPager.h"
#include "DetailLevels.h"
#include "PagingOptions.h"
#include "SearchFilters.h"
#include "api/S360Client.h"
#include "export/ContactCsv.h"
#include "export/ContactVCard.h"
#include "export/CsvWriter.h"

namespace contactdesk::cli {

void ExportCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Export contacts as CSV (RFC 4180, UTF-8, CRLF, with a header) or vCard 4.0 (RFC 6350): "
                       "the contacts named as arguments, or else every contact the search filters find."));
    parser.addPositionalArgument(QStringLiteral("CONTACT_NUMBER"),
                                 QStringLiteral("Contacts to export (instead of a search)."),
                                 QStringLiteral("[CONTACT_NUMBER...]"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv or vcard (required)."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Write to FILE instead of stdout."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("details"),
                      QStringLiteral("Also fetch these detail levels for each contact, e.g. ADDRESSES,COM_MEANS "
                                     "(one call per contact)."),
                      QStringLiteral("LEVELS")});
    SearchFilters::declare(parser);
    PagingOptions::declare(parser);
}

std::optional<CliError> ExportCommand::configure(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format == u"csv")
        m_format = Format::Csv;
    else if (format == u"vcard" || format == u"vcf")
        m_format = Format::VCard;
    else
        return CliError::usage(QStringLiteral("--format: expected csv or vcard"));
    m_outputPath = parser.value(QStringLiteral("output"));

    std::variant<QStringList, CliError> details = DetailLevels::parse(parser.value(QStringLiteral("details")));
    if (std::holds_alternative<CliError>(details))
        return std::get<CliError>(details);
    m_details = std::get<QStringList>(details);

    std::variant<dto::ContactSearchCriteria, CliError> criteria = SearchFilters::read(parser);
    if (std::holds_alternative<CliError>(criteria))
        return std::get<CliError>(criteria);
    m_criteria = std::get<dto::ContactSearchCriteria>(criteria);
    PagingOptions paging;
    if (std::optional<CliError> error = PagingOptions::read(parser, paging))
        return error;
    m_pageSize = paging.pageSize;
    m_limit = paging.limit;

    m_contactNumbers = parser.positionalArguments();
    for (const QString &number : std::as_const(m_contactNumbers)) {
        if (std::optional<CliError> error = checkContactNumber(number))
            return error;
    }
    if (!m_contactNumbers.isEmpty() && !SearchFilters::isEmpty(m_criteria))
        return CliError::usage(QStringLiteral("give contact numbers or search filters, not both"));
    return std::nullopt;
}

QByteArray ExportCommand::encode(const dto::ContactDataResult &contact) const
{
    if (m_format == Format::Csv)
        return exports::CsvWriter::recordBytes(exports::ContactCsv::row(contact));
    return exports::ContactVCard::card(contact);
}

bool ExportCommand::write(const QByteArray &bytes)
{
    if (m_output.write(bytes))
        return true;
    fail(CliError::failure(m_output.error()));
    return false;
}

void ExportCommand::fetchEach(QStringList numbers, std::function<void()> done)
{
    if (numbers.isEmpty()) {
        done();
        return;
    }
    const QString number = numbers.takeFirst();
    m_client->getContactData(number, m_details)
        .then(this, [this, number, numbers, done](const Result<dto::ContactDataResult> &result) {
            if (!result.ok()) {
                fail(CliError::fromApi(result.error(), QStringLiteral("contact %1").arg(number)));
                return;
            }
            if (write(encode(result.value())))
                fetchEach(numbers, done);
        });
}

void ExportCommand::finishExport()
{
    if (!m_output.commit()) {
        fail(CliError::failure(m_output.error()));
        return;
    }
    succeed();
}

void ExportCommand::start()
{
    if (!m_output.open(m_outputPath)) {
        fail(CliError::failure(m_output.error()));
        return;
    }
    context().openSession({}, [this](std::variant<ApiSession *, CliError> opened) {
        if (std::holds_alternative<CliError>(opened)) {
            fail(std::get<CliError>(opened));
            return;
        }
        m_client = std::get<ApiSession *>(opened)->s360();
        if (m_format == Format::Csv && !write(exports::CsvWriter::recordBytes(exports::ContactCsv::header())))
            return;
        if (!m_contactNumbers.isEmpty()) {
            fetchEach(m_contactNumbers, [this] { finishExport(); });
            return;
        }
        auto *pager = new ContactPager(m_client, m_criteria, m_pageSize, m_limit, this);
        connect(pager, &ContactPager::done, this, [this] { finishExport(); });
        connect(pager, &ContactPager::failed, this,
                [this](const ApiError &error) { fail(CliError::fromApi(error, QStringLiteral("search"))); });
        const bool onlyGeneral = m_details == QStringList{QStringLiteral("GENERAL")};
        pager->start([this, onlyGeneral](const QList<dto::ContactDataResult> &page, const std::function<void()> &next) {
            if (onlyGeneral) {
                QByteArray bytes;
                for (const dto::ContactDataResult &contact : page)
                    bytes += encode(contact);
                if (write(bytes))
                    next();
                return;
            }
            QStringList numbers;
            for (const dto::ContactDataResult &contact : page)
                numbers.append(contact.contactNumber);
            fetchEach(numbers, next);
        });
    });
}

} // namespace contactdesk::cli
