#pragma once

// `export --format csv|vcard [--output FILE]`: the contacts a search finds (the `search`
// filters), or the contacts named as arguments, as RFC 4180 CSV with a header or as vCard 4.0
// cards (core/export). Search results carry the GENERAL level; --details fetches each contact
// with more levels (ADDRESSES, COM_MEANS...), one call per contact (rate-limited). With
// --output the file appears only when the whole export succeeded.

#include "CommandRunner.h"
#include "OutputFile.h"
#include "dto/ContactInformationTypes.h"

#include <functional>

namespace contactdesk {
class S360Client;
}

namespace contactdesk::cli {

class ExportCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    enum class Format { Csv, VCard };

    QByteArray encode(const dto::ContactDataResult &contact) const;
    bool write(const QByteArray &bytes);
    // Fetches the contacts one after the other with m_details, writes each, then calls done.
    void fetchEach(QStringList numbers, std::function<void()> done);
    void finishExport();

    Format m_format = Format::Csv;
    QString m_outputPath;
    QStringList m_details;
    QStringList m_contactNumbers;
    dto::ContactSearchCriteria m_criteria;
    int m_pageSize = 100;
    qint64 m_limit = 0;
    S360Client *m_client = nullptr;
    OutputFile m_output;
};

} // namespace contactdesk::cli
