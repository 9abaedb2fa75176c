// ProfileStore on a temporary INI file: round trip, duplicate, remove, current profile, the
// demo profile of the first load, validation messages, and no secret in the settings file.
#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "profiles/DemoProfile.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidation.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace contactdesk;

namespace {

template <typename T> bool waitFor(const QFuture<T> &future, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return future.isFinished() && future.resultCount() == 1;
}

ConnectionProfile validProfile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Production MOSA");
    p.s360BaseUrl = QUrl(QStringLiteral("https://mosa.ws.secutix.com"));
    p.institutionCode = QStringLiteral("MOSA");
    p.operatorLogin = QStringLiteral("MOSA_B2C");
    p.partnerName = QStringLiteral("ContactDesk");
    p.symphonyApiKey = QStringLiteral("KEY-123");
    return p;
}

// Sets one field from text, for the data-driven validation table.
void setField(ConnectionProfile &p, const QString &field, const QString &value)
{
    if (field == u"name") p.name = value;
    else if (field == u"s360BaseUrl") p.s360BaseUrl = QUrl(value);
    else if (field == u"institutionCode") p.institutionCode = value;
    else if (field == u"operatorLogin") p.operatorLogin = value;
    else if (field == u"partnerName") p.partnerName = value;
    else if (field == u"binding") p.binding = value == u"rest" ? S360Binding::Rest : S360Binding::Soap;
    else if (field == u"salesChannelCode") p.salesChannelCode = value;
    else if (field == u"pointOfSalesId") p.pointOfSalesId = value.toLongLong();
    else if (field == u"symphonyBaseUrl") p.symphonyBaseUrl = QUrl(value);
    else if (field == u"symphonyApiKey") p.symphonyApiKey = value;
    else if (field == u"extraCaFile") p.extraCaFile = value;
    else if (field == u"rateLimitPerMinute") p.rateLimitPerMinute = value.toInt();
    else if (field == u"id") p.id = value;
    else QFAIL("unknown field in the test table");
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileNumber = 0;
    QString newFile() { return m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_fileNumber)); }

