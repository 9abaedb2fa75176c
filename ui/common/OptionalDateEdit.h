#pragma once

// A date field that can also be empty: the earliest date of its range stands for "no date" and
// shows as blank. date() is a null QDate then; setDate(QDate()) empties it. Ctrl+Backspace /
// Delete on the whole text also empties it.

#include <QDateEdit>

namespace contactdesk::ui {

class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
    static QDate emptyDate() { return QDate(1800, 1, 1); }

Q_SIGNALS:
    void optionalDateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace contactdesk::ui
