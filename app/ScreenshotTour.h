#pragma once

// --screenshots DIR: a scripted tour of the app on the demo profile that saves pictures of the
// main window with results, a contact, a structure with its members and the token dialog, then
// quits. Used by tools/screenshots.sh (under Xvfb) for the README.

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace contactdesk::ui {
class MainWindow;
}

namespace contactdesk::app {

class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(ui::MainWindow *window, QString directory, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    // Calls then() once ready() holds (polled), or gives up after timeoutMs.
    void when(std::function<bool()> ready, std::function<void()> then, int timeoutMs = 30000);
    bool save(QWidget *widget, const QString &name);
    void fail(const QString &why);

    ui::MainWindow *m_window;
    QString m_directory;
};

} // namespace contactdesk::app
