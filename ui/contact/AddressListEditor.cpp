#include "contact/AddressListEditor.h"

#include "common/CodeChoosers.h"
#include "common/FieldErrorLabel.h"
#include "common/FieldRevertFilter.h"
#include "validation/ContactValidation.h"
#include "validation/FieldPath.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace contactdesk::ui {

namespace {

struct LineField {
    const char *name;
    QString label;
    QString dto::ContactAddressData::*member;
};

QList<LineField> lineFields()
{
    using A = dto::ContactAddressData;
    return {
        {"line1", AddressListEditor::tr("Line 1"), &A::line1},
        {"line2", AddressListEditor::tr("Line 2"), &A::line2},
        {"line3", AddressListEditor::tr("Line 3"), &A::line3},
        {"zipCode", AddressListEditor::tr("Zip code"), &A::zipCode},
        {"town", AddressListEditor::tr("Town"), &A::town},
        {"townComplement", AddressListEditor::tr("Town complement"), &A::townComplement},
        {"department", AddressListEditor::tr("Department"), &A::department},
    };
}

} // namespace

AddressListEditor::AddressListEditor(ListAccess<dto::ContactAddressData> access, FieldErrorRegistry *errors,
                                     FieldRevertFilter *revert, QWidget *parent)
    : ListEditorBase(errors, revert, parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("addressListEditor"));
    refresh();
}

int AddressListEditor::itemCount() const
{
    return int(m_access.get().size());
}

QString AddressListEditor::addText() const
{
    return tr("Add an address");
}

void AddressListEditor::editItem(int index, const char *field, const QString &label,
                                 const std::function<void(dto::ContactAddressData &)> &mutate)
{
    if (isRefreshing())
        return;
    m_access.edit(validation::itemPath("addresses", index, field), label,
                  [index, mutate](QList<dto::ContactAddressData> &list) {
                      if (index < list.size())
                          mutate(list[index]);
                  });
}

void AddressListEditor::buildRow(int index, QWidget *row)
{
    const int n = index + 1;
    auto *outer = new QVBoxLayout(row);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Address %1").arg(n), row);
    outer->addWidget(box);
    auto *grid = new QGridLayout(box);

    auto *types = new QHBoxLayout;
    for (const QString &type : validation::addressTypes()) {
        auto *check = new QCheckBox(addressTypeName(type), box);
        check->setObjectName(type);
        check->setAccessibleName(tr("Address %1 is a %2 address").arg(n).arg(addressTypeName(type)));
        types->addWidget(check);
        connect(check, &QCheckBox::toggled, this, [this, index, type](bool on) {
            editItem(index, "addressTypes", tr("Change the address types"), [type, on](dto::ContactAddressData &a) {
                a.addressTypes.removeAll(type);
                if (on)
                    a.addressTypes.append(type);
                // Keep the contract's order: MAIN, SHIPMENT, BILLING.
                QStringList ordered;
                for (const QString &known : validation::addressTypes()) {
                    if (a.addressTypes.contains(known))
                        ordered << known;
                }
                for (const QString &other : std::as_const(a.addressTypes)) {
                    if (!ordered.contains(other))
                        ordered << other;
                }
                a.addressTypes = ordered;
            });
        });
    }
    types->addStretch(1);
    types->addWidget(removeButton(index, box));
    grid->addLayout(types, 0, 0, 1, 4);

    int position = 0;
    const auto place = [&](const QString &labelText, QWidget *field, const char *name) {
        const int gridRow = 1 + (position / 2) * 2;
        const int column = (position % 2) * 2;
        ++position;
        auto *label = new QLabel(labelText, box);
        label->setBuddy(field);
        auto *error = new FieldErrorLabel(field, box);
        grid->addWidget(label, gridRow, column);
        grid->addWidget(field, gridRow, column + 1);
        grid->addWidget(error, gridRow + 1, column + 1);
        errors()->add(validation::itemPath("addresses", index, name), error);
        revertFilter()->watch(field);
    };

    for (const LineField &f : lineFields()) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(QLatin1StringView(f.name));
        edit->setAccessibleName(tr("%1 of address %2").arg(f.label).arg(n));
        place(f.label + u':', edit, f.name);
        const auto member = f.member;
        const QString undoText = tr("Edit %1").arg(f.label.toLower());
        connect(edit, &QLineEdit::textChanged, this, [this, index, member, undoText, name = f.name](const QString &text) {
            editItem(index, name, undoText, [member, text](dto::ContactAddressData &a) { a.*member = text; });
        });
    }
    auto *country = createCountryChooser(box);
    country->setObjectName(QStringLiteral("countryCode"));
    country->setAccessibleName(tr("Country of address %1").arg(n));
    place(tr("Country:"), country, "countryCode");
    connect(country, &QComboBox::currentIndexChanged, this, [this, index, country](int current) {
        const QString code = current >= 0 ? country->itemData(current).toString() : QString();
        editItem(index, "countryCode", tr("Change the country"),
                 [code](dto::ContactAddressData &a) { a.countryCode = code; });
    });
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
}

void AddressListEditor::refreshRow(int index)
{
    const QList<dto::ContactAddressData> list = m_access.get();
    QWidget *r = row(index);
    if (!r || index >= list.size())
        return;
    const dto::ContactAddressData &a = list.at(index);
    for (const QString &type : validation::addressTypes()) {
        if (auto *check = r->findChild<QCheckBox *>(type))
            check->setChecked(a.addressTypes.contains(type));
    }
    for (const LineField &f : lineFields()) {
        auto *edit = r->findChild<QLineEdit *>(QLatin1StringView(f.name));
        if (edit && edit->text() != a.*(f.member))
            edit->setText(a.*(f.member));
    }
    auto *country = r->findChild<QComboBox *>(QStringLiteral("countryCode"));
    int countryIndex = country->findData(a.countryCode);
    if (countryIndex < 0 && !a.countryCode.isEmpty()) {
        country->addItem(a.countryCode, a.countryCode);
        countryIndex = country->count() - 1;
    }
    if (country->currentIndex() != std::max(0, countryIndex))
        country->setCurrentIndex(std::max(0, countryIndex));
}

void AddressListEditor::addItem()
{
    m_access.edit(validation::itemPath("addresses", itemCount()), tr("Add an address"),
                  [](QList<dto::ContactAddressData> &list) {
                      dto::ContactAddressData a;
                      if (list.isEmpty())
                          a.addressTypes = {QStringLiteral("MAIN")};
                      a.line1 = QStringLiteral("");
                      list.append(a);
                  });
    if (QWidget *last = row(rowCount() - 1))
        last->findChild<QLineEdit *>(QStringLiteral("line1"))->setFocus();
}

void AddressListEditor::removeItem(int index)
{
    m_access.edit(validation::itemPath("addresses", index), tr("Remove an address"),
                  [index](QList<dto::ContactAddressData> &list) {
                      if (index < list.size())
                          list.removeAt(index);
                  });
}

} // namespace contactdesk::ui
