#include "common/OptionalDateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace contactdesk::ui {

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(emptyDate());
    setMaximumDate(QDate(9999, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setDate(emptyDate());
    connect(this, &QDateEdit::dateChanged, this, [this] { Q_EMIT optionalDateChanged(optionalDate()); });
}

QDate OptionalDateEdit::optionalDate() const
{
    const QDate value = date();
    return value == emptyDate() ? QDate() : value;
}

void OptionalDateEdit::setOptionalDate(const QDate &value)
{
    setDate(value.isValid() ? value : emptyDate());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool clearKey = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (clearKey && (event->modifiers() & Qt::ControlModifier || lineEdit()->selectedText() == lineEdit()->text())) {
        setOptionalDate(QDate());
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace contactdesk::ui
