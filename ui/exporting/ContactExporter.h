#pragma once

// Exports contacts to a CSV file (core/export ContactCsv: one record per contact, what the
// search returns) or to a vCard 4.0 file (core/export ContactVCard: one card per contact, each
// fetched with getContactData for its addresses, emails and phones). Either a given list (a
// selection), or every result of a search, paged through with searchContactByCriteria (a CSV
// is written page by page, so 100,000 contacts never sit in memory). Progress is reported as
// it goes; cancel() stops and leaves no file. The file is written atomically (QSaveFile), the
// CSV with a UTF-8 byte order mark for spreadsheets.

#include "api/ApiSession.h"
#include "search/ContactSearchModel.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace contactdesk::ui {

class ContactExporter : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, VCard };

    ContactExporter(ApiSession *session, QObject *parent = nullptr);
    ~ContactExporter() override;

    void exportContacts(Format format, const QList<ContactSummary> &contacts, const QString &filePath);
    void exportSearch(Format format, const dto::ContactSearchCriteria &criteria, const QString &filePath);
    void cancel();
    bool isRunning() const { return m_running; }

    // What a search row knows of a contact, as the DTO the writers take.
    static dto::ContactDataResult contactOf(const ContactSummary &summary);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void begin(Format format, const QString &filePath);
    void loadPage(int firstResult);
    void writeSummaries();
    void writeNextCard();
    void finish(bool ok, const QString &message);

    QPointer<ApiSession> m_session;
    Format m_format = Format::Csv;
    std::unique_ptr<QSaveFile> m_file;
    QList<ContactSummary> m_contacts; // a selection, or (vCard) the results to fetch
    dto::ContactSearchCriteria m_criteria;
    int m_total = 0;
    int m_done = 0;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace contactdesk::ui
