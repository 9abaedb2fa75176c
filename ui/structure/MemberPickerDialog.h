#pragma once

// Adds an existing individual to a structure: a search (the same as the main window's, limited
// to individuals) to pick the person, and the function and role of the membership.

#include "api/ApiSession.h"
#include "search/ContactSearchModel.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLineEdit;

namespace contactdesk::ui {

class MessageBar;
class SearchPanel;

class MemberPickerDialog : public QDialog {
    Q_OBJECT
public:
    MemberPickerDialog(ApiSession *session, const QString &structureContactNumber, QWidget *parent = nullptr);

    SearchPanel *search() const { return m_search; }
    QLineEdit *functionEdit() const { return m_function; }
    QComboBox *roleBox() const { return m_role; }
    // Adds the individual selected in the results.
    void addSelected();

Q_SIGNALS:
    void added(const QString &memberContactNumber);

private:
    QPointer<ApiSession> m_session;
    QString m_structure;
    SearchPanel *m_search = nullptr;
    QLineEdit *m_function = nullptr;
    QComboBox *m_role = nullptr;
    MessageBar *m_messages = nullptr;
};

} // namespace contactdesk::ui
