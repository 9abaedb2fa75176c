#pragma once

// The words of the status bar for the age of the reference data:
// "reference data 12 min old", "offline: cached 3 h ago", "no reference data".

#include "cache/ReferenceDataSnapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace contactdesk::ui {

QString referenceDataAgeText(const std::optional<ReferenceDataSnapshot> &snapshot, const QDateTime &now);
// "12 min", "3 h", "2 d" (at least "1 min").
QString ageText(qint64 seconds);

} // namespace contactdesk::ui
