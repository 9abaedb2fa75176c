#include "credentials/KeychainError.h"

#include "credentials/SecretStore.h"

namespace contactdesk::credentials {

namespace {

QString reason(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("no keychain service (Secret Service, KWallet) is running");
    case QKeychain::NotImplemented:
        return QStringLiteral("this platform has no supported keychain");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("access to the keychain was refused");
    case QKeychain::AccessDenied:
        return QStringLiteral("the keychain is locked or refused access");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("the keychain could not delete the entry");
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        break;
    }
    if (!detail.trimmed().isEmpty())
        return QStringLiteral("the keychain could not be reached (%1)").arg(detail.trimmed());
    return QStringLiteral("the keychain could not be reached");
}

QString consequence(KeychainAction action)
{
    switch (action) {
    case KeychainAction::Write:
        return QStringLiteral("The secret is kept in memory for this session only and will have to be "
                              "entered again next time.");
    case KeychainAction::Read:
        return QStringLiteral("Enter the secret again; it will be kept in memory for this session only.");
    case KeychainAction::Remove:
        return QStringLiteral("A copy stored earlier may remain in the keychain.");
    }
    return {};
}

} // namespace

ApiError keychainError(QKeychain::Error error, const QString &detail, KeychainAction action,
                       const QString &key)
{
    if (error == QKeychain::EntryNotFound) {
        return ApiError::make(ApiError::Kind::Credentials,
                              QStringLiteral("No secret is stored in the keychain for \"%1\".").arg(key),
                              SecretStore::notFoundCode());
    }
    QString text = QStringLiteral("The system keychain is not available: %1. %2")
                       .arg(reason(error, detail), consequence(action));
    return ApiError::make(ApiError::Kind::Credentials, std::move(text), SecretStore::unavailableCode());
}

} // namespace contactdesk::credentials
