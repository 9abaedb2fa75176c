#include "ScreenshotTour.h"

#include "contact/ContactTab.h"
#include "mainwindow/AppActions.h"
#include "mainwindow/MainWindow.h"
#include "search/FilterRow.h"
#include "search/SearchPanel.h"
#include "session/SessionManager.h"
#include "structure/MembersPanel.h"
#include "structure/StructureTab.h"
#include "tokens/SendTokenDialog.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace contactdesk::app {

ScreenshotTour::ScreenshotTour(ui::MainWindow *window, QString directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{
}

void ScreenshotTour::when(std::function<bool()> ready, std::function<void()> then, int timeoutMs)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, ready, then, timer, timeoutMs, poll] {
        if (ready()) {
            // Let the last layout and paint settle before the picture.
            QTimer::singleShot(300, this, then);
            *poll = nullptr;
            return;
        }
        if (timer->elapsed() > timeoutMs) {
            fail(QStringLiteral("timed out"));
            *poll = nullptr;
            return;
        }
        QTimer::singleShot(100, this, *poll);
    };
    (*poll)();
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
}

void ScreenshotTour::fail(const QString &why)
{
    qWarning("screenshot tour failed: %s", qPrintable(why));
    Q_EMIT finished(false);
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    ui::SessionManager *sessions = m_window->sessions();
    ui::SearchPanel *search = m_window->searchPanel();
    when([sessions] { return sessions->session() && sessions->referenceData().has_value(); }, [this, search] {
        search->searchField()->setText(QStringLiteral("M"));
        search->searchNow();
        when([search] { return search->model()->rowCount() > 10; }, [this, search] {
            search->resultsView()->selectRow(2);
            save(m_window, QStringLiteral("main-window.png"));
            const ui::ContactSummary first = search->model()->contactAt(2);
            ui::ContactTab *tab = m_window->openContact(first.contactNumber, first.isStructure());
            when([tab] { return tab && !tab->isBusy() && !tab->contactNumber().isEmpty(); }, [this, search, tab] {
                save(m_window, QStringLiteral("contact.png"));
                // The token dialog for that contact.
                auto *actions = m_window->findChild<ui::AppActions *>();
                ui::SendTokenDialog *dialog = actions ? actions->sendToken() : nullptr;
                if (!dialog)
                    return fail(QStringLiteral("no token dialog"));
                dialog->sendButton()->click();
                when([dialog] { return dialog->resultLabel()->text().contains(u'@'); }, [this, dialog, search, tab] {
                    save(dialog, QStringLiteral("token-dialog.png"));
                    dialog->close();
                    Q_UNUSED(tab);
                    // A structure with its members.
                    search->filterRow()->setVisible(true);
                    search->searchField()->clear();
                    QComboBox *type = search->filterRow()->typeBox();
                    type->setCurrentIndex(type->findData(QStringLiteral("STRUCTURE")));
                    search->searchNow();
                    when([search] { return search->model()->rowCount() > 0; }, [this, search] {
                        const ui::ContactSummary structure = search->model()->contactAt(0);
                        auto *tab2 = qobject_cast<ui::StructureTab *>(m_window->openContact(structure.contactNumber, true));
                        if (!tab2)
                            return fail(QStringLiteral("no structure tab"));
                        tab2->pages()->setCurrentWidget(tab2->members());
                        when([tab2] { return !tab2->isBusy() && !tab2->members()->isLoading() && !tab2->members()->members().isEmpty(); },
                             [this] {
                                 save(m_window, QStringLiteral("structure-members.png"));
                                 Q_EMIT finished(true);
                             });
                    });
                });
            });
        });
    });
}

} // namespace contactdesk::app
