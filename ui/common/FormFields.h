#pragma once

// Adds a field to a form with its problem label under it, registered under the field's path,
// the label as the field's buddy and accessible name.

#include <QString>

class QFormLayout;
class QWidget;

namespace contactdesk::ui {

class FieldErrorRegistry;

void addFormField(QFormLayout *form, const QString &label, QWidget *field, const QString &path,
                  FieldErrorRegistry *errors);

} // namespace contactdesk::ui
