// The generic DTO codecs (XML and JSON, both directions) on hand-written input.
#include "dto/ContactInformationTypes.h"
#include "wire/JsonFields.h"
#include "wire/XmlFieldReader.h"
#include "wire/XmlFieldWriter.h"

#include <QJsonDocument>
#include <QTest>

using namespace contactdesk;

class TestFieldCodecs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void xmlReadAnyOrderPrefixUnknown()
    {
        // Fields out of contract order, a prefix on one, an unknown element, an unknown enum.
        const QByteArray xml = R"(<r xmlns:p="urn:x">
            <email>anna@example.ch</email>
            <p:contactNumber>000333</p:contactNumber>
            <futureField><deep>1</deep></futureField>
            <role>FUTURE_ROLE</role>
            <hasWarning>true</hasWarning>
            <contactId>42</contactId>
            <individualContact><individualLastName>Müller</individualLastName>
              <individualBirthDate>1980-02-29</individualBirthDate></individualContact>
            <addresses><addressTypes>MAIN</addressTypes><addressTypes>BILLING</addressTypes><town>Zürich</town></addresses>
            <addresses><town>Genève</town></addresses>
            <createdFrom><entry><key>channel</key><value>web</value></entry></createdFrom>
            <lastModificationDate>2024-05-01T10:00:00+02:00</lastModificationDate>
          </r>)";
        QXmlStreamReader r(xml);
        QVERIFY(r.readNextStartElement());
        dto::ContactDataResult c;
        wire::XmlFieldReader reader(r);
        QVERIFY2(reader.readFields(c), qPrintable(reader.errorText()));
        QCOMPARE(c.contactNumber, QStringLiteral("000333"));
        QCOMPARE(c.role, QStringLiteral("FUTURE_ROLE"));
        QCOMPARE(c.hasWarning, std::optional<bool>(true));
        QCOMPARE(c.contactId, std::optional<qint64>(42));
        QVERIFY(c.individualContact);
        QCOMPARE(c.individualContact->individualLastName, QStringLiteral("Müller"));
        QCOMPARE(c.individualContact->individualBirthDate, QDate(1980, 2, 29));
        QCOMPARE(c.addresses.size(), 2);
        QCOMPARE(c.addresses[0].addressTypes, (QStringList{QStringLiteral("MAIN"), QStringLiteral("BILLING")}));
        QCOMPARE(c.addresses[1].town, QStringLiteral("Genève"));
        QCOMPARE(c.createdFrom.value(QStringLiteral("channel")), QStringLiteral("web"));
        QCOMPARE(c.lastModificationDate.toUTC(), QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(c.function.isNull());
    }

    void xmlBadValueNamesField()
    {
        const QByteArray xml = "<r><contactId>12x</contactId></r>";
        QXmlStreamReader r(xml);
        QVERIFY(r.readNextStartElement());
        dto::ContactDataResult c;
        wire::XmlFieldReader reader(r);
        QVERIFY(!reader.readFields(c));
        QCOMPARE(reader.errorField(), QStringLiteral("contactId"));
    }

    void xmlWriteReadRoundTrip()
    {
        dto::IndividualContactData d;
        d.contactNumber = QStringLiteral("0042");
        d.identifier = 7;
        d.individualContact.emplace().individualFirstName = QStringLiteral("Zoë");
        d.addresses.emplace();
        d.authorizations = QList<dto::AuthorizationData>{{QStringLiteral("NEWS"), true, {}}};
        QByteArray out;
        QXmlStreamWriter w(&out);
        wire::XmlFieldWriter(w, QString()).writeElement(QStringLiteral("d"), d);
        QVERIFY(!out.contains("<addresses")); // an empty list has no element in SOAP
        QVERIFY(!out.contains("<email"));     // absent value, absent element
        QXmlStreamReader r(out);
        QVERIFY(r.readNextStartElement());
        dto::IndividualContactData back;
        QVERIFY(wire::XmlFieldReader(r).readFields(back));
        QCOMPARE(back.contactNumber, d.contactNumber);
        QCOMPARE(back.identifier, d.identifier);
        QCOMPARE(back.individualContact->individualFirstName, QStringLiteral("Zoë"));
        QVERIFY(!back.addresses);
        QCOMPARE(back.authorizations->size(), 1);
        QCOMPARE(back.authorizations->at(0).granted, std::optional<bool>(true));
    }

    void jsonReadWrite()
    {
        const QByteArray json = R"({"contactNumber":"01","contactId":5,"unknown":{"a":1},
            "email":null,"addresses":[{"town":"Bern","addressTypes":["MAIN"]}],
            "individualContact":{"individualBirthDate":"1990-01-31"}})";
        dto::ContactDataResult c;
        wire::JsonFieldReader reader;
        QVERIFY(reader.readObject(QJsonDocument::fromJson(json).object(), c));
        QCOMPARE(c.contactId, std::optional<qint64>(5));
        QVERIFY(c.email.isNull());
        QCOMPARE(c.addresses.value(0).town, QStringLiteral("Bern"));
        QCOMPARE(c.individualContact->individualBirthDate, QDate(1990, 1, 31));

        dto::IndividualContactData d;
        d.addresses.emplace(); // present and empty: [] clears the list over REST
        const QJsonObject o = wire::JsonFieldWriter::toObject(d);
        QVERIFY(o.value(QStringLiteral("addresses")).isArray());
        QVERIFY(!o.contains(QStringLiteral("email")));
    }

    void jsonWrongTypeNamesField()
    {
        dto::ContactDataResult c;
        wire::JsonFieldReader reader;
        QVERIFY(!reader.readObject(QJsonDocument::fromJson(R"({"hasWarning":"yes"})").object(), c));
        QCOMPARE(reader.errorField(), QStringLiteral("hasWarning"));
    }
};

QTEST_GUILESS_MAIN(TestFieldCodecs)
#include "tst_fieldcodecs.moc"
