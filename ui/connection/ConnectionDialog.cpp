#include "connection/ConnectionDialog.h"

#include "common/FutureResult.h"

#include "api/ApiSession.h"
#include "common/ErrorText.h"
#include "common/FieldErrorRegistry.h"
#include "common/FormFields.h"
#include "common/Icons.h"
#include "common/MessageBar.h"
#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "credentials/SecretText.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidation.h"
#include "session/SessionManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace contactdesk::ui {

namespace {

QLineEdit *secretEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    return edit;
}

} // namespace

ConnectionDialog::ConnectionDialog(SessionManager *sessions, QWidget *parent)
    : QDialog(parent), m_sessions(sessions), m_errors(new FieldErrorRegistry(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));
    auto *outer = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    outer->addWidget(m_messages);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // Left: the profiles.
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connection profiles"));
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(icon(Icon::Add), tr("&Add"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_duplicate = new QPushButton(icon(Icon::Copy), tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_delete = new QPushButton(icon(Icon::Delete), tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    columns->addLayout(left, 1);

    // Right: the form.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *formHost = new QWidget(scroll);
    auto *formLayout = new QVBoxLayout(formHost);
    m_demoNote = new QLabel(tr("The demo sandbox runs inside ContactDesk: its address and credentials are set "
                               "when it starts, and nothing here needs to be typed."),
                            formHost);
    m_demoNote->setWordWrap(true);
    formLayout->addWidget(m_demoNote);

    auto *s360Box = new QGroupBox(tr("S-360"), formHost);
    auto *s360 = new QFormLayout(s360Box);
    m_name = new QLineEdit(s360Box);
    m_name->setObjectName(QStringLiteral("name"));
    addFormField(s360, tr("&Name:"), m_name, QStringLiteral("name"), m_errors);
    m_s360Url = new QLineEdit(s360Box);
    m_s360Url->setObjectName(QStringLiteral("s360BaseUrl"));
    m_s360Url->setPlaceholderText(QStringLiteral("https://mosa.ws.secutix.com"));
    addFormField(s360, tr("&Base URL:"), m_s360Url, QStringLiteral("s360BaseUrl"), m_errors);
    m_institution = new QLineEdit(s360Box);
    m_institution->setObjectName(QStringLiteral("institutionCode"));
    m_institution->setPlaceholderText(QStringLiteral("MOSA"));
    addFormField(s360, tr("&Institution:"), m_institution, QStringLiteral("institutionCode"), m_errors);
    m_operatorLogin = new QLineEdit(s360Box);
    m_operatorLogin->setObjectName(QStringLiteral("operatorLogin"));
    addFormField(s360, tr("&Operator login:"), m_operatorLogin, QStringLiteral("operatorLogin"), m_errors);
    m_partner = new QLineEdit(s360Box);
    m_partner->setObjectName(QStringLiteral("partnerName"));
    m_partner->setToolTip(tr("The partner name the REST binding signs its tokens with (JWT iss)."));
    addFormField(s360, tr("&Partner name:"), m_partner, QStringLiteral("partnerName"), m_errors);
    m_binding = new QComboBox(s360Box);
    m_binding->setObjectName(QStringLiteral("binding"));
    m_binding->addItem(tr("SOAP 1.1"), int(S360Binding::Soap));
    m_binding->addItem(tr("REST"), int(S360Binding::Rest));
    addFormField(s360, tr("B&inding:"), m_binding, QStringLiteral("binding"), m_errors);
    m_salesChannel = new QLineEdit(s360Box);
    m_salesChannel->setObjectName(QStringLiteral("salesChannelCode"));
    addFormField(s360, tr("Sales &channel:"), m_salesChannel, QStringLiteral("salesChannelCode"), m_errors);
    m_pointOfSales = new QLineEdit(s360Box);
    m_pointOfSales->setObjectName(QStringLiteral("pointOfSalesId"));
    addFormField(s360, tr("Point of sales id:"), m_pointOfSales, QStringLiteral("pointOfSalesId"), m_errors);
    m_rateLimit = new QSpinBox(s360Box);
    m_rateLimit->setObjectName(QStringLiteral("rateLimitPerMinute"));
    m_rateLimit->setRange(1, 100000);
    m_rateLimit->setSuffix(tr(" calls/min"));
    addFormField(s360, tr("&Rate limit:"), m_rateLimit, QStringLiteral("rateLimitPerMinute"), m_errors);
    auto *caRow = new QWidget(s360Box);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setObjectName(QStringLiteral("extraCaFile"));
    m_caFile->setAccessibleName(tr("Extra CA certificates file"));
    auto *browse = new QToolButton(caRow);
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose the CA certificates file"));
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    addFormField(s360, tr("Extra C&A (PEM):"), caRow, QStringLiteral("extraCaFile"), m_errors);
    formLayout->addWidget(s360Box);

    auto *symphonyBox = new QGroupBox(tr("Symphony (registration tokens)"), formHost);
    auto *symphony = new QFormLayout(symphonyBox);
    m_symphonyUrl = new QLineEdit(symphonyBox);
    m_symphonyUrl->setObjectName(QStringLiteral("symphonyBaseUrl"));
    m_symphonyUrl->setPlaceholderText(tr("empty: tokens are not used"));
    addFormField(symphony, tr("Base &URL:"), m_symphonyUrl, QStringLiteral("symphonyBaseUrl"), m_errors);
    m_symphonyKey = new QLineEdit(symphonyBox);
    m_symphonyKey->setObjectName(QStringLiteral("symphonyApiKey"));
    addFormField(symphony, tr("API &key:"), m_symphonyKey, QStringLiteral("symphonyApiKey"), m_errors);
    m_symphonyBinding = new QComboBox(symphonyBox);
    m_symphonyBinding->setObjectName(QStringLiteral("symphonyBinding"));
    m_symphonyBinding->addItem(tr("SOAP 1.1"), int(SymphonyBinding::Soap11));
    m_symphonyBinding->addItem(tr("SOAP 1.2"), int(SymphonyBinding::Soap12));
    m_symphonyBinding->addItem(tr("HTTP GET"), int(SymphonyBinding::HttpGet));
    m_symphonyBinding->addItem(tr("HTTP POST"), int(SymphonyBinding::HttpPost));
    addFormField(symphony, tr("Bindin&g:"), m_symphonyBinding, QStringLiteral("symphonyBinding"), m_errors);
    formLayout->addWidget(symphonyBox);

    auto *secretsBox = new QGroupBox(tr("Secrets"), formHost);
    auto *secrets = new QFormLayout(secretsBox);
    m_operatorPassword = secretEdit(secretsBox, QStringLiteral("operatorPassword"));
    addFormField(secrets, tr("Operator pass&word:"), m_operatorPassword, QStringLiteral("operatorPassword"), m_errors);
    m_jwtSecret = secretEdit(secretsBox, QStringLiteral("jwtSecret"));
    addFormField(secrets, tr("API &secret (REST):"), m_jwtSecret, QStringLiteral("jwtSecret"), m_errors);
    m_symphonySecret = secretEdit(secretsBox, QStringLiteral("symphonySecret"));
    addFormField(secrets, tr("S&ymphony secret:"), m_symphonySecret, QStringLiteral("symphonySecret"), m_errors);
    m_remember = new QCheckBox(tr("&Remember in the system keychain"), secretsBox);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    secrets->addRow(m_remember);
    auto *secretsNote = new QLabel(tr("Secrets are never shown again once typed. Unticked, they are kept in memory "
                                      "until ContactDesk closes."),
                                   secretsBox);
    secretsNote->setWordWrap(true);
    secrets->addRow(secretsNote);
    formLayout->addWidget(secretsBox);
    formLayout->addStretch(1);
    scroll->setWidget(formHost);
    columns->addWidget(scroll, 2);

    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_testResult);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setIcon(icon(Icon::Connection));
    outer->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteProfile(true); });
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Extra CA certificates"), QString(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || m_loadingForm)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (const std::optional<ConnectionProfile> profile = m_sessions->profiles()->find(id))
            showProfile(*profile);
    });
    for (QLineEdit *edit : {m_name, m_s360Url, m_institution, m_operatorLogin, m_partner, m_salesChannel, m_pointOfSales,
                            m_symphonyUrl, m_symphonyKey, m_caFile})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::markDirty);

    resize(860, 620);
    reloadList(m_sessions->profiles()->currentProfileId());
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testSession)
        m_testSession->deleteLater();
}

