// The table models behind the members tab, the demo outbox and the bulk token report:
// rowCount/columnCount/headerData/data for given rows, each checked by QAbstractItemModelTester;
// the members model paging (fetchMore) against the real sandbox, with a superseded query whose
// late answer is ignored.

#include "../support/UiHarness.h"

#include "common/CodeChoosers.h"
#include "outbox/OutboxModel.h"
#include "structure/StructureMembersModel.h"
#include "tokens/BulkTokenReportModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPromise>
#include <QSignalSpy>
#include <QTimer>

using namespace contactdesk;
using namespace contactdesk::ui;
using namespace Qt::StringLiterals;

namespace {

OutboxMail mail(const QString &id, const QString &to, const QString &subject, const QString &kind)
{
    OutboxMail m;
    m.id = id;
    m.at = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    m.to = to;
    m.subject = subject;
    m.body = QStringLiteral("Body of ") + id;
    m.kind = kind;
    return m;
}

TokenReportLine reportLine(const QString &number, const QString &first, const QString &last,
                           TokenReportLine::Outcome outcome, const QString &detail)
{
    TokenReportLine l;
    l.contact.contactNumber = number;
    l.contact.contactId = number.toLongLong();
    l.contact.firstName = first;
    l.contact.lastName = last;
    l.outcome = outcome;
    l.detail = detail;
    return l;
}

QStringList rowTexts(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts << model.index(row, column).data().toString();
    return texts;
}

QStringList headers(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column)
        titles << model.headerData(column, Qt::Horizontal).toString();
    return titles;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<uitest::Harness> h;

    // A structure of the sandbox with `members` members more than it had (created here).
    QString structureWithMembers(int members)
    {
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("STRUCTURE");
        criteria.maxResults = 1;
        const Result<dto::ContactSearchResult> structures = uitest::await(h->session()->s360()->searchContactByCriteria(criteria));
        if (!structures.ok() || structures->contacts.isEmpty())
            return {};
        const QString structure = structures->contacts.first().contactNumber;
        for (int i = 0; i < members; ++i) {
            dto::StructureMemberData member;
            member.structureContactNumber = structure;
            member.memberContactNumber = h->createIndividual(QStringLiteral("Pia%1").arg(i), QStringLiteral("Pagewood"));
            member.function = QStringLiteral("Pager");
            member.memberRole = QStringLiteral("MEMBER");
            if (member.memberContactNumber.isEmpty() || !uitest::await(h->session()->s360()->saveStructureMember(member)).ok())
                return {};
        }
        return structure;
    }

