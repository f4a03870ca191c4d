#include "ui/release/ReleaseView.h"

#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/release/PolicyCheck.h"
#include "core/release/ReleaseService.h"
#include "core/release/SharingMode.h"
#include "core/store/ProjectStore.h"
#include "ui/release/DocumentEditor.h"
#include "ui/release/PolicyReasonDialog.h"
#include "ui/consent/ConsentExclusionView.h"
#include "ui/release/ReleaseMeasurementRunner.h"
#include "ui/release/ReleaseText.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBoxWidth.h"
#include "ui/workflow/ReleaseWorkflowView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

// QDateEdit cannot be empty: its minimum stands for "not set" and shows the special text.
const QDate kNoDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setDateOf(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    const QStringList raw = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

// A progress bar that opens its document's tab when clicked (the label above it is a link too,
// for the keyboard).
class ClickFilter final : public QObject {
public:
    ClickFilter(QObject *parent, std::function<void()> onClick)
        : QObject(parent), m_onClick(std::move(onClick))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            m_onClick();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onClick;
};

} // namespace

class ReleaseView::Private {
public:
    ReleaseView *q;
    ProjectStore *store = nullptr;
    std::function<std::optional<ProjectSecret>()> secretProvider;
    Release release; // as stored
    bool loaded = false;
    QList<DatasetMeasurement> measurements;
    bool measured = false;
    bool measureAgain = false;
    QString notMeasured; // why the policy check has no figures ("" while none were asked for)
    bool filling = false;
    QPointer<PolicyReasonDialog> reasonDialog;

    ReleaseMeasurementRunner *runner = nullptr;

    QLabel *title = nullptr;
    QLabel *state = nullptr;
    QToolButton *deleteButton = nullptr;
    QTabWidget *tabs = nullptr;
    DocumentEditor *agreement = nullptr;
    DocumentEditor *assessment = nullptr;
    ReleaseWorkflowView *workflow = nullptr;

    // Overview: the settings form.
    QLineEdit *name = nullptr;
    QListWidget *datasets = nullptr;
    QLineEdit *provider = nullptr;
    QLineEdit *recipient = nullptr;
    QLineEdit *contact = nullptr;
    QPlainTextEdit *users = nullptr;
    QPlainTextEdit *purpose = nullptr;
    QComboBox *basis = nullptr;
    QLineEdit *basisText = nullptr;
    QLineEdit *consentPurpose = nullptr;
    QComboBox *mode = nullptr;
    QLabel *modeDescription = nullptr;
    QSpinBox *retention = nullptr;
    QDateEdit *start = nullptr;
    QDateEdit *end = nullptr;
    QComboBox *language = nullptr;
    QPushButton *save = nullptr;
    QPushButton *revert = nullptr;
    InlineMessage *formMessage = nullptr;

    // Overview: the policy.
    QSpinBox *maxGrade = nullptr;
    QSpinBox *minK = nullptr;
    QDoubleSpinBox *maxRisk = nullptr;
    QCheckBox *ethics = nullptr;
    QCheckBox *freeText = nullptr;
    QMap<QString, QLabel *> defaults;
    InlineMessage *policyMessage = nullptr;

    // Overview: status.
    QLabel *checkTitle = nullptr;
    QScrollArea *check = nullptr; // one row per violation (icon, wrapped sentence)
    QVBoxLayout *checkRows = nullptr;
    ConsentExclusionView *consent = nullptr;
    QLabel *dsaLabel = nullptr;
    QProgressBar *dsaBar = nullptr;
    QLabel *dpiaLabel = nullptr;
    QProgressBar *dpiaBar = nullptr;
    QWidget *measureRow = nullptr;
    QLabel *measureLabel = nullptr;
    QProgressBar *measureBar = nullptr;
    QPushButton *measureCancel = nullptr;
    QWidget *lockRow = nullptr;
    InlineMessage *lockMessage = nullptr;
    InlineMessage *measureError = nullptr;

    explicit Private(ReleaseView *view) : q(view) {}

    QWidget *createOverview();
    QGroupBox *createForm(QWidget *parent);
    QGroupBox *createPolicy(QWidget *parent);
    QGroupBox *createStatus(QWidget *parent);

    void fill();
    void fillPolicy();
    Release formRelease() const;
    void updateDirty();
    void updateModeDescription();
    void updateHeader();
    void saveForm();
    void revertForm();
    void commitPolicy();
    void applyUpdate(const Release &changed, const QString &reason, bool refillForm);
    void askReason(const QStringList &loosened, const ReleasePolicy &from, const ReleasePolicy &to,
                   const std::function<void(const QString &)> &then,
                   const std::function<void()> &refused);
    void measure();
    void measured_(const QList<DatasetMeasurement> &result);
    void updateCheck();
    void clearCheck();
    // `IconId::Group` stands for no icon (a notice, not a finding).
    void addCheckRow(IconId iconId, const QString &text, const QString &rule = {},
                     const QString &field = {});
    void updateCompleteness();
    void clear();
};

// ---------------------------------------------------------------------------------------------
// Construction

