#pragma once

// The administrative numbers of a structure: one row each with its kind (from
// getAvailableAdministrativeNumbers) and its value, checked against the kind's pattern.

#include "contact/ListAccess.h"
#include "contact/ListEditorBase.h"
#include "dto/ContactInformationTypes.h"

namespace contactdesk::ui {

class AdministrativeNumbersEditor : public ListEditorBase {
    Q_OBJECT
public:
    AdministrativeNumbersEditor(ListAccess<dto::AdministrativeNumberData> access, FieldErrorRegistry *errors,
                                FieldRevertFilter *revert, QWidget *parent = nullptr);

    void setDefinitions(const QList<dto::AvailableAdministrativeNumber> &definitions);

protected:
    int itemCount() const override;
    void buildRow(int index, QWidget *row) override;
    void refreshRow(int index) override;
    void addItem() override;
    void removeItem(int index) override;
    QString addText() const override;

private:
    void editItem(int index, const char *field, const QString &label,
                  const std::function<void(dto::AdministrativeNumberData &)> &mutate);

    ListAccess<dto::AdministrativeNumberData> m_access;
    QList<dto::AvailableAdministrativeNumber> m_definitions;
};

} // namespace contactdesk::ui
