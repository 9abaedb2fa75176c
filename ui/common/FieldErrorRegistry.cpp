#include "common/FieldErrorRegistry.h"

#include "common/FieldErrorLabel.h"

#include <QScrollArea>
#include <QSet>

namespace contactdesk::ui {

void FieldErrorRegistry::add(const QString &field, FieldErrorLabel *label)
{
    m_labels.insert(field, label);
}

FieldErrorLabel *FieldErrorRegistry::label(const QString &field) const
{
    return m_labels.value(field);
}

QWidget *FieldErrorRegistry::fieldWidget(const QString &field) const
{
    FieldErrorLabel *l = label(field);
    return l ? l->field() : nullptr;
}

QList<ApiError> FieldErrorRegistry::show(const QList<ApiError> &problems)
{
    QList<ApiError> unshown;
    QSet<QString> shown;
    for (const ApiError &problem : problems) {
        FieldErrorLabel *l = label(problem.field);
        if (!l) {
            unshown << problem;
            continue;
        }
        if (shown.contains(problem.field))
            continue;
        shown.insert(problem.field);
        l->setProblem(problem.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (it.value() && !shown.contains(it.key()))
            it.value()->clearProblem();
    }
    return unshown;
}

void FieldErrorRegistry::clear()
{
    show({});
}

QWidget *FieldErrorRegistry::firstWidgetOf(const QList<ApiError> &problems) const
{
    for (const ApiError &problem : problems) {
        if (QWidget *w = fieldWidget(problem.field))
            return w;
    }
    return nullptr;
}

void FieldErrorRegistry::focusFirstOf(const QList<ApiError> &problems) const
{
    QWidget *w = firstWidgetOf(problems);
    if (!w)
        return;
    w->setFocus(Qt::OtherFocusReason);
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(w);
            return;
        }
    }
}

QStringList FieldErrorRegistry::fieldsWithProblems() const
{
    QStringList fields;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (it.value() && it.value()->hasProblem())
            fields << it.key();
    }
    fields.sort();
    return fields;
}

} // namespace contactdesk::ui
