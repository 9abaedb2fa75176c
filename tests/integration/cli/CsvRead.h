#pragma once

// A strict RFC 4180 reader for the tests: records end with CRLF, quoted fields may hold commas,
// quotes (doubled) and line breaks. Returns nullopt when the text breaks the rules.

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace contactdesk::clitest {

inline std::optional<QList<QStringList>> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted)
                return std::nullopt; // a quote inside an unquoted field
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt; // a bare CR
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            return std::nullopt; // a bare LF ends no record
        } else {
            if (fieldWasQuoted)
                return std::nullopt; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return records;
}

} // namespace contactdesk::clitest
