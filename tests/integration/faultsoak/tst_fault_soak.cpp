// Fault soak: our core clients (S360Client over SOAP and REST, SymphonyClient over its four
// bindings) against an in-process sandbox that injects faults into about 20% of the calls
// (latency, HTTP 500, 509, truncated body, malformed body, dropped connection), over 2,000
// mixed calls run by several lanes at once.
//
// Checked:
// - every call finishes exactly once (one continuation per call, one transport callFinished per
//   send) and ends with a value or a clear typed error (kind set, message non-empty), never both;
// - no save is applied twice: creates carry an identifier (one row per identifier whatever the
//   retries); each S-360 lane increments a counter in its own contact by read-modify-write with
//   expectedLastModificationDate and reads it back after every save: +1 after an acknowledged
//   save, +0 or +1 after a failed one, never more; the final counters equal those reads;
// - GenerateTokenForContact is never resent: the mails in the sandbox outbox equal the
//   acknowledged sends plus the sends whose answer was lost after the server acted (a dropped,
//   truncated or malformed answer), never more than the calls made.
// The clients' retry back-off is shortened through HttpTransport::setUnitRandom (jitter pinned
// low), so the soak stays well under a minute in a Debug build.

#include "../clientsandbox/ClientSandboxHarness.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

using namespace clientsandbox;
using contactdesk::sandbox::server::FaultKind;
using contactdesk::sandbox::server::faultKindName;

namespace {

constexpr int kS360Lanes = 4;     // SOAP, REST, SOAP, REST
constexpr int kStepsPerLane = 400; // about 480 calls each (an increment is read + save + read back)
constexpr int kTokenSends = 24;
constexpr qint64 kIdentifierBase = 7'300'000;
// The soak's identifiers lie below this one (lane * 10,000 + step); the client gives other creates
// random identifiers of up to 53 bits, which must not be counted as the soak's.
constexpr qint64 kIdentifierEnd = kIdentifierBase + 1'000'000;
const QString kFaults = QStringLiteral(
    "latency=40ms,latencyrate=0.03,error500=0.04,rate509=0.04,truncate=0.03,malformed=0.03,drop=0.04,seed=2024");

// Tally of every call of the soak.
struct Tally {
    int calls = 0;
    int finished = 0;
    int succeeded = 0;
    int typedErrors = 0;
    QStringList problems; // anything that breaks a rule
    std::map<int, int> finishCount; // call number -> continuations run
};

// Records the end of call `id`; true when the result is well formed (a value xor a clear error).
template <class T> bool account(Tally &tally, int id, const Result<T> &r, const char *what)
{
    ++tally.finished;
    ++tally.finishCount[id];
    if (r.ok() && r.error().isError())
        tally.problems << QStringLiteral("%1 #%2: a value AND an error").arg(QLatin1StringView(what)).arg(id);
    if (r.ok()) {
        ++tally.succeeded;
        return true;
    }
    ++tally.typedErrors;
    if (r.error().kind == ApiError::Kind::None || r.error().message.trimmed().isEmpty()) {
        tally.problems << QStringLiteral("%1 #%2: unclear error: %3").arg(QLatin1StringView(what)).arg(id).arg(describe(r.error()));
        return false;
    }
    return true;
}

// One S-360 client running its steps one after another (the lanes run interleaved).
class Lane : public QObject {
public:
    Lane(int index, const RunningSandbox &sandbox, S360Binding binding, QString counter, QStringList sample,
         Tally &tally)
        : m_index(index), m_stack(sandbox, binding), m_counter(std::move(counter)), m_sample(std::move(sample)),
          m_tally(tally), m_random(quint32(77 + index))
    {
        m_stack.liftRateLimit();
        m_stack.transport.setUnitRandom([] { return 0.05; }); // back-off 10 ms, 20 ms, 40 ms
        connect(&m_stack.transport, &transport::HttpTransport::callFinished, this,
                [this](quint64 id, ApiError::Kind, int) { ++m_transportFinished[id]; });
    }

