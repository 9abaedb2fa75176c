#include "contact/ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace contactdesk::ui {

namespace {
QString shown(const QString &value)
{
    return value.isEmpty() ? ConflictDialog::tr("(empty)") : value;
}
} // namespace

ConflictDialog::ConflictDialog(const QList<Row> &rows, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This contact was saved by someone else after you opened it. For each field that "
                                "differs, choose the value to keep, then save again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    auto *fieldHeader = new QLabel(tr("Field"), content);
    auto *storedHeader = new QLabel(tr("Stored now"), content);
    auto *mineHeader = new QLabel(tr("Mine"), content);
    QFont bold = fieldHeader->font();
    bold.setBold(true);
    for (QLabel *header : {fieldHeader, storedHeader, mineHeader})
        header->setFont(bold);
    grid->addWidget(fieldHeader, 0, 0);
    grid->addWidget(storedHeader, 0, 1);
    grid->addWidget(mineHeader, 0, 2);
    int line = 1;
    for (const Row &row : rows) {
        auto *label = new QLabel(row.label, content);
        auto *stored = new QRadioButton(shown(row.stored), content);
        stored->setObjectName(QStringLiteral("stored%1").arg(line - 1));
        stored->setAccessibleName(tr("%1: keep the stored value").arg(row.label));
        auto *mine = new QRadioButton(shown(row.mine), content);
        mine->setObjectName(QStringLiteral("mine%1").arg(line - 1));
        mine->setAccessibleName(tr("%1: keep my value").arg(row.label));
        auto *group = new QButtonGroup(this);
        group->addButton(stored, 0);
        group->addButton(mine, 1);
        (row.mineByDefault ? mine : stored)->setChecked(true);
        m_groups << group;
        grid->addWidget(label, line, 0, Qt::AlignTop);
        grid->addWidget(stored, line, 1, Qt::AlignTop);
        grid->addWidget(mine, line, 2, Qt::AlignTop);
        ++line;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(line, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use these values"));
    QPushButton *allStored = buttons->addButton(tr("Take all stored"), QDialogButtonBox::ActionRole);
    QPushButton *allMine = buttons->addButton(tr("Keep all mine"), QDialogButtonBox::ActionRole);
    connect(allStored, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_groups.size(); ++i)
            setKeepMine(i, false);
    });
    connect(allMine, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_groups.size(); ++i)
            setKeepMine(i, true);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

QList<bool> ConflictDialog::keepMine() const
{
    QList<bool> choices;
    for (const QButtonGroup *group : m_groups)
        choices << (group->checkedId() == 1);
    return choices;
}

void ConflictDialog::setKeepMine(int row, bool mine)
{
    if (row >= 0 && row < m_groups.size())
        m_groups.at(row)->button(mine ? 1 : 0)->setChecked(true);
}

} // namespace contactdesk::ui
