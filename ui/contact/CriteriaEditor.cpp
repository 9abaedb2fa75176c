#include "contact/CriteriaEditor.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldErrorRegistry.h"
#include "common/FieldRevertFilter.h"
#include "common/OptionalDateEdit.h"
#include "validation/FieldPath.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace contactdesk::ui {

namespace {
const char *codeProperty = "criterionCode";
}

CriteriaEditor::CriteriaEditor(ListAccess<dto::ExternalContactCriterionData> access, FieldErrorRegistry *errors,
                               FieldRevertFilter *revert, QWidget *parent)
    : QWidget(parent), m_access(std::move(access)), m_errors(errors), m_revert(revert)
{
    setObjectName(QStringLiteral("criteriaEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    rebuild();
}

void CriteriaEditor::setDefinitions(const QList<dto::ContactCriterion> &definitions)
{
    m_definitions = definitions;
    rebuild();
}

QStringList CriteriaEditor::valuesOf(const QString &code) const
{
    for (const dto::ExternalContactCriterionData &c : m_access.get()) {
        if (c.criterionCode == code)
            return c.values;
    }
    return {};
}

QWidget *CriteriaEditor::editorFor(const QString &criterionCode) const
{
    const QList<QWidget *> widgets = m_rows ? m_rows->findChildren<QWidget *>() : QList<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->property(codeProperty).toString() == criterionCode)
            return w;
    }
    return nullptr;
}

