#pragma once

// Which FieldErrorLabel shows the problems of which field path, for one editor. Sub-editors
// register their labels as they build rows; labels destroyed with a row drop out. show() puts
// each problem next to its field and returns the problems no label could show.

#include "api/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace contactdesk::ui {

class FieldErrorLabel;

class FieldErrorRegistry : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void add(const QString &field, FieldErrorLabel *label);
    FieldErrorLabel *label(const QString &field) const;
    QWidget *fieldWidget(const QString &field) const;

    // Shows the first problem of each field next to it, clears every other label; returns the
    // problems whose field has no label here.
    QList<ApiError> show(const QList<ApiError> &problems);
    void clear();
    // The field widget of the first problem that has one, or null.
    QWidget *firstWidgetOf(const QList<ApiError> &problems) const;
    // Gives that widget the focus and scrolls it into view in the scroll area around it.
    void focusFirstOf(const QList<ApiError> &problems) const;
    // Fields whose label shows a problem now.
    QStringList fieldsWithProblems() const;

private:
    QHash<QString, QPointer<FieldErrorLabel>> m_labels;
};

} // namespace contactdesk::ui
