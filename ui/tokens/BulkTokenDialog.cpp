#include "tokens/BulkTokenDialog.h"

#include "common/Icons.h"
#include "tokens/BulkTokenReportModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace contactdesk::ui {

BulkTokenDialog::BulkTokenDialog(ApiSession *session, const QList<ContactSummary> &contacts, QWidget *parent)
    : QDialog(parent), m_sender(new BulkTokenSender(session, this)), m_contacts(contacts)
{
    setObjectName(QStringLiteral("bulkTokenDialog"));
    setWindowTitle(tr("Send registration tokens"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A registration token is mailed to each of the %n selected contact(s). The server's "
                                "rate limit is respected: a large selection takes a while.",
                                nullptr, int(contacts.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_singleUse = new QCheckBox(tr("&Single-use tokens"), this);
    m_singleUse->setChecked(true);
    layout->addWidget(m_singleUse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(contacts.size()));
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Tokens sent"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    layout->addWidget(m_summary);
    m_report = new BulkTokenReportModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bulkReport"));
    m_table->setAccessibleName(tr("Report"));
    m_table->setModel(m_report);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVisible(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("S&end"), QDialogButtonBox::ActionRole);
    m_start->setIcon(icon(Icon::Token));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_save = buttons->addButton(tr("Save report as &CSV…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setEnabled(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &BulkTokenDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_sender->isRunning()) {
            m_sender->cancel();
            m_cancel->setEnabled(false);
            m_summary->setText(tr("Cancelling after the call under way…"));
        } else {
            reject();
        }
    });
    connect(close, &QPushButton::clicked, this, [this] {
        if (m_sender->isRunning())
            m_sender->cancel();
        accept();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the report"), tr("token-report.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            saveReport(file);
    });
    connect(m_sender, &BulkTokenSender::progress, this, &BulkTokenDialog::showProgress);
    connect(m_sender, &BulkTokenSender::finished, this, &BulkTokenDialog::showReport);
    resize(640, 420);
}

void BulkTokenDialog::start()
{
    m_start->setEnabled(false);
    m_singleUse->setEnabled(false);
    m_report->clear();
    m_table->setVisible(true);
    m_sender->start(m_contacts, m_singleUse->isChecked());
}

void BulkTokenDialog::showProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_summary->setText(tr("%1 of %2…").arg(done).arg(total));
    // The lines answered so far: each one is a new row (the rest are not sent yet).
    const QList<TokenReportLine> &report = m_sender->report();
    for (int row = m_report->rowCount(); row < done && row < report.size(); ++row)
        m_report->setLine(row, report.at(row));
}

void BulkTokenDialog::showReport()
{
    const QList<TokenReportLine> &report = m_sender->report();
    m_report->setLines(report); // adds the lines not sent (cancelled), updates any that changed
    m_table->setVisible(true);
    const int cancelled = int(report.size()) - m_sender->sentCount() - m_sender->failedCount();
    m_summary->setText(tr("Sent: %1. Failed: %2. Not sent (cancelled): %3.")
                           .arg(m_sender->sentCount())
                           .arg(m_sender->failedCount())
                           .arg(cancelled));
    m_cancel->setEnabled(false);
    m_save->setEnabled(true);
}

bool BulkTokenDialog::saveReport(const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sender->reportCsv()) < 0 || !file.commit()) {
        m_summary->setText(tr("The report could not be saved: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

} // namespace contactdesk::ui