private Q_SLOTS:
    void roundTrip()
    {
        const QString file = newFile();
        const QString caFile = m_dir.filePath(QStringLiteral("extra-ca.pem"));
        {
            QFile ca(caFile);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write("-----BEGIN CERTIFICATE-----\n");
        }
        ConnectionProfile p = validProfile();
        p.name = QStringLiteral("  Genève REST  ");
        p.s360BaseUrl = QUrl(QStringLiteral("https://mosa.demo-ws.secutix.com:8443/base"));
        p.binding = S360Binding::Rest;
        p.salesChannelCode = QStringLiteral("WEB_B2B");
        p.pointOfSalesId = 4242;
        p.symphonyBaseUrl = QUrl(QStringLiteral("https://api.sym-online.com"));
        p.symphonyApiKey = QStringLiteral("KEY-123");
        p.symphonyBinding = SymphonyBinding::HttpPost;
        p.extraCaFile = caFile;
        p.rateLimitPerMinute = 60;

        ProfileStore store(file);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const Result<ConnectionProfile> saved = store.save(p);
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!saved->id.isEmpty());
        QCOMPARE(saved->name, QStringLiteral("Genève REST"));

        // A new store on the same file reads back exactly what was stored.
        ProfileStore reopened(file);
        const std::optional<ConnectionProfile> loaded = reopened.find(saved->id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, saved.value());
        QCOMPARE(loaded->pointOfSalesId, std::optional<qint64>(4242));
        QCOMPARE(loaded->symphonyBinding, SymphonyBinding::HttpPost);
        QCOMPARE(loaded->binding, S360Binding::Rest);
        QCOMPARE(reopened.list().size(), 1);

        // Update in place: same id, still one profile; an absent point of sales stays absent.
        ConnectionProfile updated = *loaded;
        updated.pointOfSalesId.reset();
        updated.binding = S360Binding::Soap;
        QVERIFY(reopened.save(updated).ok());
        ProfileStore third(file);
        QCOMPARE(third.list().size(), 1);
        QCOMPARE(third.find(saved->id)->pointOfSalesId, std::optional<qint64>());
        QCOMPARE(third.find(saved->id)->binding, S360Binding::Soap);
    }

    void constructedFromQSettings()
    {
        QSettings settings(newFile(), QSettings::IniFormat);
        ProfileStore store(&settings);
        const auto saved = store.save(validProfile());
        QVERIFY(saved.ok());
        QCOMPARE(store.fileName(), settings.fileName());
        QCOMPARE(settings.value(QStringLiteral("profiles/%1/institutionCode").arg(saved->id)).toString(),
                 QStringLiteral("MOSA"));
    }

    void listIsSortedByName()
    {
        ProfileStore store(newFile());
        for (const char *name : {"Zurich", "alpha", "Bern"}) {
            ConnectionProfile p = validProfile();
            p.name = QString::fromLatin1(name);
            QVERIFY(store.save(p).ok());
        }
        QStringList names;
        for (const ConnectionProfile &p : store.list())
            names.append(p.name);
        QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("Bern"), QStringLiteral("Zurich")}));
    }

    void duplicate()
    {
        ProfileStore store(newFile());
        ConnectionProfile p = validProfile();
        p.pointOfSalesId = 7;
        const auto original = store.save(p);
        QVERIFY(original.ok());

        const auto copy = store.duplicate(original->id);
        QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
        QVERIFY(copy->id != original->id);
        QCOMPARE(copy->name, QStringLiteral("Production MOSA (copy)"));
        ConnectionProfile sameApartFromIdAndName = copy.value();
        sameApartFromIdAndName.id = original->id;
        sameApartFromIdAndName.name = original->name;
        QCOMPARE(sameApartFromIdAndName, original.value());

        const auto second = store.duplicate(original->id);
        QVERIFY(second.ok());
        QCOMPARE(second->name, QStringLiteral("Production MOSA (copy 2)"));
        QCOMPARE(store.list().size(), 3);

        const auto missing = store.duplicate(QStringLiteral("6a0d1e36-0000-4000-8000-000000000000"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("notfound"));
    }

    void removeAndCurrent()
    {
        const QString file = newFile();
        ProfileStore store(file);
        const auto a = store.save(validProfile());
        ConnectionProfile other = validProfile();
        other.name = QStringLiteral("Other");
        const auto b = store.save(other);
        QVERIFY(a.ok() && b.ok());

        QSignalSpy currentChanged(&store, &ProfileStore::currentProfileChanged);
        QVERIFY(store.setCurrentProfileId(b->id));
        QCOMPARE(currentChanged.count(), 1);
        QVERIFY(!store.setCurrentProfileId(QStringLiteral("no-such-id")));
        QCOMPARE(store.currentProfileId(), b->id);

        // Remembered across instances.
        ProfileStore reopened(file);
        QCOMPARE(reopened.currentProfileId(), b->id);
        QCOMPARE(reopened.currentProfile()->name, QStringLiteral("Other"));

        QVERIFY(store.remove(b->id));
        QVERIFY(!store.find(b->id));
        QVERIFY(store.currentProfileId().isEmpty());
        QVERIFY(!store.currentProfile());
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!store.remove(b->id));

        // load() makes the first remaining profile current, and creates no demo.
        const QList<ConnectionProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(store.currentProfileId(), a->id);
    }

    void demoProfileOnFirstLoad()
    {
        const QString file = newFile();
        ProfileStore store(file);
        QVERIFY(store.list().isEmpty());
        const QList<ConnectionProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 1);
        const ConnectionProfile demo = loaded.first();
        QVERIFY(demo.isDemo);
        QCOMPARE(demo.name, QStringLiteral("Demo sandbox"));
        QCOMPARE(demo.institutionCode, QStringLiteral("MOSA"));
        QCOMPARE(demo.operatorLogin, QStringLiteral("MOSA_DEMO"));
        QVERIFY(!demo.id.isEmpty());
        QCOMPARE(store.currentProfileId(), demo.id);
        QVERIFY(validateProfile(demoProfile()).isEmpty());

        // A second load, in a new store, does not add another.
        ProfileStore again(file);
        QCOMPARE(again.load().size(), 1);
        QCOMPARE(again.currentProfileId(), demo.id);

        // With every profile gone, the next load creates it again.
        QVERIFY(again.remove(demo.id));
        QVERIFY(again.list().isEmpty());
        const QList<ConnectionProfile> recreated = again.load();
        QCOMPARE(recreated.size(), 1);
        QVERIFY(recreated.first().isDemo);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty name") << "name" << "" << "name must not be empty";
        QTest::newRow("blank name") << "name" << "   " << "name must not be empty";
        QTest::newRow("long name") << "name" << QString(101, QLatin1Char('x')) << "at most 100";
        QTest::newRow("no base url") << "s360BaseUrl" << "" << "S-360 base URL must not be empty";
        QTest::newRow("relative url") << "s360BaseUrl" << "mosa.ws.secutix.com" << "not a valid http or https URL";
        QTest::newRow("ftp url") << "s360BaseUrl" << "ftp://mosa.ws.secutix.com" << "not a valid http or https URL";
        QTest::newRow("remote http") << "s360BaseUrl" << "http://mosa.ws.secutix.com" << "must use https";
        QTest::newRow("query in url") << "s360BaseUrl" << "https://mosa.ws.secutix.com/?a=1" << "query";
        QTest::newRow("empty institution") << "institutionCode" << "" << "institution code must not be empty";
        QTest::newRow("lower-case institution") << "institutionCode" << "mosa" << "upper-case letters";
        QTest::newRow("institution with dash") << "institutionCode" << "MO-SA" << "upper-case letters";
        QTest::newRow("empty operator") << "operatorLogin" << "" << "operator login must not be empty";
        QTest::newRow("operator with space") << "operatorLogin" << "MOSA B2C" << "spaces";
        QTest::newRow("bad sales channel") << "salesChannelCode" << "WEB;1" << "sales channel code";
        QTest::newRow("zero point of sales") << "pointOfSalesId" << "0" << "positive";
        QTest::newRow("bad symphony url") << "symphonyBaseUrl" << "http://api.sym-online.com" << "Symphony base URL must use https";
        QTest::newRow("missing ca file") << "extraCaFile" << "/nonexistent/ca.pem" << "does not exist";
        QTest::newRow("rate limit zero") << "rateLimitPerMinute" << "0" << "between 1 and 180";
        QTest::newRow("rate limit too high") << "rateLimitPerMinute" << "181" << "between 1 and 180";
        QTest::newRow("id not a uuid") << "id" << "../../etc" << "not a UUID";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);

        QVERIFY(validateProfile(validProfile()).isEmpty());
        ConnectionProfile p = validProfile();
        setField(p, field, value);
        const QList<ApiError> errors = validateProfile(p);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind, ApiError::Kind::Validation);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(errors.first().message));

        // save() refuses it with the same error and writes nothing.
        ProfileStore store(newFile());
        const auto saved = store.save(p);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().field, field);
        QVERIFY(store.list().isEmpty());
    }

    void crossFieldRules()
    {
        ConnectionProfile rest = validProfile();
        rest.binding = S360Binding::Rest;
        rest.partnerName.clear();
        QList<ApiError> errors = validateProfile(rest);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("partnerName"));

        ConnectionProfile symphony = validProfile();
        symphony.symphonyBaseUrl = QUrl(QStringLiteral("https://api.sym-online.com"));
        symphony.symphonyApiKey.clear();
        errors = validateProfile(symphony);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("symphonyApiKey"));

        // Plain http is fine to this machine (a local sandbox).
        ConnectionProfile local = validProfile();
        local.s360BaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(validateProfile(local).isEmpty());
        local.s360BaseUrl = QUrl(QStringLiteral("http://localhost:8080"));
        QVERIFY(validateProfile(local).isEmpty());

        // Every problem is reported, each naming its field.
        ConnectionProfile bad;
        bad.rateLimitPerMinute = 0;
        QStringList fields;
        for (const ApiError &e : validateProfile(bad))
            fields.append(e.field);
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("s360BaseUrl"),
                                      QStringLiteral("institutionCode"), QStringLiteral("operatorLogin"),
                                      QStringLiteral("rateLimitPerMinute")}));
    }

    void noSecretInSettingsFile()
    {
        const QString file = newFile();
        SecretStore secrets;
        ProfileStore store(file);
        store.setSecretStore(&secrets);
        ConnectionProfile p = validProfile();
        p.symphonyBaseUrl = QUrl(QStringLiteral("https://api.sym-online.com"));
        p.symphonyApiKey = QStringLiteral("KEY-123");
        const auto saved = store.save(p);
        QVERIFY(saved.ok());

        const QMap<SecretKind, QString> values{
            {SecretKind::OperatorPassword, QStringLiteral("Operator-Pa55word-9917")},
            {SecretKind::JwtSecret, QStringLiteral("jwt-hs256-key-5be1c0a7d3")},
            {SecretKind::SymphonySecret, QStringLiteral("symphony-hmac-secret-44e2")},
        };
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            // With the keychain this is stored there; without one it stays in memory. Either
            // way, nothing may reach the settings file.
            const auto written = secrets.write(secretKey(saved->id, it.key()), it.value());
            QVERIFY(waitFor(written));
        }
        // Save again after the secrets exist, and read every profile back.
        QVERIFY(store.save(saved.value()).ok());
        QCOMPARE(store.load().size(), 1);

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("MOSA_B2C")); // the file is the right one and readable
        for (const QString &secret : values) {
            const QByteArray utf8 = secret.toUtf8();
            QVERIFY2(!bytes.contains(utf8), "a secret in plain text");
            QVERIFY2(!bytes.contains(utf8.toBase64()), "a secret in base64");
            QVERIFY2(!bytes.contains(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                     "a secret in base64url");
            QVERIFY2(!bytes.contains(utf8.toHex()), "a secret in hex");
        }
        QVERIFY(!bytes.contains("password") && !bytes.contains("secret"));

        // Removing the profile removes its secrets too.
        QVERIFY(store.remove(saved->id));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString key = secretKey(saved->id, it.key());
            QTRY_VERIFY(!secrets.isSessionOnly(key));
            const auto read = secrets.read(key);
            QVERIFY(waitFor(read));
            QVERIFY(!read.result().ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
