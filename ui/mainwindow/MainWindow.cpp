#include "mainwindow/MainWindow.h"

#include "activity/ActivityDock.h"
#include "api/ApiSession.h"
#include "common/BusyIndicator.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/MessageBar.h"
#include "contact/ContactTab.h"
#include "contact/IndividualTab.h"
#include "drafts/DraftStore.h"
#include "drafts/RestoreDraftsDialog.h"
#include "mainwindow/ReferenceDataAge.h"
#include "profiles/ProfileStore.h"
#include "search/SearchPanel.h"
#include "structure/StructureTab.h"
#include "session/SessionManager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace contactdesk::ui {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(SessionManager *sessions, DraftStore *drafts, QWidget *parent)
    : QMainWindow(parent), m_sessions(sessions), m_drafts(drafts)
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ContactDesk"));
    setWindowIcon(applicationIcon());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    m_messages = new MessageBar(central);
    layout->addWidget(m_messages);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_search = new SearchPanel(m_splitter);
    // The open contacts, or while there are none a hint on how to open one.
    m_tabArea = new QStackedWidget(m_splitter);
    m_emptyHint = new QLabel(tr("Type a name, contact number, email or phone in the search (Ctrl+F), "
                                "then press Enter to open the contact here.\n\n"
                                "Ctrl+N: new individual. Ctrl+Shift+N: new structure."),
                             m_tabArea);
    m_emptyHint->setObjectName(QStringLiteral("noContactOpenHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(24);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_tabs = new QTabWidget(m_tabArea);
    m_tabs->setObjectName(QStringLiteral("contactTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open contacts"));
    m_tabArea->addWidget(m_emptyHint);
    m_tabArea->addWidget(m_tabs);
    m_splitter->addWidget(m_search);
    m_splitter->addWidget(m_tabArea);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_activity = new ActivityDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activity);
    m_undoGroup = new QUndoGroup(this);

    buildStatusBar();
    buildActions();

    connect(m_search, &SearchPanel::openRequested, this,
            [this](const ContactSummary &contact) { openContact(contact.contactNumber, contact.isStructure()); });
    connect(m_search, &SearchPanel::searchFailed, m_messages, qOverload<const ApiError &>(&MessageBar::showError));
    connect(m_search->model(), &ContactSearchModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_searchHold = m_busy->hold();
        else
            m_searchHold.reset();
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // currentChanged also marks the first tab opened and the last one closed.
        m_tabArea->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_emptyHint);
        ContactTab *tab = currentContactTab();
        m_undoGroup->setActiveStack(tab ? tab->undoStack() : nullptr);
        updateActions();
    });

    connect(m_sessions, &SessionManager::opening, this, [this](const ConnectionProfile &profile) {
        m_openingHold = m_busy->hold();
        m_profileLabel->setText(tr("Connecting to %1…").arg(profile.name));
    });
    connect(m_sessions, &SessionManager::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_sessions, &SessionManager::openFailed, this, [this](const ConnectionProfile &profile, const ApiError &error) {
        m_openingHold.reset();
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("Could not open the connection \"%1\": %2").arg(profile.name, errorTextOf(error)));
        updateStatus();
    });
    connect(m_sessions, &SessionManager::referenceDataChanged, this, &MainWindow::onReferenceDataChanged);
    connect(m_sessions, &SessionManager::referenceDataFailed, this, [this](const ApiError &error) {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("The reference data could not be loaded: %1").arg(errorTextOf(error)));
        updateStatus();
    });
    if (m_sessions->profiles()) {
        connect(m_sessions->profiles(), &ProfileStore::profilesChanged, this, &MainWindow::rebuildProfileMenu);
        connect(m_sessions->profiles(), &ProfileStore::currentProfileChanged, this, &MainWindow::rebuildProfileMenu);
    }

    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(30 * 1000);
    connect(ageTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    ageTimer->start();

    restoreLayout();
    rebuildProfileMenu();
    if (m_sessions->session())
        onSessionChanged(m_sessions->session());
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

QString MainWindow::errorTextOf(const ApiError &error)
{
    return errorText(error);
}

void MainWindow::buildStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_institutionLabel = new QLabel(this);
    m_institutionLabel->setObjectName(QStringLiteral("institutionLabel"));
    m_bindingLabel = new QLabel(this);
    m_bindingLabel->setObjectName(QStringLiteral("bindingLabel"));
    m_referenceAge = new QLabel(this);
    m_referenceAge->setObjectName(QStringLiteral("referenceAgeLabel"));
    m_refreshReference = new QToolButton(this);
    m_refreshReference->setIcon(icon(Icon::Refresh));
    m_refreshReference->setAutoRaise(true);
    m_refreshReference->setToolTip(tr("Refresh the reference data"));
    m_refreshReference->setAccessibleName(tr("Refresh the reference data"));
    connect(m_refreshReference, &QToolButton::clicked, m_sessions, &SessionManager::refreshReferenceData);
    m_busy = new BusyIndicator(this);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_institutionLabel);
    statusBar()->addWidget(m_bindingLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_referenceAge);
    statusBar()->addPermanentWidget(m_refreshReference);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newIndividual = file->addAction(icon(Icon::PersonAdd), tr("&New individual"), this, [this] { newIndividual(); });
    m_newIndividual->setShortcut(QKeySequence::New);
    m_newStructure = file->addAction(icon(Icon::Structure), tr("New s&tructure"), this, [this] { newStructure(); });
    m_newStructure->setObjectName(QStringLiteral("newStructureAction"));
    m_newStructure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_save = file->addAction(icon(Icon::Save), tr("&Save"), this, [this] {
        if (ContactTab *tab = currentContactTab())
            tab->save();
    });
    m_save->setShortcut(QKeySequence::Save);
    m_reload = file->addAction(icon(Icon::Refresh), tr("&Reload"), this, [this] {
        if (ContactTab *tab = currentContactTab())
            tab->reload();
    });
    m_reload->setShortcut(QKeySequence::Refresh);
    m_closeTab = file->addAction(icon(Icon::Close), tr("&Close tab"), this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    m_exportMenu = file->addMenu(icon(Icon::Export), tr("&Export"));
    file->addSeparator();
    m_profileMenu = file->addMenu(icon(Icon::Connection), tr("C&onnection"));
    file->addSeparator();
    QAction *quit = file->addAction(icon(Icon::Quit), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(icon(Icon::Undo));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(icon(Icon::Redo));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(icon(Icon::Search), tr("&Find contacts"), this, [this] { m_search->focusSearch(); });
    find->setShortcut(QKeySequence::Find);

    m_contactMenu = menuBar()->addMenu(tr("&Contact"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *activity = m_activity->toggleViewAction();
    activity->setIcon(icon(Icon::Activity));
    activity->setText(tr("&Activity"));
    view->addAction(activity);
    m_viewMenu = view;

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(m_newIndividual);
    toolbar->addAction(m_newStructure);
    toolbar->addAction(m_save);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(activity);
    m_toolbar = toolbar;
}

void MainWindow::updateActions()
{
    const bool connected = m_sessions->session() != nullptr;
    ContactTab *tab = currentContactTab();
    m_newIndividual->setEnabled(connected);
    m_newStructure->setEnabled(connected);
    m_save->setEnabled(tab != nullptr);
    m_reload->setEnabled(tab && !tab->contactNumber().isEmpty());
    m_closeTab->setEnabled(m_tabs->count() > 0);
}

void MainWindow::rebuildProfileMenu()
{
    m_profileMenu->clear();
    ProfileStore *store = m_sessions->profiles();
    if (!store)
        return;
    auto *group = new QActionGroup(m_profileMenu);
    const QString current = store->currentProfileId();
    for (const ConnectionProfile &profile : store->list()) {
        QAction *action = m_profileMenu->addAction(profile.name);
        action->setCheckable(true);
        action->setChecked(profile.id == current);
        group->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { switchProfile(id); });
    }
    if (m_manageConnections) {
        m_profileMenu->addSeparator();
        m_profileMenu->addAction(m_manageConnections);
    }
}

void MainWindow::setManageConnectionsAction(QAction *action)
{
    m_manageConnections = action;
    rebuildProfileMenu();
}

void MainWindow::switchProfile(const QString &profileId)
{
    const std::optional<ConnectionProfile> current = m_sessions->profile();
    if (current && current->id == profileId && m_sessions->session()) {
        rebuildProfileMenu();
        return;
    }
    if (!confirmDiscardAll(tr("switching the connection"))) {
        rebuildProfileMenu();
        return;
    }
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_search->reset();
    m_sessions->open(profileId);
}

void MainWindow::onSessionChanged(ApiSession *session)
{
    m_openingHold.reset();
    m_session = session;
    m_messages->clear();
    m_activity->setLog(session ? session->log() : nullptr);
    if (session) {
        QPointer<ApiSession> guarded(session);
        m_search->setSearchFunction([guarded](const dto::ContactSearchCriteria &criteria) {
            if (!guarded)
                return QtFuture::makeReadyFuture(
                    Result<dto::ContactSearchResult>(ApiError::make(ApiError::Kind::Cancelled, QString())));
            return guarded->s360()->searchContactByCriteria(criteria);
        });
        if (!session->tlsSetupError().isEmpty())
            m_messages->showMessage(MessageBar::Level::Warning, session->tlsSetupError());
    } else {
        m_search->setSearchFunction({});
    }
    m_search->reset();
    updateStatus();
    updateActions();
    rebuildProfileMenu();
    Q_EMIT sessionReady(session);
    offerDrafts();
}

void MainWindow::onReferenceDataChanged()
{
    if (const auto &reference = m_sessions->referenceData()) {
        m_search->setReferenceData(*reference);
        for (ContactTab *tab : contactTabs())
            tab->setReferenceData(*reference);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const std::optional<ConnectionProfile> profile = m_sessions->profile();
    if (!profile || !m_sessions->session()) {
        if (!m_sessions->isOpening())
            m_profileLabel->setText(tr("Not connected"));
        m_institutionLabel->clear();
        m_bindingLabel->clear();
        m_referenceAge->clear();
        m_refreshReference->setEnabled(false);
        return;
    }
    m_profileLabel->setText(profile->isDemo ? tr("Profile: %1 (demo)").arg(profile->name)
                                            : tr("Profile: %1").arg(profile->name));
    m_profileLabel->setToolTip(profile->s360BaseUrl.toDisplayString());
    m_institutionLabel->setText(tr("Institution: %1").arg(profile->institutionCode));
    m_bindingLabel->setText(tr("Binding: %1").arg(bindingName(profile->binding)));
    const auto &reference = m_sessions->referenceData();
    m_referenceAge->setText(referenceDataAgeText(reference, QDateTime::currentDateTimeUtc()));
    if (reference && reference->stale && reference->staleReason.isError())
        m_referenceAge->setToolTip(errorTextOf(reference->staleReason));
    else
        m_referenceAge->setToolTip(tr("Structure types, criteria, authorizations and administrative numbers"));
    m_refreshReference->setEnabled(true);
}

QList<ContactTab *> MainWindow::contactTabs() const
{
    QList<ContactTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ContactTab *>(m_tabs->widget(i)))
            tabs << tab;
    }
    return tabs;
}

ContactTab *MainWindow::currentContactTab() const
{
    return qobject_cast<ContactTab *>(m_tabs->currentWidget());
}

void MainWindow::updateTabTitle(ContactTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->title();
    m_tabs->setTabText(index, tab->isDirty() ? title + QStringLiteral(" *") : title);
    m_tabs->setTabToolTip(index, tab->isDirty() ? tr("%1 (unsaved changes)").arg(title) : title);
    m_tabs->setTabIcon(index, icon(tab->isStructure() ? Icon::Structure : Icon::Person));
}

void MainWindow::addTab(ContactTab *tab)
{
    tab->setBusyIndicator(m_busy);
    if (const auto &reference = m_sessions->referenceData())
        tab->setReferenceData(*reference);
    m_undoGroup->addStack(tab->undoStack());
    const int index = m_tabs->addTab(tab, tab->title());
    connect(tab, &ContactTab::titleChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &ContactTab::dirtyChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &ContactTab::saved, this, [this] { m_search->model()->refresh(); });
    connect(tab, &ContactTab::loaded, this, [this] { updateActions(); });
    connect(tab, &ContactTab::openContactRequested, this,
            [this](const QString &number, bool structure) { openContact(number, structure); });
    Q_EMIT tabCreated(tab);
    updateTabTitle(tab);
    m_tabs->setCurrentIndex(index);
    updateActions();
}

ContactTab *MainWindow::openContact(const QString &contactNumber, bool isStructure)
{
    for (ContactTab *tab : contactTabs()) {
        if (tab->contactNumber() == contactNumber && !contactNumber.isEmpty()) {
            m_tabs->setCurrentWidget(tab);
            return tab;
        }
    }
    if (!m_session)
        return nullptr;
    if (isStructure) {
        auto *tab = new StructureTab(m_session, m_drafts, m_tabs);
        addTab(tab);
        tab->load(contactNumber);
        return tab;
    }
    auto *tab = new IndividualTab(m_session, m_drafts, m_tabs);
    addTab(tab);
    tab->load(contactNumber);
    return tab;
}

ContactTab *MainWindow::newIndividual()
{
    if (!m_session)
        return nullptr;
    auto *tab = new IndividualTab(m_session, m_drafts, m_tabs);
    tab->startNew();
    addTab(tab);
    if (QWidget *lastName = tab->editor()->fieldWidget(QStringLiteral("individualContact.individualLastName")))
        lastName->setFocus();
    return tab;
}

ContactTab *MainWindow::newStructure()
{
    if (!m_session)
        return nullptr;
    auto *tab = new StructureTab(m_session, m_drafts, m_tabs);
    tab->startNew();
    addTab(tab);
    if (QWidget *name = tab->editor()->fieldWidget(QStringLiteral("structureContact.structureName")))
        name->setFocus();
    return tab;
}

MainWindow::UnsavedChoice MainWindow::askAboutUnsaved(const QString &what, bool canSave)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), what, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    QPushButton *save = canSave ? box.addButton(tr("Save"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (save && box.clickedButton() == save)
        return UnsavedChoice::Save;
    if (box.clickedButton() == discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Cancel;
}

bool MainWindow::closeTab(int index)
{
    auto *tab = qobject_cast<ContactTab *>(m_tabs->widget(index));
    if (!tab)
        return false;
    if (tab->isDirty()) {
        m_tabs->setCurrentIndex(index);
        switch (askAboutUnsaved(tr("%1 has unsaved changes.").arg(tab->title()), true)) {
        case UnsavedChoice::Cancel:
            return false;
        case UnsavedChoice::Save: {
            // Close once the save went through; a failed save keeps the tab open.
            QPointer<ContactTab> guarded(tab);
            connect(tab, &ContactTab::saved, this, [this, guarded] {
                if (guarded)
                    closeTab(m_tabs->indexOf(guarded));
            }, Qt::SingleShotConnection);
            tab->save();
            return false;
        }
        case UnsavedChoice::Discard:
            tab->discardDraft();
            break;
        }
    }
    m_undoGroup->removeStack(tab->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
    updateActions();
    return true;
}

bool MainWindow::confirmDiscardAll(const QString &why)
{
    QList<ContactTab *> dirty;
    for (ContactTab *tab : contactTabs()) {
        if (tab->isDirty())
            dirty << tab;
    }
    if (dirty.isEmpty())
        return true;
    QStringList names;
    for (ContactTab *tab : std::as_const(dirty))
        names << tab->title();
    const UnsavedChoice choice = askAboutUnsaved(
        tr("Before %1: these contacts have unsaved changes:\n%2\n\nDiscard them? (Cancel to go back and save them.)")
            .arg(why, names.join(u'\n')),
        false);
    if (choice != UnsavedChoice::Discard)
        return false;
    for (ContactTab *tab : std::as_const(dirty))
        tab->discardDraft();
    return true;
}

void MainWindow::offerDrafts()
{
    if (!m_drafts || !m_session)
        return;
    const QString profileId = m_session->profile().id;
    QList<ContactDraft> drafts = m_drafts->list(profileId);
    // Drafts of tabs open now are theirs, not leftovers.
    for (ContactTab *tab : contactTabs())
        drafts.removeIf([tab](const ContactDraft &d) { return !d.isNew() && d.contactNumber == tab->contactNumber(); });
    drafts.removeIf([](const ContactDraft &d) { return !d.individual && !d.structure; });
    if (drafts.isEmpty())
        return;
    auto *dialog = new RestoreDraftsDialog(drafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDraftsDialog::restoreRequested, this, [this](const QList<ContactDraft> &chosen) {
        for (const ContactDraft &draft : chosen) {
            if (!m_session)
                return;
            if (draft.structure) {
                auto *tab = new StructureTab(m_session, m_drafts, m_tabs);
                addTab(tab);
                tab->restoreDraft(draft);
                continue;
            }
            auto *tab = new IndividualTab(m_session, m_drafts, m_tabs);
            addTab(tab);
            tab->restoreDraft(draft);
        }
    });
    connect(dialog, &RestoreDraftsDialog::discardRequested, this, [this, profileId](const QList<ContactDraft> &chosen) {
        for (const ContactDraft &draft : chosen)
            m_drafts->remove(profileId, draft.key());
    });
    m_draftsDialog = dialog;
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscardAll(tr("quitting"))) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    if (!restoreState(settings.value(stateKey).toByteArray()))
        resizeDocks({m_activity}, {150}, Qt::Vertical);
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray())) {
        const int total = std::max(width(), 1000);
        m_splitter->setSizes({total * 45 / 100, total * 55 / 100});
    }
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(splitterKey, m_splitter->saveState());
    });
}

} // namespace contactdesk::ui