ReleaseView::ReleaseView(QWidget *parent) : QWidget(parent), d(new Private(this))
{
    setObjectName(QStringLiteral("releaseView"));
    d->runner = new ReleaseMeasurementRunner(this);

    d->title = new QLabel(this);
    d->title->setObjectName(QStringLiteral("releaseTitle"));
    QFont titleFont = d->title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    d->title->setFont(titleFont);
    d->title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    d->state = new QLabel(this);
    d->state->setObjectName(QStringLiteral("releaseStateLabel"));
    d->state->setForegroundRole(QPalette::PlaceholderText);
    d->deleteButton = new QToolButton(this);
    d->deleteButton->setObjectName(QStringLiteral("deleteReleaseButton"));
    d->deleteButton->setIcon(icon(IconId::Delete));
    d->deleteButton->setText(ReleaseView::tr("Delete Release…"));
    d->deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    d->deleteButton->setAutoRaise(true);
    connect(d->deleteButton, &QToolButton::clicked, this, &ReleaseView::deleteRelease);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    header->addWidget(d->title, 1);
    header->addWidget(d->state);
    header->addSpacing(12);
    header->addWidget(d->deleteButton);

    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(QStringLiteral("releaseTabs"));
    d->tabs->setDocumentMode(true);
    d->agreement = new DocumentEditor(DocumentKind::Agreement, this);
    d->agreement->setObjectName(QStringLiteral("agreementEditor"));
    d->assessment = new DocumentEditor(DocumentKind::Assessment, this);
    d->assessment->setObjectName(QStringLiteral("assessmentEditor"));
    d->tabs->addTab(d->createOverview(), ReleaseView::tr("Overview"));
    d->tabs->addTab(d->agreement, ReleaseView::tr("Agreement"));
    d->tabs->addTab(d->assessment, ReleaseView::tr("Assessment"));
    d->workflow = new ReleaseWorkflowView(this);
    d->tabs->addTab(d->workflow, ReleaseView::tr("Review && Export"));
    connect(d->workflow, &ReleaseWorkflowView::message, this, &ReleaseView::message);
    connect(d->workflow, &ReleaseWorkflowView::releaseChanged, this, [this] {
        // Review and export change the state and the register, never the settings being edited.
        if (!d->store || !d->loaded)
            return;
        if (Result<Release> fresh = ReleaseService(*d->store).load(d->release.name)) {
            d->release.state = fresh->state;
            d->release.exports = fresh->exports;
            d->release.updatedAt = fresh->updatedAt;
        }
        d->updateHeader();
        emit releasesChanged(d->release.name);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(d->tabs, 1);

    for (DocumentEditor *editor : {d->agreement, d->assessment}) {
        connect(editor, &DocumentEditor::completenessChanged, this,
                [this] { d->updateCompleteness(); });
        connect(editor, &DocumentEditor::outOfDateChanged, this,
                [this] { d->updateCompleteness(); });
        connect(editor, &DocumentEditor::documentSaved, this, [this] {
            d->updateCompleteness();
            emit releasesChanged(d->release.name);
        });
    }

    connect(d->runner, &ReleaseMeasurementRunner::started, this, [this] {
        d->measureBar->setRange(0, 0);
        d->measureLabel->setText(ReleaseView::tr("Measuring the release's data…"));
        d->measureRow->show();
    });
    connect(d->runner, &ReleaseMeasurementRunner::progressChanged, this,
            [this](qint64 done, qint64 total) {
                if (total <= 0) {
                    d->measureBar->setRange(0, 0);
                    return;
                }
                // Per mille: row counts overflow an int.
                d->measureBar->setRange(0, 1000);
                d->measureBar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
                const QLocale locale;
                d->measureLabel->setText(
                    ReleaseView::tr("Measuring the release's data: %1 of %2 rows…")
                        .arg(locale.toString(done), locale.toString(total)));
            });
    connect(d->runner, &ReleaseMeasurementRunner::succeeded, this,
            [this](const QList<DatasetMeasurement> &result) { d->measured_(result); });
    connect(d->runner, &ReleaseMeasurementRunner::failed, this, [this](const Error &error) {
        if (error.code == ErrorCode::Verification) {
            d->lockMessage->showMessage(
                InlineMessage::Kind::Notice,
                ReleaseView::tr(
                    "A masking rule of this release needs the project secret, which is locked. "
                    "Unlock it to measure the release and fill its documents."));
            d->lockRow->show();
            d->notMeasured = ReleaseView::tr("Not measured: the project secret is locked.");
        } else {
            d->notMeasured = ReleaseView::tr("Not measured.");
            d->measureError->showMessage(InlineMessage::Kind::Error,
                                         ReleaseView::tr("The release could not be measured: %1")
                                             .arg(ErrorText::sentence(error)));
        }
        d->workflow->setPending(d->notMeasured);
        d->updateCheck();
    });
    connect(d->runner, &ReleaseMeasurementRunner::cancelled, this, [this] {
        d->measureError->showMessage(
            InlineMessage::Kind::Notice,
            ReleaseView::tr("Measuring cancelled. The policy check and the "
                            "documents show the last figures measured."));
    });
    connect(d->runner, &ReleaseMeasurementRunner::finished, this, [this] {
        d->measureRow->hide();
        if (d->measureAgain) {
            d->measureAgain = false;
            d->measure();
        }
    });

    d->clear();
}

ReleaseView::~ReleaseView()
{
    d->runner->stop();
    delete d;
}

QWidget *ReleaseView::Private::createOverview()
{
    auto *scroll = new QScrollArea(q);
    scroll->setObjectName(QStringLiteral("releaseOverview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *columns = new QHBoxLayout(page);
    columns->addWidget(createForm(page), 1);
    auto *right = new QVBoxLayout;
    // The live check takes the height the policy leaves: a release may break many rules.
    right->addWidget(createStatus(page), 1);
    right->addWidget(createPolicy(page));
    columns->addLayout(right, 1);
    scroll->setWidget(page);
    return scroll;
}

QGroupBox *ReleaseView::Private::createForm(QWidget *parent)
{
    auto *box = new QGroupBox(ReleaseView::tr("Release"), parent);
    const auto changed = [this] { updateDirty(); };

    name = new QLineEdit(box);
    name->setObjectName(QStringLiteral("releaseNameField"));
    datasets = new QListWidget(box);
    datasets->setObjectName(QStringLiteral("releaseDatasetsField"));
    datasets->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    provider = new QLineEdit(box);
    provider->setObjectName(QStringLiteral("releaseProviderField"));
    recipient = new QLineEdit(box);
    recipient->setObjectName(QStringLiteral("releaseRecipientField"));
    contact = new QLineEdit(box);
    contact->setObjectName(QStringLiteral("releaseContactField"));
    contact->setPlaceholderText(ReleaseView::tr("Responsible person, e-mail or address"));
    users = new QPlainTextEdit(box);
    users->setObjectName(QStringLiteral("releaseUsersField"));
    users->setPlaceholderText(ReleaseView::tr("One person per line"));
    users->setTabChangesFocus(true);
    users->setFixedHeight(users->fontMetrics().lineSpacing() * 3 + 12);
    purpose = new QPlainTextEdit(box);
    purpose->setObjectName(QStringLiteral("releasePurposeField"));
    purpose->setTabChangesFocus(true);
    purpose->setFixedHeight(purpose->fontMetrics().lineSpacing() * 4 + 12);
    basis = new QComboBox(box);
    basis->setObjectName(QStringLiteral("releaseBasisField"));
    basis->addItem(ReleaseView::tr("Not decided yet"), QString());
    for (LegalBasis value : allLegalBases())
        basis->addItem(SharingModes::label(value), legalBasisName(value));
    // Long labels (the PIPL article) must not widen the form beyond the window.
    basis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    basis->setMinimumContentsLength(20);
    basis->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    basisText = new QLineEdit(box);
    basisText->setObjectName(QStringLiteral("releaseBasisTextField"));
    basisText->setPlaceholderText(
        ReleaseView::tr("Consent form, law, contract or approval reference"));
    mode = new QComboBox(box);
    mode->setObjectName(QStringLiteral("releaseModeField"));
    for (SharingMode value : allSharingModes())
        mode->addItem(SharingModes::label(value), sharingModeName(value));
    mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mode->setMinimumContentsLength(20);
    mode->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    modeDescription = new QLabel(box);
    modeDescription->setObjectName(QStringLiteral("releaseModeDescription"));
    modeDescription->setWordWrap(true);
    modeDescription->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    modeDescription->setForegroundRole(QPalette::PlaceholderText);
    retention = new QSpinBox(box);
    retention->setObjectName(QStringLiteral("releaseRetentionField"));
    retention->setRange(0, 1200);
    retention->setSpecialValueText(ReleaseView::tr("Not set"));
    retention->setSuffix(ReleaseView::tr(" months"));
    const auto makeDate = [box](const char *objectName) {
        auto *edit = new QDateEdit(box);
        edit->setObjectName(QString::fromLatin1(objectName));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(ReleaseView::tr("Not set"));
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return edit;
    };
    start = makeDate("releaseStartField");
    end = makeDate("releaseEndField");
    language = new QComboBox(box);
    language->setObjectName(QStringLiteral("releaseLanguageField"));
    language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    save = new QPushButton(ReleaseView::tr("&Save"), box);
    save->setObjectName(QStringLiteral("releaseSaveButton"));
    revert = new QPushButton(ReleaseView::tr("Re&vert"), box);
    revert->setObjectName(QStringLiteral("releaseRevertButton"));
    formMessage = new InlineMessage(box);
    formMessage->setObjectName(QStringLiteral("releaseFormMessage"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(start, 1);
    dates->addWidget(new QLabel(ReleaseView::tr("to"), box));
    dates->addWidget(end, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(ReleaseView::tr("&Name:"), name);
    form->addRow(ReleaseView::tr("&Datasets:"), datasets);
    form->addRow(ReleaseView::tr("Pro&vider:"), provider);
    form->addRow(ReleaseView::tr("&Recipient:"), recipient);
    form->addRow(ReleaseView::tr("&Contact:"), contact);
    form->addRow(ReleaseView::tr("Named &users:"), users);
    form->addRow(ReleaseView::tr("&Purpose:"), purpose);
    form->addRow(ReleaseView::tr("&Legal basis:"), basis);
    form->addRow(QString(), basisText);
    consentPurpose = new QLineEdit(box);
    consentPurpose->setObjectName(QStringLiteral("releaseConsentPurposeField"));
    consentPurpose->setPlaceholderText(ReleaseView::tr("e.g. research"));
    consentPurpose->setToolTip(ReleaseView::tr(
        "Matched against the scopes in the consent registers of the release's datasets: a "
        "record leaves only when its subject's latest decision grants this purpose. Empty: no "
        "record of a dataset with a consent register may leave."));
    QObject::connect(consentPurpose, &QLineEdit::textChanged, q, changed);
    form->addRow(ReleaseView::tr("C&onsent purpose:"), consentPurpose);
    form->addRow(ReleaseView::tr("Sharing &mode:"), mode);
    form->addRow(QString(), modeDescription);
    form->addRow(ReleaseView::tr("Re&tention:"), retention);
    auto *termLabel = new QLabel(ReleaseView::tr("&Term:"), box);
    termLabel->setBuddy(start);
    form->addRow(termLabel, dates);
    form->addRow(ReleaseView::tr("Document lan&guage:"), language);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(revert);
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(formMessage);
    layout->addLayout(buttons);
    layout->addStretch(1);

    for (QLineEdit *edit : {name, provider, recipient, contact, basisText})
        QObject::connect(edit, &QLineEdit::textChanged, q, changed);
    for (QPlainTextEdit *edit : {users, purpose})
        QObject::connect(edit, &QPlainTextEdit::textChanged, q, changed);
    for (QComboBox *combo : {basis, language})
        QObject::connect(combo, &QComboBox::currentIndexChanged, q, changed);
    // The labels cite articles and may be cut at the form's width: the whole text as tooltip.
    for (QComboBox *combo : {basis, mode}) {
        QObject::connect(combo, &QComboBox::currentIndexChanged, combo,
                         [combo] { combo->setToolTip(combo->currentText()); });
    }
    QObject::connect(mode, &QComboBox::currentIndexChanged, q, [this] {
        updateModeDescription();
        updateDirty();
    });
    QObject::connect(datasets, &QListWidget::itemChanged, q, changed);
    QObject::connect(retention, &QSpinBox::valueChanged, q, changed);
    for (QDateEdit *edit : {start, end})
        QObject::connect(edit, &QDateEdit::dateChanged, q, changed);
    QObject::connect(save, &QPushButton::clicked, q, [this] { saveForm(); });
    QObject::connect(revert, &QPushButton::clicked, q, [this] { revertForm(); });
    return box;
}

QGroupBox *ReleaseView::Private::createPolicy(QWidget *parent)
{
    auto *box = new QGroupBox(ReleaseView::tr("Policy"), parent);
    box->setObjectName(QStringLiteral("releasePolicyBox"));
    auto *intro =
        new QLabel(ReleaseView::tr("Set by the sharing mode. Tightening a value is saved at once; "
                                   "loosening one needs a reason, kept in the audit trail."),
                   box);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    maxGrade = new QSpinBox(box);
    maxGrade->setRange(1, 5);
    minK = new QSpinBox(box);
    minK->setRange(2, 1000);
    maxRisk = new QDoubleSpinBox(box);
    maxRisk->setDecimals(3);
    maxRisk->setRange(0.001, 1.0);
    maxRisk->setSingleStep(0.01);
    ethics = new QCheckBox(ReleaseView::tr("Required"), box);
    freeText = new QCheckBox(ReleaseView::tr("Allowed"), box);
    policyMessage = new InlineMessage(box);
    policyMessage->setObjectName(QStringLiteral("releasePolicyMessage"));

    const QList<std::pair<QString, QWidget *>> rows = {
        {QStringLiteral("max_unmasked_grade"), maxGrade},
        {QStringLiteral("min_k"), minK},
        {QStringLiteral("max_prosecutor_risk"), maxRisk},
        {QStringLiteral("ethics_approval_required"), ethics},
        {QStringLiteral("free_text_allowed"), freeText},
    };
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const auto &[key, editor] : rows) {
        editor->setObjectName(QStringLiteral("policy_%1").arg(key));
        auto *label = new QLabel(ReleasePolicy::keyLabel(key) + ReleaseView::tr(":"), box);
        label->setBuddy(editor);
        auto *defaultLabel = new QLabel(box);
        defaultLabel->setObjectName(QStringLiteral("policyDefault_%1").arg(key));
        defaultLabel->setForegroundRole(QPalette::PlaceholderText);
        defaults.insert(key, defaultLabel);
        grid->addWidget(label, row, 0);
        grid->addWidget(editor, row, 1, Qt::AlignLeft);
        grid->addWidget(defaultLabel, row, 2);
        ++row;
    }
    for (QAbstractSpinBox *spin :
         std::initializer_list<QAbstractSpinBox *>{maxGrade, minK, maxRisk})
        spin->setKeyboardTracking(false); // one commit per value, not per keystroke
    const auto commit = [this] {
        if (!filling)
            QMetaObject::invokeMethod(
                q, [this] { commitPolicy(); }, Qt::QueuedConnection);
    };
    QObject::connect(maxGrade, &QSpinBox::valueChanged, q, commit);
    QObject::connect(minK, &QSpinBox::valueChanged, q, commit);
    QObject::connect(maxRisk, &QDoubleSpinBox::valueChanged, q, commit);
    QObject::connect(ethics, &QCheckBox::toggled, q, commit);
    QObject::connect(freeText, &QCheckBox::toggled, q, commit);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(policyMessage);
    return box;
}

QGroupBox *ReleaseView::Private::createStatus(QWidget *parent)
{
    auto *box = new QGroupBox(ReleaseView::tr("Status"), parent);
    box->setObjectName(QStringLiteral("releaseStatusBox"));

    const auto makeBar = [this, box](const char *name, int tab) {
        auto *bar = new QProgressBar(box);
        bar->setObjectName(QString::fromLatin1(name));
        bar->setTextVisible(false);
        bar->setMaximumHeight(bar->fontMetrics().height() * 2 / 3 + 4);
        bar->setCursor(Qt::PointingHandCursor);
        bar->setToolTip(ReleaseView::tr("Open the document"));
        bar->installEventFilter(new ClickFilter(bar, [this, tab] { tabs->setCurrentIndex(tab); }));
        return bar;
    };
    const auto makeLabel = [this, box](const char *name, int tab) {
        auto *label = new QLabel(box);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        label->setWordWrap(true);
        QObject::connect(label, &QLabel::linkActivated, q,
                         [this, tab] { tabs->setCurrentIndex(tab); });
        return label;
    };
    dsaLabel = makeLabel("dsaCompletenessLabel", 1);
    dsaBar = makeBar("dsaCompletenessBar", 1);
    dpiaLabel = makeLabel("dpiaCompletenessLabel", 2);
    dpiaBar = makeBar("dpiaCompletenessBar", 2);

    measureRow = new QWidget(box);
    measureLabel = new QLabel(measureRow);
    measureLabel->setObjectName(QStringLiteral("releaseMeasureLabel"));
    measureBar = new QProgressBar(measureRow);
    measureBar->setObjectName(QStringLiteral("releaseMeasureBar"));
    measureBar->setTextVisible(false);
    measureCancel = new QPushButton(ReleaseView::tr("Cancel"), measureRow);
    measureCancel->setObjectName(QStringLiteral("releaseMeasureCancel"));
    QObject::connect(measureCancel, &QPushButton::clicked, q, [this] { runner->cancel(); });
    auto *measureLayout = new QGridLayout(measureRow);
    measureLayout->setContentsMargins(0, 0, 0, 0);
    measureLayout->addWidget(measureLabel, 0, 0, 1, 2);
    measureLayout->addWidget(measureBar, 1, 0);
    measureLayout->addWidget(measureCancel, 1, 1);
    measureLayout->setColumnStretch(0, 1);
    measureRow->hide();

    lockRow = new QWidget(box);
    lockMessage = new InlineMessage(lockRow);
    lockMessage->setObjectName(QStringLiteral("releaseLockMessage"));
    auto *unlock = new QPushButton(ReleaseView::tr("&Unlock…"), lockRow);
    unlock->setObjectName(QStringLiteral("releaseUnlockButton"));
    QObject::connect(unlock, &QPushButton::clicked, q, &ReleaseView::unlockRequested);
    auto *lockLayout = new QHBoxLayout(lockRow);
    lockLayout->setContentsMargins(0, 0, 0, 0);
    lockLayout->addWidget(lockMessage, 1);
    lockLayout->addWidget(unlock, 0, Qt::AlignTop);
    lockRow->hide();
    measureError = new InlineMessage(box);
    measureError->setObjectName(QStringLiteral("releaseMeasureError"));

    checkTitle = new QLabel(ReleaseView::tr("Policy check"), box);
    checkTitle->setObjectName(QStringLiteral("policyCheckTitle"));
    QFont bold = checkTitle->font();
    bold.setBold(true);
    checkTitle->setFont(bold);
    // Labels rather than a list view: a violation (field, grade, rule) wraps over lines.
    check = new QScrollArea(box);
    check->setObjectName(QStringLiteral("policyCheckList"));
    check->setWidgetResizable(true);
    check->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    check->setMinimumHeight(check->fontMetrics().height() * 6);
    check->setBackgroundRole(QPalette::Base);
    auto *rows = new QWidget(check);
    rows->setBackgroundRole(QPalette::Base);
    checkRows = new QVBoxLayout(rows);
    checkRows->setContentsMargins(6, 6, 6, 6);
    checkRows->setSpacing(6);
    checkRows->addStretch(1);
    check->setWidget(rows);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(dsaLabel);
    layout->addWidget(dsaBar);
    layout->addWidget(dpiaLabel);
    layout->addWidget(dpiaBar);
    layout->addSpacing(6);
    layout->addWidget(measureRow);
    layout->addWidget(lockRow);
    layout->addWidget(measureError);
    layout->addWidget(checkTitle);
    layout->addWidget(check, 1);
    consent = new ConsentExclusionView(box);
    layout->addWidget(consent);
    return box;
}

// ---------------------------------------------------------------------------------------------
// Public interface

void ReleaseView::setProject(ProjectStore *store)
{
    d->runner->stop();
    d->store = store;
    d->agreement->setProject(store);
    d->assessment->setProject(store);
    d->workflow->setProject(store);
    d->clear();
}

void ReleaseView::setSecretProvider(std::function<std::optional<ProjectSecret>()> provider)
{
    d->workflow->setSecretProvider(provider);
    d->secretProvider = std::move(provider);
}

void ReleaseView::showRelease(const QString &name)
{
    if (!d->store)
        return;
    Result<Release> release = ReleaseService(*d->store).load(name);
    if (!release) {
        d->clear();
        d->title->setText(name);
        d->measureError->showMessage(InlineMessage::Kind::Error,
                                     ReleaseView::tr("The release cannot be read: %1")
                                         .arg(ErrorText::sentence(release.error())));
        return;
    }
    const bool other = !d->loaded || d->release.id != release->id;
    if (other && d->loaded)
        confirmLeave(false); // the navigator has moved on: save or discard, no staying
    d->release = *release;
    d->loaded = true;
    if (other) {
        d->measurements.clear();
        d->measured = false;
        d->tabs->setCurrentIndex(0);
    }
    d->fill();
    d->agreement->setRelease(d->release, {});
    d->assessment->setRelease(d->release, {});
    d->workflow->setRelease(d->release);
    d->updateCompleteness();
    d->measure();
}

QString ReleaseView::releaseName() const
{
    return d->loaded ? d->release.name : QString();
}

void ReleaseView::projectChanged()
{
    if (d->loaded)
        d->measure();
}

QTabWidget *ReleaseView::tabs() const
{
    return d->tabs;
}

DocumentEditor *ReleaseView::agreementEditor() const
{
    return d->agreement;
}

DocumentEditor *ReleaseView::assessmentEditor() const
{
    return d->assessment;
}

ReleaseWorkflowView *ReleaseView::workflowView() const
{
    return d->workflow;
}

bool ReleaseView::confirmLeave(bool mayStay)
{
    QList<DocumentEditor *> unsaved;
    for (DocumentEditor *editor : {d->agreement, d->assessment}) {
        if (d->loaded && editor->hasUnsavedChanges())
            unsaved << editor;
    }
    if (unsaved.isEmpty())
        return true;
    QStringList documents;
    for (DocumentEditor *editor : std::as_const(unsaved))
        documents << DocumentKinds::label(editor->kind());
    QMessageBox box(
        QMessageBox::Question, ReleaseView::tr("Unsaved Document Changes"),
        ReleaseView::tr("Save the changes to the documents of “%1”?").arg(d->release.name),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedDocumentsMessageBox"));
    box.setInformativeText(ReleaseView::tr("Not saved yet: %1. Saving makes a new version.")
                               .arg(documents.join(ReleaseView::tr(", "))));
    QPushButton *save = box.addButton(QMessageBox::Save);
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    QPushButton *stay = mayStay ? box.addButton(QMessageBox::Cancel) : nullptr;
    box.setDefaultButton(save);
    box.setEscapeButton(stay ? stay : discard);
    setReadableWidth(box); // after the texts: setting them rebuilds the layout
    box.exec();
    if (stay && box.clickedButton() == stay)
        return false;
    for (DocumentEditor *editor : std::as_const(unsaved)) {
        if (box.clickedButton() == save) {
            if (!editor->save() && mayStay)
                return false;
        } else {
            editor->discardChanges();
        }
    }
    return true;
}

bool ReleaseView::isMeasuring() const
{
    return d->runner->isRunning() || d->measureAgain;
}

void ReleaseView::deleteRelease()
{
    if (!d->store || !d->loaded)
        return;
    const QString name = d->release.name;
    if (d->release.state != QLatin1String("draft")) {
        QMessageBox box(QMessageBox::Information, ReleaseView::tr("Delete Release"),
                        ReleaseView::tr("Only a draft release can be deleted."), QMessageBox::Ok,
                        this);
        setReadableWidth(box);
        box.exec();
        return;
    }
    QMessageBox box(QMessageBox::Warning, ReleaseView::tr("Delete Release"),
                    ReleaseView::tr("Delete the release “%1”?").arg(name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("deleteReleaseMessageBox"));
    box.setInformativeText(
        ReleaseView::tr("Its agreement and impact assessment, with every saved version, "
                        "are deleted too. The datasets stay as they are."));
    QPushButton *remove = box.addButton(ReleaseView::tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteReleaseButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    setReadableWidth(box); // after the texts: setting them rebuilds the layout
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (Status removed = ReleaseService(*d->store).remove(name); !removed) {
        QMessageBox error(QMessageBox::Warning, ReleaseView::tr("Cannot Delete Release"),
                          ReleaseView::tr("The release “%1” was not deleted.").arg(name),
                          QMessageBox::Ok, this);
        error.setInformativeText(ErrorText::sentence(removed.error()));
        setReadableWidth(error);
        error.exec();
        return;
    }
    d->runner->stop();
    d->clear();
    emit message(ReleaseView::tr("Deleted the release “%1”.").arg(name));
    emit releasesChanged(QString());
}

// ---------------------------------------------------------------------------------------------
// The form

void ReleaseView::Private::clear()
{
    loaded = false;
    release = Release();
    measurements.clear();
    measured = false;
    measureAgain = false;
    agreement->clear();
    assessment->clear();
    workflow->clear();
    title->clear();
    state->clear();
    filling = true;
    for (QLineEdit *edit : {name, provider, recipient, contact, basisText})
        edit->clear();
    users->clear();
    purpose->clear();
    consentPurpose->clear();
    consent->clear();
    datasets->clear();
    filling = false;
    clearCheck();
    formMessage->clearMessage();
    policyMessage->clearMessage();
    measureError->clearMessage();
    lockRow->hide();
    measureRow->hide();
    dsaLabel->clear();
    dpiaLabel->clear();
    dsaBar->setValue(0);
    dpiaBar->setValue(0);
    q->setEnabled(false);
}

void ReleaseView::Private::fill()
{
    filling = true;
    q->setEnabled(true);
    name->setText(release.name);
    datasets->clear();
    QStringList all;
    if (store) {
        if (Result<QList<DatasetInfo>> stored = store->datasets()) {
            for (const DatasetInfo &dataset : *stored)
                all << dataset.name;
        }
    }
    // Datasets of the release that were deleted stay listed (ticked) so that the form saves
    // what the release says; the policy check reports them.
    for (const QString &dataset : release.datasets) {
        if (!all.contains(dataset))
            all << dataset;
    }
    for (const QString &dataset : std::as_const(all)) {
        auto *item = new QListWidgetItem(dataset, datasets);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(release.datasets.contains(dataset) ? Qt::Checked : Qt::Unchecked);
    }
    // As tall as its rows (up to five), never a box of empty space.
    const int shown = std::clamp(datasets->count(), 1, 5);
    datasets->setFixedHeight(datasets->sizeHintForRow(0) * shown + 2 * datasets->frameWidth() + 2);
    provider->setText(release.providerOrganisation);
    recipient->setText(release.recipientOrganisation);
    contact->setText(release.recipientContact);
    users->setPlainText(release.users.join(QLatin1Char('\n')));
    purpose->setPlainText(release.purpose);
    basis->setCurrentIndex(std::max(
        0, basis->findData(release.legalBasis ? legalBasisName(*release.legalBasis) : QString())));
    basisText->setText(release.legalBasisText);
    consentPurpose->setText(release.consentPurpose);
    mode->setCurrentIndex(std::max(0, mode->findData(sharingModeName(release.mode))));
    retention->setValue(release.retentionMonths);
    setDateOf(start, release.startDate);
    setDateOf(end, release.endDate);
    language->setCurrentIndex(std::max(0, language->findData(release.language)));
    filling = false;
    fillPolicy();
    updateModeDescription();
    updateHeader();
    formMessage->clearMessage();
    updateDirty();
    updateCheck();
}

void ReleaseView::Private::fillPolicy()
{
    filling = true;
    const ReleasePolicy &policy = release.policy;
    maxGrade->setValue(policy.maxUnmaskedGrade);
    minK->setValue(policy.minK);
    maxRisk->setValue(policy.maxProsecutorRisk);
    ethics->setChecked(policy.ethicsApprovalRequired);
    freeText->setChecked(policy.freeTextAllowed);
    filling = false;
    const ReleasePolicy modeDefaults = ReleasePolicy::defaultsFor(release.mode);
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        const bool same = modeDefaults.valueText(it.key()) == policy.valueText(it.key());
        it.value()->setText(same ? ReleaseView::tr("mode default")
                                 : ReleaseView::tr("mode default: %1")
                                       .arg(ReleaseText::value(modeDefaults, it.key())));
    }
}

void ReleaseView::Private::updateHeader()
{
    title->setText(release.name);
    title->setToolTip(release.name);
    state->setText(ReleaseText::state(release.state));
    deleteButton->setEnabled(release.state == QLatin1String("draft"));
}

void ReleaseView::Private::updateModeDescription()
{
    const SharingMode value =
        sharingModeFromName(mode->currentData().toString()).value_or(SharingMode::Bilateral);
    QString text = SharingModes::description(value);
    if (loaded && value != release.mode)
        text += QLatin1Char(' ')
            + ReleaseView::tr("Saving sets this mode's policy: %1.")
                  .arg(ReleaseText::summary(ReleasePolicy::defaultsFor(value)));
    modeDescription->setText(text);
}

Release ReleaseView::Private::formRelease() const
{
    Release changed = release;
    changed.name = name->text().trimmed();
    changed.datasets.clear();
    for (int row = 0; row < datasets->count(); ++row) {
        if (datasets->item(row)->checkState() == Qt::Checked)
            changed.datasets << datasets->item(row)->text();
    }
    changed.providerOrganisation = provider->text().trimmed();
    changed.recipientOrganisation = recipient->text().trimmed();
    changed.recipientContact = contact->text().trimmed();
    changed.users = linesOf(users);
    changed.purpose = purpose->toPlainText().trimmed();
    const QString basisName = basis->currentData().toString();
    changed.legalBasis = basisName.isEmpty() ? std::nullopt : legalBasisFromName(basisName);
    changed.legalBasisText = basisText->text().trimmed();
    changed.consentPurpose = consentPurpose->text().trimmed();
    changed.mode = sharingModeFromName(mode->currentData().toString()).value_or(release.mode);
    if (changed.mode != release.mode)
        changed.policy = ReleasePolicy::defaultsFor(changed.mode);
    changed.retentionMonths = retention->value();
    changed.startDate = dateOf(start);
    changed.endDate = dateOf(end);
    changed.language = language->currentData().toString();
    return changed;
}

void ReleaseView::Private::updateDirty()
{
    if (filling)
        return;
    const bool dirty = loaded && formRelease().toJson() != release.toJson();
    save->setEnabled(dirty);
    revert->setEnabled(dirty);
}

void ReleaseView::Private::revertForm()
{
    fill();
}

void ReleaseView::Private::saveForm()
{
    if (!store || !loaded)
        return;
    const Release changed = formRelease();
    if (changed.name.isEmpty()) {
        formMessage->showMessage(InlineMessage::Kind::Error,
                                 ReleaseView::tr("The release needs a name."));
        return;
    }
    if (changed.datasets.isEmpty()) {
        formMessage->showMessage(InlineMessage::Kind::Error,
                                 ReleaseView::tr("Tick at least one dataset."));
        return;
    }
    const QStringList loosened = release.policy.loosenedIn(changed.policy);
    if (loosened.isEmpty()) {
        applyUpdate(changed, {}, true);
        return;
    }
    askReason(
        loosened, release.policy, changed.policy,
        [this, changed](const QString &reason) { applyUpdate(changed, reason, true); },
        [this] {
            formMessage->showMessage(
                InlineMessage::Kind::Error,
                ReleaseView::tr("Not saved: the new sharing mode loosens the policy, "
                                "which needs a reason."));
        });
}

void ReleaseView::Private::applyUpdate(const Release &changed, const QString &reason,
                                       bool refillForm)
{
    const QString before = release.name;
    Result<ReleaseChange> result = ReleaseService(*store).update(before, changed, reason);
    if (!result) {
        InlineMessage *target = refillForm ? formMessage : policyMessage;
        target->showMessage(
            InlineMessage::Kind::Error,
            ReleaseView::tr("Not saved: %1").arg(ErrorText::sentence(result.error())));
        if (!refillForm)
            fillPolicy();
        return;
    }
    const Release after = result->after;
    const bool renamed = after.name != before;
    if (refillForm) {
        release = after;
        fill();
        formMessage->showMessage(InlineMessage::Kind::Notice, ReleaseView::tr("Saved."));
    } else {
        // The form may hold unsaved edits: only the policy (and what it shows) follows.
        release.policy = after.policy;
        release.updatedAt = after.updatedAt;
        fillPolicy();
        updateDirty();
        policyMessage->showMessage(
            InlineMessage::Kind::Notice,
            result->loosenedKeys.isEmpty()
                ? ReleaseView::tr("Policy saved.")
                : ReleaseView::tr("Policy loosened; the reason is in the audit trail."));
    }
    if (renamed || refillForm)
        emit q->releasesChanged(release.name);
    emit q->message(ReleaseView::tr("Saved the release “%1”.").arg(release.name));
    // The policy check at once with the figures at hand, then measured again (k and the
    // datasets change what is measured).
    updateCheck();
    measure();
}

void ReleaseView::Private::askReason(const QStringList &loosened, const ReleasePolicy &from,
                                     const ReleasePolicy &to,
                                     const std::function<void(const QString &)> &then,
                                     const std::function<void()> &refused)
{
    if (reasonDialog)
        reasonDialog->reject();
    QStringList changes;
    for (const QString &key : loosened)
        changes << ReleaseText::change(key, from, to);
    auto *dialog = new PolicyReasonDialog(changes, q);
    reasonDialog = dialog;
    QObject::connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    QObject::connect(dialog, &QDialog::finished, q, [dialog, then, refused](int result) {
        const QString reason = dialog->reason();
        if (result == QDialog::Accepted && !reason.isEmpty())
            then(reason);
        else
            refused();
    });
    dialog->open();
}

void ReleaseView::Private::commitPolicy()
{
    if (!store || !loaded || filling)
        return;
    ReleasePolicy proposed = release.policy;
    proposed.maxUnmaskedGrade = maxGrade->value();
    proposed.minK = minK->value();
    proposed.maxProsecutorRisk = maxRisk->value();
    proposed.ethicsApprovalRequired = ethics->isChecked();
    proposed.freeTextAllowed = freeText->isChecked();
    if (proposed == release.policy)
        return;
    Release changed = release;
    changed.policy = proposed;
    const QStringList loosened = release.policy.loosenedIn(proposed);
    if (loosened.isEmpty()) {
        applyUpdate(changed, {}, false);
        return;
    }
    askReason(
        loosened, release.policy, proposed,
        [this, changed](const QString &reason) { applyUpdate(changed, reason, false); },
        [this] {
            fillPolicy();
            policyMessage->showMessage(
                InlineMessage::Kind::Error,
                ReleaseView::tr("The policy was not loosened: a reason is needed."));
        });
}

// ---------------------------------------------------------------------------------------------
// Measurement, policy check, completeness

void ReleaseView::Private::measure()
{
    if (!store || !loaded)
        return;
    lockRow->hide();
    measureError->clearMessage();
    notMeasured.clear();
    const std::optional<ProjectSecret> secret =
        secretProvider ? secretProvider() : std::optional<ProjectSecret>();
    if (Status started = runner->start(*store, release, secret); !started) {
        measureError->showMessage(InlineMessage::Kind::Error,
                                  ReleaseView::tr("The release could not be measured: %1")
                                      .arg(ErrorText::sentence(started.error())));
    }
}

void ReleaseView::Private::measured_(const QList<DatasetMeasurement> &result)
{
    measurements = result;
    measured = true;
    const DocumentFacts facts = DocumentFactsBuilder::build(release, measurements);
    agreement->setRelease(release, facts);
    assessment->setRelease(release, facts);
    workflow->setMeasurements(measurements);
    consent->setMeasurements(measurements);
    updateCheck();
    updateCompleteness();
}

void ReleaseView::Private::clearCheck()
{
    while (checkRows->count() > 1) {
        QLayoutItem *item = checkRows->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void ReleaseView::Private::addCheckRow(IconId iconId, const QString &text, const QString &rule,
                                       const QString &field)
{
    auto *row = new QWidget(check->widget());
    row->setObjectName(QStringLiteral("policyCheckRow"));
    row->setProperty("rule", rule);
    row->setProperty("field", field);
    auto *mark = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (iconId != IconId::Group)
        mark->setPixmap(icon(iconId).pixmap(QSize(size, size), row->devicePixelRatioF()));
    mark->setFixedWidth(size);
    auto *label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("policyCheckText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (rule.isEmpty() && iconId == IconId::Group)
        label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mark, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    checkRows->insertWidget(checkRows->count() - 1, row);
}

void ReleaseView::Private::updateCheck()
{
    clearCheck();
    checkTitle->setText(ReleaseView::tr("Policy check"));
    if (!loaded)
        return;
    if (!measured) {
        // No icon: nothing is known yet.
        addCheckRow(IconId::Group,
                    notMeasured.isEmpty() ? ReleaseView::tr("Not measured yet.") : notMeasured);
        return;
    }
    const QList<PolicyViolation> violations = PolicyCheck::evaluate(release, measurements);
    checkTitle->setText(violations.isEmpty() ? ReleaseView::tr("Policy check")
                                             : ReleaseView::tr("Policy check: %Ln finding(s)",
                                                               nullptr, int(violations.size())));
    for (const PolicyViolation &violation : violations)
        addCheckRow(IconId::Warning, violation.detail, violation.rule, violation.field);
    if (violations.isEmpty())
        addCheckRow(IconId::Confirmed, ReleaseView::tr("The release's data meets its policy."));
}

void ReleaseView::Private::updateCompleteness()
{
    const auto show = [this](DocumentEditor *editor, QLabel *label, QProgressBar *bar,
                             const QString &link, const QString &document) {
        if (!loaded) {
            label->clear();
            bar->setValue(0);
            return;
        }
        const Completeness completeness = editor->completeness();
        const QLocale locale;
        QString text = ReleaseView::tr("<a href=\"%1\">%2</a>: %3 of %4 required items")
                           .arg(link, document, locale.toString(completeness.filled),
                                locale.toString(completeness.required));
        if (editor->isOutOfDate())
            text += ReleaseView::tr(" · out of date");
        label->setText(text);
        bar->setRange(0, std::max(1, completeness.required));
        bar->setValue(completeness.required == 0 ? 1 : completeness.filled);
        bar->setToolTip(
            completeness.complete()
                ? ReleaseView::tr("Complete. Click to open the document.")
                : ReleaseView::tr("%Ln required item(s) still empty. Click to open the document.",
                                  nullptr, int(completeness.missing.size())));
    };
    show(agreement, dsaLabel, dsaBar, QStringLiteral("dsa"), ReleaseView::tr("Agreement (DSA)"));
    show(assessment, dpiaLabel, dpiaBar, QStringLiteral("dpia"),
         ReleaseView::tr("Impact assessment (DPIA)"));
}

} // namespace steward::ui
