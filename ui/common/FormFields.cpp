#include "common/FormFields.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldErrorRegistry.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace contactdesk::ui {

void addFormField(QFormLayout *form, const QString &label, QWidget *field, const QString &path,
                  FieldErrorRegistry *errors)
{
    QWidget *parent = form->parentWidget();
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(cell);
    layout->addWidget(field);
    auto *error = new FieldErrorLabel(field, cell);
    layout->addWidget(error);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(field);
    if (field->accessibleName().isEmpty()) {
        QString name = label;
        name.remove(u'&');
        if (name.endsWith(u':'))
            name.chop(1);
        field->setAccessibleName(name);
    }
    form->addRow(caption, cell);
    if (errors && !path.isEmpty())
        errors->add(path, error);
}

QGroupBox *formSection(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace contactdesk::ui
