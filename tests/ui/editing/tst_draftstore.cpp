// Local drafts: written atomically per contact, listed per profile, never holding the
// ticket-shop password, removed on demand; unreadable files are skipped.

#include "drafts/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace contactdesk;
using namespace contactdesk::ui;

class TestDraftStore : public QObject {
    Q_OBJECT

private:
    static ContactDraft draft(const QString &profile, const QString &number, qint64 identifier = 0)
    {
        ContactDraft d;
        d.profileId = profile;
        d.contactNumber = number;
        if (identifier)
            d.identifier = identifier;
        d.savedAt = QDateTime::currentDateTimeUtc();
        d.title = QStringLiteral("Anna Muster");
        dto::IndividualContactData data;
        data.contactNumber = number;
        data.individualContact = dto::IndividualData{};
        data.individualContact->individualFirstName = QStringLiteral("Anna");
        data.login = QStringLiteral("anna");
        data.password = QStringLiteral("Very-Secret-1");
        data.addresses = QList<dto::ContactAddressData>{};
        d.individual = data;
        return d;
    }

private Q_SLOTS:
    void roundTripWithoutThePassword()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(draft(QStringLiteral("p1"), QStringLiteral("123"))));
        QFile file(store.filePath(QStringLiteral("p1"), QStringLiteral("c-123")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Anna"));
        QVERIFY(!bytes.contains("Very-Secret-1"));
        const std::optional<ContactDraft> back = store.find(QStringLiteral("p1"), QStringLiteral("c-123"));
        QVERIFY(back);
        QCOMPARE(back->individual->individualContact->individualFirstName, QStringLiteral("Anna"));
        QVERIFY(back->individual->password.isEmpty());
        QVERIFY(back->individual->addresses.has_value()); // a present (empty) list stays present
    }

    void listPerProfileAndRemove()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(draft(QStringLiteral("p1"), QStringLiteral("1"))));
        QVERIFY(store.save(draft(QStringLiteral("p1"), QString(), 987654321)));
        QVERIFY(store.save(draft(QStringLiteral("p2"), QStringLiteral("2"))));
        QCOMPARE(store.list(QStringLiteral("p1")).size(), 2);
        QCOMPARE(store.list(QStringLiteral("p2")).size(), 1);
        const std::optional<ContactDraft> fresh = store.find(QStringLiteral("p1"), QStringLiteral("n-987654321"));
        QVERIFY(fresh && fresh->isNew());
        QCOMPARE(fresh->identifier, std::optional<qint64>(987654321));
        QVERIFY(store.remove(QStringLiteral("p1"), QStringLiteral("c-1")));
        QCOMPARE(store.list(QStringLiteral("p1")).size(), 1);
        QVERIFY(store.remove(QStringLiteral("p1"), QStringLiteral("c-404"))); // nothing to remove is fine
    }

    void unreadableFilesAreSkipped()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(draft(QStringLiteral("p1"), QStringLiteral("1"))));
        QFile broken(dir.path() + QStringLiteral("/p1/c-2.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QFile other(dir.path() + QStringLiteral("/p1/c-3.json"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"profileId":"someone-else","individual":{}})");
        other.close();
        QCOMPARE(store.list(QStringLiteral("p1")).size(), 1);
    }

    void pathsAreFileSafe()
    {
        DraftStore store(QStringLiteral("/tmp/x"));
        QCOMPARE(store.filePath(QStringLiteral("../../etc"), QStringLiteral("c-1/..")),
                 QStringLiteral("/tmp/x/______etc/c-1___.json"));
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
