#include "export/ContactExporter.h"

#include "common/ErrorText.h"
#include "common/FutureResult.h"
#include "contact/ContactConversion.h"
#include "contract/Services.h"
#include "export/CsvWriter.h"
#include "export/VCardWriter.h"

namespace contactdesk::ui {

ContactExporter::ContactExporter(ApiSession *session, QObject *parent) : QObject(parent), m_session(session) {}

ContactExporter::~ContactExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

QStringList ContactExporter::csvHeader()
{
    return {tr("Contact number"), tr("Type"), tr("Title"), tr("Last name or structure"), tr("First name"), tr("Email"),
            tr("Login"), tr("Function"), tr("Role"), tr("Birth date"), tr("Language"), tr("Modified")};
}

QStringList ContactExporter::csvRow(const ContactSummary &c)
{
    return {c.contactNumber,
            c.contactType,
            c.title,
            c.lastName,
            c.firstName,
            c.email,
            c.login,
            c.function,
            c.role,
            c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString(),
            c.language,
            c.lastModificationDate.isValid() ? c.lastModificationDate.toUTC().toString(Qt::ISODate) : QString()};
}

void ContactExporter::begin(Format format, const QString &filePath)
{
    m_format = format;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(filePath, m_file->errorString()));
        return;
    }
    if (format == Format::Csv) {
        m_file->write(csvUtf8Bom);
        m_file->write(csvLine(csvHeader()).toUtf8());
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
    writeNext();
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
    if (!m_session) {
        finish(false, tr("The connection was closed."));
        return;
    }
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
                 for (const dto::ContactDataResult &contact : result->contacts)
                     m_contacts << ContactSummary::from(contact);
                 // Loading the list is the first half of a CSV export, the lesser part of a vCard one.
                 Q_EMIT progress(int(m_contacts.size()) / (m_format == Format::Csv ? 2 : 4), std::max(1, m_total));
                 const bool more = !result->contacts.isEmpty() && m_contacts.size() < m_total;
                 if (more) {
                     loadPage(firstResult + int(result->contacts.size()));
                     return;
                 }
                 m_total = int(m_contacts.size());
                 writeNext();
             });
}

void ContactExporter::writeNext()
{
    if (m_cancelled)
        return finish(false, tr("Export cancelled."));
    if (m_format == Format::Csv) {
        // Written in slices so that the progress bar moves and Cancel answers.
        const int end = std::min(m_next + 2000, int(m_contacts.size()));
        for (; m_next < end; ++m_next)
            m_file->write(csvLine(csvRow(m_contacts.at(m_next))).toUtf8());
        Q_EMIT progress(m_next, m_total);
        if (m_next >= m_contacts.size())
            return finish(true, tr("%n contact(s) exported.", nullptr, int(m_contacts.size())));
        QMetaObject::invokeMethod(this, &ContactExporter::writeNext, Qt::QueuedConnection);
        return;
    }
    if (m_next >= m_contacts.size())
        return finish(true, tr("%n contact(s) exported.", nullptr, int(m_contacts.size())));
    if (!m_session)
        return finish(false, tr("The connection was closed."));
    const QString institution = m_session->profile().institutionCode;
    onResult(m_session->s360()->getContactData(m_contacts.at(m_next).contactNumber,
                                               {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"),
                                                QStringLiteral("COM_MEANS")}),
             this, [this, institution](const Result<dto::ContactDataResult> &result) {
                 if (m_cancelled)
                     return finish(false, tr("Export cancelled."));
                 if (!result.ok())
                     return finish(false, tr("Contact %1: %2").arg(m_contacts.at(m_next).contactNumber, errorText(result.error())));
                 m_file->write(vCard(result.value(), institution));
                 ++m_next;
                 Q_EMIT progress(m_next, m_total);
                 writeNext();
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
            ok = false;
            Q_EMIT finished(false, tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
            m_file.reset();
            return;
        }
        if (!ok)
            m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT finished(ok, message);
}

} // namespace contactdesk::ui