void ConnectionDialog::reloadList(const QString &selectId)
{
    m_loadingForm = true;
    m_list->clear();
    const QList<ConnectionProfile> profiles = m_sessions->profiles()->list();
    int selectRow = profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        auto *item = new QListWidgetItem(icon(p.isDemo ? Icon::App : Icon::Connection), p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            selectRow = i;
    }
    m_loadingForm = false;
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        showProfile(profiles.at(selectRow));
    } else {
        addProfile();
    }
}

void ConnectionDialog::selectProfile(const QString &id)
{
    reloadList(id);
}

void ConnectionDialog::setFormEnabled(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_s360Url, m_institution, m_operatorLogin, m_partner, m_binding,
                                                       m_salesChannel, m_pointOfSales, m_symphonyUrl, m_symphonyKey,
                                                       m_symphonyBinding, m_caFile, m_rateLimit, m_operatorPassword,
                                                       m_jwtSecret, m_symphonySecret, m_remember})
        w->setEnabled(editable);
    m_name->setEnabled(editable);
    m_demoNote->setVisible(!editable);
}

void ConnectionDialog::showProfile(const ConnectionProfile &p)
{
    m_loadingForm = true;
    m_currentId = p.id;
    m_isDemo = p.isDemo;
    m_name->setText(p.name);
    m_s360Url->setText(p.s360BaseUrl.toString());
    m_institution->setText(p.institutionCode);
    m_operatorLogin->setText(p.operatorLogin);
    m_partner->setText(p.partnerName);
    m_binding->setCurrentIndex(std::max(0, m_binding->findData(int(p.binding))));
    m_salesChannel->setText(p.salesChannelCode);
    m_pointOfSales->setText(p.pointOfSalesId ? QString::number(*p.pointOfSalesId) : QString());
    m_symphonyUrl->setText(p.symphonyBaseUrl.toString());
    m_symphonyKey->setText(p.symphonyApiKey);
    m_symphonyBinding->setCurrentIndex(std::max(0, m_symphonyBinding->findData(int(p.symphonyBinding))));
    m_caFile->setText(p.extraCaFile);
    m_rateLimit->setValue(p.rateLimitPerMinute);
    for (QLineEdit *secret : {m_operatorPassword, m_jwtSecret, m_symphonySecret})
        secret->clear();
    setFormEnabled(!p.isDemo);
    m_errors->clear();
    m_testResult->clear();
    m_delete->setEnabled(!p.id.isEmpty());
    m_duplicate->setEnabled(!p.id.isEmpty());
    m_save->setEnabled(!p.isDemo);
    m_loadingForm = false;
    updateSecretPlaceholders();
}

