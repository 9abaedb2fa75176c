#pragma once

// Building blocks of the editors' forms: a field with its problem label under it, registered under
// the field's path, the label as the field's buddy and accessible name; a titled section.

#include <QString>

class QFormLayout;
class QGroupBox;
class QWidget;

namespace contactdesk::ui {

class FieldErrorRegistry;

void addFormField(QFormLayout *form, const QString &label, QWidget *field, const QString &path,
                  FieldErrorRegistry *errors);

// A group box titled `title` holding `content`.
QGroupBox *formSection(const QString &title, QWidget *content, QWidget *parent);

} // namespace contactdesk::ui
