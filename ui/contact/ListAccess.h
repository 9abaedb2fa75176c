#pragma once

// How a list editor reads and edits one list of the document it belongs to, without knowing
// the document's type (an individual's or a structure's addresses, for instance). `edit` makes
// one undoable step; `field` is the path of what changed ("addresses[1].zipCode").

#include "common/EditDocument.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace contactdesk::ui {

template <class Item> struct ListAccess {
    std::function<QList<Item>()> get;
    std::function<void(const QString &field, const QString &label, const std::function<void(QList<Item> &)> &)> edit;
};

// The access to an optional list member of a document's data: an absent list reads as empty, and
// the first edit makes it present (a present list replaces the stored one on save).
template <class Data, class Item>
ListAccess<Item> optionalListAccess(EditDocument<Data> *document, std::optional<QList<Item>> Data::*member)
{
    ListAccess<Item> access;
    access.get = [document, member] {
        const std::optional<QList<Item>> &list = document->data().*member;
        return list ? *list : QList<Item>();
    };
    access.edit = [document, member](const QString &field, const QString &label,
                                     const std::function<void(QList<Item> &)> &mutate) {
        document->edit(field, label, [member, mutate](Data &d) {
            if (!(d.*member))
                (d.*member).emplace();
            mutate(*(d.*member));
        });
    };
    return access;
}

} // namespace contactdesk::ui
