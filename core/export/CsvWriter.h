#pragma once

// CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field quoted
// (with its quotes doubled) when it holds a comma, a quote, a CR or an LF, or starts or ends
// with a space. A file starts with one header record. Text is UTF-8 (no BOM).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace contactdesk::exports {

class CsvWriter {
public:
    // One field, quoted when it has to be.
    static QString field(QStringView value);
    // One record: the fields joined by commas, then CRLF.
    static QString record(const QStringList &fields);
    // The same, as UTF-8 bytes (what goes into a file or onto stdout).
    static QByteArray recordBytes(const QStringList &fields);

    // A complete document: the header record, then one record per row.
    static QByteArray document(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace contactdesk::exports
