#pragma once

// The addresses of a contact: one framed row each with its types (main, shipment, billing),
// three lines, zip code, town, town complement, department and country (ISO 3166-1 chooser).

#include "contact/ListAccess.h"
#include "contact/ListEditorBase.h"
#include "dto/ContactInformationTypes.h"

namespace contactdesk::ui {

class AddressListEditor : public ListEditorBase {
    Q_OBJECT
public:
    AddressListEditor(ListAccess<dto::ContactAddressData> access, FieldErrorRegistry *errors,
                      FieldRevertFilter *revert, QWidget *parent = nullptr);

protected:
    int itemCount() const override;
    void buildRow(int index, QWidget *row) override;
    void refreshRow(int index) override;
    void addItem() override;
    void removeItem(int index) override;
    QString addText() const override;

private:
    void editItem(int index, const char *field, const QString &label,
                  const std::function<void(dto::ContactAddressData &)> &mutate);

    ListAccess<dto::ContactAddressData> m_access;
};

} // namespace contactdesk::ui
