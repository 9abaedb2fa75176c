#pragma once

// One open contact in the main window's tabs: an individual or a structure, loaded with
// getContactData, edited with undo/redo, saved with Ctrl+S. The main window talks to every
// kind of contact through this interface.

#include "cache/ReferenceDataSnapshot.h"
#include "common/BusyIndicator.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace contactdesk::ui {


class ContactTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The contact number; empty for a contact not created yet.
    virtual QString contactNumber() const = 0;
    virtual bool isStructure() const = 0;
    // The name shown on the tab (without the dirty marker).
    virtual QString title() const = 0;
    virtual bool isDirty() const = 0;
    virtual QUndoStack *undoStack() const = 0;
    virtual void setReferenceData(const ReferenceDataSnapshot &reference) = 0;

    // Validates, then saves; emits saved() or shows the failure (the edit stays).
    virtual void save() = 0;
    // Loads the stored contact again (dropping unsaved edits).
    virtual void reload() = 0;
    // The user chose to close without saving: forget the local draft.
    virtual void discardDraft() = 0;

    bool isBusy() const { return m_busyCount > 0; }
    // The main window's indicator, shown while this tab waits for the server.
    void setBusyIndicator(BusyIndicator *busy) { m_busyIndicator = busy; }

Q_SIGNALS:
    void titleChanged();
    void dirtyChanged(bool dirty);
    void busyChanged(bool busy);
    void saved(const QString &contactNumber);
    void loaded();
    void openContactRequested(const QString &contactNumber, bool isStructure);

protected:
    // A token: the tab is busy while a copy of it lives (captured by a call's continuation).
    std::shared_ptr<void> holdBusy();

private:
    QPointer<BusyIndicator> m_busyIndicator;
    int m_busyCount = 0;
};

} // namespace contactdesk::ui
