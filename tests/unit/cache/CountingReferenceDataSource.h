#pragma once

// A ReferenceDataSource for tests: counts the calls, answers lists tagged with `tag`, fails
// when told to, and can hold its answers until release() (to test calls that share a fetch).

#include "cache/ReferenceDataSource.h"

#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

namespace contactdesk::test {

class CountingReferenceDataSource : public ReferenceDataSource {
public:
    explicit CountingReferenceDataSource(QString initialTag = QStringLiteral("v1")) : tag(std::move(initialTag)) {}

    QString tag;                            // goes into every name, to tell fetches apart
    std::optional<ApiError> failAllWith;    // every list fails with this error
    std::optional<ApiError> failCriteriaWith; // only the contact criteria fail
    QString statusCode;                     // when set, the lists come back with this statusCode
    bool hold = false;                      // keep the answers until release()

    int structureTypeCalls = 0;
    int contactCriterionCalls = 0;
    int authorizationCalls = 0;
    int administrativeNumberCalls = 0;

    int calls() const { return structureTypeCalls + contactCriterionCalls + authorizationCalls + administrativeNumberCalls; }
    void resetCounts() { structureTypeCalls = contactCriterionCalls = authorizationCalls = administrativeNumberCalls = 0; }
    int held() const { return int(m_held.size()); }
    void release()
    {
        const auto pending = std::move(m_held);
        m_held.clear();
        for (const auto &answer : pending)
            answer();
    }

    QFuture<Result<dto::StructureTypeListResult>> fetchStructureTypes() override
    {
        ++structureTypeCalls;
        dto::StructureTypeListResult r;
        r.structureTypes = {{QStringLiteral("ASSOC"), QStringLiteral("Association ") + tag},
                            {QStringLiteral("COMP"), QStringLiteral("Company ") + tag}};
        return answer(std::move(r), std::nullopt);
    }
    QFuture<Result<dto::ContactCriterionListResult>> fetchContactCriteria() override
    {
        ++contactCriterionCalls;
        dto::ContactCriterionListResult r;
        dto::ContactCriterion c;
        c.code = QStringLiteral("MUSIC");
        c.name = QStringLiteral("Music ") + tag;
        c.type = QStringLiteral("LIST");
        c.multiple = true;
        c.elements = {{QStringLiteral("JAZZ"), QStringLiteral("Jazz")}, {QStringLiteral("ROCK"), QStringLiteral("Rock")}};
        r.contactCriteria = {c};
        return answer(std::move(r), failCriteriaWith);
    }
    QFuture<Result<dto::AuthorizationListResult>> fetchAuthorizations() override
    {
        ++authorizationCalls;
        dto::AuthorizationListResult r;
        dto::AvailableAuthorization a;
        a.code = QStringLiteral("NEWSLETTER");
        a.name = QStringLiteral("Newsletter ") + tag;
        a.channel = QStringLiteral("EMAIL");
        a.thirdParty = false;
        r.authorizations = {a};
        return answer(std::move(r), std::nullopt);
    }
    QFuture<Result<dto::AdministrativeNumberListResult>> fetchAdministrativeNumbers() override
    {
        ++administrativeNumberCalls;
        dto::AdministrativeNumberListResult r;
        dto::AvailableAdministrativeNumber n;
        n.code = QStringLiteral("VAT");
        n.name = QStringLiteral("VAT number ") + tag;
        n.pattern = QStringLiteral("^CHE-[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}$");
        r.administrativeNumbers = {n};
        return answer(std::move(r), std::nullopt);
    }

private:
    template <typename T> QFuture<Result<T>> answer(T value, const std::optional<ApiError> &failure)
    {
        value.statusCode = statusCode.isNull() ? QStringLiteral("success") : statusCode;
        Result<T> result = failAllWith ? Result<T>(*failAllWith) : failure ? Result<T>(*failure) : Result<T>(value);
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        auto settle = [promise, result]() {
            promise->addResult(result);
            promise->finish();
        };
        QFuture<Result<T>> future = promise->future();
        if (hold)
            m_held.push_back(settle);
        else
            settle();
        return future;
    }

    std::vector<std::function<void()>> m_held;
};

} // namespace contactdesk::test
