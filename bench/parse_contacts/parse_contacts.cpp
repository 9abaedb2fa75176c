// bench/parse_contacts: parses a ContactSearchResult SOAP response of 10,000 contacts with the
// typed reader and prints MB/s and the ratio to a bare QXmlStreamReader pass over the same bytes
// that only reads tokens. Target (issue 2): ratio >= 0.5. Prints figures; it is not a timed test.
#include "SearchResponseGenerator.h"

#include "contract/Operations.h"
#include "wire/SoapResponseReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace contactdesk;

namespace {

double bestOf(int runs, const auto &fn)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return *std::min_element(ms.begin(), ms.end());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int contacts = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int runs = 5;
    const QByteArray body = generateSearchResponse(contacts);
    const double mb = double(body.size()) / (1024.0 * 1024.0);

    qint64 tokens = 0;
    const double bareMs = bestOf(runs, [&] {
        QXmlStreamReader r(body);
        tokens = 0;
        while (!r.atEnd()) {
            r.readNext();
            ++tokens;
        }
        if (r.hasError())
            std::fprintf(stderr, "bare pass error: %s\n", qPrintable(r.errorString()));
    });

    int parsed = 0;
    const double typedMs = bestOf(runs, [&] {
        auto result = wire::readS360SoapResponse<ops::SearchContactByCriteria>(200, body);
        if (!result.ok()) {
            std::fprintf(stderr, "typed parse failed: %s\n", qPrintable(result.error().toString()));
            std::exit(1);
        }
        parsed = int(result.value().contacts.size());
    });
    if (parsed != contacts) {
        std::fprintf(stderr, "expected %d contacts, parsed %d\n", contacts, parsed);
        return 1;
    }

    std::printf("parse_contacts: %d contacts, %.1f MB, %lld tokens (best of %d runs)\n", contacts, mb,
                static_cast<long long>(tokens), runs);
    std::printf("  bare QXmlStreamReader pass : %8.1f ms  %7.1f MB/s\n", bareMs, mb / (bareMs / 1000.0));
    std::printf("  typed ContactSearchResult  : %8.1f ms  %7.1f MB/s\n", typedMs, mb / (typedMs / 1000.0));
    std::printf("  ratio typed/bare throughput: %.2f (target >= 0.50)\n", bareMs / typedMs);
    return 0;
}
