#include "commands/SearchCommand.h"

#include "ContactPager.h"
#include "Console.h"
#include "JsonText.h"
#include "PagingOptions.h"
#include "SearchFilters.h"
#include "wire/JsonFields.h"

namespace contactdesk::cli {

namespace {

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return value;
}

} // namespace

void SearchCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Search contacts with the app's filters (all given filters must match) and print every page "
                       "as it arrives: tab-separated text with a header, or with --json one JSON object per line."));
    SearchFilters::declare(parser);
    PagingOptions::declare(parser);
}

std::optional<CliError> SearchCommand::configure(const QCommandLineParser &parser)
{
    std::variant<dto::ContactSearchCriteria, CliError> criteria = SearchFilters::read(parser);
    if (std::holds_alternative<CliError>(criteria))
        return std::get<CliError>(criteria);
    m_criteria = std::get<dto::ContactSearchCriteria>(criteria);
    PagingOptions paging;
    if (std::optional<CliError> error = PagingOptions::read(parser, paging))
        return error;
    m_pageSize = paging.pageSize;
    m_limit = paging.limit;
    return std::nullopt;
}

QStringList SearchCommand::textColumns()
{
    return {QStringLiteral("contactNumber"), QStringLiteral("contactId"), QStringLiteral("contactType"),
            QStringLiteral("lastName"),      QStringLiteral("firstName"), QStringLiteral("structureName"),
            QStringLiteral("email"),         QStringLiteral("login")};
}

QString SearchCommand::textRow(const dto::ContactDataResult &c)
{
    const dto::IndividualData i = c.individualContact.value_or(dto::IndividualData{});
    const dto::StructureData s = c.structureContact.value_or(dto::StructureData{});
    const QStringList cells{c.contactNumber, c.contactId ? QString::number(*c.contactId) : QString(),
                            c.contactType, i.individualLastName, i.individualFirstName, s.structureName,
                            c.email, c.login};
    QStringList cleaned;
    for (const QString &value : cells)
        cleaned.append(cell(value));
    return cleaned.join(u'\t');
}

void SearchCommand::start()
{
    context().openSession({}, [this](std::variant<ApiSession *, CliError> opened) {
        if (std::holds_alternative<CliError>(opened)) {
            fail(std::get<CliError>(opened));
            return;
        }
        ApiSession *session = std::get<ApiSession *>(opened);
        if (!json())
            Console::outLine(textColumns().join(u'\t'));
        auto *pager = new ContactPager(session->s360(), m_criteria, m_pageSize, m_limit, this);
        connect(pager, &ContactPager::done, this, [this] { succeed(); });
        connect(pager, &ContactPager::failed, this,
                [this](const ApiError &error) { fail(CliError::fromApi(error, QStringLiteral("search"))); });
        pager->start([this](const QList<dto::ContactDataResult> &page, const std::function<void()> &next) {
            QByteArray bytes;
            for (const dto::ContactDataResult &contact : page) {
                if (json())
                    bytes += jsonLine(wire::JsonFieldWriter::toObject(contact));
                else
                    bytes += (textRow(contact) + u'\n').toUtf8();
            }
            Console::out(bytes);
            next();
        });
    });
}

} // namespace contactdesk::cli
