#include "common/CodeChoosers.h"

#include "validation/ContactValidation.h"
#include "validation/IsoCodes.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>

namespace contactdesk::ui {

namespace {

QString none()
{
    return QCoreApplication::translate("CodeChoosers", "(none)");
}

void makeSearchable(QComboBox *box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

} // namespace

QComboBox *createCountryChooser(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(none(), QString());
    for (const QString &code : validation::iso3166Alpha2Codes())
        box->addItem(code + QStringLiteral(" — ") + validation::countryName(code), code);
    makeSearchable(box);
    return box;
}

QComboBox *createLanguageChooser(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(none(), QString());
    for (const QString &code : validation::iso639_1Codes())
        box->addItem(code + QStringLiteral(" — ") + validation::languageName(code), code);
    makeSearchable(box);
    return box;
}

QComboBox *createTitleChooser(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(none(), QString());
    for (const QString &code : validation::individualTitles())
        box->addItem(titleName(code), code);
    return box;
}

QComboBox *createCommunicationTypeChooser(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const QString &code : validation::communicationTypes())
        box->addItem(communicationTypeName(code), code);
    return box;
}

QComboBox *createMemberRoleChooser(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const QString &code : validation::memberRoles())
        box->addItem(memberRoleName(code), code);
    return box;
}

QString titleName(const QString &code)
{
    if (code == u"MR") return QCoreApplication::translate("CodeChoosers", "Mr");
    if (code == u"MRS") return QCoreApplication::translate("CodeChoosers", "Mrs");
    if (code == u"MISS") return QCoreApplication::translate("CodeChoosers", "Miss");
    if (code == u"MR_AND_MRS") return QCoreApplication::translate("CodeChoosers", "Mr and Mrs");
    if (code == u"UNDEFINED") return QCoreApplication::translate("CodeChoosers", "Undefined");
    return code;
}

QString communicationTypeName(const QString &code)
{
    if (code == u"EMAIL") return QCoreApplication::translate("CodeChoosers", "Email");
    if (code == u"PHONE") return QCoreApplication::translate("CodeChoosers", "Phone");
    if (code == u"MOBILE") return QCoreApplication::translate("CodeChoosers", "Mobile");
    if (code == u"FAX") return QCoreApplication::translate("CodeChoosers", "Fax");
    if (code == u"WEB") return QCoreApplication::translate("CodeChoosers", "Web");
    return code;
}

QString addressTypeName(const QString &code)
{
    if (code == u"MAIN") return QCoreApplication::translate("CodeChoosers", "Main");
    if (code == u"SHIPMENT") return QCoreApplication::translate("CodeChoosers", "Shipment");
    if (code == u"BILLING") return QCoreApplication::translate("CodeChoosers", "Billing");
    return code;
}

QString channelName(const QString &code)
{
    if (code == u"MAIL") return QCoreApplication::translate("CodeChoosers", "mail");
    if (code == u"PHONE") return QCoreApplication::translate("CodeChoosers", "phone");
    if (code == u"SMS") return QCoreApplication::translate("CodeChoosers", "SMS");
    if (code == u"EMAIL") return QCoreApplication::translate("CodeChoosers", "email");
    if (code == u"ANY") return QCoreApplication::translate("CodeChoosers", "any channel");
    return code;
}

QString memberRoleName(const QString &code)
{
    if (code == u"RELAY") return QCoreApplication::translate("CodeChoosers", "Relay");
    if (code == u"MEMBER") return QCoreApplication::translate("CodeChoosers", "Member");
    return code;
}

} // namespace contactdesk::ui
