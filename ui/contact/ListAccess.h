#pragma once

// How a list editor reads and edits one list of the document it belongs to, without knowing
// the document's type (an individual's or a structure's addresses, for instance). `edit` makes
// one undoable step; `field` is the path of what changed ("addresses[1].zipCode").

#include <QList>
#include <QString>

#include <functional>

namespace contactdesk::ui {

template <class Item> struct ListAccess {
    std::function<QList<Item>()> get;
    std::function<void(const QString &field, const QString &label, const std::function<void(QList<Item> &)> &)> edit;
};

} // namespace contactdesk::ui
