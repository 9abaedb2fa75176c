// SecretStore against the real Secret Service (gnome-keyring in a private D-Bus session, as the
// project's test command starts it): write, read back from a fresh store, remove, not found.
#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QTest>
#include <QUuid>

using namespace contactdesk;

namespace {

template <typename T> bool waitFor(const QFuture<T> &future, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return future.isFinished() && future.resultCount() == 1;
}

QString newProfileId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("operator password") << SecretKind::OperatorPassword << QStringLiteral("p1/operator-password");
        QTest::newRow("jwt secret") << SecretKind::JwtSecret << QStringLiteral("p1/jwt-secret");
        QTest::newRow("symphony secret") << SecretKind::SymphonySecret << QStringLiteral("p1/symphony-secret");
    }
    void keys()
    {
        QFETCH(SecretKind, kind);
        QFETCH(QString, expected);
        QCOMPARE(secretKey(QStringLiteral("p1"), kind), expected);
        QVERIFY(allSecretKinds().contains(kind));
    }

    void roundTripThroughKeychain()
    {
        const QString key = secretKey(newProfileId(), SecretKind::OperatorPassword);
        const QString secret = QStringLiteral("pä55-wörd/%1").arg(QUuid::createUuid().toString());

        SecretStore writer;
        const auto written = writer.write(key, secret);
        QVERIFY(waitFor(written));
        QVERIFY2(written.result().ok(), qPrintable(written.result().error().toString()));
        QVERIFY(writer.isPersistent());
        QVERIFY(!writer.isSessionOnly(key));

        // A fresh store has nothing in memory: the secret can only come from the keychain.
        SecretStore reader;
        const auto read = reader.read(key);
        QVERIFY(waitFor(read));
        QVERIFY2(read.result().ok(), qPrintable(read.result().error().toString()));
        QCOMPARE(read.result().value(), secret);

        // Overwrite, then read the new value.
        const QString second = QStringLiteral("second-%1").arg(QUuid::createUuid().toString());
        const auto rewritten = writer.write(key, second);
        QVERIFY(waitFor(rewritten));
        QVERIFY(rewritten.result().ok());
        const auto reread = reader.read(key);
        QVERIFY(waitFor(reread));
        QVERIFY(reread.result().ok());
        QCOMPARE(reread.result().value(), second);

        const auto removed = writer.remove(key);
        QVERIFY(waitFor(removed));
        QVERIFY2(removed.result().ok(), qPrintable(removed.result().error().toString()));

        const auto gone = reader.read(key);
        QVERIFY(waitFor(gone));
        QVERIFY(!gone.result().ok());
        QVERIFY(SecretStore::isNotFound(gone.result().error()));
        QCOMPARE(gone.result().error().kind, ApiError::Kind::Credentials);
        QCOMPARE(gone.result().error().code, QStringLiteral("notfound"));
    }

    void keysAreSeparate()
    {
        const QString profile = newProfileId();
        SecretStore store;
        for (SecretKind kind : allSecretKinds()) {
            const auto w = store.write(secretKey(profile, kind), secretKindName(kind) + QStringLiteral("-value"));
            QVERIFY(waitFor(w));
            QVERIFY(w.result().ok());
        }
        for (SecretKind kind : allSecretKinds()) {
            const auto r = store.read(secretKey(profile, kind));
            QVERIFY(waitFor(r));
            QVERIFY(r.result().ok());
            QCOMPARE(r.result().value(), secretKindName(kind) + QStringLiteral("-value"));
        }
        // Another profile sees none of them.
        const auto other = store.read(secretKey(newProfileId(), SecretKind::JwtSecret));
        QVERIFY(waitFor(other));
        QVERIFY(SecretStore::isNotFound(other.result().error()));
        for (SecretKind kind : allSecretKinds()) {
            const auto d = store.remove(secretKey(profile, kind));
            QVERIFY(waitFor(d));
            QVERIFY(d.result().ok());
        }
    }

    void removeMissingIsFine()
    {
        SecretStore store;
        const auto removed = store.remove(secretKey(newProfileId(), SecretKind::SymphonySecret));
        QVERIFY(waitFor(removed));
        QVERIFY2(removed.result().ok(), qPrintable(removed.result().error().toString()));
    }

    void notFoundMessageNamesKey()
    {
        SecretStore store;
        const QString key = secretKey(newProfileId(), SecretKind::JwtSecret);
        const auto read = store.read(key);
        QVERIFY(waitFor(read));
        QVERIFY(!read.result().ok());
        QVERIFY(read.result().error().message.contains(key));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
