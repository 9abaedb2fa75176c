#include "common/FieldRevertFilter.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMetaProperty>
#include <QWidget>

namespace contactdesk::ui {

namespace {

QMetaProperty userProperty(const QObject *object)
{
    return object->metaObject()->userProperty();
}

} // namespace

FieldRevertFilter::FieldRevertFilter(QObject *parent) : QObject(parent) {}

void FieldRevertFilter::watch(QWidget *field)
{
    field->installEventFilter(this);
    // A QAbstractSpinBox / editable QComboBox has an inner line edit that gets the keys.
    if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        combo->lineEdit()->installEventFilter(this);
}

bool FieldRevertFilter::eventFilter(QObject *watched, QEvent *event)
{
    QWidget *field = qobject_cast<QWidget *>(watched);
    if (field && field->parentWidget() && qobject_cast<QComboBox *>(field->parentWidget()))
        field = field->parentWidget(); // the line edit of an editable combo: act on the combo
    if (!field)
        return QObject::eventFilter(watched, event);

    if (event->type() == QEvent::FocusIn && m_current != field) {
        m_current = field;
        m_valueAtFocus = userProperty(field).read(field);
    } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
               && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->view() && combo->view()->isVisible())
            return false; // Esc closes the popup first
        if (m_current != field)
            return false;
        const QMetaProperty property = userProperty(field);
        if (property.isValid() && property.read(field) != m_valueAtFocus) {
            property.write(field, m_valueAtFocus);
            Q_EMIT reverted(field);
            return true;
        }
        return false;
    } else if (event->type() == QEvent::FocusOut && m_current == field) {
        // The value at the next focus-in is the new reference.
        m_current = nullptr;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace contactdesk::ui
