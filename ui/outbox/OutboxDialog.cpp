#include "outbox/OutboxDialog.h"

#include "common/ErrorText.h"
#include "common/FutureResult.h"
#include "common/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace contactdesk::ui {

OutboxDialog::OutboxDialog(DemoBackend *demo, QWidget *parent) : QDialog(parent), m_demo(demo)
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Demo outbox"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The demo sandbox sends no real mail: what it would have sent is listed here."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 4, splitter);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Mails"));
    m_table->setHorizontalHeaderLabels({tr("Sent"), tr("To"), tr("Subject"), tr("Kind")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_body = new QPlainTextEdit(splitter);
    m_body->setObjectName(QStringLiteral("outboxBody"));
    m_body->setAccessibleName(tr("Mail text"));
    m_body->setReadOnly(true);
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setIcon(icon(Icon::Refresh));
    connect(refreshButton, &QPushButton::clicked, this, &OutboxDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_body->setPlainText(row >= 0 && row < m_mails.size() ? m_mails.at(row).body : QString());
    });
    resize(720, 520);
    refresh();
}

void OutboxDialog::refresh()
{
    if (!m_demo)
        return;
    m_status->setText(tr("Loading…"));
    onResult(m_demo->outbox(200), this, [this](const Result<QList<OutboxMail>> &result) {
        if (!result.ok()) {
            m_status->setText(errorText(result.error()));
            return;
        }
        m_mails = result.value();
        m_table->setRowCount(int(m_mails.size()));
        const QLocale locale;
        for (int row = 0; row < m_mails.size(); ++row) {
            const OutboxMail &m = m_mails.at(row);
            m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(m.at.toLocalTime(), QLocale::ShortFormat)));
            m_table->setItem(row, 1, new QTableWidgetItem(m.to));
            m_table->setItem(row, 2, new QTableWidgetItem(m.subject));
            m_table->setItem(row, 3, new QTableWidgetItem(m.kind));
        }
        m_status->setText(tr("%n mail(s)", nullptr, int(m_mails.size())));
        if (!m_mails.isEmpty())
            m_table->setCurrentCell(0, 0);
        Q_EMIT refreshed();
    });
}

} // namespace contactdesk::ui
