#include "structure/AdministrativeNumbersEditor.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldRevertFilter.h"
#include "validation/FieldPath.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace contactdesk::ui {

namespace {
QString path(int index, const char *field)
{
    return QStringLiteral("structureContact.") + validation::itemPath("administrativeNumbers", index, field);
}
} // namespace

AdministrativeNumbersEditor::AdministrativeNumbersEditor(ListAccess<dto::AdministrativeNumberData> access,
                                                         FieldErrorRegistry *errors, FieldRevertFilter *revert,
                                                         QWidget *parent)
    : ListEditorBase(errors, revert, parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("administrativeNumbersEditor"));
    refresh();
}

void AdministrativeNumbersEditor::setDefinitions(const QList<dto::AvailableAdministrativeNumber> &definitions)
{
    m_definitions = definitions;
    // Rebuild the rows so that the kinds offered follow.
    const QList<dto::AdministrativeNumberData> items = m_access.get();
    for (int i = 0; i < rowCount(); ++i) {
        if (auto *kind = row(i)->findChild<QComboBox *>(QStringLiteral("code"))) {
            const QSignalBlocker block(kind);
            kind->clear();
            for (const dto::AvailableAdministrativeNumber &d : std::as_const(m_definitions))
                kind->addItem(d.name.isEmpty() ? d.code : d.name, d.code);
        }
    }
    refresh();
}

int AdministrativeNumbersEditor::itemCount() const
{
    return int(m_access.get().size());
}

QString AdministrativeNumbersEditor::addText() const
{
    return tr("Add an administrative number");
}

void AdministrativeNumbersEditor::editItem(int index, const char *field, const QString &label,
                                           const std::function<void(dto::AdministrativeNumberData &)> &mutate)
{
    if (isRefreshing())
        return;
    m_access.edit(path(index, field), label, [index, mutate](QList<dto::AdministrativeNumberData> &list) {
        if (index < list.size())
            mutate(list[index]);
    });
}

void AdministrativeNumbersEditor::buildRow(int index, QWidget *r)
{
    auto *layout = new QGridLayout(r);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *kind = new QComboBox(r);
    kind->setObjectName(QStringLiteral("code"));
    kind->setAccessibleName(tr("Kind of administrative number %1").arg(index + 1));
    for (const dto::AvailableAdministrativeNumber &d : std::as_const(m_definitions))
        kind->addItem(d.name.isEmpty() ? d.code : d.name, d.code);
    auto *value = new QLineEdit(r);
    value->setObjectName(QStringLiteral("value"));
    value->setAccessibleName(tr("Administrative number %1").arg(index + 1));
    auto *codeError = new FieldErrorLabel(kind, r);
    auto *valueError = new FieldErrorLabel(value, r);
    layout->addWidget(kind, 0, 0);
    layout->addWidget(value, 0, 1);
    layout->addWidget(removeButton(index, r), 0, 2);
    layout->addWidget(codeError, 1, 0);
    layout->addWidget(valueError, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    errors()->add(path(index, "code"), codeError);
    errors()->add(path(index, "value"), valueError);
    revertFilter()->watch(value);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, index, kind] {
        const QString code = kind->currentData().toString();
        editItem(index, "code", tr("Change the kind of number"), [code](dto::AdministrativeNumberData &n) { n.code = code; });
    });
    connect(value, &QLineEdit::textChanged, this, [this, index](const QString &text) {
        editItem(index, "value", tr("Edit an administrative number"), [text](dto::AdministrativeNumberData &n) { n.value = text; });
    });
}

void AdministrativeNumbersEditor::refreshRow(int index)
{
    const QList<dto::AdministrativeNumberData> list = m_access.get();
    QWidget *r = row(index);
    if (!r || index >= list.size())
        return;
    const dto::AdministrativeNumberData &n = list.at(index);
    auto *kind = r->findChild<QComboBox *>(QStringLiteral("code"));
    int kindIndex = kind->findData(n.code);
    if (kindIndex < 0 && !n.code.isEmpty()) {
        kind->addItem(n.code, n.code);
        kindIndex = kind->count() - 1;
    }
    if (kind->currentIndex() != kindIndex)
        kind->setCurrentIndex(kindIndex);
    auto *value = r->findChild<QLineEdit *>(QStringLiteral("value"));
    if (value->text() != n.value)
        value->setText(n.value);
    QString pattern;
    for (const dto::AvailableAdministrativeNumber &d : std::as_const(m_definitions)) {
        if (d.code == n.code)
            pattern = d.pattern;
    }
    value->setToolTip(pattern.isEmpty() ? QString() : tr("Expected format: %1").arg(pattern));
}

void AdministrativeNumbersEditor::addItem()
{
    const QString firstCode = m_definitions.isEmpty() ? QString() : m_definitions.constFirst().code;
    m_access.edit(path(itemCount(), nullptr), tr("Add an administrative number"),
                  [firstCode](QList<dto::AdministrativeNumberData> &list) {
                      list.append({firstCode, QStringLiteral("")});
                  });
}

void AdministrativeNumbersEditor::removeItem(int index)
{
    m_access.edit(path(index, nullptr), tr("Remove an administrative number"),
                  [index](QList<dto::AdministrativeNumberData> &list) {
                      if (index < list.size())
                          list.removeAt(index);
                  });
}

} // namespace contactdesk::ui
