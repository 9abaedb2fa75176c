#include "structure/MembersPanel.h"

#include "common/CodeChoosers.h"
#include "common/FutureResult.h"
#include "common/Icons.h"
#include "common/MessageBar.h"
#include "contract/Services.h"
#include "structure/MemberDialog.h"
#include "structure/MemberPickerDialog.h"
#include "structure/StructureMembersModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace contactdesk::ui {

MembersPanel::MembersPanel(ApiSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("membersPanel"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *filters = new QHBoxLayout;
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("memberLastNameFilter"));
    m_lastName->setPlaceholderText(tr("Last name"));
    m_lastName->setAccessibleName(tr("Filter members by last name"));
    m_lastName->setClearButtonEnabled(true);
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("memberFunctionFilter"));
    m_function->setPlaceholderText(tr("Function"));
    m_function->setAccessibleName(tr("Filter members by function"));
    m_function->setClearButtonEnabled(true);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("memberRoleFilter"));
    m_role->setAccessibleName(tr("Filter members by role"));
    m_role->addItem(tr("All roles"), QString());
    m_role->addItem(memberRoleName(QStringLiteral("RELAY")), QStringLiteral("RELAY"));
    m_role->addItem(memberRoleName(QStringLiteral("MEMBER")), QStringLiteral("MEMBER"));
    filters->addWidget(m_lastName, 2);
    filters->addWidget(m_function, 2);
    filters->addWidget(m_role, 1);
    layout->addLayout(filters);

    m_model = new StructureMembersModel(this);
    if (m_session) {
        m_model->setListFunction([session = m_session](const dto::StructureMemberSearchCriteria &criteria) {
            return session->s360()->listStructureMembersByCriteria(criteria);
        });
    }
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));
    layout->addWidget(m_count);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(icon(Icon::Add), tr("Add &existing…"), this);
    add->setObjectName(QStringLiteral("addExistingButton"));
    auto *create = new QPushButton(icon(Icon::PersonAdd), tr("&New member…"), this);
    create->setObjectName(QStringLiteral("newMemberButton"));
    m_edit = new QPushButton(tr("E&dit…"), this);
    m_edit->setObjectName(QStringLiteral("editMemberButton"));
    m_remove = new QPushButton(icon(Icon::Delete), tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_open = new QPushButton(icon(Icon::Open), tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openMemberButton"));
    for (QPushButton *b : {add, create, m_edit, m_remove, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &MembersPanel::reload);
    connect(m_lastName, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_function, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_role, &QComboBox::currentIndexChanged, this, &MembersPanel::reload);
    connect(add, &QPushButton::clicked, this, &MembersPanel::addExisting);
    connect(create, &QPushButton::clicked, this, &MembersPanel::createNew);
    connect(m_edit, &QPushButton::clicked, this, [this] { editMember(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeMember(currentRow(), true); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const dto::StructureMemberData *m = memberAt(currentRow()))
            Q_EMIT openMemberRequested(m->memberContactNumber);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const dto::StructureMemberData *m = memberAt(index.row()))
            Q_EMIT openMemberRequested(m->memberContactNumber);
    });
    const auto updateButtons = [this] {
        const bool selected = memberAt(currentRow()) != nullptr;
        m_edit->setEnabled(selected);
        m_remove->setEnabled(selected);
        m_open->setEnabled(selected);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(this, &MembersPanel::loaded, this, updateButtons);
    updateButtons();

    connect(m_model, &StructureMembersModel::pageLoaded, this, [this](int firstRow) {
        showCount();
        if (firstRow == 0) {
            // Sized once, on the first page: later pages do not make the columns jump.
            m_table->resizeColumnsToContents();
            Q_EMIT loaded();
        }
    });
    connect(m_model, &StructureMembersModel::failed, this, [this](const ApiError &error) {
        m_messages->showError(error);
        m_count->clear();
        Q_EMIT loaded();
    });
}

void MembersPanel::setStructure(const QString &structureContactNumber)
{
    m_structure = structureContactNumber;
    reload();
}

int MembersPanel::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool MembersPanel::isLoading() const
{
    return m_model->isLoading();
}

const QList<dto::StructureMemberData> &MembersPanel::members() const
{
    return m_model->members();
}

int MembersPanel::totalCount() const
{
    return m_model->totalCount();
}

const dto::StructureMemberData *MembersPanel::memberAt(int row) const
{
    return m_model->memberAt(row);
}

void MembersPanel::reload()
{
    m_debounce->stop();
    if (!m_session || m_structure.isEmpty())
        return;
    dto::StructureMemberSearchCriteria criteria;
    criteria.structureContactNumber = m_structure;
    const auto filter = [](const QString &text) { return text.trimmed().isEmpty() ? QString() : text.trimmed(); };
    criteria.lastName = filter(m_lastName->text());
    criteria.function = filter(m_function->text());
    criteria.memberRole = filter(m_role->currentData().toString());
    m_count->setText(tr("Loading…"));
    m_model->setCriteria(criteria);
}

void MembersPanel::showCount()
{
    const int shown = m_model->rowCount();
    const int total = std::max(m_model->totalCount(), shown);
    const QLocale locale;
    m_count->setText(total > shown ? tr("%1 members (first %2 shown)").arg(locale.toString(total), locale.toString(shown))
                                   : tr("%Ln member(s)", nullptr, total));
}

void MembersPanel::addExisting()
{
    if (!m_session)
        return;
    auto *picker = new MemberPickerDialog(m_session, m_structure, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &MemberPickerDialog::added, this, [this] {
        m_messages->showInformation(tr("Member added."));
        reload();
        Q_EMIT membersChanged();
    });
    picker->open();
}

void MembersPanel::createNew()
{
    if (!m_session)
        return;
    dto::StructureMemberData member;
    member.structureContactNumber = m_structure;
    member.memberRole = QStringLiteral("MEMBER");
    auto *dialog = new MemberDialog(m_session, member, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, [this] {
        m_messages->showInformation(tr("Member created."));
        reload();
        Q_EMIT membersChanged();
    });
    dialog->open();
}

void MembersPanel::editMember(int row)
{
    const dto::StructureMemberData *m = memberAt(row);
    if (!m || !m_session)
        return;
    auto *dialog = new MemberDialog(m_session, *m, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, [this] {
        reload();
        Q_EMIT membersChanged();
    });
    dialog->open();
}

void MembersPanel::removeMember(int row, bool confirm)
{
    const dto::StructureMemberData *m = memberAt(row);
    if (!m || !m_session)
        return;
    const QString number = m->memberContactNumber;
    const QString name = StructureMembersModel::memberName(*m);
    if (confirm
        && QMessageBox::question(this, tr("Remove the member"),
                                 tr("Remove %1 (contact %2) from this structure? The contact itself stays.")
                                     .arg(name.isEmpty() ? number : name, number))
               != QMessageBox::Yes)
        return;
    onResult(m_session->s360()->deleteStructureMember(m_structure, number), this,
             [this](const Result<dto::WebMethodResult> &r) {
                 if (!r.ok()) {
                     m_messages->showError(r.error());
                     return;
                 }
                 m_messages->showInformation(tr("Member removed."));
                 reload();
                 Q_EMIT membersChanged();
             });
}

} // namespace contactdesk::ui
