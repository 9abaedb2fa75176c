#pragma once

// The criteria of a contact, one editor per criterion the institution defines
// (getAvailableContactCriteria), chosen by its type: BOOLEAN a yes/no/unset choice, LIST a
// choice (one) or a checklist (multiple) of its elements, TEXT a line, DATE a date, NUMBER a
// number. An unset criterion is absent from the saved list. Criteria the contact holds that
// the definitions do not name are shown read-only.

#include "contact/ListAccess.h"
#include "dto/ContactInformationTypes.h"

#include <QWidget>

class QFormLayout;

namespace contactdesk::ui {

class FieldErrorRegistry;
class FieldRevertFilter;

class CriteriaEditor : public QWidget {
    Q_OBJECT
public:
    CriteriaEditor(ListAccess<dto::ExternalContactCriterionData> access, FieldErrorRegistry *errors,
                   FieldRevertFilter *revert, QWidget *parent = nullptr);

    void setDefinitions(const QList<dto::ContactCriterion> &definitions);
    const QList<dto::ContactCriterion> &definitions() const { return m_definitions; }
    void refresh();
    // The editor widget of a criterion (for tests and focus).
    QWidget *editorFor(const QString &criterionCode) const;

private:
    void rebuild();
    void setValues(const QString &code, const QString &label, const QStringList &values);
    QStringList valuesOf(const QString &code) const;

    ListAccess<dto::ExternalContactCriterionData> m_access;
    FieldErrorRegistry *m_errors;
    FieldRevertFilter *m_revert;
    QList<dto::ContactCriterion> m_definitions;
    QFormLayout *m_form = nullptr;
    QWidget *m_rows = nullptr;
    QStringList m_unknownShown;
    bool m_refreshing = false;
};

} // namespace contactdesk::ui
