#include "outbox/OutboxDialog.h"

#include "common/ErrorText.h"
#include "common/FutureResult.h"
#include "common/Icons.h"
#include "outbox/OutboxModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
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
    m_model = new OutboxModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Mails"));
    m_table->setModel(m_model);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const OutboxMail *mail = m_model->mailAt(current.row());
        m_body->setPlainText(mail ? mail->body : QString());
    });
    resize(720, 520);
    refresh();
}

const QList<OutboxMail> &OutboxDialog::mails() const
{
    return m_model->mails();
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
        m_model->setMails(result.value());
        m_body->clear();
        m_status->setText(tr("%n mail(s)", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        Q_EMIT refreshed();
    });
}

} // namespace contactdesk::ui
