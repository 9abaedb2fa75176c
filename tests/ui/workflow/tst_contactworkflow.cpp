// The contact workflows of the main window, driven through the real widgets against the demo
// sandbox on loopback: search as you type, open, edit, save, reload; validation; create; the
// draft after a crash; the conflict dialog; a server `invalid` answer next to its field.

#include "../support/UiHarness.h"

#include "activity/ActivityDock.h"
#include "activity/ActivityModel.h"
#include "common/FieldErrorLabel.h"
#include "common/FieldErrorRegistry.h"
#include "common/MessageBar.h"
#include "common/OptionalDateEdit.h"
#include "contact/ConflictDialog.h"
#include "contact/IndividualTab.h"
#include "drafts/RestoreDraftsDialog.h"
#include "search/SearchPanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace contactdesk;
using namespace contactdesk::ui;

class TestContactWorkflow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<uitest::Harness> h;

    IndividualTab *currentIndividualTab() const
    {
        return qobject_cast<IndividualTab *>(h->window()->tabs()->currentWidget());
    }

    static QLineEdit *lineEdit(IndividualTab *tab, const char *path)
    {
        return qobject_cast<QLineEdit *>(tab->editor()->fieldWidget(QString::fromLatin1(path)));
    }

    static QString problemAt(IndividualTab *tab, const char *path)
    {
        FieldErrorLabel *label = tab->editor()->errors()->label(QString::fromLatin1(path));
        return label && label->isVisibleTo(tab) ? label->text() : QString();
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    IndividualTab *openByTyping(const QString &text)
    {
        SearchPanel *search = h->window()->searchPanel();
        search->focusSearch();
        QTest::keyClicks(search->searchField(), text);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(search->model()->rowCount(), 1, 10000); }();
        if (search->model()->rowCount() != 1)
            return nullptr;
        QTest::keyClick(search->searchField(), Qt::Key_Down);
        QTest::keyClick(search->resultsView(), Qt::Key_Return);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(currentIndividualTab() && !currentIndividualTab()->isBusy(), 10000); }();
        return currentIndividualTab();
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<uitest::Harness>();
        QVERIFY(h->connect());
        h->newWindow();
        QVERIFY(QTest::qWaitForWindowExposed(h->window()) || QGuiApplication::platformName() == u"offscreen");
    }

    void cleanup() { h.reset(); }

    void statusBarShowsProfileAndReferenceAge()
    {
        QTRY_VERIFY(h->window()->profileLabel()->text().contains(QStringLiteral("Demo sandbox")));
        QTRY_VERIFY(h->window()->referenceAgeLabel()->text().contains(QStringLiteral("reference data")));
    }

    void searchAsYouTypeThenOpenEditSaveReload()
    {
        const QString number = h->createIndividual(QStringLiteral("Anna"), QStringLiteral("Quenneville"));
        QVERIFY(!number.isEmpty());
        // No contact open: the tab area shows how to open one.
        auto *hint = h->window()->findChild<QLabel *>(QStringLiteral("noContactOpenHint"));
        QVERIFY(hint);
        QCOMPARE(hint->isVisible(), h->window()->tabs()->count() == 0);

        IndividualTab *tab = openByTyping(QStringLiteral("Quennev"));
        QVERIFY(tab);
        QVERIFY(!hint->isVisible());
        QVERIFY(h->window()->tabs()->isVisible());
        QCOMPARE(tab->contactNumber(), number);
        QLineEdit *firstName = lineEdit(tab, "individualContact.individualFirstName");
        QVERIFY(firstName);
        QTRY_COMPARE(firstName->text(), QStringLiteral("Anna"));

        retype(firstName, QStringLiteral("Annette"));
        QVERIFY(tab->isDirty());
        QTRY_VERIFY(h->window()->tabs()->tabText(h->window()->tabs()->currentIndex()).endsWith(QStringLiteral("*")));

        QTest::keyClick(h->window(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isDirty() && !tab->isBusy(), 10000);
        QTRY_COMPARE(firstName->text(), QStringLiteral("Annette"));
        QVERIFY(!h->window()->tabs()->tabText(h->window()->tabs()->currentIndex()).endsWith(QStringLiteral("*")));

        // What the server holds now, and a reload of the tab shows it.
        QCOMPARE(h->fetch(number).individualContact->individualFirstName, QStringLiteral("Annette"));
        tab->reload();
        QTRY_VERIFY(!tab->isBusy());
        QCOMPARE(firstName->text(), QStringLiteral("Annette"));

        // The calls are in the activity dock.
        QVERIFY(h->window()->activityDock()->model()->rowCount() > 0);
        const QString log = h->window()->activityDock()->copySelection();
        QVERIFY(log.contains(QStringLiteral("saveIndividualContactData")));
        QVERIFY(!log.contains(h->session()->s360()->connection().operatorLogin + QStringLiteral(":")));

        // Ctrl+W closes the saved tab; with none left the hint is back.
        while (h->window()->tabs()->count() > 0) {
            const int before = h->window()->tabs()->count();
            QTest::keyClick(h->window(), Qt::Key_W, Qt::ControlModifier);
            QTRY_COMPARE(h->window()->tabs()->count(), before - 1);
        }
        QTRY_VERIFY(hint->isVisible());
    }

    void undoRedoAndEscape()
    {
        const QString number = h->createIndividual(QStringLiteral("Bruno"), QStringLiteral("Undoable"));
        IndividualTab *tab = openByTyping(QStringLiteral("Undoab"));
        QVERIFY(tab);
        QLineEdit *lastName = lineEdit(tab, "individualContact.individualLastName");
        QTRY_COMPARE(lastName->text(), QStringLiteral("Undoable"));
        retype(lastName, QStringLiteral("Changed"));
        QVERIFY(tab->isDirty());
        // Esc brings back the value the field had when it got the focus.
        QTest::keyClick(lastName, Qt::Key_Escape);
        QCOMPARE(lastName->text(), QStringLiteral("Undoable"));
        QVERIFY(!tab->isDirty());
        // Undo and redo through the stack.
        retype(lastName, QStringLiteral("Other"));
        QVERIFY(tab->undoStack()->canUndo());
        tab->undoStack()->undo();
        QCOMPARE(lastName->text(), QStringLiteral("Undoable"));
        tab->undoStack()->redo();
        QCOMPARE(lastName->text(), QStringLiteral("Other"));
        Q_UNUSED(number);
    }

    void validationBlocksBadInputAndShowsTheMessage()
    {
        QTest::keyClick(h->window(), Qt::Key_N, Qt::ControlModifier);
        IndividualTab *tab = currentIndividualTab();
        QVERIFY(tab);
        QVERIFY(tab->contactNumber().isEmpty());
        QTest::keyClicks(lineEdit(tab, "individualContact.individualLastName"), QStringLiteral("Valid"));
        QTest::keyClicks(lineEdit(tab, "email"), QStringLiteral("anna@"));
        QVERIFY(!problemAt(tab, "email").isEmpty());
        auto *birth = qobject_cast<OptionalDateEdit *>(tab->editor()->fieldWidget(QStringLiteral("individualContact.individualBirthDate")));
        QVERIFY(birth);
        birth->setOptionalDate(QDate::currentDate().addDays(3));
        QVERIFY(problemAt(tab, "individualContact.individualBirthDate").contains(QStringLiteral("future")));

        const int callsBefore = h->window()->activityDock()->model()->rowCount();
        QTest::keyClick(h->window(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(tab->messageBar()->isVisible());
        QVERIFY(tab->messageBar()->text().contains(QStringLiteral("2 field")));
        QTest::qWait(300);
        QCOMPARE(h->window()->activityDock()->model()->rowCount(), callsBefore); // nothing sent
        QVERIFY(tab->contactNumber().isEmpty());

        // Fixed, the message goes.
        retype(lineEdit(tab, "email"), QStringLiteral("anna@example.ch"));
        birth->setOptionalDate(QDate(1990, 1, 2));
        QVERIFY(problemAt(tab, "email").isEmpty());
        QVERIFY(problemAt(tab, "individualContact.individualBirthDate").isEmpty());
    }

    void createIndividual()
    {
        QTest::keyClick(h->window(), Qt::Key_N, Qt::ControlModifier);
        IndividualTab *tab = currentIndividualTab();
        QVERIFY(tab);
        QVERIFY(tab->clientIdentifier().has_value());
        QTest::keyClicks(lineEdit(tab, "individualContact.individualFirstName"), QStringLiteral("Nadia"));
        QTest::keyClicks(lineEdit(tab, "individualContact.individualLastName"), QStringLiteral("Newcomer"));
        QTest::keyClicks(lineEdit(tab, "email"), QStringLiteral("nadia.newcomer@example.fr"));
        QTest::keyClick(h->window(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->contactNumber().isEmpty() && !tab->isBusy(), 10000);
        QVERIFY(!tab->isDirty());
        const dto::ContactDataResult stored = h->fetch(tab->contactNumber());
        QCOMPARE(stored.individualContact->individualLastName, QStringLiteral("Newcomer"));
        QCOMPARE(stored.email, QStringLiteral("nadia.newcomer@example.fr"));
        QCOMPARE(h->window()->tabs()->tabText(h->window()->tabs()->currentIndex()), QStringLiteral("Nadia Newcomer"));
    }

    void draftSurvivesACrash()
    {
        const QString number = h->createIndividual(QStringLiteral("Chris"), QStringLiteral("Crashworthy"));
        IndividualTab *tab = openByTyping(QStringLiteral("Crashwor"));
        QVERIFY(tab);
        QLineEdit *firstName = lineEdit(tab, "individualContact.individualFirstName");
        QTRY_COMPARE(firstName->text(), QStringLiteral("Chris"));
        retype(firstName, QStringLiteral("Christine"));
        QLineEdit *password = lineEdit(tab, "password");
        QTest::keyClicks(lineEdit(tab, "login"), QStringLiteral("christine"));
        QTest::keyClicks(password, QStringLiteral("TopSecret-123"));
        QVERIFY(tab->isDirty());

        const QString profileId = h->session()->profile().id;
        QCOMPARE(h->drafts()->list(profileId).size(), 1);
        // The draft never holds the password.
        QFile file(h->drafts()->filePath(profileId, QStringLiteral("c-") + number));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("Christine"));
        QVERIFY(!onDisk.contains("TopSecret-123"));
        file.close();

        h->destroyWindow(); // no save, no close guard
        h->newWindow();
        QTRY_VERIFY(h->window()->draftsDialog() != nullptr);
        auto *dialog = qobject_cast<RestoreDraftsDialog *>(h->window()->draftsDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 1);
        dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();

        QTRY_VERIFY_WITH_TIMEOUT(currentIndividualTab() && !currentIndividualTab()->isBusy(), 10000);
        IndividualTab *restored = currentIndividualTab();
        QCOMPARE(restored->contactNumber(), number);
        QTRY_COMPARE(lineEdit(restored, "individualContact.individualFirstName")->text(), QStringLiteral("Christine"));
        QVERIFY(restored->isDirty());
        QVERIFY(lineEdit(restored, "password")->text().isEmpty());
        // Undo takes the restored edit back to the stored contact.
        restored->undoStack()->undo();
        QCOMPARE(lineEdit(restored, "individualContact.individualFirstName")->text(), QStringLiteral("Chris"));
    }

    void conflictDialogLetsTheUserChoose()
    {
        const QString number = h->createIndividual(QStringLiteral("Dora"), QStringLiteral("Conflicting"));
        IndividualTab *tab = openByTyping(QStringLiteral("Conflicti"));
        QVERIFY(tab);
        QTRY_COMPARE(lineEdit(tab, "individualContact.individualFirstName")->text(), QStringLiteral("Dora"));

        // Someone else changes the first name meanwhile.
        dto::ContactDataResult other = h->fetch(number);
        dto::IndividualContactData change;
        change.contactNumber = number;
        change.individualContact = *other.individualContact;
        change.individualContact->individualFirstName = QStringLiteral("Dorothea");
        QVERIFY(uitest::await(h->session()->s360()->saveIndividualContactData(change)).ok());

        // The user changes the last name and saves: conflict.
        retype(lineEdit(tab, "individualContact.individualLastName"), QStringLiteral("Resolved"));
        QTest::keyClick(h->window(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(tab->conflictDialog() != nullptr, 10000);
        ConflictDialog *dialog = tab->conflictDialog();
        QCOMPARE(dialog->rowCount(), 2); // first name (theirs) and last name (mine)
        // Defaults: their first name, my last name.
        QCOMPARE(dialog->keepMine(), (QList<bool>{false, true}));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_VERIFY_WITH_TIMEOUT(!tab->isDirty() && !tab->isBusy(), 10000);
        const dto::ContactDataResult stored = h->fetch(number);
        QCOMPARE(stored.individualContact->individualFirstName, QStringLiteral("Dorothea"));
        QCOMPARE(stored.individualContact->individualLastName, QStringLiteral("Resolved"));
        QCOMPARE(lineEdit(tab, "individualContact.individualFirstName")->text(), QStringLiteral("Dorothea"));
    }

    void conflictWithTheUsersOwnChangeCountsAsSaved()
    {
        // A save whose answer was lost and whose retry then meets `conflict` (its
        // expectedLastModificationDate is now stale): the server holds exactly the user's edit.
        const QString number = h->createIndividual(QStringLiteral("Fritz"), QStringLiteral("Lostanswer"));
        IndividualTab *tab = openByTyping(QStringLiteral("Lostansw"));
        QVERIFY(tab);
        QTRY_COMPARE(lineEdit(tab, "individualContact.individualLastName")->text(), QStringLiteral("Lostanswer"));
        const QDateTime before = h->fetch(number).lastModificationDate;

        retype(lineEdit(tab, "individualContact.individualFirstName"), QStringLiteral("Friedrich"));
        // The first attempt lands on the server; its answer never reaches the app.
        dto::ContactDataResult stored = h->fetch(number);
        dto::IndividualContactData landed;
        landed.contactNumber = number;
        landed.individualContact = *stored.individualContact;
        landed.individualContact->individualFirstName = QStringLiteral("Friedrich");
        QVERIFY(uitest::await(h->session()->s360()->saveIndividualContactData(landed)).ok());
        const QDateTime applied = h->fetch(number).lastModificationDate;
        QVERIFY(applied > before);

        QTest::keyClick(h->window(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isDirty() && !tab->isBusy(), 10000);
        QVERIFY(tab->conflictDialog() == nullptr); // nothing to choose
        QVERIFY(!tab->messageBar()->text().isEmpty());
        stored = h->fetch(number);
        QCOMPARE(stored.individualContact->individualFirstName, QStringLiteral("Friedrich"));
        QCOMPARE(stored.lastModificationDate, applied); // not saved a second time
        QCOMPARE(lineEdit(tab, "individualContact.individualFirstName")->text(), QStringLiteral("Friedrich"));
        QDirIterator drafts(h->drafts()->directory(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!drafts.hasNext(), "the draft of a saved edit is removed");
    }

    void serverInvalidAnswerShownNextToTheField()
    {
        const QString number = h->createIndividual(QStringLiteral("Eva"), QStringLiteral("Servervalidated"));
        IndividualTab *tab = openByTyping(QStringLiteral("Servervali"));
        QVERIFY(tab);
        QTRY_COMPARE(lineEdit(tab, "individualContact.individualLastName")->text(), QStringLiteral("Servervalidated"));
        // A title this client does not check (the vendor adds values) but the server refuses.
        tab->document()->edit(QStringLiteral("individualContact.individualTitle"), QStringLiteral("test"),
                              [](dto::IndividualContactData &d) { d.individualContact->individualTitle = QStringLiteral("DR_PROF"); });
        QTest::keyClick(h->window(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!problemAt(tab, "individualContact.individualTitle").isEmpty(), 10000);
        QVERIFY(tab->messageBar()->isVisible());
        QVERIFY(tab->isDirty()); // the failed save keeps the edit
        Q_UNUSED(number);
    }
};

int main(int argc, char *argv[])
{
    uitest::prepareEnvironment();
    QApplication app(argc, argv);
    TestContactWorkflow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contactworkflow.moc"
