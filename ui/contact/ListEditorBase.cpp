#include "contact/ListEditorBase.h"

#include "common/Icons.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace contactdesk::ui {

ListEditorBase::ListEditorBase(FieldErrorRegistry *errors, FieldRevertFilter *revert, QWidget *parent)
    : QWidget(parent), m_errors(errors), m_revert(revert)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_add = new QPushButton(icon(Icon::Add), QString(), this);
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void ListEditorBase::refresh()
{
    if (!m_built) {
        m_built = true;
        m_add->setText(addText());
        m_add->setAccessibleName(addText());
    }
    if (itemCount() != m_rows.size()) {
        rebuild();
        return;
    }
    m_refreshing = true;
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
    m_refreshing = false;
}

void ListEditorBase::rebuild()
{
    QWidget *focused = focusWidget();
    const bool hadFocus = focused && isAncestorOf(focused);
    // A row may be deleting itself from its own Remove button: let the event loop do it.
    for (QWidget *row : std::as_const(m_rows)) {
        row->hide();
        m_rowsLayout->removeWidget(row);
        row->deleteLater();
    }
    m_rows.clear();
    m_refreshing = true;
    const int count = itemCount();
    for (int i = 0; i < count; ++i) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("row%1").arg(i));
        buildRow(i, row);
        m_rowsLayout->addWidget(row);
        m_rows << row;
        refreshRow(i);
    }
    m_refreshing = false;
    if (hadFocus)
        m_add->setFocus();
}

QPushButton *ListEditorBase::removeButton(int index, QWidget *row)
{
    auto *button = new QPushButton(icon(Icon::Delete), QString(), row);
    button->setToolTip(tr("Remove"));
    button->setAccessibleName(tr("Remove item %1").arg(index + 1));
    connect(button, &QPushButton::clicked, this, [this, index] { removeItem(index); });
    return button;
}

} // namespace contactdesk::ui
