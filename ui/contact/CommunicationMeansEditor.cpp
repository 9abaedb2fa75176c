#include "contact/CommunicationMeansEditor.h"

#include "common/CodeChoosers.h"
#include "common/FieldErrorLabel.h"
#include "common/FieldRevertFilter.h"
#include "validation/FieldPath.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace contactdesk::ui {

CommunicationMeansEditor::CommunicationMeansEditor(ListAccess<dto::CommunicationMeanData> access,
                                                   FieldErrorRegistry *errors, FieldRevertFilter *revert,
                                                   QWidget *parent)
    : ListEditorBase(errors, revert, parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("communicationMeansEditor"));
    refresh();
}

int CommunicationMeansEditor::itemCount() const
{
    return int(m_access.get().size());
}

QString CommunicationMeansEditor::addText() const
{
    return tr("Add an email or phone");
}

void CommunicationMeansEditor::editItem(int index, const char *field, const QString &label,
                                        const std::function<void(dto::CommunicationMeanData &)> &mutate)
{
    if (isRefreshing())
        return;
    m_access.edit(validation::itemPath("communicationMeans", index, field), label,
                  [index, mutate](QList<dto::CommunicationMeanData> &list) {
                      if (index < list.size())
                          mutate(list[index]);
                  });
}

void CommunicationMeansEditor::buildRow(int index, QWidget *row)
{
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const int n = index + 1;
    auto *type = createCommunicationTypeChooser(row);
    type->setObjectName(QStringLiteral("type"));
    type->setAccessibleName(tr("Type of contact means %1").arg(n));
    auto *value = new QLineEdit(row);
    value->setObjectName(QStringLiteral("value"));
    value->setAccessibleName(tr("Email or number %1").arg(n));
    auto *main = new QCheckBox(tr("Main"), row);
    main->setObjectName(QStringLiteral("main"));
    main->setAccessibleName(tr("Main contact means %1").arg(n));
    auto *professional = new QCheckBox(tr("Professional"), row);
    professional->setObjectName(QStringLiteral("professional"));
    professional->setAccessibleName(tr("Professional contact means %1").arg(n));
    auto *error = new FieldErrorLabel(value, row);
    layout->addWidget(type, 0, 0);
    layout->addWidget(value, 0, 1);
    layout->addWidget(main, 0, 2);
    layout->addWidget(professional, 0, 3);
    layout->addWidget(removeButton(index, row), 0, 4);
    layout->addWidget(error, 1, 1, 1, 4);
    layout->setColumnStretch(1, 1);
    errors()->add(validation::itemPath("communicationMeans", index, "value"), error);
    errors()->add(validation::itemPath("communicationMeans", index, "type"), error);
    for (QWidget *w : {static_cast<QWidget *>(type), static_cast<QWidget *>(value)})
        revertFilter()->watch(w);

    connect(type, &QComboBox::currentIndexChanged, this, [this, index, type] {
        const QString code = type->currentData().toString();
        editItem(index, "type", tr("Change the type"), [code](dto::CommunicationMeanData &m) { m.type = code; });
    });
    connect(value, &QLineEdit::textChanged, this, [this, index](const QString &text) {
        editItem(index, "value", tr("Edit an email or phone"), [text](dto::CommunicationMeanData &m) { m.value = text; });
    });
    connect(main, &QCheckBox::toggled, this, [this, index](bool on) {
        editItem(index, "main", tr("Change the main contact means"), [on](dto::CommunicationMeanData &m) { m.main = on; });
    });
    connect(professional, &QCheckBox::toggled, this, [this, index](bool on) {
        editItem(index, "professional", tr("Change professional"),
                 [on](dto::CommunicationMeanData &m) { m.professional = on; });
    });
}

void CommunicationMeansEditor::refreshRow(int index)
{
    const QList<dto::CommunicationMeanData> list = m_access.get();
    QWidget *r = row(index);
    if (!r || index >= list.size())
        return;
    const dto::CommunicationMeanData &m = list.at(index);
    auto *type = r->findChild<QComboBox *>(QStringLiteral("type"));
    int typeIndex = type->findData(m.type);
    if (typeIndex < 0 && !m.type.isEmpty()) {
        type->addItem(m.type, m.type);
        typeIndex = type->count() - 1;
    }
    if (type->currentIndex() != typeIndex)
        type->setCurrentIndex(typeIndex);
    auto *value = r->findChild<QLineEdit *>(QStringLiteral("value"));
    if (value->text() != m.value)
        value->setText(m.value);
    r->findChild<QCheckBox *>(QStringLiteral("main"))->setChecked(m.main.value_or(false));
    r->findChild<QCheckBox *>(QStringLiteral("professional"))->setChecked(m.professional.value_or(false));
}

void CommunicationMeansEditor::addItem()
{
    m_access.edit(validation::itemPath("communicationMeans", itemCount()), tr("Add an email or phone"),
                  [](QList<dto::CommunicationMeanData> &list) {
                      dto::CommunicationMeanData m;
                      m.type = QStringLiteral("EMAIL");
                      m.value = QStringLiteral("");
                      m.main = list.isEmpty();
                      m.professional = false;
                      list.append(m);
                  });
    if (QWidget *last = row(rowCount() - 1))
        last->findChild<QLineEdit *>(QStringLiteral("value"))->setFocus();
}

void CommunicationMeansEditor::removeItem(int index)
{
    m_access.edit(validation::itemPath("communicationMeans", index), tr("Remove an email or phone"),
                  [index](QList<dto::CommunicationMeanData> &list) {
                      if (index < list.size())
                          list.removeAt(index);
                  });
}

} // namespace contactdesk::ui
