#include "cache/ReferenceDataFile.h"

#include "wire/JsonFields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace contactdesk::cache {

namespace {

const QString formatName = QStringLiteral("contactdesk-reference-data");
constexpr int formatVersion = 1;

template <typename T> bool readList(const QJsonObject &root, const char *key, T &out)
{
    const QJsonValue v = root.value(QLatin1StringView(key));
    if (!v.isObject())
        return false;
    wire::JsonFieldReader reader;
    return reader.readObject(v.toObject(), out);
}

} // namespace

QByteArray referenceDataToJson(const ReferenceDataSnapshot &s, const QString &profileId)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("profileId"), profileId);
    root.insert(QStringLiteral("fetchedAt"), s.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("structureTypes"), wire::JsonFieldWriter::toObject(s.structureTypes));
    root.insert(QStringLiteral("contactCriteria"), wire::JsonFieldWriter::toObject(s.contactCriteria));
    root.insert(QStringLiteral("authorizations"), wire::JsonFieldWriter::toObject(s.authorizations));
    root.insert(QStringLiteral("administrativeNumbers"), wire::JsonFieldWriter::toObject(s.administrativeNumbers));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ReferenceDataSnapshot> referenceDataFromJson(const QByteArray &json, const QString &profileId)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName
        || root.value(QStringLiteral("version")).toInt() != formatVersion
        || root.value(QStringLiteral("profileId")).toString() != profileId)
        return std::nullopt;

    ReferenceDataSnapshot s;
    s.fetchedAt = QDateTime::fromString(root.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODateWithMs);
    if (!s.fetchedAt.isValid())
        return std::nullopt;
    s.fetchedAt = s.fetchedAt.toUTC();
    if (!readList(root, "structureTypes", s.structureTypes) || !readList(root, "contactCriteria", s.contactCriteria)
        || !readList(root, "authorizations", s.authorizations)
        || !readList(root, "administrativeNumbers", s.administrativeNumbers))
        return std::nullopt;
    return s;
}

std::optional<ReferenceDataSnapshot> readReferenceDataFile(const QString &path, const QString &profileId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return referenceDataFromJson(file.readAll(), profileId);
}

bool writeReferenceDataFile(const QString &path, const ReferenceDataSnapshot &snapshot, const QString &profileId,
                            QString *errorText)
{
    auto fail = [&](const QString &why) {
        if (errorText)
            *errorText = QStringLiteral("cannot write %1: %2").arg(path, why);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create the directory"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = referenceDataToJson(snapshot, profileId);
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace contactdesk::cache
