#pragma once

// The on-disk form of a ReferenceDataSnapshot: one JSON file per profile, the four lists
// written with the generic JSON field codecs (wire/JsonFields.h).
//
// {"format": "contactdesk-reference-data", "version": 1, "profileId": "...",
//  "fetchedAt": "2024-05-01T08:00:00.000Z", "structureTypes": {...}, "contactCriteria": {...},
//  "authorizations": {...}, "administrativeNumbers": {...}}

#include "cache/ReferenceDataSnapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace contactdesk::cache {

QByteArray referenceDataToJson(const ReferenceDataSnapshot &snapshot, const QString &profileId);
// Nothing when the bytes are not a complete snapshot of that profile (corrupt, truncated,
// another format or version, another profile).
std::optional<ReferenceDataSnapshot> referenceDataFromJson(const QByteArray &json, const QString &profileId);

// Nothing when the file is absent, unreadable or not a valid snapshot.
std::optional<ReferenceDataSnapshot> readReferenceDataFile(const QString &path, const QString &profileId);
// Writes atomically (the old file stays whole until the new one is complete); creates the
// directory. On failure returns false and sets errorText (no data in it).
bool writeReferenceDataFile(const QString &path, const ReferenceDataSnapshot &snapshot, const QString &profileId,
                            QString *errorText = nullptr);

} // namespace contactdesk::cache
