// Connection profiles through the real dialogs: the demo profile with no input on a first
// start, add/save/duplicate/delete, secrets never written to the settings file, test
// connection, switching profile without a restart, and the one-time secrets prompt.

#include "../support/UiHarness.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldErrorRegistry.h"
#include "common/MessageBar.h"
#include "connection/ConnectionDialog.h"
#include "connection/SecretsPrompt.h"
#include "credentials/SecretKey.h"
#include "search/SearchPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace contactdesk;
using namespace contactdesk::ui;

namespace {
const QString operatorSecret = QStringLiteral("S3cret-Operator-Pass");
const QString symphonySecret = QStringLiteral("Symph0ny-Secret-Value");
} // namespace

class TestConnections : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<uitest::Harness> h;

    // Every file under the harness folder that could hold settings.
    QByteArray allSettingsBytes() const
    {
        QByteArray all;
        QDirIterator it(h->path(), {QStringLiteral("*.ini"), QStringLiteral("*.conf")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    void fillNewProfile(ConnectionDialog &dialog, const QString &name, const QUrl &url, const QString &institution,
                        const QString &login)
    {
        dialog.addProfile();
        dialog.nameEdit()->setText(name);
        dialog.s360UrlEdit()->setText(url.toString());
        dialog.institutionEdit()->setText(institution);
        dialog.operatorLoginEdit()->setText(login);
        dialog.partnerEdit()->setText(QStringLiteral("ContactDesk Test"));
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<uitest::Harness>();
        QVERIFY(h->connect());
        h->newWindow();
    }
    void cleanup() { h.reset(); }

    void firstStartOpensTheDemoProfile()
    {
        QCOMPARE(h->profiles()->list().size(), 1);
        QVERIFY(h->sessions()->profile()->isDemo);
        QVERIFY(h->sessions()->profile()->s360BaseUrl.port() > 0); // the sandbox's live port
        QTRY_VERIFY(h->window()->profileLabel()->text().contains(QStringLiteral("demo")));
    }

    void savedProfileKeepsNoSecretInTheSettings()
    {
        ConnectionDialog dialog(h->sessions(), h->window());
        dialog.show();
        QSignalSpy saved(&dialog, &ConnectionDialog::profileSaved);
        fillNewProfile(dialog, QStringLiteral("Acme production"), QUrl(QStringLiteral("https://acme.ws.secutix.com")),
                       QStringLiteral("acme"), QStringLiteral("ACME_OP"));
        QTest::keyClicks(dialog.operatorPasswordEdit(), operatorSecret);
        QTest::keyClicks(dialog.symphonySecretEdit(), symphonySecret);
        dialog.rememberBox()->setChecked(true);
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const QString id = saved.first().first().toString();

        const std::optional<ConnectionProfile> stored = h->profiles()->find(id);
        QVERIFY(stored);
        QCOMPARE(stored->institutionCode, QStringLiteral("ACME")); // upper-cased
        QCOMPARE(dialog.profileList()->count(), 2);
        // Never shown back.
        QVERIFY(dialog.operatorPasswordEdit()->text().isEmpty());
        QVERIFY(!dialog.operatorPasswordEdit()->placeholderText().contains(operatorSecret));

        const QByteArray settings = allSettingsBytes();
        QVERIFY(settings.contains("ACME_OP")); // the profile is there...
        QVERIFY(!settings.contains(operatorSecret.toUtf8())); // ...its secrets are not
        QVERIFY(!settings.contains(symphonySecret.toUtf8()));
        QVERIFY(!settings.contains(QByteArray(operatorSecret.toUtf8().toBase64())));

        // The secret is where it belongs: the keychain, or this session's memory without one.
        const Result<QString> secret =
            uitest::await(h->secrets()->read(secretKey(id, SecretKind::OperatorPassword)));
        QVERIFY(secret.ok());
        QCOMPARE(secret.value(), operatorSecret);
        // Leave no test secret in a real keychain.
        for (SecretKind kind : allSecretKinds())
            uitest::await(h->secrets()->remove(secretKey(id, kind))); // fails harmlessly without a keychain
    }

    void invalidProfileShowsTheFieldProblem()
    {
        ConnectionDialog dialog(h->sessions(), h->window());
        fillNewProfile(dialog, QStringLiteral("Broken"), QUrl(QStringLiteral("http://example.com")), QStringLiteral("X"),
                       QStringLiteral("OP"));
        QVERIFY(!dialog.saveProfile());
        FieldErrorLabel *label = dialog.errors()->label(QStringLiteral("s360BaseUrl"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("https")));
        QCOMPARE(h->profiles()->list().size(), 1);
    }

    void duplicateAndDelete()
    {
        ConnectionDialog dialog(h->sessions(), h->window());
        fillNewProfile(dialog, QStringLiteral("Original"), QUrl(QStringLiteral("https://orig.ws.secutix.com")),
                       QStringLiteral("ORIG"), QStringLiteral("OP"));
        QVERIFY(dialog.saveProfile());
        dialog.duplicateProfile();
        QCOMPARE(h->profiles()->list().size(), 3);
        QVERIFY(dialog.nameEdit()->text().contains(QStringLiteral("Original")));
        QVERIFY(dialog.nameEdit()->text() != QStringLiteral("Original"));
        dialog.deleteProfile(false);
        QCOMPARE(h->profiles()->list().size(), 2);
        // The demo profile is in use: it cannot be deleted.
        dialog.selectProfile(h->sessions()->profile()->id);
        dialog.deleteProfile(false);
        QCOMPARE(h->profiles()->list().size(), 2);
        QVERIFY(dialog.messageBar()->text().contains(QStringLiteral("in use")));
    }

    void testConnectionReportsSuccessAndFailure()
    {
        ConnectionDialog dialog(h->sessions(), h->window());
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.selectProfile(h->sessions()->profile()->id); // the demo
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.testResultLabel()->text().contains(QStringLiteral("works")));

        // The same server with a wrong operator password.
        const ConnectionProfile demo = *h->sessions()->profile();
        fillNewProfile(dialog, QStringLiteral("Wrong password"), demo.s360BaseUrl, demo.institutionCode,
                       demo.operatorLogin);
        QTest::keyClicks(dialog.operatorPasswordEdit(), QStringLiteral("not-the-password"));
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(dialog.testResultLabel()->text().startsWith(QStringLiteral("Failed")));
        QVERIFY(!dialog.testResultLabel()->text().contains(QStringLiteral("not-the-password")));
    }

    void switchProfileWithoutRestartAfterTheSecretsPrompt()
    {
        const Result<DemoEndpoint> demo = uitest::await(h->sessions()->demo()->start());
        QVERIFY(demo.ok());
        const QString known = h->createIndividual(QStringLiteral("Sam"), QStringLiteral("Switchable"));
        QVERIFY(!known.isEmpty());
        ConnectionDialog dialog(h->sessions(), h->window());
        fillNewProfile(dialog, QStringLiteral("Sandbox as a server"), demo->baseUrl, demo->institution,
                       demo->operatorLogin);
        QVERIFY(dialog.saveProfile()); // no secret typed
        const QString id = dialog.selectedProfileId();
        QVERIFY(!id.isEmpty());
        dialog.close();

        h->window()->switchProfile(id);
        // The operator password is missing: asked once.
        SecretsPrompt *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = h->window()->findChild<SecretsPrompt *>()) != nullptr, 15000);
        QVERIFY(prompt->operatorPasswordEdit());
        QTest::keyClicks(prompt->operatorPasswordEdit(), demo->secrets.s360.operatorPassword);
        prompt->rememberBox()->setChecked(false);
        prompt->accept();

        QTRY_VERIFY_WITH_TIMEOUT(h->sessions()->profile() && h->sessions()->profile()->id == id && h->session(), 15000);
        QTRY_VERIFY(h->window()->profileLabel()->text().contains(QStringLiteral("Sandbox as a server")));
        // The new session works: a search answers.
        SearchPanel *search = h->window()->searchPanel();
        QTest::keyClicks(search->searchField(), QStringLiteral("Switchable"));
        QTRY_COMPARE_WITH_TIMEOUT(search->model()->totalCount(), 1, 15000);
        QCOMPARE(search->model()->contactAt(0).contactNumber, known);

        // And back to the demo, still without a restart, and without being asked again.
        const QString demoId = h->profiles()->list().constFirst().isDemo ? h->profiles()->list().constFirst().id
                                                                          : h->profiles()->list().constLast().id;
        h->window()->switchProfile(demoId);
        QTRY_VERIFY_WITH_TIMEOUT(h->sessions()->profile()->isDemo && h->session(), 15000);
        h->window()->switchProfile(id);
        QTRY_VERIFY_WITH_TIMEOUT(h->sessions()->profile()->id == id && h->session(), 15000);
        QCOMPARE(h->window()->findChildren<SecretsPrompt *>().size(), 0);
        QVERIFY(!allSettingsBytes().contains(demo->secrets.s360.operatorPassword.toUtf8()));
    }
};

int main(int argc, char *argv[])
{
    uitest::prepareEnvironment();
    QApplication app(argc, argv);
    TestConnections test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connections.moc"
