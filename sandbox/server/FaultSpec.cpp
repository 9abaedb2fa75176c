#include "server/FaultSpec.h"

#include <QStringList>

namespace contactdesk::sandbox::server {

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::None: return QStringLiteral("none");
    case FaultKind::Error500: return QStringLiteral("error500");
    case FaultKind::RateLimit509: return QStringLiteral("rate509");
    case FaultKind::TruncatedBody: return QStringLiteral("truncate");
    case FaultKind::MalformedBody: return QStringLiteral("malformed");
    case FaultKind::DroppedConnection: return QStringLiteral("drop");
    }
    return {};
}

bool FaultSpec::isActive() const
{
    return (latency.count() > 0 && latencyRate > 0) || error500 > 0 || rate509 > 0 || truncate > 0 ||
           malformed > 0 || drop > 0;
}

double FaultSpec::fraction(FaultKind kind) const
{
    switch (kind) {
    case FaultKind::None: return 0;
    case FaultKind::Error500: return error500;
    case FaultKind::RateLimit509: return rate509;
    case FaultKind::TruncatedBody: return truncate;
    case FaultKind::MalformedBody: return malformed;
    case FaultKind::DroppedConnection: return drop;
    }
    return 0;
}

bool FaultSpec::appliesBeforeCall(FaultKind kind) const
{
    switch (phase) {
    case FaultPhase::BeforeCall: return true;
    case FaultPhase::AfterCall: return false;
    case FaultPhase::Natural: return kind == FaultKind::Error500 || kind == FaultKind::RateLimit509;
    }
    return true;
}

static QString phaseName(FaultPhase phase)
{
    switch (phase) {
    case FaultPhase::Natural: return QStringLiteral("natural");
    case FaultPhase::BeforeCall: return QStringLiteral("before");
    case FaultPhase::AfterCall: return QStringLiteral("after");
    }
    return {};
}

QString FaultSpec::toString() const
{
    QStringList parts;
    if (latency.count() > 0) {
        parts << QStringLiteral("latency=%1ms").arg(latency.count());
        if (latencyRate < 1)
            parts << QStringLiteral("latencyrate=%1").arg(latencyRate);
    }
    for (FaultKind kind : {FaultKind::Error500, FaultKind::RateLimit509, FaultKind::TruncatedBody,
                           FaultKind::MalformedBody, FaultKind::DroppedConnection}) {
        if (fraction(kind) > 0)
            parts << QStringLiteral("%1=%2").arg(faultKindName(kind)).arg(fraction(kind));
    }
    parts << QStringLiteral("seed=%1").arg(seed);
    if (phase != FaultPhase::Natural)
        parts << QStringLiteral("phase=%1").arg(phaseName(phase));
    return parts.join(u',');
}

namespace {

bool parseFraction(const QString &text, double &out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return false;
    out = value;
    return true;
}

bool parseDuration(QString text, std::chrono::milliseconds &out)
{
    double factor = 1;
    if (text.endsWith(u"ms")) {
        text.chop(2);
    } else if (text.endsWith(u's')) {
        text.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value * factor > 600'000)
        return false;
    out = std::chrono::milliseconds(qRound64(value * factor));
    return true;
}

} // namespace

Result<FaultSpec> FaultSpec::parse(const QString &text)
{
    FaultSpec spec;
    bool latencyRateGiven = false;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        auto bad = [&key](const QString &why) {
            return ApiError::validation(key, QStringLiteral("--faults: %1: %2").arg(key, why));
        };
        if (eq < 0)
            return bad(QStringLiteral("expected key=value"));
        if (key == u"latency") {
            if (!parseDuration(value, spec.latency))
                return bad(QStringLiteral("expected a duration such as 200ms or 1s"));
        } else if (key == u"latencyrate") {
            if (!parseFraction(value, spec.latencyRate))
                return bad(QStringLiteral("expected a fraction between 0 and 1"));
            latencyRateGiven = true;
        } else if (key == u"seed") {
            bool ok = false;
            spec.seed = value.toULongLong(&ok);
            if (!ok)
                return bad(QStringLiteral("expected a non-negative integer"));
        } else if (key == u"phase") {
            if (value == u"natural")
                spec.phase = FaultPhase::Natural;
            else if (value == u"before")
                spec.phase = FaultPhase::BeforeCall;
            else if (value == u"after")
                spec.phase = FaultPhase::AfterCall;
            else
                return bad(QStringLiteral("expected natural, before or after"));
        } else {
            double *target = nullptr;
            if (key == u"error500")
                target = &spec.error500;
            else if (key == u"rate509")
                target = &spec.rate509;
            else if (key == u"truncate")
                target = &spec.truncate;
            else if (key == u"malformed")
                target = &spec.malformed;
            else if (key == u"drop")
                target = &spec.drop;
            if (!target)
                return bad(QStringLiteral("unknown key (latency, latencyrate, error500, rate509, truncate, "
                                          "malformed, drop, seed, phase)"));
            if (!parseFraction(value, *target))
                return bad(QStringLiteral("expected a fraction between 0 and 1"));
        }
    }
    if (!latencyRateGiven)
        spec.latencyRate = 1.0;
    const double total = spec.error500 + spec.rate509 + spec.truncate + spec.malformed + spec.drop;
    if (total > 1.0 + 1e-9)
        return ApiError::validation(QStringLiteral("faults"),
                                    QStringLiteral("--faults: the fault fractions add up to more than 1"));
    return spec;
}

} // namespace contactdesk::sandbox::server
