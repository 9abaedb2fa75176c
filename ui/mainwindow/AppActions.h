#pragma once

// The actions of the Contact, Tools and File > Export menus: registration tokens (one contact,
// verify, a selection in bulk), ticket-shop tools, the demo outbox, and export to CSV / vCard.
// Each action opens its dialog non-modally and returns it, so tests drive the same path.

#include "exporting/ContactExporter.h"
#include "search/ContactSearchModel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QProgressDialog;

namespace contactdesk::ui {

class BulkTokenDialog;
class DemoBackend;
class MainWindow;
class OutboxDialog;
class SendTokenDialog;
class TicketShopDialog;
class VerifyTokenDialog;

class AppActions : public QObject {
    Q_OBJECT
public:
    AppActions(MainWindow *window, DemoBackend *demo);

    // The contact the actions apply to: the current tab's, else the current search result.
    std::optional<ContactSummary> currentContact() const;

    SendTokenDialog *sendToken();
    VerifyTokenDialog *verifyToken();
    BulkTokenDialog *sendTokensToSelection();
    TicketShopDialog *ticketShopTools();
    OutboxDialog *showOutbox();
    // Exports the selected results (two or more selected) or every result of the search.
    // An empty path asks for one. Returns the exporter (null when nothing was started).
    ContactExporter *exportResults(ContactExporter::Format format, const QString &filePath = {});

    QAction *sendTokenAction() const { return m_sendToken; }
    QAction *outboxAction() const { return m_outbox; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void updateActions();
    void wireTab(QObject *tab);

    MainWindow *m_window;
    QPointer<DemoBackend> m_demo;
    QAction *m_sendToken = nullptr;
    QAction *m_verifyToken = nullptr;
    QAction *m_bulkTokens = nullptr;
    QAction *m_ticketShop = nullptr;
    QAction *m_outbox = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportVCard = nullptr;
};

} // namespace contactdesk::ui
