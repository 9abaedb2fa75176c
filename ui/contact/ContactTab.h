#pragma once

// One open contact in the main window's tabs: an individual or a structure, loaded with
// getContactData, edited with undo/redo, saved with Ctrl+S. The main window talks to every
// kind of contact through this interface.

#include "cache/ReferenceDataSnapshot.h"

#include <QWidget>

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
    virtual bool isBusy() const = 0;
    virtual QUndoStack *undoStack() const = 0;
    virtual void setReferenceData(const ReferenceDataSnapshot &reference) = 0;

    // Validates, then saves; emits saved() or shows the failure (the edit stays).
    virtual void save() = 0;
    // Loads the stored contact again (dropping unsaved edits).
    virtual void reload() = 0;
    // The user chose to close without saving: forget the local draft.
    virtual void discardDraft() = 0;

Q_SIGNALS:
    void titleChanged();
    void dirtyChanged(bool dirty);
    void saved(const QString &contactNumber);
    void openContactRequested(const QString &contactNumber, bool isStructure);
};

} // namespace contactdesk::ui
