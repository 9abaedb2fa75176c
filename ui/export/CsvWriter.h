#pragma once

// RFC 4180 CSV: fields separated by ',', lines ended by CRLF; a field holding a comma, a quote, a
// CR or LF, or leading/trailing spaces is quoted, quotes doubled. A field that a spreadsheet
// would run as a formula (starting with = + - @) gets a leading apostrophe.

#include <QString>
#include <QStringList>

namespace contactdesk::ui {

QString csvField(const QString &value);
QString csvLine(const QStringList &fields);
// The UTF-8 byte order mark spreadsheets need to read UTF-8 CSV.
inline constexpr char csvUtf8Bom[] = "\xEF\xBB\xBF";

} // namespace contactdesk::ui
