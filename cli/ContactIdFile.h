#pragma once

// The input of `token send --from FILE`: one Symphony contact id per line. Blank lines and lines
// starting with '#' are skipped, a first line "contactId" is a header; when a line holds several
// CSV fields, the first one is the id. A line that is not a positive integer, or repeats an
// earlier id (a second token would revoke the first), becomes an entry with a problem.

#include "CliError.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace contactdesk::cli {

struct ContactIdEntry {
    int line = 0;                 // 1-based line of the file
    QString text;                 // the id as written
    std::optional<int> contactId; // set when the text is a usable id
    QString problem;              // why not, otherwise
};

class ContactIdFile {
public:
    static std::variant<QList<ContactIdEntry>, CliError> read(const QString &path);
    static QList<ContactIdEntry> parse(const QByteArray &content);
};

} // namespace contactdesk::cli
