#pragma once

// Emails, phones, mobiles, faxes and web sites of a contact: one row each with its type, value,
// "main" and "professional".

#include "contact/ListAccess.h"
#include "contact/ListEditorBase.h"
#include "dto/ContactInformationTypes.h"

namespace contactdesk::ui {

class CommunicationMeansEditor : public ListEditorBase {
    Q_OBJECT
public:
    CommunicationMeansEditor(ListAccess<dto::CommunicationMeanData> access, FieldErrorRegistry *errors,
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
                  const std::function<void(dto::CommunicationMeanData &)> &mutate);

    ListAccess<dto::CommunicationMeanData> m_access;
};

} // namespace contactdesk::ui
