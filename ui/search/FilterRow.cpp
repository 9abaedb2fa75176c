#include "search/FilterRow.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace contactdesk::ui {

namespace {

QLineEdit *filterEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

FilterRow::FilterRow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterRow"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Contact type"));
    m_type->addItem(tr("Individuals and structures"), QStringLiteral("ANY"));
    m_type->addItem(tr("Individuals"), QStringLiteral("INDIVIDUAL"));
    m_type->addItem(tr("Structures"), QStringLiteral("STRUCTURE"));

    m_zip = filterEdit(this, tr("Zip code"), tr("Zip code"));
    m_zip->setObjectName(QStringLiteral("zipFilter"));
    m_town = filterEdit(this, tr("Town"), tr("Town"));
    m_town->setObjectName(QStringLiteral("townFilter"));
    m_structure = filterEdit(this, tr("Structure name"), tr("Structure name"));
    m_structure->setObjectName(QStringLiteral("structureFilter"));

    m_criterion = new QComboBox(this);
    m_criterion->setObjectName(QStringLiteral("criterionFilter"));
    m_criterion->setAccessibleName(tr("Criterion"));
    m_criterionValue = new QComboBox(this);
    m_criterionValue->setObjectName(QStringLiteral("criterionValueFilter"));
    m_criterionValue->setEditable(true);
    m_criterionValue->setAccessibleName(tr("Criterion value"));
    m_criterionValue->lineEdit()->setPlaceholderText(tr("Value"));
    m_authorization = new QComboBox(this);
    m_authorization->setObjectName(QStringLiteral("authorizationFilter"));
    m_authorization->setAccessibleName(tr("Granted authorization"));

    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *criterionLabel = new QLabel(tr("C&riterion:"), this);
    criterionLabel->setBuddy(m_criterion);
    auto *authorizationLabel = new QLabel(tr("&Granted:"), this);
    authorizationLabel->setBuddy(m_authorization);

    layout->addWidget(typeLabel, 0, 0);
    layout->addWidget(m_type, 0, 1);
    layout->addWidget(m_zip, 0, 2);
    layout->addWidget(m_town, 0, 3);
    layout->addWidget(m_structure, 0, 4);
    layout->addWidget(criterionLabel, 1, 0);
    layout->addWidget(m_criterion, 1, 1);
    layout->addWidget(m_criterionValue, 1, 2);
    layout->addWidget(authorizationLabel, 1, 3);
    layout->addWidget(m_authorization, 1, 4);

    setReferenceData({});

    connect(m_type, &QComboBox::currentIndexChanged, this, &FilterRow::changed);
    connect(m_zip, &QLineEdit::textChanged, this, &FilterRow::changed);
    connect(m_town, &QLineEdit::textChanged, this, &FilterRow::changed);
    connect(m_structure, &QLineEdit::textChanged, this, &FilterRow::changed);
    connect(m_criterion, &QComboBox::currentIndexChanged, this, [this] {
        updateCriterionValues();
        Q_EMIT changed();
    });
    connect(m_criterionValue, &QComboBox::currentTextChanged, this, &FilterRow::changed);
    connect(m_authorization, &QComboBox::currentIndexChanged, this, &FilterRow::changed);
}

void FilterRow::setReferenceData(const ReferenceDataSnapshot &reference)
{
    const QString currentCriterion = m_criterion->currentData().toString();
    const QString currentAuthorization = m_authorization->currentData().toString();
    const QSignalBlocker blockCriterion(m_criterion);
    const QSignalBlocker blockAuthorization(m_authorization);
    m_criteria = reference.contactCriteria.contactCriteria;
    m_criterion->clear();
    m_criterion->addItem(tr("(any criterion)"), QString());
    for (const dto::ContactCriterion &c : std::as_const(m_criteria))
        m_criterion->addItem(c.name.isEmpty() ? c.code : c.name, c.code);
    m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(currentCriterion)));
    m_authorization->clear();
    m_authorization->addItem(tr("(any authorization)"), QString());
    for (const dto::AvailableAuthorization &a : reference.authorizations.authorizations)
        m_authorization->addItem(a.name.isEmpty() ? a.code : a.name, a.code);
    m_authorization->setCurrentIndex(std::max(0, m_authorization->findData(currentAuthorization)));
    updateCriterionValues();
}

void FilterRow::updateCriterionValues()
{
    const QSignalBlocker block(m_criterionValue);
    const QString code = m_criterion->currentData().toString();
    m_criterionValue->clear();
    m_criterionValue->setEnabled(!code.isEmpty());
    for (const dto::ContactCriterion &c : std::as_const(m_criteria)) {
        if (c.code != code)
            continue;
        if (c.type == u"BOOLEAN") {
            m_criterionValue->addItem(tr("yes"), QStringLiteral("true"));
            m_criterionValue->addItem(tr("no"), QStringLiteral("false"));
        }
        for (const dto::CodeName &element : c.elements)
            m_criterionValue->addItem(element.name.isEmpty() ? element.code : element.name, element.code);
    }
    m_criterionValue->setCurrentIndex(m_criterionValue->count() > 0 ? 0 : -1);
}

void FilterRow::applyTo(dto::ContactSearchCriteria &criteria) const
{
    const auto textOrNull = [](const QString &text) { return text.trimmed().isEmpty() ? QString() : text.trimmed(); };
    const QString type = m_type->currentData().toString();
    criteria.contactType = type == u"ANY" ? QString() : type;
    criteria.zipCode = textOrNull(m_zip->text());
    criteria.town = textOrNull(m_town->text());
    criteria.structureName = textOrNull(m_structure->text());
    criteria.criterionCode = textOrNull(m_criterion->currentData().toString());
    criteria.criterionValue.clear();
    if (!criteria.criterionCode.isEmpty()) {
        // A value picked from the list sends its code; a typed value goes as typed.
        const int index = m_criterionValue->findText(m_criterionValue->currentText());
        criteria.criterionValue = index >= 0 ? m_criterionValue->itemData(index).toString()
                                             : textOrNull(m_criterionValue->currentText());
    }
    criteria.authorizationCode = textOrNull(m_authorization->currentData().toString());
}

bool FilterRow::isEmpty() const
{
    dto::ContactSearchCriteria c;
    applyTo(c);
    return c.contactType.isEmpty() && c.zipCode.isEmpty() && c.town.isEmpty() && c.structureName.isEmpty()
        && c.criterionCode.isEmpty() && c.authorizationCode.isEmpty();
}

void FilterRow::clear()
{
    m_type->setCurrentIndex(0);
    m_zip->clear();
    m_town->clear();
    m_structure->clear();
    m_criterion->setCurrentIndex(0);
    m_authorization->setCurrentIndex(0);
}

} // namespace contactdesk::ui
