#include "mainwindow/ReferenceDataAge.h"

#include <QCoreApplication>

namespace contactdesk::ui {

QString ageText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(1, seconds / 60);
    if (minutes < 60)
        return QCoreApplication::translate("ReferenceDataAge", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return QCoreApplication::translate("ReferenceDataAge", "%1 h").arg(hours);
    return QCoreApplication::translate("ReferenceDataAge", "%1 d").arg(hours / 24);
}

QString referenceDataAgeText(const std::optional<ReferenceDataSnapshot> &snapshot, const QDateTime &now)
{
    if (!snapshot)
        return QCoreApplication::translate("ReferenceDataAge", "no reference data");
    const qint64 age = snapshot->fetchedAt.isValid() ? std::max<qint64>(0, snapshot->fetchedAt.secsTo(now)) : 0;
    if (snapshot->stale && snapshot->staleReason.isError())
        return QCoreApplication::translate("ReferenceDataAge", "offline: cached %1 ago").arg(ageText(age));
    return QCoreApplication::translate("ReferenceDataAge", "reference data %1 old").arg(ageText(age));
}

} // namespace contactdesk::ui
