// The undo model of the editors: one step per field while typing, a step typed back to where it
// began disappears, a whole-data replace is its own step, dirty follows the clean state, and
// the DTO equality the document relies on.

#include "common/DtoEquality.h"
#include "common/EditDocument.h"
#include "dto/ContactInformationTypes.h"

#include <QSignalSpy>
#include <QTest>

using namespace contactdesk;
using namespace contactdesk::ui;

using Document = EditDocument<dto::IndividualContactData>;

namespace {
void setFirstName(Document &doc, const QString &name)
{
    doc.edit(QStringLiteral("individualContact.individualFirstName"), QStringLiteral("first name"),
             [&](dto::IndividualContactData &d) {
                 if (!d.individualContact)
                     d.individualContact.emplace();
                 d.individualContact->individualFirstName = name;
             });
}
QString firstName(const Document &doc)
{
    return doc.data().individualContact ? doc.data().individualContact->individualFirstName : QString();
}
} // namespace

class TestEditDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typingInOneFieldIsOneStep()
    {
        Document doc;
        doc.reset({});
        QVERIFY(!doc.isDirty());
        for (const QString &prefix : {QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("Ann"), QStringLiteral("Anna")})
            setFirstName(doc, prefix);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.isDirty());
        doc.undoStack()->undo();
        QCOMPARE(firstName(doc), QString());
        QVERIFY(!doc.isDirty());
        doc.undoStack()->redo();
        QCOMPARE(firstName(doc), QStringLiteral("Anna"));
    }

    void anotherFieldStartsAnotherStep()
    {
        Document doc;
        doc.reset({});
        setFirstName(doc, QStringLiteral("Anna"));
        doc.edit(QStringLiteral("email"), QStringLiteral("email"), [](dto::IndividualContactData &d) { d.email = QStringLiteral("a@b.ch"); });
        setFirstName(doc, QStringLiteral("Annette"));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void typedBackToTheStartLeavesNoStep()
    {
        Document doc;
        dto::IndividualContactData start;
        start.individualContact = dto::IndividualData{};
        start.individualContact->individualFirstName = QStringLiteral("Eva");
        doc.reset(start);
        setFirstName(doc, QStringLiteral("Ev"));
        setFirstName(doc, QStringLiteral("Eva"));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isDirty());
    }

    void noChangeNoStepAndChangedSignals()
    {
        Document doc;
        doc.reset({});
        QSignalSpy changed(&doc, &EditDocumentBase::changed);
        QSignalSpy dirty(&doc, &EditDocumentBase::dirtyChanged);
        doc.edit(QStringLiteral("email"), QStringLiteral("email"), [](dto::IndividualContactData &) {});
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.size(), 0);
        setFirstName(doc, QStringLiteral("X"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("individualContact.individualFirstName"));
        QCOMPARE(dirty.size(), 1);
        doc.markSaved();
        QVERIFY(!doc.isDirty());
    }

    void replaceIsItsOwnStep()
    {
        Document doc;
        doc.reset({});
        setFirstName(doc, QStringLiteral("A"));
        dto::IndividualContactData other;
        other.email = QStringLiteral("x@y.ch");
        doc.replace(QStringLiteral("restore"), other);
        setFirstName(doc, QStringLiteral("B"));
        QCOMPARE(doc.undoStack()->count(), 3);
        QCOMPARE(doc.undoStack()->text(1), QStringLiteral("restore"));
    }

    void equality()
    {
        dto::IndividualContactData a;
        dto::IndividualContactData b;
        QVERIFY(dtoEquals(a, b));
        a.email = QStringLiteral(""); // empty and absent read the same to a user
        QVERIFY(dtoEquals(a, b));
        a.addresses = QList<dto::ContactAddressData>{};
        QVERIFY(dtoEquals(a, b));
        a.addresses = QList<dto::ContactAddressData>{dto::ContactAddressData{}};
        QVERIFY(!dtoEquals(a, b));
        b.addresses = a.addresses;
        QVERIFY(dtoEquals(a, b));
        (*b.addresses)[0].addressTypes = {QStringLiteral("MAIN")};
        QVERIFY(!dtoEquals(a, b));
        dto::IndividualContactData c;
        c.authorizations = QList<dto::AuthorizationData>{{QStringLiteral("A"), true, QDateTime()}};
        dto::IndividualContactData d = c;
        QVERIFY(dtoEquals(c, d));
        (*d.authorizations)[0].granted = false;
        QVERIFY(!dtoEquals(c, d));
    }
};

QTEST_GUILESS_MAIN(TestEditDocument)
#include "tst_editdocument.moc"
