#pragma once

// A dock listing every call of the session (ActivityModel), newest at the bottom, with Copy
// (selected rows, or all) as the request log's redacted text, and Clear.

#include <QDockWidget>

class QTableView;

namespace contactdesk::transport {
class RequestLog;
}

namespace contactdesk::ui {

class ActivityModel;

class ActivityDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ActivityDock(QWidget *parent = nullptr);

    void setLog(transport::RequestLog *log);
    ActivityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Puts the selected rows (all rows when none is selected) on the clipboard; returns the text.
    QString copySelection();

private:
    ActivityModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    transport::RequestLog *m_log = nullptr;
};

} // namespace contactdesk::ui