void ConnectionDialog::updateSecretPlaceholders()
{
    const QString id = m_currentId;
    const bool typed = !id.isEmpty() && m_sessions->hasTypedSecrets(id);
    const auto placeholder = [this, id, typed](QLineEdit *edit, SecretKind kind) {
        if (m_isDemo) {
            edit->setPlaceholderText(tr("handed over by the demo sandbox"));
            return;
        }
        edit->setPlaceholderText(typed ? tr("kept for this session — type to replace") : tr("not set"));
        if (id.isEmpty() || !m_sessions->secretStore())
            return;
        QPointer<QLineEdit> guarded(edit);
        onResult(m_sessions->secretStore()->read(secretKey(id, kind)), this, [this, guarded, id](const Result<QString> &r) {
            // Only whether a secret exists is shown, never the secret.
            if (guarded && id == m_currentId && r.ok() && !r.value().isEmpty())
                guarded->setPlaceholderText(tr("stored in the keychain — type to replace"));
        });
    };
    placeholder(m_operatorPassword, SecretKind::OperatorPassword);
    placeholder(m_jwtSecret, SecretKind::JwtSecret);
    placeholder(m_symphonySecret, SecretKind::SymphonySecret);
}

void ConnectionDialog::markDirty()
{
    if (!m_loadingForm)
        m_testResult->clear();
}

