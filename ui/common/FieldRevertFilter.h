#pragma once

// Esc reverts the field being edited: the value the field had when it got the focus comes back.
// Works on any input widget through its USER property (QLineEdit text, QComboBox currentText,
// QDateEdit date, QCheckBox checked, QPlainTextEdit plainText, QSpinBox value). After a revert,
// `reverted(widget)` lets the owner commit the restored value as it commits a user edit.

#include <QObject>
#include <QPointer>
#include <QVariant>

class QWidget;

namespace contactdesk::ui {

class FieldRevertFilter : public QObject {
    Q_OBJECT
public:
    explicit FieldRevertFilter(QObject *parent = nullptr);

    void watch(QWidget *field);

Q_SIGNALS:
    void reverted(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_current;
    QVariant m_valueAtFocus;
};

} // namespace contactdesk::ui
