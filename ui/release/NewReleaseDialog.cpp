#include "ui/release/NewReleaseDialog.h"

#include "core/consent/ConsentService.h"
#include "core/release/ReleaseService.h"
#include "core/release/SharingMode.h"
#include "core/store/ProjectStore.h"
#include "ui/release/ReleaseText.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

// Tall enough for a few datasets without a scroll bar, never a wall of empty rows.
constexpr int kDatasetRowsShown = 4;

} // namespace

NewReleaseDialog::NewReleaseDialog(ProjectStore &store, const QString &currentDataset,
                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_name(new QLineEdit(this)),
      m_datasets(new QListWidget(this)), m_recipient(new QLineEdit(this)),
      m_purpose(new QLineEdit(this)), m_mode(new QComboBox(this)), m_modeSummary(new QLabel(this)),
      m_basis(new QComboBox(this)), m_language(new QComboBox(this)),
      m_problem(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newReleaseDialog"));
    setWindowTitle(tr("New Release"));

    if (Result<QList<Release>> releases = ReleaseService(m_store).list()) {
        for (const Release &release : *releases)
            m_existing << release.name;
    }

    m_name->setObjectName(QStringLiteral("releaseNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Cardiology registry 2026"));

    m_datasets->setObjectName(QStringLiteral("releaseDatasetList"));
    if (Result<QList<DatasetInfo>> datasets = m_store.datasets()) {
        for (const DatasetInfo &dataset : *datasets) {
            if (auto shown = ConsentService(m_store).show(dataset.name); shown && *shown)
                m_consentDatasets << dataset.name;
            auto *item = new QListWidgetItem(dataset.name, m_datasets);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool ticked = dataset.name == currentDataset
                || (currentDataset.isEmpty() && datasets->size() == 1);
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        }
    }
    const int rows = std::clamp(m_datasets->count(), 1, kDatasetRowsShown);
    m_datasets->setFixedHeight(m_datasets->sizeHintForRow(0) * rows + 2 * m_datasets->frameWidth()
                               + 4);

    m_recipient->setObjectName(QStringLiteral("releaseRecipientEdit"));
    m_recipient->setPlaceholderText(tr("The organisation receiving the data"));
    m_purpose->setObjectName(QStringLiteral("releasePurposeEdit"));
    m_purpose->setPlaceholderText(tr("What the data will be used for"));

    m_consentPurpose = new QLineEdit(this);
    m_consentPurpose->setObjectName(QStringLiteral("releaseConsentPurposeEdit"));
    m_consentPurpose->setPlaceholderText(tr("e.g. research"));
    m_consentPurpose->setToolTip(
        tr("Matched against the scopes in the consent registers of the ticked datasets: a record "
           "leaves only when its subject's latest decision grants this purpose. Empty: no record "
           "of a dataset with a consent register may leave."));

    m_mode->setObjectName(QStringLiteral("releaseModeCombo"));
    for (SharingMode mode : allSharingModes())
        m_mode->addItem(SharingModes::label(mode), sharingModeName(mode));
    m_modeSummary->setObjectName(QStringLiteral("releaseModeSummary"));
    m_modeSummary->setWordWrap(true);
    // As wide as the fields, not the narrow column a wrapped label gets by default.
    m_modeSummary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_mode->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_modeSummary->setForegroundRole(QPalette::PlaceholderText);

    m_basis->setObjectName(QStringLiteral("releaseBasisCombo"));
    m_basis->addItem(tr("Not decided yet"), QString());
    for (LegalBasis basis : allLegalBases())
        m_basis->addItem(SharingModes::label(basis), legalBasisName(basis));

    m_language->setObjectName(QStringLiteral("releaseLanguageCombo"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    m_language->setToolTip(tr("The language of the agreement and the assessment"));

    m_problem->setObjectName(QStringLiteral("newReleaseProblem"));
    QPushButton *create = m_buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create"));
    create->setObjectName(QStringLiteral("createReleaseButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Datasets:"), m_datasets);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("C&onsent purpose:"), m_consentPurpose);
    m_form = form;
    form->addRow(tr("Sharing &mode:"), m_mode);
    form->addRow(QString(), m_modeSummary);
    form->addRow(tr("&Legal basis:"), m_basis);
    form->addRow(tr("Document &language:"), m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    connect(m_name, &QLineEdit::textChanged, this, &NewReleaseDialog::validate);
    connect(m_recipient, &QLineEdit::textChanged, this, &NewReleaseDialog::validate);
    connect(m_purpose, &QLineEdit::textChanged, this, &NewReleaseDialog::validate);
    connect(m_datasets, &QListWidget::itemChanged, this, &NewReleaseDialog::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NewReleaseDialog::updateModeSummary);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewReleaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateModeSummary();
    validate();
    m_name->setFocus();
}

Release NewReleaseDialog::draft() const
{
    Release release;
    release.name = m_name->text().trimmed();
    for (int row = 0; row < m_datasets->count(); ++row) {
        if (m_datasets->item(row)->checkState() == Qt::Checked)
            release.datasets << m_datasets->item(row)->text();
    }
    release.providerOrganisation = m_store.title().trimmed();
    release.recipientOrganisation = m_recipient->text().trimmed();
    release.purpose = m_purpose->text().trimmed();
    if (consentApplies())
        release.consentPurpose = m_consentPurpose->text().trimmed();
    release.mode =
        sharingModeFromName(m_mode->currentData().toString()).value_or(SharingMode::Bilateral);
    release.policy = ReleasePolicy::defaultsFor(release.mode);
    const QString basis = m_basis->currentData().toString();
    if (!basis.isEmpty())
        release.legalBasis = legalBasisFromName(basis);
    release.language = m_language->currentData().toString();
    return release;
}

QString NewReleaseDialog::problemText() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled() ? QString() : m_problem->text();
}

void NewReleaseDialog::validate()
{
    m_form->setRowVisible(m_consentPurpose, consentApplies());
    const Release release = draft();
    QString problem;
    if (release.name.isEmpty())
        problem = tr("Give the release a name.");
    else if (m_existing.contains(release.name, Qt::CaseInsensitive))
        problem = tr("A release named “%1” already exists.").arg(release.name);
    else if (release.datasets.isEmpty())
        problem = m_datasets->count() == 0 ? tr("The project has no datasets to release yet.")
                                           : tr("Tick at least one dataset.");
    else if (release.recipientOrganisation.isEmpty())
        problem = tr("Name the recipient organisation.");
    else if (release.purpose.isEmpty())
        problem = tr("Say what the data will be used for.");

    if (problem.isEmpty())
        m_problem->clearMessage();
    else
        m_problem->showMessage(InlineMessage::Kind::Notice, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

bool NewReleaseDialog::consentApplies() const
{
    for (int row = 0; row < m_datasets->count(); ++row) {
        const QListWidgetItem *item = m_datasets->item(row);
        if (item->checkState() == Qt::Checked && m_consentDatasets.contains(item->text()))
            return true;
    }
    return false;
}

void NewReleaseDialog::updateModeSummary()
{
    const SharingMode mode =
        sharingModeFromName(m_mode->currentData().toString()).value_or(SharingMode::Bilateral);
    m_modeSummary->setText(tr("%1 Policy: %2.")
                               .arg(SharingModes::description(mode),
                                    ReleaseText::summary(ReleasePolicy::defaultsFor(mode))));
}

void NewReleaseDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Result<Release> created = ReleaseService(m_store).create(draft());
    if (!created) {
        m_problem->showMessage(
            InlineMessage::Kind::Error,
            tr("The release was not created: %1").arg(ErrorText::sentence(created.error())));
        return;
    }
    m_created = created->name;
    QDialog::accept();
}

} // namespace steward::ui
