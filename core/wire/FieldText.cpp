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

namespace {

// The value of `count` ASCII digits at `at`, or -1.
int digits(QStringView t, qsizetype at, int count)
{
    if (at + count > t.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = t[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The common xs:dateTime shape, read without QDateTime::fromString (a hot path when a
// search answer holds thousands of contacts): YYYY-MM-DDTHH:MM:SS[.fff][Z|(+|-)HH:MM].
std::optional<QDateTime> parseIsoDateTimeFast(QStringView t)
{
    if (t.size() < 19 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':')
        return std::nullopt;
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype at = 19;
    int msec = 0;
    if (at < t.size() && t[at] == u'.') {
        ++at;
        int scale = 100, seen = 0;
        while (at < t.size() && t[at].isDigit()) {
            msec += (t[at].unicode() - u'0') * scale;
            scale /= 10;
            ++at;
            ++seen;
        }
        if (seen == 0)
            return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (at == t.size())
        return QDateTime(date, time, Qt::LocalTime);
    if (t[at] == u'Z' && at + 1 == t.size())
        return QDateTime(date, time, Qt::UTC);
    if ((t[at] == u'+' || t[at] == u'-') && at + 6 == t.size() && t[at + 3] == u':') {
        const int oh = digits(t, at + 1, 2), om = digits(t, at + 4, 2);
        if (oh < 0 || om < 0 || oh > 14 || om > 59)
            return std::nullopt;
        const int offset = (oh * 3600 + om * 60) * (t[at] == u'-' ? -1 : 1);
        return QDateTime(date, time, Qt::OffsetFromUTC, offset);
    }
    return std::nullopt;
}

} // namespace

bool parseDateTime(QStringView text, QDateTime &out)
{
    const QStringView trimmed = text.trimmed();
    if (std::optional<QDateTime> fast = parseIsoDateTimeFast(trimmed)) {
        out = *fast;
        return true;
    }
    QDateTime v = QDateTime::fromString(trimmed.toString(), Qt::ISODateWithMs);
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
