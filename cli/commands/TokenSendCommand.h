#pragma once

// `token send --contact-id N [--single-use]`: asks Symphony to mail a registration token to the
// contact (the token itself never reaches this program).
// `token send --from FILE`: the same for every contact id of the file, one call after the other
// (the transport's rate limiter spaces them), with a progress line on stderr when it is a
// terminal, and a result CSV (contactId,status,email,error; status sent or failed) on --report
// FILE or stdout. Exit 3 when some were not sent; 1, with the rest marked failed, when the
// server cannot be reached at all.

#include "CommandRunner.h"
#include "ContactIdFile.h"
#include "OutputFile.h"

namespace contactdesk {
class SymphonyClient;
}

namespace contactdesk::cli {

class TokenSendCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

    static QStringList reportHeader();

private:
    void sendOne();
    void sendNext();
    void writeRow(const ContactIdEntry &entry, bool sent, const QString &email, const QString &error);
    void finishBatch();

    std::optional<int> m_contactId;
    QString m_fromPath;
    QString m_reportPath;
    bool m_singleUse = false;
    QString m_tokenType;

    SymphonyClient *m_client = nullptr;
    QList<ContactIdEntry> m_entries;
    qsizetype m_next = 0;
    int m_sent = 0;
    int m_failed = 0;
    std::optional<CliError> m_abort; // the server cannot be reached: the rest is not attempted
    OutputFile m_report;
};

} // namespace contactdesk::cli
