// Structures and members, registration tokens (one, verify, bulk with its report), the demo
// outbox, ticket-shop tools and export, through the real dialogs against the demo sandbox.

#include "../support/UiHarness.h"

#include "common/FieldErrorRegistry.h"
#include "common/MessageBar.h"
#include "mainwindow/AppActions.h"
#include "outbox/OutboxDialog.h"
#include "search/SearchPanel.h"
#include "structure/MemberDialog.h"
#include "structure/MemberPickerDialog.h"
#include "structure/MembersPanel.h"
#include "structure/StructureEditor.h"
#include "structure/StructureMembersModel.h"
#include "structure/StructureTab.h"
#include "ticketshop/TicketShopDialog.h"
#include "tokens/BulkTokenDialog.h"
#include "tokens/SendTokenDialog.h"
#include "tokens/VerifyTokenDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace contactdesk;
using namespace contactdesk::ui;

class TestAdminWorkflows : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<uitest::Harness> h;

    AppActions *actions() const { return h->window()->findChild<AppActions *>(); }

    QString createWith(const QString &first, const QString &last, const QString &email, const QString &login = {},
                       const QString &password = {})
    {
        dto::IndividualContactData data;
        data.individualContact = dto::IndividualData{};
        data.individualContact->individualFirstName = first;
        data.individualContact->individualLastName = last;
        data.email = email;
        data.login = login;
        data.password = password;
        dto::CommunicationMeanData phone;
        phone.type = QStringLiteral("MOBILE");
        phone.value = QStringLiteral("+41 79 555 12 34");
        data.communicationMeans = QList<dto::CommunicationMeanData>{phone};
        dto::ContactAddressData address;
        address.addressTypes = {QStringLiteral("MAIN")};
        address.line1 = QStringLiteral("Rue du Test 1");
        address.zipCode = QStringLiteral("1003");
        address.town = QStringLiteral("Lausanne");
        address.countryCode = QStringLiteral("CH");
        data.addresses = QList<dto::ContactAddressData>{address};
        const Result<dto::ContactSaveResult> saved = uitest::await(h->session()->s360()->saveIndividualContactData(data));
        if (!saved.ok())
            qWarning() << saved.error().toString();
        return saved.ok() ? saved->contactNumber : QString();
    }

    // Types into the main search field and waits for `count` results.
    bool searchFor(const QString &text, int count)
    {
        SearchPanel *search = h->window()->searchPanel();
        search->searchField()->clear();
        QTest::keyClicks(search->searchField(), text);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(search->model()->rowCount(), count, 10000); }();
        return search->model()->rowCount() == count;
    }

    QList<OutboxMail> outbox()
    {
        const Result<QList<OutboxMail>> mails = uitest::await(h->sessions()->demo()->outbox(50));
        return mails.ok() ? mails.value() : QList<OutboxMail>();
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<uitest::Harness>();
        QVERIFY(h->connect());
        h->newWindow();
        QVERIFY(actions());
    }
    void cleanup() { h.reset(); }

    void structureWithMembersAddAndRemove()
    {
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("STRUCTURE");
        criteria.maxResults = 1;
        const Result<dto::ContactSearchResult> structures = uitest::await(h->session()->s360()->searchContactByCriteria(criteria));
        QVERIFY(structures.ok() && !structures->contacts.isEmpty());
        const QString structureNumber = structures->contacts.first().contactNumber;

        auto *tab = qobject_cast<StructureTab *>(h->window()->openContact(structureNumber, true));
        QVERIFY(tab);
        MembersPanel *members = tab->members();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !members->isLoading() && !members->members().isEmpty(), 15000);
        const int before = int(members->members().size());
        // The columns fit their titles once the first page is in ("Professional email" is not
        // clipped); the last one still stretches.
        QTableView *table = members->table();
        QVERIFY(table->horizontalHeader()->stretchLastSection());
        const int email = StructureMembersModel::ProfessionalEmail;
        QCOMPARE(table->model()->headerData(email, Qt::Horizontal).toString(), QStringLiteral("Professional email"));
        QVERIFY(table->horizontalHeader()->sectionSize(email)
                > table->horizontalHeader()->fontMetrics().horizontalAdvance(QStringLiteral("Professional email")));
        QCOMPARE(members->totalCount(), before);
        QCOMPARE(members->findChild<QLabel *>(QStringLiteral("memberCount"))->text(),
                 QStringLiteral("%1 member(s)").arg(before)); // no English catalogue is loaded here
        // The relay is shown and reachable.
        QVERIFY(!tab->stored().structureContact->relayContactNumber.isEmpty());
        QVERIFY(tab->editor()->findChild<QPushButton *>(QStringLiteral("openRelayButton"))->isEnabled());

        // Add an existing individual through the picker.
        const QString person = createWith(QStringLiteral("Mia"), QStringLiteral("Memberson"), QStringLiteral("mia.memberson@example.ch"));
        QVERIFY(!person.isEmpty());
        tab->pages()->setCurrentWidget(members);
        members->addExisting();
        MemberPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = members->findChild<MemberPickerDialog *>()) != nullptr);
        QTest::keyClicks(picker->search()->searchField(), QStringLiteral("Memberson"));
        QTRY_COMPARE_WITH_TIMEOUT(picker->search()->model()->rowCount(), 1, 10000);
        picker->search()->resultsView()->selectRow(0);
        picker->functionEdit()->setText(QStringLiteral("Treasurer"));
        picker->addSelected();
        QTRY_COMPARE_WITH_TIMEOUT(int(members->members().size()), before + 1, 10000);
        int row = -1;
        for (int i = 0; i < members->members().size(); ++i) {
            if (members->members().at(i).memberContactNumber == person)
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(members->members().at(row).function, QStringLiteral("Treasurer"));

        // Create a new individual as a member.
        members->createNew();
        MemberDialog *created = nullptr;
        QTRY_VERIFY((created = members->findChild<MemberDialog *>()) != nullptr);
        created->firstNameEdit()->setText(QStringLiteral("Noah"));
        created->lastNameEdit()->setText(QStringLiteral("Newmember"));
        created->emailEdit()->setText(QStringLiteral("bad@"));
        created->save(); // refused before any call
        QVERIFY(created->isVisible());
        created->emailEdit()->setText(QStringLiteral("noah@example.ch"));
        created->save();
        QTRY_COMPARE_WITH_TIMEOUT(int(members->members().size()), before + 2, 10000);

        // Filter by last name, then remove the member added first.
        members->lastNameFilter()->setText(QStringLiteral("Memberson"));
        QTRY_COMPARE_WITH_TIMEOUT(int(members->members().size()), 1, 10000);
        members->removeMember(0, false);
        QTRY_COMPARE_WITH_TIMEOUT(int(members->members().size()), 0, 10000);
        members->lastNameFilter()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(int(members->members().size()), before + 1, 10000);

        // Open a member in its own tab: a row selected, the Open button comes on, Return opens it.
        const int tabs = h->window()->tabs()->count();
        QSignalSpy open(members, &MembersPanel::openMemberRequested);
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(members->findChild<QPushButton *>(QStringLiteral("openMemberButton"))->isEnabled());
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), members->members().first().memberContactNumber);
        QTRY_COMPARE(h->window()->tabs()->count(), tabs + 1);
    }

    void structureEditSaveAndAdministrativeNumberPattern()
    {
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("STRUCTURE");
        criteria.maxResults = 1;
        const Result<dto::ContactSearchResult> structures = uitest::await(h->session()->s360()->searchContactByCriteria(criteria));
        QVERIFY(structures.ok() && !structures->contacts.isEmpty());
        const QString number = structures->contacts.first().contactNumber;
        auto *tab = qobject_cast<StructureTab *>(h->window()->openContact(number, true));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !tab->contactNumber().isEmpty(), 15000);
        QTRY_VERIFY(!h->sessions()->referenceData()->administrativeNumbers.administrativeNumbers.isEmpty());

        auto *name = qobject_cast<QLineEdit *>(tab->editor()->fieldWidget(QStringLiteral("structureContact.structureName")));
        QVERIFY(name);
        name->setText(QStringLiteral("Théâtre Renommé"));
        // An administrative number with a pattern, first wrong, then right.
        const dto::AvailableAdministrativeNumber definition =
            h->sessions()->referenceData()->administrativeNumbers.administrativeNumbers.first();
        tab->document()->edit(QStringLiteral("structureContact.administrativeNumbers"), QStringLiteral("test"),
                              [&](dto::StructureContactData &d) {
                                  d.structureContact->administrativeNumbers = {{definition.code, QStringLiteral("??")}};
                              });
        tab->save();
        QVERIFY(tab->isDirty());
        if (!definition.pattern.isEmpty())
            QVERIFY(!tab->editor()->errors()->fieldsWithProblems().isEmpty());
        tab->document()->edit(QStringLiteral("structureContact.administrativeNumbers"), QStringLiteral("test"),
                              [&](dto::StructureContactData &d) { d.structureContact->administrativeNumbers.clear(); });
        tab->save();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isDirty() && !tab->isBusy(), 15000);
        QCOMPARE(h->fetch(number).structureContact->structureName, QStringLiteral("Théâtre Renommé"));
        QCOMPARE(h->window()->tabs()->tabText(h->window()->tabs()->currentIndex()), QStringLiteral("Théâtre Renommé"));
    }

    void tokenSentLandsInTheOutbox()
    {
        const QString number = createWith(QStringLiteral("Tom"), QStringLiteral("Tokenholder"), QStringLiteral("tom.token@example.ch"));
        QVERIFY(!number.isEmpty());
        ContactTab *tab = h->window()->openContact(number, false);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && actions()->sendTokenAction()->isEnabled(), 10000);
        SendTokenDialog *dialog = actions()->sendToken();
        QVERIFY(dialog);
        QSignalSpy sent(dialog, &SendTokenDialog::sent);
        dialog->sendButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Sent to tom.token@example.ch"));

        QVERIFY(actions()->outboxAction()->isEnabled());
        OutboxDialog *box = actions()->showOutbox();
        QVERIFY(box);
        QSignalSpy refreshed(box, &OutboxDialog::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 10000);
        QVERIFY(!box->mails().isEmpty());
        QCOMPARE(box->mails().first().to, QStringLiteral("tom.token@example.ch"));
        QCOMPARE(box->table()->model()->index(0, 1).data().toString(), QStringLiteral("tom.token@example.ch"));
        QVERIFY(!box->bodyView()->toPlainText().isEmpty());

        // A made-up token does not verify.
        VerifyTokenDialog *verify = actions()->verifyToken();
        QSignalSpy failed(verify, &VerifyTokenDialog::failed);
        verify->tokenEdit()->setText(QStringLiteral("not-a-real-token"));
        verify->verify();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(verify->resultLabel()->text().contains(QStringLiteral("Invalid or expired token")));
        QVERIFY(verify->tokenEdit()->text().isEmpty());
    }

    void bulkTokensWithCancellableProgressAndCsvReport()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!createWith(QStringLiteral("Bea%1").arg(i), QStringLiteral("Bulkington"),
                                QStringLiteral("bea%1.bulk@example.ch").arg(i))
                         .isEmpty());
        QVERIFY(searchFor(QStringLiteral("Bulkington"), 3));
        h->window()->searchPanel()->resultsView()->selectAll();
        BulkTokenDialog *dialog = actions()->sendTokensToSelection();
        QVERIFY(dialog);
        QSignalSpy finished(dialog->sender(), &BulkTokenSender::finished);
        dialog->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(dialog->sender()->sentCount(), 3);
        QCOMPARE(dialog->reportTable()->model()->rowCount(), 3);
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("Sent: 3")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(dialog->saveReport(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 5); // header, three contacts, the empty rest after the last CRLF
        QVERIFY(lines.at(1).contains("sent"));
        QVERIFY(lines.at(1).contains("bulk@example.ch"));

        // Cancelled before it starts the second call: the rest is reported as not sent.
        BulkTokenDialog *second = actions()->sendTokensToSelection();
        QSignalSpy secondFinished(second->sender(), &BulkTokenSender::finished);
        second->start();
        second->sender()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(secondFinished.size(), 1, 20000);
        QVERIFY(second->sender()->sentCount() <= 1);
        QVERIFY(second->summaryLabel()->text().contains(QStringLiteral("cancelled")));
    }

    void ticketShopTools()
    {
        const QString number = createWith(QStringLiteral("Sol"), QStringLiteral("Shopper"), QStringLiteral("sol.shopper@example.ch"),
                                          QStringLiteral("sol.shopper"), QStringLiteral("Shop-Secret-42"));
        QVERIFY(!number.isEmpty());
        ContactTab *tab = h->window()->openContact(number, false);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !tab->contactNumber().isEmpty(), 10000);
        TicketShopDialog *dialog = actions()->ticketShopTools();
        QVERIFY(dialog);
        QCOMPARE(dialog->loginEdit()->text(), QStringLiteral("sol.shopper"));

        QSignalSpy loaded(dialog, &TicketShopDialog::pointsOfSalesLoaded);
        dialog->passwordEdit()->setText(QStringLiteral("Shop-Secret-42"));
        dialog->loadPointsOfSales();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(loaded.first().first().toInt() > 0);

        QSignalSpy tested(dialog, &TicketShopDialog::loginTested);
        dialog->passwordEdit()->setText(QStringLiteral("Shop-Secret-42"));
        dialog->rememberMeBox()->setChecked(true);
        dialog->testLogin();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
        QCOMPARE(tested.first().first().toBool(), true);
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QVERIFY(dialog->loginResult()->text().contains(number));
        QVERIFY(dialog->copyCookieButton()->isEnabled());
        dialog->copyCookie();
        const QString cookie = QApplication::clipboard()->text();
        QVERIFY2(cookie.startsWith(QStringLiteral("stx_rememberMe_MOSA_")), qPrintable(cookie.left(30)));
        QVERIFY(!dialog->loginResult()->text().contains(cookie.mid(cookie.indexOf(u'=') + 1, 20)));

        // A wrong password fails, and says so.
        dialog->passwordEdit()->setText(QStringLiteral("wrong-password"));
        dialog->rememberMeBox()->setChecked(false);
        dialog->testLogin();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 10000);
        QCOMPARE(tested.last().first().toBool(), false);

        // Change: the confirmation must match; then a real change.
        QSignalSpy changed(dialog, &TicketShopDialog::changeFinished);
        dialog->currentPasswordEdit()->setText(QStringLiteral("Shop-Secret-42"));
        dialog->newPasswordEdit()->setText(QStringLiteral("Shop-Secret-43"));
        dialog->confirmPasswordEdit()->setText(QStringLiteral("Shop-Secret-44"));
        dialog->changePassword();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
        dialog->confirmPasswordEdit()->setText(QStringLiteral("Shop-Secret-43"));
        dialog->changePassword();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QCOMPARE(changed.last().first().toBool(), true);

        // Recover: a new password is mailed (to the demo outbox).
        QSignalSpy recovered(dialog, &TicketShopDialog::recoverFinished);
        dialog->recoverPassword();
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
        QCOMPARE(recovered.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!outbox().isEmpty() && outbox().first().to == QStringLiteral("sol.shopper@example.ch"), 10000);
    }

    void exportCsvAndVCard()
    {
        QVERIFY(!createWith(QStringLiteral("Eli"), QStringLiteral("Exportable"), QStringLiteral("eli@example.ch")).isEmpty());
        QVERIFY(!createWith(QStringLiteral("Ezra"), QStringLiteral("Exportable"), QStringLiteral("ezra@example.ch")).isEmpty());
        QVERIFY(searchFor(QStringLiteral("Exportable"), 2));
        QTemporaryDir dir;
        QSignalSpy done(actions(), &AppActions::exportFinished);

        const QString csvPath = dir.filePath(QStringLiteral("contacts.csv"));
        QVERIFY(actions()->exportResults(ContactExporter::Format::Csv, csvPath));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        QCOMPARE(done.first().first().toBool(), true);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csv.readAll();
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csvBytes.contains("Eli") && csvBytes.contains("Ezra"));
        QCOMPARE(csvBytes.count("\r\n"), 3);

        const QString vcfPath = dir.filePath(QStringLiteral("contacts.vcf"));
        QVERIFY(actions()->exportResults(ContactExporter::Format::VCard, vcfPath));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 15000);
        QCOMPARE(done.last().first().toBool(), true);
        QFile vcf(vcfPath);
        QVERIFY(vcf.open(QIODevice::ReadOnly));
        const QByteArray cards = vcf.readAll();
        QCOMPARE(cards.count("BEGIN:VCARD\r\n"), 2);
        QCOMPARE(cards.count("VERSION:4.0\r\n"), 2);
        QVERIFY(cards.contains("TEL;TYPE=cell:+41 79 555 12 34"));
        QVERIFY(cards.contains("ADR;TYPE=home;PREF=1:"));
        QVERIFY(cards.contains("Rue du Test 1") && cards.contains(";Lausanne;") && cards.contains(";1003;CH"));

        // A selection of one row of two exports that row only... two or more selected rows do.
        h->window()->searchPanel()->resultsView()->selectRow(0);
        const QString onePath = dir.filePath(QStringLiteral("all-again.csv"));
        QVERIFY(actions()->exportResults(ContactExporter::Format::Csv, onePath));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 15000);
        QFile again(onePath);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll().count("\r\n"), 3); // one selected row: the whole result set
    }
};

int main(int argc, char *argv[])
{
    uitest::prepareEnvironment();
    QApplication app(argc, argv);
    TestAdminWorkflows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_adminworkflows.moc"
