#include "drafts/DraftStore.h"

#include "wire/JsonFields.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace contactdesk::ui {

namespace {

// Profile ids are UUIDs and keys are c-<digits> / n-<digits>; anything else is made file-safe.
QString safeName(const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.isLetterOrNumber() || c == u'-' || c == u'_') ? c : u'_';
    return safe.isEmpty() ? QStringLiteral("_") : safe;
}

} // namespace

QString ContactDraft::key() const
{
    if (!contactNumber.isEmpty())
        return QStringLiteral("c-") + contactNumber;
    return QStringLiteral("n-") + QString::number(identifier.value_or(0));
}

DraftStore::DraftStore(QString directory) : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory)) {}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::filePath(const QString &profileId, const QString &key) const
{
    return m_directory + u'/' + safeName(profileId) + u'/' + safeName(key) + QStringLiteral(".json");
}

bool DraftStore::save(ContactDraft draft)
{
    if (draft.individual)
        draft.individual->password = QString(); // never on disk
    const QString path = filePath(draft.profileId, draft.key());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(wire::JsonFieldWriter::toObject(draft)).toJson(QJsonDocument::Indented));
    return file.commit();
}

bool DraftStore::remove(const QString &profileId, const QString &key)
{
    const QString path = filePath(profileId, key);
    return !QFile::exists(path) || QFile::remove(path);
}

std::optional<ContactDraft> DraftStore::find(const QString &profileId, const QString &key) const
{
    QFile file(filePath(profileId, key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    ContactDraft draft;
    wire::JsonFieldReader reader;
    if (!reader.readObject(document.object(), draft))
        return std::nullopt;
    if (draft.profileId != profileId || (!draft.individual && !draft.structure))
        return std::nullopt;
    return draft;
}

QList<ContactDraft> DraftStore::list(const QString &profileId) const
{
    QList<ContactDraft> drafts;
    const QDir dir(m_directory + u'/' + safeName(profileId));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        QString key = name;
        key.chop(5);
        if (std::optional<ContactDraft> draft = find(profileId, key))
            drafts << *draft;
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const ContactDraft &a, const ContactDraft &b) { return a.savedAt < b.savedAt; });
    return drafts;
}

} // namespace contactdesk::ui
