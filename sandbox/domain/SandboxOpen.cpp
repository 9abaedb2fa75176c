// openSandbox: the file (or a private temporary one), its seeding when new, and the demo
// credentials handed over in memory.

#include "domain/SandboxService.h"

#include "seed/DemoAccounts.h"
#include "seed/SeedGenerator.h"
#include "store/Crypto.h"
#include "store/Database.h"
#include "store/ReferenceStore.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace contactdesk::sandbox {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

bool needsSeeding(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() || info.size() == 0;
}

// Seeds into "<path>.seeding" with the journal off (fast), then renames it into place: a
// crash while seeding leaves no half-seeded database behind.
seed::SeedReport seedNewFile(const QString &path, const SandboxOptions &options)
{
    const QString seeding = path + QStringLiteral(".seeding");
    removeDatabaseFiles(seeding);
    seed::SeedReport report;
    {
        auto bulk = store::Database::open(seeding, store::OpenMode::BulkLoad);
        report = seed::seedDatabase(*bulk, {options.seedContacts, options.seedStructures, options.seed});
    }
    removeDatabaseFiles(path);
    if (!QFile::rename(seeding, path))
        throw store::StoreError(QStringLiteral("cannot move the seeded database to %1").arg(path));
    return report;
}

// A new operator password at every open (only its hash is stored); the API secret and
// the Symphony key are read back as they are.
DemoCredentials rotateDemoCredentials(store::Database &database)
{
    DemoCredentials credentials;
    store::Transaction transaction(database, store::Transaction::Kind::Write);
    const QSqlDatabase &db = transaction.db();
    const auto institution = store::findInstitution(db, QString::fromLatin1(seed::demoInstitutionCode));
    if (!institution)
        throw store::StoreError(QStringLiteral("the database has no institution %1").arg(QLatin1StringView(seed::demoInstitutionCode)));
    credentials.institution = institution->code;
    credentials.operatorLogin = QString::fromLatin1(seed::demoOperatorLogin);
    credentials.operatorPassword = store::randomPassword(20);
    auto operatorRow = store::findOperator(db, institution->institutionId, credentials.operatorLogin);
    if (operatorRow) {
        store::updateOperatorPassword(db, operatorRow->operatorId, store::hashPassword(credentials.operatorPassword));
    } else {
        operatorRow = store::OperatorRow{};
        operatorRow->institutionId = institution->institutionId;
        operatorRow->login = credentials.operatorLogin;
        operatorRow->partnerName = QString::fromLatin1(seed::demoPartnerName);
        operatorRow->password = store::hashPassword(credentials.operatorPassword);
        operatorRow->apiSecret = store::randomBytes(32);
        store::insertOperator(db, *operatorRow);
    }
    credentials.jwtSecret = operatorRow->apiSecret;
    credentials.partnerName = operatorRow->partnerName;
    auto key = store::firstSymphonyKey(db, institution->institutionId);
    if (!key) {
        key = store::SymphonyKeyRow{QStringLiteral("SBX-") + store::randomToken(12), institution->institutionId,
                                    QString::fromLatin1(seed::demoSymphonyPartnerName), store::randomBytes(32)};
        store::insertSymphonyKey(db, *key);
    }
    credentials.symphonyApiKey = key->apiKey;
    credentials.symphonySecret = key->secret;
    transaction.commit();
    return credentials;
}

} // namespace

Result<OpenedSandbox> openSandbox(const SandboxOptions &options)
{
    QString path;
    try {
        std::unique_ptr<QTemporaryDir> temporary;
        if (options.inMemory) {
            temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/contactdesk-sandbox-XXXXXX"));
            if (!temporary->isValid())
                return ApiError::make(ApiError::Kind::Transport, QStringLiteral("cannot create a temporary directory"));
            path = temporary->filePath(QStringLiteral("sandbox.sqlite"));
        } else {
            path = options.databasePath;
            if (path.isEmpty())
                return ApiError::make(ApiError::Kind::Transport, QStringLiteral("no database path given"));
            QDir().mkpath(QFileInfo(path).absolutePath());
        }
        OpenedSandbox opened;
        if (needsSeeding(path)) {
            const seed::SeedReport report = seedNewFile(path, options);
            opened.seeded = true;
            opened.seedMillis = report.millis;
        }
        auto database = store::Database::open(path, store::OpenMode::Normal);
        {
            // A file created by an older run without data (or by hand): seed it in place.
            store::Transaction transaction(*database, store::Transaction::Kind::Read);
            const bool empty = !store::findInstitution(transaction.db(), QString());
            transaction.commit();
            if (empty) {
                const seed::SeedReport report =
                    seed::seedDatabase(*database, {options.seedContacts, options.seedStructures, options.seed});
                opened.seeded = true;
                opened.seedMillis = report.millis;
            }
        }
        if (temporary)
            database->adoptTemporaryDirectory(std::move(temporary));
        opened.credentials = rotateDemoCredentials(*database);
        opened.service = std::make_unique<SandboxService>(std::move(database));
        return opened;
    } catch (const std::exception &error) {
        return ApiError::make(ApiError::Kind::Transport,
                              QStringLiteral("cannot open the sandbox database %1: %2")
                                  .arg(path, QString::fromUtf8(error.what())));
    }
}

} // namespace contactdesk::sandbox
