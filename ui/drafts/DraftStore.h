#pragma once

// Local drafts of unsaved edits: one JSON file per contact under
// <directory>/<profileId>/<key>.json, written atomically (QSaveFile) on each change, removed
// once the edit is saved or discarded. The next start offers them back (list()).
// The default directory is QStandardPaths::AppDataLocation + "/drafts".

#include "drafts/ContactDraft.h"

#include <QList>
#include <QString>

namespace contactdesk::ui {

class DraftStore {
public:
    explicit DraftStore(QString directory = {});

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Writes the draft (without any password); false when the file could not be written.
    bool save(ContactDraft draft);
    bool remove(const QString &profileId, const QString &key);
    // The drafts of a profile, oldest first; unreadable files are skipped.
    QList<ContactDraft> list(const QString &profileId) const;
    std::optional<ContactDraft> find(const QString &profileId, const QString &key) const;

    QString filePath(const QString &profileId, const QString &key) const;

private:
    QString m_directory;
};

} // namespace contactdesk::ui
