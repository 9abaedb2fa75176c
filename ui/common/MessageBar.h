#pragma once

// A bar above a view that shows one message: an error (the server's statusDetail or the fault
// text), a warning or a piece of information, with a close button. Errors stay until closed or
// replaced; information hides itself after a few seconds.

#include "api/ApiError.h"

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace contactdesk::ui {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    void showError(const ApiError &error);
    void showError(const QString &text) { showMessage(Level::Error, text); }
    void showInformation(const QString &text) { showMessage(Level::Information, text); }
    void clear();

    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_hideTimer = nullptr;
    Level m_level = Level::Information;
};

} // namespace contactdesk::ui
