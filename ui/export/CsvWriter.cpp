#include "export/CsvWriter.h"

namespace contactdesk::ui {

QString csvField(const QString &input)
{
    QString value = input;
    if (!value.isEmpty() && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@')) {
        // A phone number "+41 ..." stays readable: the apostrophe only tells the spreadsheet it is text.
        value.prepend(u'\'');
    }
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

} // namespace contactdesk::ui
