// 8 clients of our own (4 over SOAP, 4 over REST, each with its own transport) x 1,000 mixed
// reads and writes against one in-process sandbox: no error, no lost update, a consistent
// final state in the database.
//
// Every client owns a counter inside ONE shared contact (its remark "0=n;1=n;...;7=n") and
// increments it by read-modify-write with expectedLastModificationDate, retrying on conflict:
// at the end every counter in the database equals the increments its client saw succeed.
// CONTACTDESK_CONCURRENCY_OPS overrides the 1,000 calls per client.

#include "ClientSandboxHarness.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

using namespace clientsandbox;

namespace {

constexpr int kClients = 8;

QList<int> parseCounters(const QString &remark)
{
    QList<int> counts(kClients, 0);
    for (const QString &part : remark.split(u';', Qt::SkipEmptyParts)) {
        const int index = part.section(u'=', 0, 0).toInt();
        if (index >= 0 && index < kClients)
            counts[index] = part.section(u'=', 1, 1).toInt();
    }
    return counts;
}

QString formatCounters(const QList<int> &counts)
{
    QStringList parts;
    for (int i = 0; i < counts.size(); ++i)
        parts << QStringLiteral("%1=%2").arg(i).arg(counts[i]);
    return parts.join(u';');
}

// One client running its calls one after another (the 8 run interleaved on the event loop).
class Worker : public QObject {
public:
    Worker(int index, const RunningSandbox &sandbox, S360Binding binding, QString counterContact,
           QString ownContact, QStringList sample, int calls)
        : m_index(index), m_stack(sandbox, binding), m_counter(std::move(counterContact)),
          m_own(std::move(ownContact)), m_sample(std::move(sample)), m_calls(calls),
          m_random(quint32(1000 + index))
    {
        m_stack.liftRateLimit();
    }

    void start() { next(); }
    bool finished() const { return m_finished; }
    int index() const { return m_index; }
    int increments() const { return m_increments; }
    int conflicts() const { return m_conflicts; }
    int callsMade() const { return m_callsMade; }
    const QStringList &errors() const { return m_errors; }
    QString lastOwnFunction() const { return m_lastOwnFunction; }

private:
    void next()
    {
        if (m_step >= m_calls) {
            m_finished = true;
            return;
        }
        const int kind = m_step % 8;
        ++m_step;
        m_clock.start();
        m_kind = kind;
        switch (kind) {
        case 0: increment(); break;
        case 1: case 2: case 3: readSample(); break;
        case 4: case 5: search(); break;
        case 6: writeOwn(); break;
        default: listMembersOrReference(); break;
        }
    }

public:
    static inline qint64 s_nanos[8] = {};
    static inline int s_count[8] = {};

private:
    void account()
    {
        s_nanos[m_kind] += m_clock.nsecsElapsed();
        ++s_count[m_kind];
    }

    void failed(const char *what, const ApiError &error)
    {
        m_errors << QStringLiteral("client %1 %2: %3").arg(m_index).arg(QLatin1StringView(what), describe(error));
        next();
    }

    void increment()
    {
        ++m_callsMade;
        m_stack.s360.getContactData(m_counter, {QStringLiteral("GENERAL")})
            .then(this, [this](Result<dto::ContactDataResult> read) {
                if (!read)
                    return failed("read counter", read.error());
                QList<int> counts = parseCounters(read->individualContact ? read->individualContact->remark : QString());
                ++counts[m_index];
                dto::IndividualContactData change;
                change.contactNumber = m_counter;
                change.individualContact = read->individualContact.value_or(dto::IndividualData{});
                change.individualContact->remark = formatCounters(counts);
                change.expectedLastModificationDate = read->lastModificationDate;
                ++m_callsMade;
                m_stack.s360.saveIndividualContactData(change).then(this, [this](Result<dto::ContactSaveResult> saved) {
                    if (!saved && saved.error().kind == ApiError::Kind::Status && saved.error().code == u"conflict") {
                        ++m_conflicts;
                        increment(); // read again and retry
                        return;
                    }
                    if (!saved)
                        return failed("save counter", saved.error());
                    ++m_increments;
                    account();
                    next();
                });
            });
    }

    void readSample()
    {
        ++m_callsMade;
        const QString number = m_sample.at(int(m_random.bounded(quint32(m_sample.size()))));
        m_stack.s360.getContactData(number, allDetails()).then(this, [this, number](Result<dto::ContactDataResult> r) {
            if (!r)
                return failed("read", r.error());
            if (r->contactNumber != number)
                m_errors << QStringLiteral("client %1: asked %2, got %3").arg(m_index).arg(number, r->contactNumber);
            account();
            next();
        });
    }

    void search()
    {
        ++m_callsMade;
        static const QStringList prefixes{QStringLiteral("M"), QStringLiteral("B"), QStringLiteral("S"),
                                          QStringLiteral("Mü"), QStringLiteral("Da"), QStringLiteral("Le")};
        dto::ContactSearchCriteria criteria;
        criteria.lastName = prefixes.at(int(m_random.bounded(quint32(prefixes.size()))));
        criteria.maxResults = 50;
        m_stack.s360.searchContactByCriteria(criteria).then(this, [this](Result<dto::ContactSearchResult> r) {
            if (!r)
                return failed("search", r.error());
            if (r->contacts.size() > 50)
                m_errors << QStringLiteral("client %1: search returned %2 rows").arg(m_index).arg(r->contacts.size());
            account();
            next();
        });
    }