void CriteriaEditor::rebuild()
{
    if (m_rows) {
        m_rows->hide();
        m_rows->deleteLater();
    }
    m_rows = new QWidget(this);
    layout()->addWidget(m_rows);
    m_form = new QFormLayout(m_rows);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_unknownShown.clear();
    m_refreshing = true;

    if (m_definitions.isEmpty())
        m_form->addRow(new QLabel(tr("No criterion is defined for this institution (or the reference data is not loaded yet)."), m_rows));

    for (const dto::ContactCriterion &definition : std::as_const(m_definitions)) {
        const QString code = definition.code;
        const QString name = definition.name.isEmpty() ? code : definition.name;
        const QString undoText = tr("Change %1").arg(name);
        QWidget *editor = nullptr;
        if (definition.type == u"BOOLEAN") {
            auto *box = new QComboBox(m_rows);
            box->addItem(tr("(not set)"), QString());
            box->addItem(tr("yes"), QStringLiteral("true"));
            box->addItem(tr("no"), QStringLiteral("false"));
            connect(box, &QComboBox::currentIndexChanged, this, [this, box, code, undoText] {
                const QString v = box->currentData().toString();
                setValues(code, undoText, v.isEmpty() ? QStringList() : QStringList{v});
            });
            editor = box;
        } else if (definition.type == u"LIST" && definition.multiple.value_or(false)) {
            auto *list = new QListWidget(m_rows);
            for (const dto::CodeName &element : definition.elements) {
                auto *item = new QListWidgetItem(element.name.isEmpty() ? element.code : element.name, list);
                item->setData(Qt::UserRole, element.code);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            list->setMaximumHeight(std::min<int>(6, int(definition.elements.size()) + 1) * (list->fontMetrics().height() + 6));
            connect(list, &QListWidget::itemChanged, this, [this, list, code, undoText] {
                if (m_refreshing)
                    return;
                QStringList values;
                for (int i = 0; i < list->count(); ++i) {
                    if (list->item(i)->checkState() == Qt::Checked)
                        values << list->item(i)->data(Qt::UserRole).toString();
                }
                setValues(code, undoText, values);
            });
            editor = list;
        } else if (definition.type == u"LIST") {
            auto *box = new QComboBox(m_rows);
            box->addItem(tr("(none)"), QString());
            for (const dto::CodeName &element : definition.elements)
                box->addItem(element.name.isEmpty() ? element.code : element.name, element.code);
            connect(box, &QComboBox::currentIndexChanged, this, [this, box, code, undoText] {
                const QString v = box->currentData().toString();
                setValues(code, undoText, v.isEmpty() ? QStringList() : QStringList{v});
            });
            editor = box;
        } else if (definition.type == u"DATE") {
            auto *date = new OptionalDateEdit(m_rows);
            connect(date, &OptionalDateEdit::optionalDateChanged, this, [this, code, undoText](const QDate &d) {
                setValues(code, undoText, d.isValid() ? QStringList{d.toString(Qt::ISODate)} : QStringList());
            });
            editor = date;
        } else {
            // TEXT, NUMBER, and a type this version does not know: a line of text.
            auto *line = new QLineEdit(m_rows);
            if (definition.type == u"NUMBER")
                line->setPlaceholderText(tr("a number, e.g. 12.5"));
            connect(line, &QLineEdit::textChanged, this, [this, code, undoText](const QString &text) {
                setValues(code, undoText, text.isEmpty() ? QStringList() : QStringList{text});
            });
            editor = line;
        }
        editor->setProperty(codeProperty, code);
        editor->setObjectName(QStringLiteral("criterion_") + code);
        editor->setAccessibleName(tr("Criterion %1").arg(name));
        if (!qobject_cast<QListWidget *>(editor))
            m_revert->watch(editor);
        auto *cell = new QWidget(m_rows);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(editor);
        auto *error = new FieldErrorLabel(editor, cell);
        error->setProperty(codeProperty, code);
        cellLayout->addWidget(error);
        auto *label = new QLabel(name + u':', m_rows);
        label->setBuddy(editor);
        m_form->addRow(label, cell);
    }
    m_refreshing = false;
    refresh();
}

void CriteriaEditor::refresh()
{
    const QList<dto::ExternalContactCriterionData> held = m_access.get();
    // Criteria the definitions do not name: shown read-only, once.
    for (const dto::ExternalContactCriterionData &c : held) {
        const bool known = std::any_of(m_definitions.cbegin(), m_definitions.cend(),
                                       [&](const dto::ContactCriterion &d) { return d.code == c.criterionCode; });
        if (!known && !m_unknownShown.contains(c.criterionCode) && m_form) {
            m_unknownShown << c.criterionCode;
            auto *value = new QLabel(c.values.join(QStringLiteral(", ")), m_rows);
            value->setProperty(codeProperty, c.criterionCode);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_form->addRow(c.criterionCode + u':', value);
        }
    }

    m_refreshing = true;
    for (const dto::ContactCriterion &definition : std::as_const(m_definitions)) {
        QWidget *editor = editorFor(definition.code);
        const QStringList values = valuesOf(definition.code);
        const QString first = values.value(0);
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            int index = box->findData(first);
            if (index < 0 && !first.isEmpty()) {
                box->addItem(first, first);
                index = box->count() - 1;
            }
            if (box->currentIndex() != std::max(0, index))
                box->setCurrentIndex(std::max(0, index));
        } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
            for (int i = 0; i < list->count(); ++i) {
                const Qt::CheckState state =
                    values.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
                if (list->item(i)->checkState() != state)
                    list->item(i)->setCheckState(state);
            }
        } else if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
            const QDate d = QDate::fromString(first, Qt::ISODate);
            if (date->optionalDate() != d)
                date->setOptionalDate(d);
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (line->text() != first)
                line->setText(first);
        }
    }
    m_refreshing = false;

    // Problems name "contactCriteria[i].values" by the index in the data: follow the data.
    const QList<FieldErrorLabel *> labels = m_rows ? m_rows->findChildren<FieldErrorLabel *>() : QList<FieldErrorLabel *>();
    for (FieldErrorLabel *label : labels) {
        const QString code = label->property(codeProperty).toString();
        for (qsizetype i = 0; i < held.size(); ++i) {
            if (held.at(i).criterionCode == code)
                m_errors->add(validation::itemPath("contactCriteria", i, "values"), label);
        }
    }
}

void CriteriaEditor::setValues(const QString &code, const QString &label, const QStringList &values)
{
    if (m_refreshing)
        return;
    m_access.edit(QStringLiteral("contactCriteria/") + code, label,
                  [code, values](QList<dto::ExternalContactCriterionData> &list) {
                      for (qsizetype i = 0; i < list.size(); ++i) {
                          if (list.at(i).criterionCode == code) {
                              if (values.isEmpty())
                                  list.removeAt(i);
                              else
                                  list[i].values = values;
                              return;
                          }
                      }
                      if (!values.isEmpty())
                          list.append({code, values});
                  });
}

} // namespace contactdesk::ui
