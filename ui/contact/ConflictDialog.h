#pragma once

// Someone else saved the contact since it was opened (the contract's `conflict`): this dialog
// shows, for each field that differs, the stored value beside the user's, and lets the user
// pick one per field. Rows start on the user's value where the user changed the field, on the
// stored value otherwise.

#include <QDialog>

class QButtonGroup;

namespace contactdesk::ui {

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    struct Row {
        QString label;
        QString stored;
        QString mine;
        bool mineByDefault = true;
    };

    explicit ConflictDialog(const QList<Row> &rows, QWidget *parent = nullptr);

    // Per row: true to keep the user's value, false to take the stored one.
    QList<bool> keepMine() const;
    void setKeepMine(int row, bool mine);
    int rowCount() const { return int(m_groups.size()); }

private:
    QList<QButtonGroup *> m_groups;
};

} // namespace contactdesk::ui
