#pragma once

// At start, the unsaved edits an earlier run left behind (local drafts) are offered back:
// each can be restored (opened in a tab, dirty) or discarded; "Later" keeps them for next time.

#include "drafts/ContactDraft.h"

#include <QDialog>

class QListWidget;

namespace contactdesk::ui {

class RestoreDraftsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RestoreDraftsDialog(const QList<ContactDraft> &drafts, QWidget *parent = nullptr);

    QList<ContactDraft> checkedDrafts() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void restoreRequested(const QList<contactdesk::ui::ContactDraft> &drafts);
    void discardRequested(const QList<contactdesk::ui::ContactDraft> &drafts);

private:
    QList<ContactDraft> m_drafts;
    QListWidget *m_list = nullptr;
};

} // namespace contactdesk::ui
