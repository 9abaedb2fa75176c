// SecretStore when no keychain can be reached: the session bus address points to a socket that
// does not exist (set by ctest, and by main() below when run by hand). A write must fail with a
// clear Credentials error, keep the secret in memory for this session, and write it nowhere:
// HOME and the XDG directories point to a scratch directory that is searched afterwards.
#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QFuture>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace contactdesk;

namespace {

const char missingBus[] = "unix:path=/nonexistent/contactdesk-test/no-bus-here";

template <typename T> bool waitFor(const QFuture<T> &future, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return future.isFinished() && future.resultCount() == 1;
}

QTemporaryDir *scratch = nullptr;

// The files under dir whose bytes contain any of needles.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace

class TestSecretStoreNoKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void environmentHasNoKeychain()
    {
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(missingBus));
        QVERIFY(qgetenv("HOME").startsWith(QFile::encodeName(scratch->path())));
        // QSettings' default location is inside the scratch directory too.
        QSettings settings;
        QVERIFY2(settings.fileName().startsWith(scratch->path()), qPrintable(settings.fileName()));
    }

    void writeFallsBackToMemory()
    {
        const QString key = secretKey(QStringLiteral("no-keychain-profile"), SecretKind::OperatorPassword);
        const QString secret = QStringLiteral("Sup3r-Secret-Value-7781");

        SecretStore store;
        const auto written = store.write(key, secret);
        QVERIFY(waitFor(written));
        QVERIFY(!written.result().ok());
        const ApiError error = written.result().error();
        qInfo("%s", qPrintable(error.toString()));
        QCOMPARE(error.kind, ApiError::Kind::Credentials);
        QVERIFY(SecretStore::isUnavailable(error));
        QVERIFY2(error.message.contains(QStringLiteral("keychain is not available")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("this session only")), qPrintable(error.message));
        QVERIFY(!error.message.contains(secret));
        QVERIFY(!error.toString().contains(secret));
        QVERIFY(!store.isPersistent());
        QVERIFY(store.isSessionOnly(key));

        // Readable from memory, in this process.
        const auto read = store.read(key);
        QVERIFY(waitFor(read));
        QVERIFY2(read.result().ok(), qPrintable(read.result().error().toString()));
        QCOMPARE(read.result().value(), secret);

        // Nothing holds it on disk: not the text, not its base64, not its hex, not UTF-16.
        QSettings().sync();
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        const QStringList hits = filesContaining(scratch->path(), {utf8, utf8.toBase64(), utf8.toHex(), utf16});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

        // A new store (a new session) has nothing: the secret lived in memory only.
        SecretStore next;
        const auto nextRead = next.read(key);
        QVERIFY(waitFor(nextRead));
        QVERIFY(!nextRead.result().ok());
        QVERIFY(SecretStore::isUnavailable(nextRead.result().error()));
        QVERIFY(nextRead.result().error().message.contains(QStringLiteral("Enter the secret again")));

        // Removing forgets the memory copy too.
        const auto removed = store.remove(key);
        QVERIFY(waitFor(removed));
        QVERIFY(!store.isSessionOnly(key));
        const auto after = store.read(key);
        QVERIFY(waitFor(after));
        QVERIFY(!after.result().ok());
    }
};

int main(int argc, char **argv)
{
    // Before anything opens a bus or resolves a path.
    qputenv("DBUS_SESSION_BUS_ADDRESS", missingBus);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;
    scratch = &dir;
    const QByteArray root = QFile::encodeName(dir.path());
    qputenv("HOME", root + "/home");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("XDG_STATE_HOME", root + "/state");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore_nokeychain"));
    TestSecretStoreNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore_nokeychain.moc"
