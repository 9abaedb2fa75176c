#pragma once

// Combo boxes that pick a code and show its name: ISO 3166-1 countries ("CH — Switzerland"),
// ISO 639-1 languages ("de — German"), and the contract's enumerations with translated names.
// Each item's data is the code; the first item, "(none)", has an empty code. The country and
// language boxes are editable with completion on code or name.

#include <QComboBox>

namespace contactdesk::ui {

QComboBox *createCountryChooser(QWidget *parent);
QComboBox *createLanguageChooser(QWidget *parent);
QComboBox *createTitleChooser(QWidget *parent);
QComboBox *createCommunicationTypeChooser(QWidget *parent);
QComboBox *createMemberRoleChooser(QWidget *parent);

// The words for a code of the contract's enumerations (the code itself when unknown).
QString titleName(const QString &code);
QString communicationTypeName(const QString &code);
QString addressTypeName(const QString &code);
QString channelName(const QString &code);
QString memberRoleName(const QString &code);

} // namespace contactdesk::ui