    StructureMembersModel::ListFunction sandboxList() const
    {
        ApiSession *session = h->session();
        return [session](const dto::StructureMemberSearchCriteria &c) { return session->s360()->listStructureMembersByCriteria(c); };
    }

private Q_SLOTS:
    void outboxModel_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("body");
        const QString sent = QLocale().toString(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC).toLocalTime(),
                                                QLocale::ShortFormat);
        QTest::newRow("first") << 0 << QStringList{sent, u"ann@example.ch"_s, u"Your token"_s, u"token"_s} << u"Body of m1"_s;
        QTest::newRow("last") << 2 << QStringList{sent, u"cy@example.ch"_s, u"Password"_s, u"password"_s} << u"Body of m3"_s;
    }
    void outboxModel()
    {
        QFETCH(int, row);
        QFETCH(QStringList, texts);
        QFETCH(QString, body);
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setMails({mail(u"m1"_s, u"ann@example.ch"_s, u"Your token"_s, u"token"_s),
                        mail(u"m2"_s, u"bo@example.ch"_s, u"Your token"_s, u"token"_s),
                        mail(u"m3"_s, u"cy@example.ch"_s, u"Password"_s, u"password"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(headers(model), (QStringList{u"Sent"_s, u"To"_s, u"Subject"_s, u"Kind"_s}));
        QCOMPARE(rowTexts(model, row), texts);
        QCOMPARE(model.index(row, 0).data(OutboxModel::BodyRole).toString(), body);
        QCOMPARE(model.mailAt(row)->body, body);
        QVERIFY(!model.mailAt(3));
        QVERIFY(!model.index(3, 0).isValid());
        model.setMails({});
        QCOMPARE(model.rowCount(), 0);
    }

    void bulkTokenReportModel_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("sent") << 0 << QStringList{u"101"_s, u"Bea Bulk"_s, u"sent"_s, u"bea@example.ch"_s};
        QTest::newRow("failed") << 1 << QStringList{u"102"_s, u"Bulk"_s, u"failed"_s, u"no contact id"_s};
        QTest::newRow("cancelled") << 2 << QStringList{u"103"_s, u"Cy"_s, u"cancelled"_s, u"not sent: cancelled"_s};
    }
    void bulkTokenReportModel()
    {
        QFETCH(int, row);
        QFETCH(QStringList, texts);
        BulkTokenReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<TokenReportLine> lines{
            reportLine(u"101"_s, u"Bea"_s, u"Bulk"_s, TokenReportLine::Outcome::Sent, u"bea@example.ch"_s),
            reportLine(u"102"_s, QString(), u"Bulk"_s, TokenReportLine::Outcome::Failed, u"no contact id"_s),
            reportLine(u"103"_s, u"Cy"_s, QString(), TokenReportLine::Outcome::Cancelled, u"not sent: cancelled"_s)};
        // Line by line as the run goes: one insertion each.
        model.setLine(0, lines.at(0));
        model.setLine(1, lines.at(1));
        model.setLine(5, lines.at(2)); // beyond the end: ignored
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        // The end of the run: the rest appended, the unchanged lines left alone.
        model.setLines(lines);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(changed.size(), 0);
        // A line that changes: dataChanged over its row only.
        TokenReportLine retried = lines.at(1);
        retried.detail = u"rate limited"_s;
        model.setLine(1, retried);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), model.columnCount() - 1);
        model.setLine(1, lines.at(1));
        QCOMPARE(reset.size(), 0);

        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(headers(model), (QStringList{u"Contact"_s, u"Name"_s, u"Outcome"_s, u"Detail"_s}));
        QCOMPARE(rowTexts(model, row), texts);
        QCOMPARE(model.index(row, 0).data(BulkTokenReportModel::ContactIdRole).toLongLong(), 101 + row);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void structureMembersModelRows_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("relay") << 0 << QStringList{u"7001"_s, u"Ada Relay"_s, u"Director"_s, u"RELAY"_s, u"ada@work.ch"_s, u"+41 21 000 00 01"_s};
        QTest::newRow("member") << 1 << QStringList{u"7002"_s, u"Member"_s, QString(), u"MEMBER"_s, QString(), QString()};
    }
    void structureMembersModelRows()
    {
        QFETCH(int, row);
        QFETCH(QStringList, texts);
        dto::StructureMemberListResult page;
        dto::StructureMemberData relay;
        relay.memberContactNumber = u"7001"_s;
        relay.individualContact = dto::IndividualData{};
        relay.individualContact->individualFirstName = u"Ada"_s;
        relay.individualContact->individualLastName = u"Relay"_s;
        relay.function = u"Director"_s;
        relay.memberRole = u"RELAY"_s;
        relay.professionalEmail = u"ada@work.ch"_s;
        relay.professionalPhone = u"+41 21 000 00 01"_s;
        dto::StructureMemberData member;
        member.memberContactNumber = u"7002"_s;
        member.individualContact = dto::IndividualData{};
        member.individualContact->individualLastName = u"Member"_s;
        member.memberRole = u"MEMBER"_s;
        page.members = {relay, member};
        page.totalNumber = 2;

        StructureMembersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<dto::StructureMemberSearchCriteria> asked;
        model.setListFunction([&](const dto::StructureMemberSearchCriteria &c) {
            asked << c;
            return QtFuture::makeReadyFuture(Result<dto::StructureMemberListResult>(page));
        });
        dto::StructureMemberSearchCriteria none;
        model.setCriteria(none); // no structure: no call
        QVERIFY(asked.isEmpty());
        QCOMPARE(model.rowCount(), 0);

        dto::StructureMemberSearchCriteria criteria;
        criteria.structureContactNumber = u"5000"_s;
        criteria.lastName = u"Re"_s;
        model.setCriteria(criteria);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().lastName, u"Re"_s);
        QCOMPARE(asked.first().firstResult.value_or(-1), 0);
        QCOMPARE(asked.first().maxResults.value_or(-1), model.pageSize());
        QCOMPARE(model.totalCount(), 2);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), 6);
        // The role column shows the role's name from the reference data, or the code without it.
        QStringList expected = texts;
        expected[StructureMembersModel::Role] = memberRoleName(expected.at(StructureMembersModel::Role));
        QCOMPARE(rowTexts(model, row), expected);
        QCOMPARE(headers(model), (QStringList{u"Number"_s, u"Name"_s, u"Function"_s, u"Role"_s,
                                              u"Professional email"_s, u"Professional phone"_s}));
        QCOMPARE(model.index(row, 0).data(StructureMembersModel::MemberContactNumberRole).toString(), texts.first());
    }

    void structureMembersModelPagesThroughTheSandbox()
    {
        h = std::make_unique<uitest::Harness>();
        QVERIFY(h->connect());
        const QString structure = structureWithMembers(5);
        QVERIFY(!structure.isEmpty());

        StructureMembersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListFunction(sandboxList());
        model.setPageSize(2);
        QSignalSpy pages(&model, &StructureMembersModel::pageLoaded);
        dto::StructureMemberSearchCriteria criteria;
        criteria.structureContactNumber = structure;
        criteria.lastName = u"Pagewood"_s;
        model.setCriteria(criteria);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // not while a page is on its way
        QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 10000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 5);
        QStringList numbers;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before, 10000);
            QCOMPARE(pages.last().at(0).toInt(), before);
        }
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(pages.size(), 3); // 2 + 2 + 1
        for (int row = 0; row < model.rowCount(); ++row) {
            numbers << model.index(row, StructureMembersModel::Number).data().toString();
            QVERIFY(model.index(row, StructureMembersModel::Name).data().toString().endsWith(u"Pagewood"_s));
        }
        numbers.removeDuplicates();
        QCOMPARE(numbers.size(), 5); // each member once, none skipped
    }

    void structureMembersModelIgnoresALateAnswerOfASupersededQuery()
    {
        h = std::make_unique<uitest::Harness>();
        QVERIFY(h->connect());
        const QString structure = structureWithMembers(3);
        QVERIFY(!structure.isEmpty());

        // The first query's answer is held back until well after the second one's.
        ApiSession *session = h->session();
        int calls = 0;
        bool lateAnswerDelivered = false;
        StructureMembersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListFunction([&](const dto::StructureMemberSearchCriteria &c) {
            QFuture<Result<dto::StructureMemberListResult>> real = session->s360()->listStructureMembersByCriteria(c);
            if (calls++ > 0)
                return real;
            auto promise = std::make_shared<QPromise<Result<dto::StructureMemberListResult>>>();
            promise->start();
            real.then(qApp, [promise, &lateAnswerDelivered](const Result<dto::StructureMemberListResult> &r) {
                QTimer::singleShot(500, qApp, [promise, r, &lateAnswerDelivered] {
                    promise->addResult(r);
                    promise->finish();
                    lateAnswerDelivered = true;
                });
            });
            return promise->future();
        });
        QSignalSpy pages(&model, &StructureMembersModel::pageLoaded);
        dto::StructureMemberSearchCriteria everyone;
        everyone.structureContactNumber = structure;
        model.setCriteria(everyone);
        const quint64 superseded = model.generation();
        dto::StructureMemberSearchCriteria nobody = everyone;
        nobody.lastName = u"Nobody-By-This-Name"_s;
        model.setCriteria(nobody);
        QVERIFY(model.generation() > superseded);
        QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 10000);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(lateAnswerDelivered, 10000);
        QTest::qWait(100); // the late answer's continuation runs
        QCOMPARE(pages.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.criteria().lastName, nobody.lastName);
        QCOMPARE(calls, 2);
    }

    void cleanup() { h.reset(); }
};

int main(int argc, char *argv[])
{
    uitest::prepareEnvironment();
    QApplication app(argc, argv);
    TestModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_models.moc"
