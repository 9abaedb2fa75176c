#include "mainwindow/AppActions.h"

#include "common/Icons.h"
#include "common/MessageBar.h"
#include "contact/IndividualTab.h"
#include "mainwindow/MainWindow.h"
#include "outbox/OutboxDialog.h"
#include "search/SearchPanel.h"
#include "session/SessionManager.h"
#include "ticketshop/TicketShopDialog.h"
#include "tokens/BulkTokenDialog.h"
#include "tokens/SendTokenDialog.h"
#include "tokens/VerifyTokenDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QProgressDialog>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>

namespace contactdesk::ui {

namespace {

ContactSummary summaryOf(const dto::ContactDataResult &stored)
{
    return ContactSummary::from(stored);
}

} // namespace

AppActions::AppActions(MainWindow *window, DemoBackend *demo) : QObject(window), m_window(window), m_demo(demo)
{
    setObjectName(QStringLiteral("appActions"));
    QMenu *contact = window->contactMenu();
    m_sendToken = contact->addAction(icon(Icon::Token), tr("Send a registration &token…"), this, [this] { sendToken(); });
    m_sendToken->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_verifyToken = contact->addAction(tr("&Verify a token…"), this, [this] { verifyToken(); });
    m_bulkTokens = contact->addAction(icon(Icon::Token), tr("Send tokens to the &selection…"), this,
                                      [this] { sendTokensToSelection(); });
    contact->addSeparator();
    m_ticketShop = contact->addAction(icon(Icon::Ticket), tr("Tic&ket-shop tools…"), this, [this] { ticketShopTools(); });
    m_outbox = window->toolsMenu()->addAction(icon(Icon::Outbox), tr("Demo &outbox…"), this, [this] { showOutbox(); });
    m_exportCsv = window->exportMenu()->addAction(icon(Icon::Export), tr("Results as &CSV…"), this,
                                                  [this] { exportResults(ContactExporter::Format::Csv); });
    m_exportVCard = window->exportMenu()->addAction(icon(Icon::VCard), tr("Results as &vCard…"), this,
                                                    [this] { exportResults(ContactExporter::Format::VCard); });
    window->mainToolBar()->addAction(m_sendToken);

    connect(window, &MainWindow::sessionReady, this, &AppActions::updateActions);
    connect(window->tabs(), &QTabWidget::currentChanged, this, &AppActions::updateActions);
    connect(window->searchPanel(), &SearchPanel::selectionChanged, this, &AppActions::updateActions);
    connect(window, &MainWindow::tabCreated, this, [this](ContactTab *tab) { wireTab(tab); });
    updateActions();
}

void AppActions::wireTab(QObject *tab)
{
    auto *individual = qobject_cast<IndividualTab *>(tab);
    if (!individual)
        return;
    connect(individual, &IndividualTab::sendTokenRequested, this, [this] { sendToken(); });
    connect(individual, &IndividualTab::ticketShopRequested, this, [this] { ticketShopTools(); });
    connect(individual, &ContactTab::loaded, this, &AppActions::updateActions);
}

std::optional<ContactSummary> AppActions::currentContact() const
{
    if (auto *tab = qobject_cast<IndividualTab *>(m_window->currentContactTab())) {
        if (!tab->contactNumber().isEmpty())
            return summaryOf(tab->stored());
    }
    const QList<ContactSummary> selected = m_window->searchPanel()->selectedContacts();
    if (selected.size() == 1)
        return selected.first();
    return std::nullopt;
}

void AppActions::updateActions()
{
    const bool connected = m_window->session() != nullptr;
    const std::optional<ContactSummary> current = currentContact();
    const bool individual = current && !current->isStructure();
    const bool symphony = connected && !m_window->session()->profile().symphonyBaseUrl.isEmpty();
    m_sendToken->setEnabled(individual && symphony && current->contactId > 0);
    m_verifyToken->setEnabled(symphony);
    m_bulkTokens->setEnabled(symphony && m_window->searchPanel()->selectedContacts().size() > 0);
    m_ticketShop->setEnabled(individual);
    m_outbox->setEnabled(connected && m_demo && m_window->session()->profile().isDemo);
    m_outbox->setVisible(m_demo != nullptr);
    m_exportCsv->setEnabled(connected);
    m_exportVCard->setEnabled(connected);
}

SendTokenDialog *AppActions::sendToken()
{
    const std::optional<ContactSummary> current = currentContact();
    if (!current || !m_window->session())
        return nullptr;
    const QString name = (current->firstName + u' ' + current->lastName).trimmed();
    auto *dialog = new SendTokenDialog(m_window->session(), current->contactId, name.isEmpty() ? current->contactNumber : name,
                                       m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

VerifyTokenDialog *AppActions::verifyToken()
{
    if (!m_window->session())
        return nullptr;
    auto *dialog = new VerifyTokenDialog(m_window->session(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

BulkTokenDialog *AppActions::sendTokensToSelection()
{
    if (!m_window->session())
        return nullptr;
    QList<ContactSummary> contacts = m_window->searchPanel()->selectedContacts();
    contacts.removeIf([](const ContactSummary &c) { return c.isStructure(); });
    if (contacts.isEmpty()) {
        m_window->messageBar()->showError(tr("Select the individuals to send tokens to in the results first."));
        return nullptr;
    }
    auto *dialog = new BulkTokenDialog(m_window->session(), contacts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TicketShopDialog *AppActions::ticketShopTools()
{
    const std::optional<ContactSummary> current = currentContact();
    if (!current || !m_window->session())
        return nullptr;
    auto *dialog = new TicketShopDialog(m_window->session(), current->contactNumber, current->login, current->email, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

OutboxDialog *AppActions::showOutbox()
{
    if (!m_demo)
        return nullptr;
    auto *dialog = new OutboxDialog(m_demo, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ContactExporter *AppActions::exportResults(ContactExporter::Format format, const QString &filePath)
{
    if (!m_window->session())
        return nullptr;
    SearchPanel *search = m_window->searchPanel();
    const QList<ContactSummary> selected = search->resultsView()->selectionModel()->selectedRows().size() > 1
        ? search->selectedContacts()
        : QList<ContactSummary>();
    if (selected.isEmpty() && !ContactSearchModel::hasAnyFilter(search->model()->criteria())) {
        m_window->messageBar()->showError(tr("Search first: the export writes the results, or the selected ones."));
        return nullptr;
    }
    QString path = filePath;
    if (path.isEmpty()) {
        const bool csv = format == ContactExporter::Format::Csv;
        path = QFileDialog::getSaveFileName(m_window, tr("Export"), csv ? tr("contacts.csv") : tr("contacts.vcf"),
                                            csv ? tr("CSV files (*.csv)") : tr("vCard files (*.vcf)"));
        if (path.isEmpty())
            return nullptr;
    }
    auto *exporter = new ContactExporter(m_window->session(), this);
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, exporter, &ContactExporter::cancel);
    connect(exporter, &ContactExporter::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    QPointer<QProgressDialog> guardedProgress(progress);
    connect(exporter, &ContactExporter::finished, this, [this, exporter, guardedProgress](bool ok, const QString &message) {
        if (guardedProgress)
            guardedProgress->close();
        if (ok)
            m_window->messageBar()->showInformation(message);
        else
            m_window->messageBar()->showError(message);
        Q_EMIT exportFinished(ok, message);
        exporter->deleteLater();
    });
    if (!selected.isEmpty())
        exporter->exportContacts(format, selected, path);
    else
        exporter->exportSearch(format, search->model()->criteria(), path);
    return exporter;
}

} // namespace contactdesk::ui
