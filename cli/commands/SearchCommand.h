#pragma once

// `search`: every contact matching the filters, page after page, written to stdout as each page
// arrives: tab-separated text with a header, or JSON Lines (--json, one contact per line).

#include "CommandRunner.h"
#include "dto/ContactInformationTypes.h"

namespace contactdesk::cli {

class SearchCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

    static QStringList textColumns();
    static QString textRow(const dto::ContactDataResult &contact);

private:
    dto::ContactSearchCriteria m_criteria;
    int m_pageSize = 100;
    qint64 m_limit = 0;
};

} // namespace contactdesk::cli
