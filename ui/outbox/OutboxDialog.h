#pragma once

// On the demo profile: the mails the sandbox "sent" (registration tokens, recovered passwords),
// newest first, with the selected mail's text. Refresh asks the sandbox again.

#include "session/DemoBackend.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace contactdesk::ui {

class OutboxModel;

class OutboxDialog : public QDialog {
    Q_OBJECT
public:
    explicit OutboxDialog(DemoBackend *demo, QWidget *parent = nullptr);

    void refresh();
    QTableView *table() const { return m_table; }
    OutboxModel *model() const { return m_model; }
    QPlainTextEdit *bodyView() const { return m_body; }
    const QList<OutboxMail> &mails() const;

Q_SIGNALS:
    void refreshed();

private:
    QPointer<DemoBackend> m_demo;
    OutboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace contactdesk::ui
