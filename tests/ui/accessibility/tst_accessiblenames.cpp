// Every input of the main window, a contact tab, a structure tab and the dialogs has an
// accessible name (its own, its label's through setBuddy, or its button text), and every
// (the catalogues are checked by tst_translations).

#include "../support/UiHarness.h"

#include "connection/ConnectionDialog.h"
#include "contact/IndividualTab.h"
#include "mainwindow/AppActions.h"
#include "structure/StructureTab.h"
#include "ticketshop/TicketShopDialog.h"
#include "tokens/VerifyTokenDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace contactdesk;
using namespace contactdesk::ui;

namespace {

bool isInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w);
}

// Inputs inside another input (a combo's line edit, a spin box's editor, a line edit's clear button) are parts of it.
bool isPartOfAnotherInput(QWidget *w, QWidget *root)
{
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractItemView *>(p)
            || qobject_cast<QLineEdit *>(p))
            return true;
    }
    return false;
}

QStringList unnamedInputs(QWidget *root)
{
    QSet<QWidget *> labelled;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isInput(w) || isPartOfAnotherInput(w, root))
            continue;
        if (w->inherits("QTabBar") || w->inherits("QToolBarExtension") || w->inherits("QDockWidgetTitleButton")
            || w->objectName().startsWith(QLatin1StringView("qt_")))
            continue;
        if (!w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->toolTip().isEmpty())
            continue; // tool buttons: Qt names them from their tool tip
        missing << QStringLiteral("%1 '%2' in %3")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
    }
    return missing;
}

} // namespace

class TestAccessibleNames : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<uitest::Harness> h;

private Q_SLOTS:
    void initTestCase()
    {
        h = std::make_unique<uitest::Harness>();
        QVERIFY(h->connect());
        h->newWindow();
    }
    void cleanupTestCase() { h.reset(); }

    void mainWindowAndIndividualTab()
    {
        ContactTab *tab = h->window()->newIndividual();
        QVERIFY(tab);
        auto *individual = qobject_cast<IndividualTab *>(tab);
        // Rows of the list editors count too.
        individual->editor()->findChild<QWidget *>(QStringLiteral("communicationMeansEditor"));
        individual->document()->edit(QStringLiteral("x"), QStringLiteral("x"), [](dto::IndividualContactData &d) {
            d.addresses = QList<dto::ContactAddressData>{dto::ContactAddressData{}};
            d.communicationMeans = QList<dto::CommunicationMeanData>{dto::CommunicationMeanData{}};
        });
        QTRY_VERIFY(!h->sessions()->referenceData()->contactCriteria.contactCriteria.isEmpty());
        const QStringList missing = unnamedInputs(h->window());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void structureTab()
    {
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("STRUCTURE");
        criteria.maxResults = 1;
        const auto found = uitest::await(h->session()->s360()->searchContactByCriteria(criteria));
        QVERIFY(found.ok() && !found->contacts.isEmpty());
        ContactTab *tab = h->window()->openContact(found->contacts.first().contactNumber, true);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !tab->contactNumber().isEmpty(), 10000);
        const QStringList missing = unnamedInputs(tab);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void dialogs()
    {
        ConnectionDialog connections(h->sessions(), h->window());
        QStringList missing = unnamedInputs(&connections);
        TicketShopDialog shop(h->session(), QStringLiteral("1"), QStringLiteral("login"), QStringLiteral("a@b.ch"), h->window());
        missing += unnamedInputs(&shop);
        VerifyTokenDialog verify(h->session(), h->window());
        missing += unnamedInputs(&verify);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    uitest::prepareEnvironment();
    QApplication app(argc, argv);
    TestAccessibleNames test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessiblenames.moc"
