#include "wire/FieldText.h"

namespace contactdesk::wire {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString dateTimeText(const QDateTime &value)
{
    // Seconds precision unless the value carries milliseconds; keeps its offset (or Z).
    return value.toString(value.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString dateText(const QDate &value)
{
    return value.toString(Qt::ISODate);
}

bool parseBool(QStringView text, std::optional<bool> &out)
{
    const QStringView t = text.trimmed();
    if (t == u"true" || t == u"1") {
        out = true;
        return true;
    }
    if (t == u"false" || t == u"0") {
        out = false;
        return true;
    }
    return false;
}

bool parseInt(QStringView text, std::optional<int> &out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (ok)
        out = v;
    return ok;
}

bool parseLong(QStringView text, std::optional<qint64> &out)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (ok)
        out = v;
    return ok;
}

bool parseDateTime(QStringView text, QDateTime &out)
{
    const QString t = text.trimmed().toString();
    QDateTime v = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!v.isValid())
        return false;
    out = v;
    return true;
}

bool parseDate(QStringView text, QDate &out)
{
    // xs:date may carry a zone ("2024-05-01Z", "2024-05-01+02:00"): the day is the first 10.
    const QStringView t = text.trimmed();
    if (t.size() < 10)
        return false;
    const QDate v = QDate::fromString(t.first(10).toString(), Qt::ISODate);
    if (!v.isValid())
        return false;
    out = v;
    return true;
}

bool parseBase64(QStringView text, QByteArray &out)
{
    auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = std::move(*decoded);
    return true;
}

} // namespace contactdesk::wire
