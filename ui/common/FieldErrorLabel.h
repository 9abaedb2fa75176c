#pragma once

// The message next to a field: empty and hidden while the field is fine, the problem in words
// (from core/validation or from a server `invalid` answer) otherwise. It is the field's buddy
// for accessibility: the field's accessible description carries the same text.

#include <QLabel>
#include <QPointer>

namespace contactdesk::ui {

class FieldErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit FieldErrorLabel(QWidget *field, QWidget *parent = nullptr);

    void setProblem(const QString &message);
    void clearProblem() { setProblem({}); }
    bool hasProblem() const { return !text().isEmpty(); }
    QWidget *field() const { return m_field; }

private:
    QPointer<QWidget> m_field;
};

} // namespace contactdesk::ui
