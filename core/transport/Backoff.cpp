#include "transport/Backoff.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace contactdesk::transport {

UnitRandom systemUnitRandom()
{
    return [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 fullJitterBackoffMs(int retry, int baseMs, int maxMs, double unitRandom)
{
    const qint64 cap = std::max(0, maxMs);
    const int exponent = std::clamp(retry - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(cap, qint64(std::max(0, baseMs)) << exponent);
    const double u = std::clamp(unitRandom, 0.0, 1.0);
    return std::min<qint64>(ceiling, qint64(std::floor(u * double(ceiling + 1))));
}

namespace {

std::optional<QDateTime> parseHttpDate(const QString &text)
{
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850 (two-digit year), asctime (day padded with a space).
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),
    };
    const QString simplified = text.simplified(); // asctime pads the day with a second space
    for (const QString &format : formats) {
        QDateTime parsed = c.toDateTime(simplified, format);
        if (!parsed.isValid())
            continue;
        parsed.setTimeZone(QTimeZone::utc());
        if (format.contains(QStringLiteral("yy-")) && parsed.date().year() < 1970)
            parsed = parsed.addYears(100); // RFC 850: a two-digit year is read as 19yy
        return parsed;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        if (!ok || seconds > std::numeric_limits<qint64>::max() / 1000)
            return std::nullopt;
        return seconds * 1000;
    }
    const std::optional<QDateTime> when = parseHttpDate(QString::fromLatin1(trimmed));
    if (!when)
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(*when));
}

} // namespace contactdesk::transport