    void writeOwn()
    {
        ++m_callsMade;
        dto::IndividualContactData change;
        change.contactNumber = m_own;
        change.function = QStringLiteral("step %1").arg(m_step);
        m_stack.s360.saveIndividualContactData(change).then(this, [this, function = change.function](
                                                                      Result<dto::ContactSaveResult> r) {
            if (!r)
                return failed("write own", r.error());
            m_lastOwnFunction = function;
            account();
            next();
        });
    }

    void listMembersOrReference()
    {
        ++m_callsMade;
        m_stack.s360.getAvailableContactCriteria().then(this, [this](Result<dto::ContactCriterionListResult> r) {
            if (!r)
                return failed("criteria", r.error());
            account();
            next();
        });
    }

    int m_index;
    ClientStack m_stack;
    QString m_counter;
    QString m_own;
    QStringList m_sample;
    int m_calls;
    QRandomGenerator m_random;
    int m_step = 0;
    int m_kind = 0;
    QElapsedTimer m_clock;
    int m_callsMade = 0;
    int m_increments = 0;
    int m_conflicts = 0;
    bool m_finished = false;
    QString m_lastOwnFunction;
    QStringList m_errors;
};

int callsPerClient()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("CONTACTDESK_CONCURRENCY_OPS", &ok);
    return ok && fromEnv > 0 ? fromEnv : 1000;
}

} // namespace

class TestClientConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ServerOptions options;
        options.rateLimitPerMinute = 0;
        m_sandbox = startSandbox(200, options);
        QVERIFY(m_sandbox);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void eightClientsLoseNoUpdate()
    {
        store::Database &db = m_sandbox->database();
        ClientStack setup(*m_sandbox, S360Binding::Soap);
        setup.liftRateLimit();

        dto::IndividualContactData counter = person(QStringLiteral("Zähler"), QStringLiteral("Counter"));
        counter.individualContact->remark = formatCounters(QList<int>(kClients, 0));
        const auto counterSaved = await(setup.s360.saveIndividualContactData(counter));
        QVERIFY2(counterSaved.ok(), qPrintable(describe(counterSaved.error())));
        QStringList own;
        for (int i = 0; i < kClients; ++i) {
            const auto saved = await(setup.s360.saveIndividualContactData(
                person(QStringLiteral("Client"), QStringLiteral("Owner%1").arg(i))));
            QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
            own << saved->contactNumber;
        }
        QStringList sample;
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT contact_number FROM contacts ORDER BY contact_id LIMIT 100")));
            while (q.next())
                sample << q.value(0).toString();
        }
        QCOMPARE(sample.size(), 100);
        const qint64 contactsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"));

        const int calls = callsPerClient();
        std::vector<std::unique_ptr<Worker>> workers;
        for (int i = 0; i < kClients; ++i) {
            workers.push_back(std::make_unique<Worker>(i, *m_sandbox, i % 2 ? S360Binding::Rest : S360Binding::Soap,
                                                       counterSaved->contactNumber, own[i], sample, calls));
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &w : workers)
            w->start();
        const bool allDone = spinUntil(
            [&] { return std::all_of(workers.begin(), workers.end(), [](const auto &w) { return w->finished(); }); },
            240'000);
        QVERIFY2(allDone, "the clients did not finish within 240 s");

        int conflicts = 0;
        int totalCalls = 0;
        QStringList errors;
        for (const auto &w : workers) {
            conflicts += w->conflicts();
            totalCalls += w->callsMade();
            errors << w->errors();
        }
        qInfo("%d clients x %d steps: %d calls in %lld ms, %d conflicts retried", kClients, calls, totalCalls,
              timer.elapsed(), conflicts);
        for (int kind : {0, 1, 4, 6, 7}) {
            qInfo("step kind %d: %d done, mean %.1f ms", kind, Worker::s_count[kind],
                  Worker::s_count[kind] ? double(Worker::s_nanos[kind]) / 1e6 / Worker::s_count[kind] : 0.0);
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(u'\n')));
        QVERIFY(totalCalls >= kClients * calls);

        // The final state, in the database: every increment counted exactly once.
        const QString remark = text(db, QStringLiteral("SELECT i.remark FROM individuals i JOIN contacts c USING (contact_id) "
                                                       "WHERE c.contact_number = '%1'").arg(counterSaved->contactNumber));
        const QList<int> counts = parseCounters(remark);
        for (const auto &w : workers) {
            QCOMPARE(counts[w->index()], w->increments());
            QCOMPARE(w->increments(), (calls + 7) / 8);
            QCOMPARE(text(db, QStringLiteral("SELECT function FROM contacts WHERE contact_number = '%1'").arg(own[w->index()])),
                     w->lastOwnFunction());
        }
        // No write created a contact, and the file is sound.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), contactsBefore);
        QCOMPARE(text(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // And the client reads what the database holds.
        const auto last = await(setup.s360.getContactData(counterSaved->contactNumber, {QStringLiteral("GENERAL")}));
        QVERIFY(last.ok());
        QCOMPARE(last->individualContact->remark, remark);
    }

private:
    std::unique_ptr<RunningSandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestClientConcurrency)
#include "tst_client_concurrency.moc"
