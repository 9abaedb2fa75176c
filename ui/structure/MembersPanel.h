#pragma once

// The members of a structure (listStructureMembersByCriteria) with its filters (last name,
// function, role): add an existing individual, create a new one, edit a membership's function
// and role, remove one (after a confirmation), open a member in its own tab.

#include "api/ApiSession.h"
#include "dto/ContactInformationTypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace contactdesk::ui {

class MessageBar;
class StructureMembersModel;

class MembersPanel : public QWidget {
    Q_OBJECT
public:
    MembersPanel(ApiSession *session, QWidget *parent = nullptr);

    void setStructure(const QString &structureContactNumber);
    void reload();
    bool isLoading() const;
    // The members fetched so far (in table order).
    const QList<dto::StructureMemberData> &members() const;
    int totalCount() const; // -1 before the first answer

    // The member on a row of the table (in table order).
    const dto::StructureMemberData *memberAt(int row) const;
    void addExisting();
    void createNew();
    void editMember(int row);
    // Removes the member on a row, after asking when confirm is set.
    void removeMember(int row, bool confirm = true);

    QTableView *table() const { return m_table; }
    StructureMembersModel *model() const { return m_model; }
    QLineEdit *lastNameFilter() const { return m_lastName; }
    QLineEdit *functionFilter() const { return m_function; }
    QComboBox *roleFilter() const { return m_role; }
    MessageBar *messageBar() const { return m_messages; }

Q_SIGNALS:
    void openMemberRequested(const QString &contactNumber);
    void membersChanged();
    void loaded();

private:
    int currentRow() const;
    void showCount();

    QPointer<ApiSession> m_session;
    QString m_structure;
    StructureMembersModel *m_model = nullptr;
    MessageBar *m_messages = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_function = nullptr;
    QComboBox *m_role = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace contactdesk::ui
