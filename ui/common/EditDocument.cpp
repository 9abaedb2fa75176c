#include "common/EditDocument.h"

namespace contactdesk::ui {

EditDocumentBase::EditDocumentBase(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
}

} // namespace contactdesk::ui
