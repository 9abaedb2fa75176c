#pragma once

// Exports contacts to a CSV file (one line per contact, the search columns) or to a vCard 4.0
// file (one card per contact, with its addresses, emails and phones: each contact is fetched
// with getContactData). Either a given list (a selection), or every result of a search, paged
// through with searchContactByCriteria. Progress is reported as it goes; cancel() stops and
// leaves no file. The file is written atomically (QSaveFile).

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

    static QStringList csvHeader();
    static QStringList csvRow(const ContactSummary &contact);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);

private:
    void begin(Format format, const QString &filePath);
    void loadPage(int firstResult);
    void writeNext();
    void finish(bool ok, const QString &message);

    QPointer<ApiSession> m_session;
    Format m_format = Format::Csv;
    std::unique_ptr<QSaveFile> m_file;
    QList<ContactSummary> m_contacts;
    dto::ContactSearchCriteria m_criteria;
    int m_total = 0;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace contactdesk::ui
