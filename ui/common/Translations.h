#pragma once

// The user-interface language: English, French or German. It follows the system language unless
// the user chose one (QSettings "ui/language": "en", "fr", "de", or empty for the system's).
// The .qm files are resources under :/i18n (qt_add_translations in app/CMakeLists.txt).

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace contactdesk::ui {

QStringList availableLanguages(); // "en", "fr", "de"
QString languageSettingKey();
// The language chosen in the settings, or empty for the system language.
QString chosenLanguage();
void setChosenLanguage(const QString &language);
// The language to use now: the chosen one, else the first system UI language we have, else "en".
QString effectiveLanguage();
// Loads and installs ContactDesk's translator (and Qt's own for that language when the system
// has it); returns the language installed.
QString installTranslations(QCoreApplication *app, const QString &language = effectiveLanguage());

} // namespace contactdesk::ui
