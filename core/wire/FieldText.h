#pragma once

// Text forms of scalar field values, shared by the XML, JSON and form codecs:
// xs:boolean, xs:int/long, xs:dateTime, xs:date and base64.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace contactdesk::wire {

QString boolText(bool value);
QString dateTimeText(const QDateTime &value);
QString dateText(const QDate &value);

// Each parser returns false when the text is not of the type; the output is then unchanged.
bool parseBool(QStringView text, std::optional<bool> &out);
bool parseInt(QStringView text, std::optional<int> &out);
bool parseLong(QStringView text, std::optional<qint64> &out);
bool parseDateTime(QStringView text, QDateTime &out);
bool parseDate(QStringView text, QDate &out);
bool parseBase64(QStringView text, QByteArray &out);

} // namespace contactdesk::wire
