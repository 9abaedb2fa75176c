#pragma once

// Binds input widgets to the fields of an EditDocument: a user change becomes one edit() of the
// document (so it is undoable and merged per field), a document change refreshes the widgets.
// Refreshing never echoes back as an edit. Widgets destroyed with a list row drop out by
// themselves. Every bound widget is also watched by a FieldRevertFilter (Esc reverts it).

#include "common/EditDocument.h"
#include "common/FieldRevertFilter.h"
#include "common/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>

#include <functional>
#include <vector>

namespace contactdesk::ui {

template <class Data> class FieldBinder {
public:
    template <class T> using Getter = std::function<T(const Data &)>;
    template <class T> using Setter = std::function<void(Data &, const T &)>;

    FieldBinder(EditDocument<Data> *document, FieldRevertFilter *revert) : m_document(document), m_revert(revert) {}

    void text(QLineEdit *w, const QString &field, const QString &label, Getter<QString> get, Setter<QString> set)
    {
        QObject::connect(w, &QLineEdit::textChanged, w, [=, this](const QString &value) {
            commit(field, label, [set, value](Data &d) { set(d, value); });
        });
        add(w, [w, get](const Data &d) {
            const QString value = get(d);
            if (w->text() != value)
                w->setText(value);
        });
    }

    void plainText(QPlainTextEdit *w, const QString &field, const QString &label, Getter<QString> get,
                   Setter<QString> set)
    {
        QObject::connect(w, &QPlainTextEdit::textChanged, w, [=, this] {
            const QString value = w->toPlainText();
            commit(field, label, [set, value](Data &d) { set(d, value); });
        });
        add(w, [w, get](const Data &d) {
            const QString value = get(d);
            if (w->toPlainText() != value)
                w->setPlainText(value);
        });
    }

    // The combo's items carry their code as item data; an editable combo may hold a code typed in.
    void code(QComboBox *w, const QString &field, const QString &label, Getter<QString> get, Setter<QString> set)
    {
        QObject::connect(w, &QComboBox::currentIndexChanged, w, [=, this](int index) {
            const QString value = index >= 0 ? w->itemData(index).toString() : QString();
            commit(field, label, [set, value](Data &d) { set(d, value); });
        });
        add(w, [w, get](const Data &d) {
            const QString value = get(d);
            int index = w->findData(value);
            if (index < 0 && !value.isEmpty()) {
                // A value the list does not know (the vendor adds enum values): keep it visible.
                w->addItem(value, value);
                index = w->count() - 1;
            }
            if (w->currentIndex() != index)
                w->setCurrentIndex(index);
        });
    }

    void date(OptionalDateEdit *w, const QString &field, const QString &label, Getter<QDate> get, Setter<QDate> set)
    {
        QObject::connect(w, &OptionalDateEdit::optionalDateChanged, w, [=, this](const QDate &value) {
            commit(field, label, [set, value](Data &d) { set(d, value); });
        });
        add(w, [w, get](const Data &d) {
            const QDate value = get(d);
            if (w->optionalDate() != value)
                w->setOptionalDate(value);
        });
    }

    void check(QAbstractButton *w, const QString &field, const QString &label, Getter<bool> get, Setter<bool> set)
    {
        QObject::connect(w, &QAbstractButton::toggled, w, [=, this](bool value) {
            commit(field, label, [set, value](Data &d) { set(d, value); });
        });
        add(w, [w, get](const Data &d) {
            const bool value = get(d);
            if (w->isChecked() != value)
                w->setChecked(value);
        });
    }

    // A widget this binder does not know how to read: the caller commits through edit() and
    // gives the refresh.
    void custom(QWidget *w, std::function<void(const Data &)> refresh) { add(w, std::move(refresh)); }

    // Commits one edit unless the binder is refreshing the widgets itself.
    void commit(const QString &field, const QString &label, const std::function<void(Data &)> &mutate)
    {
        if (m_refreshing)
            return;
        m_document->edit(field, label, mutate);
    }

    void refresh()
    {
        m_refreshing = true;
        const Data &d = m_document->data();
        std::erase_if(m_bindings, [](const Binding &b) { return b.widget.isNull(); });
        for (const Binding &b : m_bindings) {
            if (b.widget)
                b.refresh(d);
        }
        m_refreshing = false;
    }

    bool isRefreshing() const { return m_refreshing; }

private:
    struct Binding {
        QPointer<QWidget> widget;
        std::function<void(const Data &)> refresh;
    };

    void add(QWidget *w, std::function<void(const Data &)> refresh)
    {
        if (m_revert)
            m_revert->watch(w);
        m_refreshing = true;
        refresh(m_document->data());
        m_refreshing = false;
        m_bindings.push_back({w, std::move(refresh)});
    }

    EditDocument<Data> *m_document;
    FieldRevertFilter *m_revert;
    std::vector<Binding> m_bindings;
    bool m_refreshing = false;
};

} // namespace contactdesk::ui
