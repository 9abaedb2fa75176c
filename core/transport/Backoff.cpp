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
    // The weekday is dropped before parsing: it says nothing the date does not, and a
    // two-digit year would make it disagree with the date Qt first reads.
    const QString simplified = text.simplified(); // asctime pads the day with a second space
    const qsizetype comma = simplified.indexOf(QLatin1Char(','));
    const QLocale c = QLocale::c();
    QDateTime parsed;
    bool twoDigitYear = false;
    if (comma > 0) {
        const QString rest = simplified.mid(comma + 1).trimmed();
        parsed = c.toDateTime(rest, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'")); // IMF-fixdate
        if (!parsed.isValid()) {
            parsed = c.toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'")); // RFC 850
            twoDigitYear = parsed.isValid();
        }
    } else {
        const qsizetype space = simplified.indexOf(QLatin1Char(' '));
        if (space > 0) // asctime: "Sun Nov 6 08:49:37 1994"
            parsed = c.toDateTime(simplified.mid(space + 1), QStringLiteral("MMM d HH:mm:ss yyyy"));
    }
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeZone(QTimeZone::utc());
    if (twoDigitYear && parsed.date().year() < 1970)
        parsed = parsed.addYears(100); // "yy" reads as 19yy; RFC 850 dates are recent
    return parsed;
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
