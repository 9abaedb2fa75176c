#include "drafts/RestoreDraftsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace contactdesk::ui {

RestoreDraftsDialog::RestoreDraftsDialog(const QList<ContactDraft> &drafts, QWidget *parent)
    : QDialog(parent), m_drafts(drafts)
{
    setObjectName(QStringLiteral("restoreDraftsDialog"));
    setWindowTitle(tr("Unsaved edits"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These edits were not saved when ContactDesk last closed. Restore them to review and "
                                "save them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Unsaved edits"));
    const QLocale locale;
    for (const ContactDraft &draft : drafts) {
        const QString who = draft.title.isEmpty() ? (draft.isNew() ? tr("New contact") : draft.contactNumber) : draft.title;
        const QString what = draft.isNew() ? tr("%1 (new, not created yet)").arg(who)
                                           : tr("%1 (contact %2)").arg(who, draft.contactNumber);
        auto *item = new QListWidgetItem(
            tr("%1, edited %2").arg(what, locale.toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *discard = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(restore, &QPushButton::clicked, this, [this] {
        Q_EMIT restoreRequested(checkedDrafts());
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        Q_EMIT discardRequested(checkedDrafts());
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

QList<ContactDraft> RestoreDraftsDialog::checkedDrafts() const
{
    QList<ContactDraft> checked;
    for (int i = 0; i < m_list->count() && i < m_drafts.size(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << m_drafts.at(i);
    }
    return checked;
}

} // namespace contactdesk::ui
