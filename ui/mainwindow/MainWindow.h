#pragma once

// The main window: search on the left, open contacts in tabs on the right, a message bar for
// errors, an activity dock with every call, and a status bar with the profile, institution,
// binding, age of the reference data and a busy indicator.
//
// Shortcuts: Ctrl+F search, Ctrl+N new individual, Ctrl+Shift+N new structure, Ctrl+S save, Ctrl+W close the tab,
// Ctrl+Z / Ctrl+Shift+Z undo / redo, Ctrl+Q quit. Geometry, dock and splitter positions are
// remembered in QSettings.

#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "profiles/ConnectionProfile.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QToolBar;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoGroup;



namespace contactdesk::ui {

class ActivityDock;
class BusyIndicator;
class ContactTab;
class DraftStore;
class MessageBar;
class SearchPanel;
class SessionManager;
struct ContactSummary;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:

    // sessions is not owned; drafts may be null (no local drafts).
    explicit MainWindow(SessionManager *sessions, DraftStore *drafts = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPanel *searchPanel() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messages; }
    ActivityDock *activityDock() const { return m_activity; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    QLabel *referenceAgeLabel() const { return m_referenceAge; }
    QLabel *profileLabel() const { return m_profileLabel; }
    SessionManager *sessions() const { return m_sessions; }
    DraftStore *drafts() const { return m_drafts; }

    // Opens (or focuses) the contact's tab.
    ContactTab *openContact(const QString &contactNumber, bool isStructure);
    ContactTab *newIndividual();
    // An empty structure editor; saved with a client identifier (a retry never makes two).
    ContactTab *newStructure();
    ContactTab *currentContactTab() const;
    QList<ContactTab *> contactTabs() const;
    // Asks about unsaved edits in every tab; true when the user lets them go (or there are none).
    bool confirmDiscardAll(const QString &why);
    // Closes the tab at index after asking about unsaved edits; true when closed.
    bool closeTab(int index);
    // Switches to another profile (asks about unsaved edits first).
    void switchProfile(const QString &profileId);
    // Offers back the drafts left by an earlier run for the current profile.
    void offerDrafts();
    QDialog *draftsDialog() const { return m_draftsDialog; }

    // The "Connections…" action, listed at the end of the Connection menu.
    void setManageConnectionsAction(QAction *action);
    QMenu *contactMenu() const { return m_contactMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolbar; }
    ApiSession *session() const { return m_session; }

Q_SIGNALS:
    void sessionReady(contactdesk::ApiSession *session);
    void tabCreated(contactdesk::ui::ContactTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class UnsavedChoice { Save, Discard, Cancel };
    UnsavedChoice askAboutUnsaved(const QString &what, bool canSave);
    static QString errorTextOf(const ApiError &error);
    void buildActions();
    void buildStatusBar();
    void onSessionChanged(ApiSession *session);
    void onReferenceDataChanged();
    void updateStatus();
    void updateActions();
    void updateTabTitle(ContactTab *tab);
    void rebuildProfileMenu();
    void addTab(ContactTab *tab);
    void saveLayout() const;
    void restoreLayout();

    SessionManager *m_sessions;
    DraftStore *m_drafts;
    SearchPanel *m_search = nullptr;
    QStackedWidget *m_tabArea = nullptr;
    QLabel *m_emptyHint = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_messages = nullptr;
    ActivityDock *m_activity = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_institutionLabel = nullptr;
    QLabel *m_bindingLabel = nullptr;
    QLabel *m_referenceAge = nullptr;
    QToolButton *m_refreshReference = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_profileMenu = nullptr;
    QMenu *m_contactMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_manageConnections = nullptr;
    QPointer<QDialog> m_draftsDialog;
    std::shared_ptr<void> m_searchHold;
    QAction *m_newIndividual = nullptr;
    QAction *m_newStructure = nullptr;
    QAction *m_save = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_reload = nullptr;
    QPointer<ApiSession> m_session;
    std::shared_ptr<void> m_openingHold;
};

} // namespace contactdesk::ui
