#pragma once

// `reference-data [--refresh]`: the institution's static lists (structure types, contact
// criteria, authorizations, administrative numbers) from the two-hour cache the app shares
// (ReferenceDataCache), fetched when missing or old, or always with --refresh; with their age.

#include "CommandRunner.h"
#include "cache/ReferenceDataSnapshot.h"

namespace contactdesk::cli {

class ReferenceDataCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

    static QString ageText(qint64 seconds);
    static QString text(const ReferenceDataSnapshot &data);
    static QByteArray jsonText(const ReferenceDataSnapshot &data);

private:
    bool m_refresh = false;
};

} // namespace contactdesk::cli
