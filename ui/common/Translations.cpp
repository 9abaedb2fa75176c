#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace contactdesk::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
}

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QString chosenLanguage()
{
    const QString language = QSettings().value(languageSettingKey()).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void setChosenLanguage(const QString &language)
{
    QSettings().setValue(languageSettingKey(), availableLanguages().contains(language) ? language : QString());
}

QString effectiveLanguage()
{
    const QString chosen = chosenLanguage();
    if (!chosen.isEmpty())
        return chosen;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.left(2).toLower();
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString installTranslations(QCoreApplication *app, const QString &language)
{
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/contactdesk_") + language))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Dates and numbers follow the system's conventions when it speaks the chosen language
    // (en_GB stays en_GB); otherwise the language's own.
    if (QLocale::system().name().left(2) != language)
        QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace contactdesk::ui