ConnectionProfile ConnectionDialog::formProfile() const
{
    ConnectionProfile p;
    if (const std::optional<ConnectionProfile> stored =
            m_currentId.isEmpty() ? std::nullopt : m_sessions->profiles()->find(m_currentId))
        p = *stored;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    if (p.isDemo)
        return p; // the rest is the sandbox's
    p.s360BaseUrl = QUrl(m_s360Url->text().trimmed());
    p.institutionCode = m_institution->text().trimmed().toUpper();
    p.operatorLogin = m_operatorLogin->text().trimmed();
    p.partnerName = m_partner->text().trimmed();
    p.binding = S360Binding(m_binding->currentData().toInt());
    p.salesChannelCode = m_salesChannel->text().trimmed();
    bool ok = false;
    const qint64 pos = m_pointOfSales->text().trimmed().toLongLong(&ok);
    p.pointOfSalesId = ok ? std::optional<qint64>(pos) : std::nullopt;
    p.symphonyBaseUrl = QUrl(m_symphonyUrl->text().trimmed());
    p.symphonyApiKey = m_symphonyKey->text().trimmed();
    p.symphonyBinding = SymphonyBinding(m_symphonyBinding->currentData().toInt());
    p.extraCaFile = m_caFile->text().trimmed();
    p.rateLimitPerMinute = m_rateLimit->value();
    return p;
}

