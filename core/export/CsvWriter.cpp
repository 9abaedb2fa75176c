#include "export/CsvWriter.h"

namespace contactdesk::exports {

namespace {

bool needsQuotes(QStringView value)
{
    if (value.isEmpty())
        return false;
    if (value.front() == u' ' || value.back() == u' ')
        return true;
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString CsvWriter::field(QStringView value)
{
    if (!needsQuotes(value))
        return value.toString();
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += u'"';
    for (const QChar c : value) {
        if (c == u'"')
            quoted += u'"';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

QString CsvWriter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    line += QLatin1StringView("\r\n");
    return line;
}

QByteArray CsvWriter::recordBytes(const QStringList &fields) { return record(fields).toUtf8(); }

QByteArray CsvWriter::document(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out = recordBytes(header);
    for (const QStringList &row : rows)
        out += recordBytes(row);
    return out;
}

} // namespace contactdesk::exports
