#include "common/FieldErrorLabel.h"

#include <QPalette>

namespace contactdesk::ui {

FieldErrorLabel::FieldErrorLabel(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("fieldError"));
    // A red that reads on a light and on a dark window.
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    setPalette(p);
    hide();
}

void FieldErrorLabel::setProblem(const QString &message)
{
    if (message == text())
        return;
    setText(message);
    setVisible(!message.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(message);
}

} // namespace contactdesk::ui
