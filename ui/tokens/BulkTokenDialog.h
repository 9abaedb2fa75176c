#pragma once

// Sends registration tokens to a selection of contacts: a progress bar with Cancel while it
// runs, the report (sent, failed and why) in a table that grows line by line as the calls
// answer (BulkTokenReportModel), which can be saved as CSV once the run is over.

#include "tokens/BulkTokenSender.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace contactdesk::ui {

class BulkTokenReportModel;

class BulkTokenDialog : public QDialog {
    Q_OBJECT
public:
    BulkTokenDialog(ApiSession *session, const QList<ContactSummary> &contacts, QWidget *parent = nullptr);

    void start();
    // Writes the report; false (with the reason shown) when the file cannot be written.
    bool saveReport(const QString &filePath);

    BulkTokenSender *sender() const { return m_sender; }
    QTableView *reportTable() const { return m_table; }
    BulkTokenReportModel *reportModel() const { return m_report; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *singleUseBox() const { return m_singleUse; }

private:
    void showProgress(int done, int total);
    void showReport();

    BulkTokenSender *m_sender;
    QList<ContactSummary> m_contacts;
    QCheckBox *m_singleUse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    BulkTokenReportModel *m_report = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace contactdesk::ui
