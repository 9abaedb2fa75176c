#include "PagingOptions.h"

#include "contract/Services.h"

namespace contactdesk::cli {

void PagingOptions::declare(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("page-size"),
                      QStringLiteral("Contacts asked per call, %1..%2 (default 100).")
                          .arg(contract::searchMinMaxResults)
                          .arg(contract::searchMaxMaxResults),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Stop after N contacts (default: all)."),
                      QStringLiteral("N")});
}

std::optional<CliError> PagingOptions::read(const QCommandLineParser &parser, PagingOptions &out)
{
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        const int size = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || size < contract::searchMinMaxResults || size > contract::searchMaxMaxResults)
            return CliError::usage(QStringLiteral("--page-size: expected %1..%2")
                                       .arg(contract::searchMinMaxResults)
                                       .arg(contract::searchMaxMaxResults));
        out.pageSize = size;
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const qint64 limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 1)
            return CliError::usage(QStringLiteral("--limit: expected a positive integer"));
        out.limit = limit;
    }
    return std::nullopt;
}

} // namespace contactdesk::cli