    void start() { next(); }
    bool done() const { return m_done; }
    int value() const { return m_value; }
    int acknowledged() const { return m_acknowledged; }
    int appliedUnacknowledged() const { return m_appliedUnacknowledged; }
    QString counter() const { return m_counter; }
    const std::map<qint64, QString> &createdAck() const { return m_createdAck; }
    const std::set<qint64> &createdTried() const { return m_createdTried; }
    const std::map<quint64, int> &transportFinished() const { return m_transportFinished; }

private:
    void next()
    {
        if (m_step >= kStepsPerLane) {
            m_done = true;
            return;
        }
        const int kind = m_step++ % 10;
        switch (kind) {
        case 0: case 5: increment(); break;
        case 1: create(); break;
        case 2: case 3: case 6: case 8: read(); break;
        case 4: case 7: search(); break;
        default: readUnknown(); break;
        }
    }

    int newCall() { return ++m_tally.calls; }

    void read()
    {
        const QString number = m_sample.at(int(m_random.bounded(quint32(m_sample.size()))));
        const int id = newCall();
        m_stack.s360.getContactData(number, allDetails()).then(this, [this, id, number](Result<dto::ContactDataResult> r) {
            if (account(m_tally, id, r, "read") && r.ok() && r->contactNumber != number)
                m_tally.problems << QStringLiteral("read #%1: asked %2, got %3").arg(id).arg(number, r->contactNumber);
            next();
        });
    }

    // A read of a contact that does not exist: a typed notfound (or a fault), never a value.
    void readUnknown()
    {
        const int id = newCall();
        m_stack.s360.getContactData(QStringLiteral("99999999%1").arg(m_index), {QStringLiteral("GENERAL")})
            .then(this, [this, id](Result<dto::ContactDataResult> r) {
                account(m_tally, id, r, "read unknown");
                if (r.ok())
                    m_tally.problems << QStringLiteral("read unknown #%1: a value").arg(id);
                next();
            });
    }

    void search()
    {
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("INDIVIDUAL");
        criteria.maxResults = 20;
        criteria.firstResult = int(m_random.bounded(100u));
        const int id = newCall();
        m_stack.s360.searchContactByCriteria(criteria).then(this, [this, id](Result<dto::ContactSearchResult> r) {
            if (account(m_tally, id, r, "search") && r.ok() && r->contacts.size() > 20)
                m_tally.problems << QStringLiteral("search #%1: %2 contacts for 20 asked").arg(id).arg(r->contacts.size());
            next();
        });
    }

    void create()
    {
        const qint64 identifier = kIdentifierBase + m_index * 10'000 + m_step;
        dto::IndividualContactData d = person(QStringLiteral("Soak"), QStringLiteral("Lane%1x%2").arg(m_index).arg(m_step));
        d.identifier = identifier;
        m_createdTried.insert(identifier);
        const int id = newCall();
        m_stack.s360.saveIndividualContactData(d).then(this, [this, id, identifier](Result<dto::ContactSaveResult> r) {
            if (account(m_tally, id, r, "create") && r.ok())
                m_createdAck[identifier] = r->contactNumber;
            next();
        });
    }

    // Read, +1 with expectedLastModificationDate, save, then read back what the server holds.
    void increment()
    {
        const int id = newCall();
        m_stack.s360.getContactData(m_counter, {QStringLiteral("GENERAL")}).then(this, [this, id](Result<dto::ContactDataResult> r) {
            if (!account(m_tally, id, r, "read counter") || !r.ok())
                return next();
            if (!r->individualContact || r->individualContact->remark.toInt() != m_value) {
                m_tally.problems << QStringLiteral("lane %1: counter reads %2, expected %3")
                                        .arg(m_index)
                                        .arg(r->individualContact ? r->individualContact->remark : QStringLiteral("?"))
                                        .arg(m_value);
                return next();
            }
            dto::IndividualContactData change;
            change.contactNumber = m_counter;
            change.individualContact = *r->individualContact;
            change.individualContact->remark = QString::number(m_value + 1);
            change.expectedLastModificationDate = r->lastModificationDate;
            const int saveId = newCall();
            m_stack.s360.saveIndividualContactData(change).then(this, [this, saveId](Result<dto::ContactSaveResult> saved) {
                account(m_tally, saveId, saved, "save counter");
                readBack(saved.ok(), 0);
            });
        });
    }

