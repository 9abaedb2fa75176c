// The search side on its own, with a search function the test answers by hand: where the typed
// text goes, debouncing, a superseded search's late answer, paging with fetchMore, the total,
// and the column chooser remembered in QSettings.

#include "search/ContactSearchModel.h"
#include "search/FilterRow.h"
#include "search/SearchPanel.h"
#include "search/SearchTextClassifier.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace contactdesk;
using namespace contactdesk::ui;

namespace {

// Records every call and lets the test answer each one when it likes.
struct FakeServer {
    struct Call {
        dto::ContactSearchCriteria criteria;
        std::shared_ptr<QPromise<Result<dto::ContactSearchResult>>> promise;
    };
    QList<Call> calls;

    ContactSearchModel::SearchFunction function()
    {
        return [this](const dto::ContactSearchCriteria &criteria) {
            auto promise = std::make_shared<QPromise<Result<dto::ContactSearchResult>>>();
            promise->start();
            calls.append({criteria, promise});
            return promise->future();
        };
    }

    static dto::ContactSearchResult page(const QString &prefix, int first, int count, int total)
    {
        dto::ContactSearchResult r;
        r.statusCode = QStringLiteral("success");
        r.totalNumber = total;
        for (int i = 0; i < count; ++i) {
            dto::ContactDataResult c;
            c.contactNumber = QString::number(first + i + 1);
            c.contactType = QStringLiteral("INDIVIDUAL");
            c.individualContact = dto::IndividualData{};
            c.individualContact->individualLastName = prefix + QString::number(first + i);
            r.contacts << c;
        }
        return r;
    }

    void answer(int index, const Result<dto::ContactSearchResult> &result)
    {
        calls[index].promise->addResult(result);
        calls[index].promise->finish();
    }
};

} // namespace

class TestSearchPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void classifier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QStringLiteral("  ") << int(SearchTextKind::Empty);
        QTest::newRow("digits") << QStringLiteral("000123") << int(SearchTextKind::ContactNumber);
        QTest::newRow("digits trimmed") << QStringLiteral(" 42 ") << int(SearchTextKind::ContactNumber);
        QTest::newRow("email") << QStringLiteral("anna@ex") << int(SearchTextKind::Email);
        QTest::newRow("at only") << QStringLiteral("@example") << int(SearchTextKind::Email);
        QTest::newRow("plus") << QStringLiteral("+41 79") << int(SearchTextKind::PhoneNumber);
        QTest::newRow("digits with spaces") << QStringLiteral("079 123 45") << int(SearchTextKind::PhoneNumber);
        QTest::newRow("dotted phone") << QStringLiteral("01.23.45") << int(SearchTextKind::PhoneNumber);
        QTest::newRow("name") << QStringLiteral("Müller") << int(SearchTextKind::LastName);
        QTest::newRow("name with digit") << QStringLiteral("Louis 14") << int(SearchTextKind::LastName);
    }
    void classifier()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(classifySearchText(text)), kind);
        dto::ContactSearchCriteria c;
        c.lastName = QStringLiteral("old");
        applySearchText(text, c);
        const QString trimmed = text.trimmed();
        QCOMPARE(c.contactNumber, kind == int(SearchTextKind::ContactNumber) ? trimmed : QString());
        QCOMPARE(c.email, kind == int(SearchTextKind::Email) ? trimmed : QString());
        QCOMPARE(c.phoneNumber, kind == int(SearchTextKind::PhoneNumber) ? trimmed : QString());
        QCOMPARE(c.lastName, kind == int(SearchTextKind::LastName) ? trimmed : QString());
    }

    void lateAnswerOfASupersededSearchIsDropped()
    {
        FakeServer server;
        ContactSearchModel model;
        model.setSearchFunction(server.function());
        dto::ContactSearchCriteria first;
        first.lastName = QStringLiteral("Mu");
        model.setCriteria(first);
        dto::ContactSearchCriteria second;
        second.lastName = QStringLiteral("Mül");
        model.setCriteria(second);
        QCOMPARE(server.calls.size(), 2);
        server.answer(1, FakeServer::page(QStringLiteral("New"), 0, 3, 3));
        QTRY_COMPARE(model.rowCount(), 3);
        // The older search answers last: it must not replace the newer rows.
        server.answer(0, FakeServer::page(QStringLiteral("Old"), 0, 5, 5));
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.contactAt(0).lastName, QStringLiteral("New0"));
    }

    void pagesWithFetchMore()
    {
        FakeServer server;
        ContactSearchModel model;
        model.setPageSize(10);
        model.setSearchFunction(server.function());
        dto::ContactSearchCriteria c;
        c.lastName = QStringLiteral("A");
        model.setCriteria(c);
        QCOMPARE(server.calls.at(0).criteria.firstResult, std::optional<int>(0));
        QCOMPARE(server.calls.at(0).criteria.maxResults, std::optional<int>(10));
        QVERIFY(!model.canFetchMore({})); // loading
        server.answer(0, FakeServer::page(QStringLiteral("A"), 0, 10, 25));
        QTRY_COMPARE(model.rowCount(), 10);
        QCOMPARE(model.totalCount(), 25);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // ignored while the page is on its way
        QCOMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(1).criteria.firstResult, std::optional<int>(10));
        server.answer(1, FakeServer::page(QStringLiteral("A"), 10, 10, 25));
        QTRY_COMPARE(model.rowCount(), 20);
        model.fetchMore({});
        server.answer(2, FakeServer::page(QStringLiteral("A"), 20, 5, 25));
        QTRY_COMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(24, ContactSearchModel::Name)).toString(), QStringLiteral("A24"));
    }

    void failureIsReported()
    {
        FakeServer server;
        ContactSearchModel model;
        model.setSearchFunction(server.function());
        QSignalSpy failed(&model, &ContactSearchModel::failed);
        dto::ContactSearchCriteria c;
        c.email = QStringLiteral("x@");
        model.setCriteria(c);
        ApiError error = ApiError::make(ApiError::Kind::Status, QStringLiteral("searchCriteria.email: bad"), QStringLiteral("invalid"));
        server.answer(0, error);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(model.lastError().isError());
        QVERIFY(!model.canFetchMore({}));
    }

    void typingIsDebouncedAndRoutedByShape()
    {
        FakeServer server;
        SearchPanel panel;
        panel.setSearchFunction(server.function());
        panel.show();
        QTest::keyClicks(panel.searchField(), QStringLiteral("Dupont"));
        QCOMPARE(server.calls.size(), 0); // not yet: the user is still typing
        QTRY_COMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls.at(0).criteria.lastName, QStringLiteral("Dupont"));
        QTest::qWait(SearchPanel::debounceMs + 100);
        QCOMPARE(server.calls.size(), 1); // one search for six keystrokes

        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), QStringLiteral("+41 22"));
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(1).criteria.phoneNumber, QStringLiteral("+41 22"));
        QVERIFY(server.calls.at(1).criteria.lastName.isEmpty());

        server.answer(1, FakeServer::page(QStringLiteral("P"), 0, 2, 2));
        QTRY_VERIFY(panel.totalLabel()->text().contains(QStringLiteral("2")));
        server.answer(0, FakeServer::page(QStringLiteral("Old"), 0, 1, 1));
    }

    void filtersGoIntoTheCriteria()
    {
        FakeServer server;
        SearchPanel panel;
        panel.setSearchFunction(server.function());
        ReferenceDataSnapshot reference;
        dto::ContactCriterion newsletter;
        newsletter.code = QStringLiteral("NEWSLETTER");
        newsletter.name = QStringLiteral("Newsletter");
        newsletter.type = QStringLiteral("BOOLEAN");
        reference.contactCriteria.contactCriteria << newsletter;
        reference.authorizations.authorizations << dto::AvailableAuthorization{QStringLiteral("EMAIL_OFFERS"), QStringLiteral("Offers"), QStringLiteral("EMAIL"), false};
        panel.setReferenceData(reference);
        FilterRow *filters = panel.filterRow();
        filters->typeBox()->setCurrentIndex(filters->typeBox()->findData(QStringLiteral("STRUCTURE")));
        filters->townEdit()->setText(QStringLiteral("Lausanne"));
        filters->criterionBox()->setCurrentIndex(filters->criterionBox()->findData(QStringLiteral("NEWSLETTER")));
        filters->authorizationBox()->setCurrentIndex(1);
        panel.searchNow();
        QCOMPARE(server.calls.size(), 1);
        const dto::ContactSearchCriteria &c = server.calls.last().criteria;
        QCOMPARE(c.contactType, QStringLiteral("STRUCTURE"));
        QCOMPARE(c.town, QStringLiteral("Lausanne"));
        QCOMPARE(c.criterionCode, QStringLiteral("NEWSLETTER"));
        QCOMPARE(c.criterionValue, QStringLiteral("true"));
        QCOMPARE(c.authorizationCode, QStringLiteral("EMAIL_OFFERS"));
        server.answer(0, FakeServer::page(QStringLiteral("S"), 0, 0, 0));
    }

    void columnChoiceIsRemembered()
    {
        {
            SearchPanel panel;
            QVERIFY(!panel.resultsView()->isColumnHidden(ContactSearchModel::Email));
            panel.resultsView()->setColumnHidden(ContactSearchModel::Email, true);
            panel.resultsView()->setColumnHidden(ContactSearchModel::Login, false);
            // The panel saves the header state on changes; a resize stands for one here.
            panel.resultsView()->horizontalHeader()->resizeSection(ContactSearchModel::Name, 150);
        }
        SearchPanel again;
        QVERIFY(again.resultsView()->isColumnHidden(ContactSearchModel::Email));
        QVERIFY(!again.resultsView()->isColumnHidden(ContactSearchModel::Login));
        QCOMPARE(again.resultsView()->horizontalHeader()->sectionSize(ContactSearchModel::Name), 150);
    }
};

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TestSearchPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_searchpanel.moc"
