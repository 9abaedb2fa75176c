#include "common/Icons.h"

#include "common/SvgIconEngine.h"

#include <QFile>
#include <QHash>

// Q_INIT_RESOURCE must be used from the global namespace.
static void registerContactDeskResources()
{
    Q_INIT_RESOURCE(contactdesk);
}

namespace contactdesk::ui {

void initUiResources()
{
    static const bool done = [] {
        registerContactDeskResources();
        return true;
    }();
    Q_UNUSED(done);
}

QString iconPath(Icon which)
{
    const char *name = "info";
    switch (which) {
    case Icon::Activity: name = "activity"; break;
    case Icon::Add: name = "add"; break;
    case Icon::App: name = "app"; break;
    case Icon::Check: name = "check"; break;
    case Icon::Close: name = "close"; break;
    case Icon::Columns: name = "columns"; break;
    case Icon::Connection: name = "connection"; break;
    case Icon::Copy: name = "copy"; break;
    case Icon::Delete: name = "delete"; break;
    case Icon::Error: name = "error"; break;
    case Icon::Export: name = "export"; break;
    case Icon::Filter: name = "filter"; break;
    case Icon::Info: name = "info"; break;
    case Icon::Members: name = "members"; break;
    case Icon::Open: name = "open"; break;
    case Icon::Outbox: name = "outbox"; break;
    case Icon::Person: name = "person"; break;
    case Icon::PersonAdd: name = "person-add"; break;
    case Icon::Quit: name = "quit"; break;
    case Icon::Redo: name = "redo"; break;
    case Icon::Refresh: name = "refresh"; break;
    case Icon::Save: name = "save"; break;
    case Icon::Search: name = "search"; break;
    case Icon::Structure: name = "structure"; break;
    case Icon::Ticket: name = "ticket"; break;
    case Icon::Token: name = "token"; break;
    case Icon::Undo: name = "undo"; break;
    case Icon::VCard: name = "vcard"; break;
    case Icon::Warning: name = "warning"; break;
    }
    return QStringLiteral(":/icons/") + QLatin1StringView(name) + QStringLiteral(".svg");
}

QIcon icon(Icon which)
{
    initUiResources();
    QFile file(iconPath(which));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll()));
}

QIcon applicationIcon()
{
    initUiResources();
    QFile file(QStringLiteral(":/icons/contactdesk.svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll()));
}

} // namespace contactdesk::ui
