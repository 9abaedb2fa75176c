#pragma once

// Attaches the application's modules to a main window: the connection dialog, structures,
// tokens, ticket-shop tools, the demo outbox, export, and the language choice. The app and the
// ui tests call the same function, so the tests drive what the user gets.

namespace contactdesk::ui {

class DemoBackend;
class MainWindow;

// demo may be null (no outbox view).
void wireMainWindow(MainWindow *window, DemoBackend *demo);

} // namespace contactdesk::ui