    void readBack(bool acknowledged, int tries)
    {
        const int id = newCall();
        m_stack.s360.getContactData(m_counter, {QStringLiteral("GENERAL")})
            .then(this, [this, id, acknowledged, tries](Result<dto::ContactDataResult> r) {
                account(m_tally, id, r, "read back");
                if (!r.ok() || !r->individualContact) {
                    if (tries >= 20) {
                        m_tally.problems << QStringLiteral("lane %1: the counter could not be read back").arg(m_index);
                        return next();
                    }
                    return readBack(acknowledged, tries + 1);
                }
                const int stored = r->individualContact->remark.toInt();
                if (acknowledged) {
                    ++m_acknowledged;
                    if (stored != m_value + 1)
                        m_tally.problems << QStringLiteral("lane %1: acknowledged save of %2 reads back %3")
                                                .arg(m_index).arg(m_value + 1).arg(stored);
                } else if (stored == m_value + 1) {
                    ++m_appliedUnacknowledged; // applied, its answer lost; the resend was refused
                } else if (stored != m_value) {
                    m_tally.problems << QStringLiteral("lane %1: failed save of %2 reads back %3")
                                            .arg(m_index).arg(m_value + 1).arg(stored);
                }
                m_value = stored;
                next();
            });
    }

    int m_index;
    ClientStack m_stack;
    QString m_counter;
    QStringList m_sample;
    Tally &m_tally;
    QRandomGenerator m_random;
    int m_step = 0;
    bool m_done = false;
    int m_value = 0;
    int m_acknowledged = 0;
    int m_appliedUnacknowledged = 0;
    std::map<qint64, QString> m_createdAck;
    std::set<qint64> m_createdTried;
    std::map<quint64, int> m_transportFinished;
};

} // namespace

