#include "exporting/ContactExporter.h"

#include "common/ErrorText.h"
#include "common/FutureResult.h"
#include "contract/Services.h"
#include "export/ContactCsv.h"
#include "export/ContactVCard.h"
#include "export/CsvWriter.h"

namespace contactdesk::ui {

namespace {
constexpr char utf8Bom[] = "\xEF\xBB\xBF";
}

ContactExporter::ContactExporter(ApiSession *session, QObject *parent) : QObject(parent), m_session(session) {}

ContactExporter::~ContactExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

dto::ContactDataResult ContactExporter::contactOf(const ContactSummary &s)
{
    dto::ContactDataResult c;
    c.contactNumber = s.contactNumber;
    if (s.contactId)
        c.contactId = s.contactId;
    c.contactType = s.contactType;
    c.role = s.role;
    c.function = s.function;
    c.email = s.email;
    c.login = s.login;
    c.lastModificationDate = s.lastModificationDate;
    if (s.isStructure()) {
        c.structureContact = dto::StructureData{};
        c.structureContact->structureName = s.lastName;
    } else {
        c.individualContact = dto::IndividualData{};
        c.individualContact->individualTitle = s.title;
        c.individualContact->individualFirstName = s.firstName;
        c.individualContact->individualLastName = s.lastName;
        c.individualContact->individualBirthDate = s.birthDate;
        c.individualContact->individualLanguage = s.language;
    }
    return c;
}

void ContactExporter::begin(Format format, const QString &filePath)
{
    m_format = format;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    m_done = 0;
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(filePath, m_file->errorString()));
        return;
    }
    if (format == Format::Csv) {
        m_file->write(utf8Bom);
        m_file->write(exports::CsvWriter::recordBytes(exports::ContactCsv::header()));
    }
}

void ContactExporter::exportContacts(Format format, const QList<ContactSummary> &contacts, const QString &filePath)
{
    begin(format, filePath);
    if (!m_running)
        return;
    m_contacts = contacts;
    m_total = int(contacts.size());
    Q_EMIT progress(0, m_total);
    if (format == Format::Csv)
        writeSummaries();
    else
        writeNextCard();
}

void ContactExporter::exportSearch(Format format, const dto::ContactSearchCriteria &criteria, const QString &filePath)
{
    begin(format, filePath);
    if (!m_running)
        return;
    m_contacts.clear();
    m_criteria = criteria;
    m_total = 0;
    loadPage(0);
}

void ContactExporter::loadPage(int firstResult)
{
    if (!m_session)
        return finish(false, tr("The connection was closed."));
    dto::ContactSearchCriteria criteria = m_criteria;
    criteria.firstResult = firstResult;
    criteria.maxResults = contract::searchMaxMaxResults;
    onResult(m_session->s360()->searchContactByCriteria(criteria), this,
             [this, firstResult](const Result<dto::ContactSearchResult> &result) {
                 if (m_cancelled)
                     return finish(false, tr("Export cancelled."));
                 if (!result.ok())
                     return finish(false, errorText(result.error()));
                 m_total = result->totalNumber.value_or(0);
                 for (const dto::ContactDataResult &contact : result->contacts) {
                     if (m_format == Format::Csv)
                         m_file->write(exports::CsvWriter::recordBytes(exports::ContactCsv::row(contact)));
                     else
                         m_contacts << ContactSummary::from(contact);
                     ++m_done;
                 }
                 // For a vCard export, loading the list is the lesser part of the work.
                 Q_EMIT progress(m_format == Format::Csv ? m_done : m_done / 4, std::max(1, m_total));
                 const int loaded = firstResult + int(result->contacts.size());
                 if (!result->contacts.isEmpty() && loaded < m_total)
                     return loadPage(loaded);
                 if (m_format == Format::Csv)
                     return finish(true, tr("%n contact(s) exported.", nullptr, m_done));
                 m_total = int(m_contacts.size());
                 writeNextCard();
             });
}

void ContactExporter::writeSummaries()
{
    if (m_cancelled)
        return finish(false, tr("Export cancelled."));
    // In slices, so that the progress bar moves and Cancel answers.
    const int end = std::min(m_next + 2000, int(m_contacts.size()));
    for (; m_next < end; ++m_next)
        m_file->write(exports::CsvWriter::recordBytes(exports::ContactCsv::row(contactOf(m_contacts.at(m_next)))));
    Q_EMIT progress(m_next, m_total);
    if (m_next >= m_contacts.size())
        return finish(true, tr("%n contact(s) exported.", nullptr, int(m_contacts.size())));
    QMetaObject::invokeMethod(this, &ContactExporter::writeSummaries, Qt::QueuedConnection);
}

void ContactExporter::writeNextCard()
{
    if (m_cancelled)
        return finish(false, tr("Export cancelled."));
    if (m_next >= m_contacts.size())
        return finish(true, tr("%n contact(s) exported.", nullptr, int(m_contacts.size())));
    if (!m_session)
        return finish(false, tr("The connection was closed."));
    onResult(m_session->s360()->getContactData(m_contacts.at(m_next).contactNumber,
                                               {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"),
                                                QStringLiteral("COM_MEANS")}),
             this, [this](const Result<dto::ContactDataResult> &result) {
                 if (m_cancelled)
                     return finish(false, tr("Export cancelled."));
                 if (!result.ok())
                     return finish(false, tr("Contact %1: %2").arg(m_contacts.at(m_next).contactNumber, errorText(result.error())));
                 m_file->write(exports::ContactVCard::card(result.value()));
                 ++m_next;
                 Q_EMIT progress(m_next, m_total);
                 writeNextCard();
             });
}

void ContactExporter::cancel()
{
    m_cancelled = true;
}

void ContactExporter::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_file) {
        if (ok && !m_file->commit()) {
            const QString why = tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
            m_file.reset();
            Q_EMIT finished(false, why);
            return;
        }
        if (!ok)
            m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT finished(ok, message);
}

} // namespace contactdesk::ui
