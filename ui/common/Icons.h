#pragma once

// The application's icons: SVG files under :/icons, drawn in the palette's text colour so that
// they follow the system palette (light or dark) and stay sharp at any device pixel ratio.

#include <QIcon>

namespace contactdesk::ui {

enum class Icon {
    Activity, Add, App, Check, Close, Columns, Connection, Copy, Delete, Error, Export, Filter, Info,
    Members, Open, Outbox, Person, PersonAdd, Quit, Redo, Refresh, Save, Search, Structure, Ticket, Token,
    Undo, VCard, Warning,
};

QIcon icon(Icon which);
// The resource path of an icon's SVG file (":/icons/search.svg").
QString iconPath(Icon which);

// The application's own icon (:/icons/contactdesk.svg, in colour, not tinted): the window
// icon. The same SVG is installed as org.contactdesk.ContactDesk in the icon theme.
QIcon applicationIcon();
// The base name of the installed .desktop file (QGuiApplication::setDesktopFileName).
inline constexpr char16_t desktopFileName[] = u"org.contactdesk.ContactDesk";

// Registers the resources of the ui library (icons). Safe to call more than once.
void initUiResources();

} // namespace contactdesk::ui