class TestFaultSoak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ServerOptions options;
        options.rateLimitPerMinute = 0;
        m_sandbox = startSandbox(150, options);
        QVERIFY(m_sandbox);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void soak()
    {
        store::Database &db = m_sandbox->database();
        QStringList sample;
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT contact_number FROM contacts WHERE contact_type = 'INDIVIDUAL' "
                                          "ORDER BY contact_id LIMIT 60")));
            while (q.next())
                sample << q.value(0).toString();
        }
        QVERIFY(sample.size() >= 30);
        QList<qint64> tokenContacts;
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT contact_id FROM contacts WHERE contact_type = 'INDIVIDUAL' "
                                          "AND email IS NOT NULL AND email <> '' ORDER BY contact_id LIMIT 8")));
            while (q.next())
                tokenContacts << q.value(0).toLongLong();
        }
        QVERIFY(tokenContacts.size() >= 4);

        // Each lane's counter contact, created while the server is healthy.
        QStringList counters;
        {
            ClientStack setup(*m_sandbox, S360Binding::Soap);
            for (int i = 0; i < kS360Lanes; ++i) {
                dto::IndividualContactData d = person(QStringLiteral("Counter"), QStringLiteral("Soak%1").arg(i));
                d.individualContact->remark = QStringLiteral("0");
                const auto saved = await(setup.s360.saveIndividualContactData(d));
                QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
                counters << saved->contactNumber;
            }
        }

        Tally tally;
        std::vector<std::unique_ptr<Lane>> lanes;
        for (int i = 0; i < kS360Lanes; ++i)
            lanes.push_back(std::make_unique<Lane>(i, *m_sandbox, i % 2 ? S360Binding::Rest : S360Binding::Soap,
                                                   counters.at(i), sample, tally));

        // The token lane: GenerateTokenForContact over the four Symphony bindings in turn.
        const SymphonyBinding symphonyBindings[] = {SymphonyBinding::Soap11, SymphonyBinding::Soap12,
                                                    SymphonyBinding::HttpGet, SymphonyBinding::HttpPost};
        std::vector<std::unique_ptr<ClientStack>> symphony;
        std::map<quint64, int> symphonyTransportFinished;
        QObject context;
        for (SymphonyBinding b : symphonyBindings) {
            symphony.push_back(std::make_unique<ClientStack>(*m_sandbox, S360Binding::Soap, b));
            symphony.back()->liftRateLimit();
            connect(&symphony.back()->transport, &transport::HttpTransport::callFinished, &context,
                    [&symphonyTransportFinished, n = symphony.size()](quint64 id, ApiError::Kind, int) {
                        ++symphonyTransportFinished[n * 1'000'000 + id];
                    });
        }
        int tokenCalls = 0;
        int tokensAcknowledged = 0;
        int tokensLostAfterAction = 0;
        int tokensRefused = 0;
        bool tokensDone = false;
        std::function<void()> nextToken = [&] {
            if (tokenCalls >= kTokenSends) {
                tokensDone = true;
                return;
            }
            const int n = tokenCalls++;
            const int id = ++tally.calls;
            ClientStack &client = *symphony[size_t(n % 4)];
            client.symphony.generateTokenForContact(int(tokenContacts.at(n % tokenContacts.size())), true)
                .then(&context, [&, id](Result<dto::ContactTokenResult> r) {
                    account(tally, id, r, "generate token");
                    if (r.ok())
                        ++tokensAcknowledged;
                    else if (r.error().kind == ApiError::Kind::Transport || r.error().kind == ApiError::Kind::Parse)
                        ++tokensLostAfterAction; // the server acted, then the answer was cut or lost
                    else
                        ++tokensRefused;
                    // Spread the sends over the soak.
                    QTimer::singleShot(40, &context, [&] { nextToken(); });
                });
        };

        const qint64 mailsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));
        const auto statsBefore = m_sandbox->server->statistics();
        m_sandbox->server->setFaults([] {
            const Result<FaultSpec> parsed = FaultSpec::parse(kFaults);
            return parsed.ok() ? parsed.value() : FaultSpec{};
        }());
        QVERIFY(m_sandbox->server->faults().isActive());

        QElapsedTimer timer;
        timer.start();
        for (auto &lane : lanes)
            lane->start();
        nextToken();
        const bool allDone = spinUntil(
            [&] {
                return tokensDone && std::all_of(lanes.begin(), lanes.end(), [](const auto &l) { return l->done(); });
            },
            120'000);
        const qint64 elapsed = timer.elapsed();
        m_sandbox->server->setFaults(FaultSpec{});
        QVERIFY2(allDone, "the soak did not finish in two minutes: a call never ended");
        QTest::qWait(100); // a late second continuation would show now
        const auto statsAfter = m_sandbox->server->statistics();
        qInfo("%d calls (%d ok, %d typed errors) in %lld ms; %llu requests reached the server",
              tally.calls, tally.succeeded, tally.typedErrors, elapsed,
              statsAfter.serviceCalls - statsBefore.serviceCalls);

        // Enough calls, and every fault kind was really injected.
        QVERIFY2(tally.calls >= 2000, qPrintable(QString::number(tally.calls)));
        for (size_t k = 1; k < statsAfter.injected.size(); ++k)
            QVERIFY2(statsAfter.injected[k] > statsBefore.injected[k],
                     qPrintable(QStringLiteral("no %1 injected").arg(faultKindName(FaultKind(k)))));
        QVERIFY(tally.typedErrors > 0);
        QVERIFY(tally.succeeded > tally.calls * 8 / 10);

        // Every call ended exactly once, with a value or a clear error.
        QVERIFY2(tally.problems.isEmpty(), qPrintable(tally.problems.mid(0, 20).join(u'\n')));
        QCOMPARE(tally.finished, tally.calls);
        QCOMPARE(int(tally.finishCount.size()), tally.calls);
        for (const auto &[id, count] : tally.finishCount)
            QVERIFY2(count == 1, qPrintable(QStringLiteral("call #%1 finished %2 times").arg(id).arg(count)));
        int transportCalls = 0;
        for (const auto &lane : lanes) {
            for (const auto &[id, count] : lane->transportFinished()) {
                QVERIFY2(count == 1, qPrintable(QStringLiteral("transport call %1 finished %2 times").arg(id).arg(count)));
                ++transportCalls;
            }
        }
        for (const auto &[id, count] : symphonyTransportFinished) {
            QCOMPARE(count, 1);
            ++transportCalls;
        }
        QCOMPARE(transportCalls, tally.calls);

        // No save applied twice: the counters...
        for (const auto &lane : lanes) {
            const QString stored = text(db, QStringLiteral("SELECT i.remark FROM individuals i JOIN contacts c ON c.contact_id = i.contact_id "
                                                         "WHERE c.contact_number = '%1'").arg(lane->counter()));
            QCOMPARE(stored.toInt(), lane->value());
            QCOMPARE(lane->value(), lane->acknowledged() + lane->appliedUnacknowledged());
            QVERIFY(lane->acknowledged() > 0);
        }
        // ...and the creates: one row per identifier, the acknowledged ones all there.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT identifier FROM contacts WHERE identifier IS NOT NULL "
                                           "GROUP BY identifier HAVING count(*) > 1)")),
                 0);
        int acknowledgedCreates = 0;
        int triedCreates = 0;
        for (const auto &lane : lanes) {
            triedCreates += int(lane->createdTried().size());
            for (const auto &[identifier, number] : lane->createdAck()) {
                ++acknowledgedCreates;
                QCOMPARE(text(db, QStringLiteral("SELECT contact_number FROM contacts WHERE identifier = %1").arg(identifier)), number);
            }
        }
        const qint64 createdRows = scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE identifier >= %1 AND identifier < %2")
                                                  .arg(kIdentifierBase)
                                                  .arg(kIdentifierEnd));
        QVERIFY(acknowledgedCreates > 0);
        QVERIFY2(createdRows >= acknowledgedCreates && createdRows <= triedCreates,
                 qPrintable(QStringLiteral("%1 rows, %2 acknowledged, %3 tried").arg(createdRows).arg(acknowledgedCreates).arg(triedCreates)));

        // GenerateTokenForContact: one mail per acknowledged send, plus one per send whose answer
        // was lost after the server acted; never a resend.
        const qint64 mails = scalar(db, QStringLiteral("SELECT count(*) FROM outbox")) - mailsBefore;
        QCOMPARE(tokenCalls, kTokenSends);
        QCOMPARE(tokensAcknowledged + tokensLostAfterAction + tokensRefused, kTokenSends);
        QVERIFY(tokensAcknowledged > 0);
        QCOMPARE(mails, qint64(tokensAcknowledged + tokensLostAfterAction));
        QVERIFY(mails <= kTokenSends);
        int appliedUnacknowledged = 0;
        for (const auto &lane : lanes)
            appliedUnacknowledged += lane->appliedUnacknowledged();
        qInfo("tokens: %d acknowledged, %d lost after the server acted, %d refused, %lld mails; "
              "counter saves applied but unacknowledged: %d; creates: %d acknowledged, %lld rows",
              tokensAcknowledged, tokensLostAfterAction, tokensRefused, mails, appliedUnacknowledged,
              acknowledgedCreates, createdRows);

        QVERIFY2(elapsed < 90'000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

private:
    std::unique_ptr<RunningSandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_fault_soak.moc"
