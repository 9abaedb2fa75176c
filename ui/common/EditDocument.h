#pragma once

// The data of one editor and its undo history. Every user edit goes through edit(), which
// pushes a snapshot command on the undo stack (consecutive edits of the same field merge into
// one, so typing a name is one undo step). changed(field) tells the widgets to refresh; an
// empty field means "everything". The document is dirty while the stack is not clean.

#include "common/DtoEquality.h"

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace contactdesk::ui {

class EditDocumentBase : public QObject {
    Q_OBJECT
public:
    explicit EditDocumentBase(QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    bool isDirty() const { return !m_undo->isClean(); }
    // The current data is what the server holds now.
    void markSaved() { m_undo->setClean(); }

Q_SIGNALS:
    void changed(const QString &field);
    void dirtyChanged(bool dirty);

protected:
    QUndoStack *m_undo;
};

template <class Data> class EditDocument : public EditDocumentBase {
public:
    using EditDocumentBase::EditDocumentBase;

    const Data &data() const { return m_data; }

    // Replaces the data without an undo step (a load): the history goes, the document is clean.
    void reset(Data data)
    {
        m_undo->clear();
        m_data = std::move(data);
        m_undo->setClean();
        Q_EMIT changed(QString());
    }

    // One user edit of `field` (a path as validation/FieldPath.h names them); `text` names the
    // step in the Undo menu. Nothing happens when the edit changes nothing.
    void edit(const QString &field, const QString &text, const std::function<void(Data &)> &mutate)
    {
        Data after = m_data;
        mutate(after);
        if (dtoEquals(after, m_data))
            return;
        m_undo->push(new Command(this, field, text, m_data, std::move(after)));
    }

    // Replaces the whole data as one undoable step (a draft restored, a conflict resolved).
    void replace(const QString &text, Data data)
    {
        if (dtoEquals(data, m_data))
            return;
        m_undo->push(new Command(this, QString(), text, m_data, std::move(data), false));
    }

private:
    class Command : public QUndoCommand {
    public:
        Command(EditDocument *document, QString field, const QString &text, Data before, Data after,
                bool mergeable = true)
            : QUndoCommand(text)
            , m_document(document)
            , m_field(std::move(field))
            , m_before(std::move(before))
            , m_after(std::move(after))
            , m_mergeable(mergeable)
        {
        }
        int id() const override { return m_mergeable ? 0x434400 : -1; }
        bool mergeWith(const QUndoCommand *other) override
        {
            const auto *next = static_cast<const Command *>(other);
            if (next->m_field != m_field || m_field.isEmpty())
                return false;
            m_after = next->m_after;
            // Typed back to where it started: the step disappears.
            setObsolete(dtoEquals(m_before, m_after));
            return true;
        }
        void redo() override { m_document->apply(m_after, m_field); }
        void undo() override { m_document->apply(m_before, m_field); }

    private:
        EditDocument *m_document;
        QString m_field;
        Data m_before;
        Data m_after;
        bool m_mergeable;
    };

    void apply(const Data &data, const QString &field)
    {
        m_data = data;
        Q_EMIT changed(field);
    }

    Data m_data;
};

} // namespace contactdesk::ui
