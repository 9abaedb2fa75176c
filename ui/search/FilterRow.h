#pragma once

// The expandable row of filters under the search field: contact type, zip code, town, structure
// name, a criterion (code + value) and a granted authorization, every criterion of
// searchContactByCriteria besides the text of the search field. The criteria and authorizations
// offered come from the institution's reference data.

#include "cache/ReferenceDataSnapshot.h"
#include "dto/ContactInformationTypes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace contactdesk::ui {

class FilterRow : public QWidget {
    Q_OBJECT
public:
    explicit FilterRow(QWidget *parent = nullptr);

    void setReferenceData(const ReferenceDataSnapshot &data);
    // Writes the filters into criteria (clears the ones that are not set).
    void applyTo(dto::ContactSearchCriteria &criteria) const;
    bool isEmpty() const;
    void clear();

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *zipEdit() const { return m_zip; }
    QLineEdit *townEdit() const { return m_town; }
    QLineEdit *structureEdit() const { return m_structure; }
    QComboBox *criterionBox() const { return m_criterion; }
    QComboBox *criterionValueBox() const { return m_criterionValue; }
    QComboBox *authorizationBox() const { return m_authorization; }

Q_SIGNALS:
    void changed();

private:
    void updateCriterionValues();

    QComboBox *m_type = nullptr;
    QLineEdit *m_zip = nullptr;
    QLineEdit *m_town = nullptr;
    QLineEdit *m_structure = nullptr;
    QComboBox *m_criterion = nullptr;
    QComboBox *m_criterionValue = nullptr;
    QComboBox *m_authorization = nullptr;
    QList<dto::ContactCriterion> m_criteria;
};

} // namespace contactdesk::ui
