// Creating a structure from the window (File > New structure, Ctrl+Shift+N) against the demo
// sandbox on loopback: the relay is required before any call, administrative numbers are checked
// against their patterns before any call, the create carries a client identifier, and a reload
// shows what was saved (one structure). Also: the window shows the colour application icon.

#include "../support/UiHarness.h"

#include "common/FieldErrorRegistry.h"
#include "common/MessageBar.h"
#include "drafts/DraftStore.h"
#include "structure/StructureTab.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QRandomGenerator>

#include <algorithm>

using namespace contactdesk;

class TestNewStructure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        h = std::make_unique<uitest::Harness>();
        QVERIFY(h->connect());
        h->newWindow();
    }
    void cleanup() { h.reset(); }

    void shortcutOpensAnEmptyStructure()
    {
        auto *action = h->window()->findChild<QAction *>(QStringLiteral("newStructureAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *tab = qobject_cast<ui::StructureTab *>(h->window()->currentContactTab());
        QVERIFY(tab);
        QVERIFY(tab->contactNumber().isEmpty());
        QVERIFY(tab->clientIdentifier().has_value());
        QVERIFY(!tab->isDirty());
        QVERIFY(tab->editor()->fieldWidget(QStringLiteral("structureContact.relayContactNumber"))->isVisibleTo(tab));
    }

    void createThenReloadShowsIt()
    {
        const QString relay = h->createIndividual(QStringLiteral("Rita"), QStringLiteral("Relais"));
        QVERIFY(!relay.isEmpty());
        const QString name = QStringLiteral("Théâtre Nouveau %1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        auto *tab = qobject_cast<ui::StructureTab *>(h->window()->newStructure());
        QVERIFY(tab);
        const qint64 identifier = tab->clientIdentifier().value_or(0);
        QVERIFY(identifier > 0);
        qobject_cast<QLineEdit *>(tab->editor()->fieldWidget(QStringLiteral("structureContact.structureName")))->setText(name);
        QVERIFY(tab->isDirty());

        // Without its relay the save is refused before any call, next to the field.
        tab->save();
        QVERIFY(!tab->isBusy());
        QVERIFY(!tab->messageBar()->text().isEmpty());
        QVERIFY(tab->editor()->errors()->fieldsWithProblems().contains(QStringLiteral("structureContact.relayContactNumber")));

        qobject_cast<QLineEdit *>(tab->editor()->fieldWidget(QStringLiteral("structureContact.relayContactNumber")))->setText(relay);
        tab->save();
        QVERIFY(tab->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->contactNumber().isEmpty() && !tab->isBusy() && !tab->isDirty(), 15000);
        const QString number = tab->contactNumber();
        QVERIFY(!tab->clientIdentifier().has_value());
        QVERIFY(!tab->editor()->fieldWidget(QStringLiteral("structureContact.relayContactNumber"))->isVisibleTo(tab));

        const dto::ContactDataResult stored = h->fetch(number);
        QCOMPARE(stored.contactType, QStringLiteral("STRUCTURE"));
        QVERIFY(stored.structureContact);
        QCOMPARE(stored.structureContact->structureName, name);
        QCOMPARE(stored.structureContact->relayContactNumber, relay);
        QCOMPARE(tab->stored().structureContact->structureName, name);

        dto::ContactSearchCriteria criteria;
        criteria.structureName = name;
        criteria.contactType = QStringLiteral("STRUCTURE");
        const Result<dto::ContactSearchResult> found = uitest::await(h->session()->s360()->searchContactByCriteria(criteria));
        QVERIFY(found.ok());
        QCOMPARE(found->contacts.size(), qsizetype(1));
        QCOMPARE(found->contacts.first().contactNumber, number);
        QVERIFY(h->drafts()->list(h->session()->profile().id).isEmpty());
    }

    void badAdministrativeNumberBlocksTheSave()
    {
        const auto &definitions = h->sessions()->referenceData()->administrativeNumbers.administrativeNumbers;
        const auto withPattern = std::find_if(definitions.begin(), definitions.end(),
                                              [](const dto::AvailableAdministrativeNumber &d) { return !d.pattern.isEmpty(); });
        QVERIFY2(withPattern != definitions.end(), "the demo institution has no administrative number with a pattern");
        const QString relay = h->createIndividual(QStringLiteral("Paul"), QStringLiteral("Relais"));
        auto *tab = qobject_cast<ui::StructureTab *>(h->window()->newStructure());
        QVERIFY(tab);
        const QString name = QStringLiteral("Numéros Faux %1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        qobject_cast<QLineEdit *>(tab->editor()->fieldWidget(QStringLiteral("structureContact.structureName")))->setText(name);
        qobject_cast<QLineEdit *>(tab->editor()->fieldWidget(QStringLiteral("structureContact.relayContactNumber")))->setText(relay);
        tab->document()->edit(QStringLiteral("structureContact.administrativeNumbers"), QStringLiteral("add"),
                              [code = withPattern->code](dto::StructureContactData &d) {
                                  d.structureContact->administrativeNumbers << dto::AdministrativeNumberData{code, QStringLiteral("not a number!")};
                              });
        tab->save();
        QVERIFY(!tab->isBusy()); // no call
        const QList<ApiError> problems = tab->editor()->validate();
        QVERIFY(std::any_of(problems.begin(), problems.end(),
                            [](const ApiError &e) { return e.field.contains(QStringLiteral("administrativeNumbers")); }));
        QVERIFY(tab->contactNumber().isEmpty());
        dto::ContactSearchCriteria criteria;
        criteria.structureName = name;
        criteria.contactType = QStringLiteral("STRUCTURE");
        const Result<dto::ContactSearchResult> found = uitest::await(h->session()->s360()->searchContactByCriteria(criteria));
        QVERIFY(found.ok());
        QCOMPARE(found->contacts.size(), qsizetype(0));
        // A draft keeps the unsaved new structure, with its identifier.
        const QList<ui::ContactDraft> drafts = h->drafts()->list(h->session()->profile().id);
        QCOMPARE(drafts.size(), qsizetype(1));
        QCOMPARE(drafts.first().identifier, tab->clientIdentifier());
        QVERIFY(drafts.first().structure.has_value());
    }

    void windowShowsTheColourApplicationIcon()
    {
        const QImage image = h->window()->windowIcon().pixmap(64, 64).toImage();
        QVERIFY(!image.isNull());
        // contactdesk.svg is in colour (a blue tile); the palette-tinted app.svg is grey.
        bool coloured = false;
        for (int y = 0; y < image.height() && !coloured; ++y) {
            for (int x = 0; x < image.width() && !coloured; ++x) {
                const QColor c = image.pixelColor(x, y);
                coloured = c.alpha() > 200 && c.hsvSaturation() > 100;
            }
        }
        QVERIFY(coloured);
    }

private:
    std::unique_ptr<uitest::Harness> h;
};

int main(int argc, char *argv[])
{
    uitest::prepareEnvironment();
    QApplication app(argc, argv);
    TestNewStructure test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_newstructure.moc"