void ConnectionDialog::addProfile()
{
    ConnectionProfile p;
    p.name = tr("New connection");
    p.binding = S360Binding::Soap;
    m_list->clearSelection();
    showProfile(p);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::duplicateProfile()
{
    if (m_currentId.isEmpty())
        return;
    const Result<ConnectionProfile> copy = m_sessions->profiles()->duplicate(m_currentId);
    if (!copy.ok()) {
        m_messages->showError(copy.error());
        return;
    }
    reloadList(copy->id);
    m_messages->showInformation(tr("Duplicated. The secrets are not copied: type them for the copy."));
}

void ConnectionDialog::deleteProfile(bool confirm)
{
    if (m_currentId.isEmpty())
        return;
    const std::optional<ConnectionProfile> open = m_sessions->profile();
    if (open && open->id == m_currentId) {
        m_messages->showError(tr("This connection is in use: connect to another one before deleting it."));
        return;
    }
    if (confirm
        && QMessageBox::question(this, tr("Delete the connection"),
                                 tr("Delete \"%1\" and the secrets stored for it?").arg(m_name->text()))
               != QMessageBox::Yes)
        return;
    m_sessions->forgetSecrets(m_currentId);
    m_sessions->profiles()->remove(m_currentId);
    reloadList(m_sessions->profiles()->currentProfileId());
}

bool ConnectionDialog::saveProfile()
{
    const ConnectionProfile profile = formProfile();
    if (profile.isDemo)
        return true;
    const QList<ApiError> problems = validateProfile(profile);
    const QList<ApiError> unshown = m_errors->show(problems);
    if (!problems.isEmpty()) {
        m_messages->showError(unshown.isEmpty() ? tr("Some fields need attention.") : unshown.first().message);
        if (QWidget *w = m_errors->firstWidgetOf(problems))
            w->setFocus();
        return false;
    }
    const Result<ConnectionProfile> saved = m_sessions->profiles()->save(profile);
    if (!saved.ok()) {
        m_errors->show({saved.error()});
        m_messages->showError(saved.error());
        return false;
    }
    const QString id = saved->id;

    struct Typed {
        SecretKind kind;
        QString text;
    };
    QList<Typed> typed;
    if (!m_operatorPassword->text().isEmpty())
        typed << Typed{SecretKind::OperatorPassword, m_operatorPassword->text()};
    if (!m_jwtSecret->text().isEmpty())
        typed << Typed{SecretKind::JwtSecret, m_jwtSecret->text()};
    if (!m_symphonySecret->text().isEmpty())
        typed << Typed{SecretKind::SymphonySecret, m_symphonySecret->text()};
    for (QLineEdit *secret : {m_operatorPassword, m_jwtSecret, m_symphonySecret})
        secret->clear();

    if (!typed.isEmpty() && m_remember->isChecked() && m_sessions->secretStore()) {
        auto pending = std::make_shared<int>(int(typed.size()));
        auto unavailable = std::make_shared<bool>(false);
        for (const Typed &t : std::as_const(typed)) {
            onResult(m_sessions->secretStore()->write(secretKey(id, t.kind), t.text), this, [=, this](const Result<bool> &r) {
                if (!r.ok())
                    *unavailable = true;
                if (--*pending > 0)
                    return;
                if (*unavailable)
                    m_messages->showMessage(MessageBar::Level::Warning,
                                            tr("The system keychain is not available: the secrets are kept for this "
                                               "session only."));
                else
                    m_messages->showInformation(tr("Saved; the secrets are in the system keychain."));
                updateSecretPlaceholders();
                Q_EMIT profileSaved(id);
            });
        }
        // A later open reads the keychain, not an older typed copy.
        m_sessions->forgetSecrets(id);
    } else {
        if (!typed.isEmpty()) {
            SessionSecrets secrets;
            for (const Typed &t : std::as_const(typed)) {
                if (t.kind == SecretKind::OperatorPassword)
                    secrets.s360.operatorPassword = t.text;
                else if (t.kind == SecretKind::JwtSecret)
                    secrets.s360.jwtSecret = secretBytesFromText(t.text);
                else
                    secrets.symphonySecret = secretBytesFromText(t.text);
            }
            m_sessions->provideSecrets(id, secrets);
        }
        m_messages->showInformation(typed.isEmpty() ? tr("Saved.") : tr("Saved; the secrets are kept for this session."));
        Q_EMIT profileSaved(id);
    }
    reloadList(id);
    return true;
}

void ConnectionDialog::testConnection()
{
    ConnectionProfile profile = formProfile();
    if (!profile.isDemo) {
        const QList<ApiError> problems = validateProfile(profile);
        m_errors->show(problems);
        if (!problems.isEmpty()) {
            m_testResult->setText(tr("Fix the marked fields first."));
            Q_EMIT testFinished(false);
            return;
        }
    }
    const QString password = m_operatorPassword->text();
    const QString jwt = m_jwtSecret->text();
    const QString symphony = m_symphonySecret->text();
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    onResult(m_sessions->prepare(profile), this, [=, this](const Result<SessionManager::Prepared> &prepared) {
        if (!prepared.ok()) {
            m_test->setEnabled(true);
            m_testResult->setText(tr("Failed: %1").arg(errorText(prepared.error())));
            Q_EMIT testFinished(false);
            return;
        }
        SessionSecrets secrets = prepared->secrets;
        if (!password.isEmpty())
            secrets.s360.operatorPassword = password;
        if (!jwt.isEmpty())
            secrets.s360.jwtSecret = secretBytesFromText(jwt);
        if (!symphony.isEmpty())
            secrets.symphonySecret = secretBytesFromText(symphony);
        const QString missing = SessionManager::missingSecret(prepared->profile, secrets);
        if (!missing.isEmpty()) {
            m_test->setEnabled(true);
            m_testResult->setText(tr("A secret is missing: %1.").arg(missing));
            Q_EMIT testFinished(false);
            return;
        }
        if (m_testSession)
            m_testSession->deleteLater();
        m_testSession = new ApiSession(prepared->profile, secrets, QString(), this);
        QPointer<ApiSession> session = m_testSession;
        onResult(m_testSession->s360()->getStructureTypes(), this, [this, session](const Result<dto::StructureTypeListResult> &r) {
            m_test->setEnabled(true);
            if (session)
                session->deleteLater();
            if (!r.ok()) {
                m_testResult->setText(tr("Failed: %1").arg(errorText(r.error())));
                Q_EMIT testFinished(false);
                return;
            }
            m_testResult->setText(tr("The connection works: the server answered with %n structure type(s).", nullptr,
                                     int(r->structureTypes.size())));
            Q_EMIT testFinished(true);
        });
    });
}

void ConnectionDialog::connectToProfile()
{
    if (!m_isDemo || m_currentId.isEmpty()) {
        if (!saveProfile())
            return;
    }
    if (m_currentId.isEmpty())
        return;
    Q_EMIT connectRequested(m_currentId);
    accept();
}

} // namespace contactdesk::ui
