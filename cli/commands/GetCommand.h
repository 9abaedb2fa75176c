#pragma once

// `get CONTACT_NUMBER [--details GENERAL,ADDRESSES,...]`: one contact, as "path: value" lines or,
// with --json, one indented JSON object (the contract's field names).

#include "CommandRunner.h"

namespace contactdesk::cli {

class GetCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString m_contactNumber;
    QStringList m_details;
};

} // namespace contactdesk::cli
