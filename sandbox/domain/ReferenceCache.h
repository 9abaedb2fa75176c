#pragma once

// The static data of each institution (reference tables), read once and kept: the
// contract calls it static, and no operation of the sandbox changes it.

#include "store/ReferenceStore.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <memory>

namespace contactdesk::sandbox::store {
class Database;
}

namespace contactdesk::sandbox::domain {

struct InstitutionContext {
    store::InstitutionRow institution;
    store::ReferenceData data;
    QHash<QString, QRegularExpression> administrativeNumberPatterns; // anchored; only codes with a pattern

    const dto::ContactCriterion *criterion(const QString &code) const;
    const dto::AvailableAuthorization *authorization(const QString &code) const;
    const dto::AvailableAdministrativeNumber *administrativeNumber(const QString &code) const;
    bool hasStructureType(const QString &code) const;
    const store::PointOfSalesRow *pointOfSales(qint64 id) const;
};

class ReferenceCache {
public:
    // The institution of a call ("" = the default institution). Throws CallFailure
    // (denied) for an unknown institution, StoreError on SQL failure.
    std::shared_ptr<const InstitutionContext> institution(store::Database &database, const QString &code);

private:
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<const InstitutionContext>> m_byCode;
};

} // namespace contactdesk::sandbox::domain
