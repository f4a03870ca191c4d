#include "ui/review/ReviewWindow.h"

#include "core/common/Error.h"
#include "core/packaging/PackageLayout.h"
#include "core/packaging/ReviewPackage.h"
#include "core/signing/SignerRole.h"
#include "core/signing/SigningIdentity.h"
#include "core/workflow/ReviewDecision.h"
#include "ui/review/DecisionDialog.h"
#include "ui/review/PackageVerifyWindow.h"
#include "ui/review/ReviewCsvModel.h"
#include "ui/review/ReviewRiskPage.h"
#include "ui/review/ReviewSectionMarks.h"
#include "ui/review/ReviewText.h"
#include "ui/widgets/BackgroundJob.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBoxWidth.h"
#include "ui/widgets/PassphraseDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace steward::ui {

struct ReviewWindow::Opened {
    std::shared_ptr<ReviewPackage> package;
    QList<BagReader::Failure> failures;
};

namespace {

enum StackIndex { LoadingIndex, RefusalIndex, ReviewIndex };

QLabel *valueLabel(QWidget *parent, const QString &key)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("summary_%1").arg(key));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString string(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The first non-empty text.
QString firstOf(std::initializer_list<QString> texts)
{
    for (const QString &text : texts) {
        if (!text.trimmed().isEmpty())
            return text.trimmed();
    }
    return {};
}

QScrollArea *scrolling(QWidget *inner, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);
    return scroll;
}

} // namespace

ReviewWindow::ReviewWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("reviewWindow"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createLoadingPage());
    m_stack->addWidget(createRefusalPage());
    m_stack->addWidget(createReviewPage());
    setCentralWidget(m_stack);
    createMenus();

    m_openJob = std::make_unique<BackgroundJob<std::shared_ptr<Opened>>>(
        this, BackgroundJob<std::shared_ptr<Opened>>::Callbacks{
                  {},
                  [this](const std::shared_ptr<Opened> &result) { opened(result); },
                  [this](const Error &error) {
                      // ReviewPackage::open refuses a package whose checksums do not match.
                      refuse(error.code == ErrorCode::Verification
                                 ? alteredText()
                                 : tr("Steward cannot open this file as a review package."),
                             {ErrorText::sentence(error)});
                  },
                  [this] { refuse(tr("Opening the package was cancelled."), {}); },
                  {}});
    m_signJob = std::make_unique<BackgroundJob<QString>>(
        this, BackgroundJob<QString>::Callbacks{
                  {},
                  [this](const QString &path) {
                      m_lastDecision = path;
                      m_decisionLabel->setText(
                          tr("Your signed decision was saved as %1. Send this file to the data "
                             "steward.")
                              .arg(QDir::toNativeSeparators(path)));
                      m_decisionLabel->setVisible(true);
                      m_approveButton->setEnabled(true);
                      m_rejectButton->setEnabled(true);
                      emit decisionWritten(path);
                  },
                  [this](const Error &error) {
                      m_approveButton->setEnabled(true);
                      m_rejectButton->setEnabled(true);
                      const QString message = ErrorText::located(error);
                      emit decisionFailed(message);
                      QMessageBox box(QMessageBox::Warning, tr("Decision Not Signed"),
                                      tr("Your decision was not signed."), QMessageBox::Ok, this);
                      box.setObjectName(QStringLiteral("decisionFailedBox"));
                      box.setInformativeText(message);
                      setReadableWidth(box);
                      box.exec();
                  },
                  [this] {
                      m_approveButton->setEnabled(true);
                      m_rejectButton->setEnabled(true);
                  },
                  {}});
    setState(Empty);
    resize(1280, 800);
}

ReviewWindow::~ReviewWindow()
{
    // The workers hold the package and files of this window: stop them first.
    m_openJob->discard();
    m_signJob->discard();
}

ReviewWindow *ReviewWindow::openInNewWindow(const QString &path)
{
    auto *window = new ReviewWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->openPackage(path);
    return window;
}

void ReviewWindow::chooseAndOpen(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Open Review Package"), QString(),
        tr("Review packages (*.review.zip);;All files (*)"));
    if (!path.isEmpty())
        openInNewWindow(path);
}

void ReviewWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *open = new QAction(tr("&Open Review Package…"), this);
    open->setObjectName(QStringLiteral("reviewOpenAction"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] { chooseAndOpen(this); });
    auto *verify = new QAction(tr("&Verify Package…"), this);
    verify->setObjectName(QStringLiteral("reviewVerifyAction"));
    connect(verify, &QAction::triggered, this, [this] { PackageVerifyWindow::chooseAndOpen(this); });
    auto *close = new QAction(tr("&Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    file->addAction(open);
    file->addAction(verify);
    file->addSeparator();
    file->addAction(close);
}

QWidget *ReviewWindow::createLoadingPage()
{
    auto *page = new QWidget(this);
    m_loadingLabel = new QLabel(page);
    m_loadingLabel->setObjectName(QStringLiteral("reviewLoadingLabel"));
    m_loadingLabel->setWordWrap(true);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingProgress = new QProgressBar(page);
    m_loadingProgress->setRange(0, 0);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("reviewCancelButton"));
    connect(cancel, &QPushButton::clicked, this, [this] { m_openJob->cancel(); });
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(m_loadingProgress);
    layout->addWidget(cancel, 0, Qt::AlignCenter);
    layout->addStretch(2);
    layout->setContentsMargins(120, 24, 120, 24);
    return page;
}

QWidget *ReviewWindow::createRefusalPage()
{
    auto *inner = new QWidget;
    auto *symbol = new QLabel(inner);
    symbol->setPixmap(icon(IconId::Error).pixmap(48, 48));
    m_refusalText = new QLabel(inner);
    m_refusalText->setObjectName(QStringLiteral("refusalText"));
    m_refusalText->setWordWrap(true);
    QFont big = m_refusalText->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_refusalText->setFont(big);
    m_refusalDetails = new QLabel(inner);
    m_refusalDetails->setObjectName(QStringLiteral("refusalDetails"));
    m_refusalDetails->setWordWrap(true);
    m_refusalDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusalDetails->setTextFormat(Qt::PlainText);
    auto *row = new QHBoxLayout;
    row->addWidget(symbol, 0, Qt::AlignTop);
    row->addWidget(m_refusalText, 1);
    auto *layout = new QVBoxLayout(inner);
    layout->addLayout(row);
    layout->addWidget(m_refusalDetails);
    layout->addStretch(1);
    layout->setContentsMargins(48, 36, 48, 24);
    return scrolling(inner, this);
}

QWidget *ReviewWindow::createReviewPage()
{
    auto *page = new QWidget(this);
    auto *banner = new QLabel(
        tr("Review mode: you are reading a review package. Nothing you do here changes it; your "
           "decision is saved as a separate signed file."),
        page);
    banner->setObjectName(QStringLiteral("reviewBanner"));
    banner->setWordWrap(true);
    banner->setForegroundRole(QPalette::PlaceholderText);

    m_pageList = new QListWidget(page);
    m_pageList->setObjectName(QStringLiteral("reviewPageList"));
    const QStringList names = {tr("Summary"), tr("Data"), tr("Documents"), tr("Risk"), tr("Gates")};
    for (const QString &name : names)
        m_pageList->addItem(name);
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    int width = 0;
    for (const QString &name : names)
        width = std::max(width, m_pageList->fontMetrics().horizontalAdvance(name));
    m_pageList->setFixedWidth(width + 48);
    QFont listFont = m_pageList->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
    m_pageList->setFont(listFont);
    m_pageList->setSpacing(4);

    m_pages = new QStackedWidget(page);
    m_pages->addWidget(createSummaryPage());
    m_pages->addWidget(createDataPage());
    m_pages->addWidget(createDocumentsPage());
    m_riskPage = new ReviewRiskPage(page);
    m_pages->addWidget(m_riskPage);
    m_pages->addWidget(createGatesPage());
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == DataPage)
            attachDataModels();
    });

    m_marksLabel = new QLabel(page);
    m_marksLabel->setObjectName(QStringLiteral("marksLabel"));
    m_marksLabel->setWordWrap(true);
    m_decisionLabel = new QLabel(page);
    m_decisionLabel->setObjectName(QStringLiteral("decisionLabel"));
    m_decisionLabel->setWordWrap(true);
    m_decisionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decisionLabel->setVisible(false);
    m_rejectButton = new QPushButton(tr("&Reject…"), page);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_approveButton = new QPushButton(tr("&Approve…"), page);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { requestDecision(false); });
    connect(m_approveButton, &QPushButton::clicked, this, [this] { requestDecision(true); });

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_marksLabel);
    texts->addWidget(m_decisionLabel);
    auto *bar = new QHBoxLayout;
    bar->addLayout(texts, 1);
    bar->addWidget(m_rejectButton);
    bar->addWidget(m_approveButton);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_pageList);
    middle->addWidget(m_pages, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(banner);
    layout->addLayout(middle, 1);
    layout->addLayout(bar);
    return page;
}

QWidget *ReviewWindow::createSummaryPage()
{
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("reviewSummaryPage"));
    m_summaryTitle = new QLabel(inner);
    m_summaryTitle->setObjectName(QStringLiteral("summaryTitle"));
    m_summaryTitle->setWordWrap(true);
    QFont big = m_summaryTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_summaryTitle->setFont(big);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("release"), tr("Release:")},
        {QStringLiteral("what"), tr("What leaves:")},
        {QStringLiteral("recipient"), tr("To whom:")},
        {QStringLiteral("why"), tr("Why:")},
        {QStringLiteral("mode"), tr("How it is shared:")},
        {QStringLiteral("risk"), tr("Risk for the people in the data:")},
        {QStringLiteral("gates"), tr("Checks:")},
        {QStringLiteral("approvals"), tr("Approvals needed:")},
        {QStringLiteral("submitted"), tr("Submitted:")},
        {QStringLiteral("package"), tr("This package:")},
    };
    for (const auto &[key, label] : rows) {
        QLabel *value = valueLabel(inner, key);
        m_summary.insert(key, value);
        auto *name = new QLabel(label, inner);
        name->setWordWrap(true);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        form->addRow(name, value);
    }
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(m_summaryTitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    return scrolling(inner, this);
}

QWidget *ReviewWindow::createDataPage()
{
    auto *page = new QWidget(this);
    m_dataset = new QComboBox(page);
    m_dataset->setObjectName(QStringLiteral("dataDatasetCombo"));
    m_datasetLabel = new QLabel(tr("&Dataset:"), page);
    m_datasetLabel->setBuddy(m_dataset);
    m_dataInfo = new QLabel(page);
    m_dataInfo->setObjectName(QStringLiteral("dataInfo"));
    m_dataInfo->setWordWrap(true);
    m_dataModel = new ReviewCsvModel(this);
    m_dataModel->setObjectName(QStringLiteral("reviewDataModel"));
    m_dictionaryModel = new ReviewCsvModel(this);
    m_dictionaryModel->setObjectName(QStringLiteral("reviewDictionaryModel"));
    // The views get their models when the page is first shown (attachDataModels): a view that was
    // never laid out places every row at the top and would ask for the whole file.
    auto makeView = [page](const QString &name) {
        auto *view = new QTableView(page);
        view->setObjectName(name);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->horizontalHeader()->setDefaultSectionSize(140);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        return view;
    };
    m_dataView = makeView(QStringLiteral("reviewDataView"));
    m_dictionaryView = makeView(QStringLiteral("reviewDictionaryView"));
    m_dictionaryView->horizontalHeader()->setStretchLastSection(true);
    auto *tabs = new QTabWidget(page);
    tabs->setObjectName(QStringLiteral("dataTabs"));
    tabs->addTab(m_dataView, tr("Records"));
    tabs->addTab(m_dictionaryView, tr("Data dictionary"));

    connect(m_dataset, &QComboBox::currentIndexChanged, this, &ReviewWindow::showDataset);
    connect(m_dataModel, &ReviewCsvModel::rowsLoaded, this, [this] { showDataset(-2); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_datasetLabel);
    top->addWidget(m_dataset);
    top->addWidget(m_dataInfo, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    return page;
}

void ReviewWindow::attachDataModels()
{
    if (m_dataView->model())
        return;
    m_dataView->setModel(m_dataModel);
    m_dictionaryView->setModel(m_dictionaryModel);
}

QWidget *ReviewWindow::createDocumentsPage()
{
    m_documents = new QTabWidget(this);
    m_documents->setObjectName(QStringLiteral("documentTabs"));
    auto add = [this](const QString &document, const QString &title, QTextBrowser *&browser,
                      ReviewSectionMarks *&marks) {
        auto *splitter = new QSplitter(Qt::Horizontal, m_documents);
        browser = new QTextBrowser(splitter);
        browser->setObjectName(QStringLiteral("%1Browser").arg(document));
        // Links inside the document are not followed: the package is all there is to read.
        browser->setOpenLinks(false);
        browser->setOpenExternalLinks(false);
        marks = new ReviewSectionMarks(document, splitter);
        splitter->addWidget(browser);
        splitter->addWidget(marks);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        splitter->setChildrenCollapsible(false);
        QTextBrowser *target = browser;
        // The table of contents still works: a link to a place in the document scrolls there.
        connect(browser, &QTextBrowser::anchorClicked, target, [target](const QUrl &url) {
            if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
                target->scrollToAnchor(url.fragment());
        });
        connect(marks, &ReviewSectionMarks::sectionActivated, target,
                [target](const QString &key) {
                    // The documents name each section's anchor "sec-<key>".
                    target->scrollToAnchor(QStringLiteral("sec-") + key);
                });
        connect(marks, &ReviewSectionMarks::marksChanged, this, &ReviewWindow::updateMarks);
        m_documents->addTab(splitter, title);
    };
    add(QStringLiteral("dpia"), tr("Impact assessment"), m_dpiaBrowser, m_dpiaMarks);
    add(QStringLiteral("dsa"), tr("Data sharing agreement"), m_dsaBrowser, m_dsaMarks);
    return m_documents;
}

QWidget *ReviewWindow::createGatesPage()
{
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("reviewGatesPage"));
    auto *intro = new QLabel(tr("The checks Steward made before the release was submitted. A "
                                "release is exported only when every check passes, the "
                                "approvals included."),
                             inner);
    intro->setWordWrap(true);
    m_gateRows = new QVBoxLayout;
    auto *layout = new QVBoxLayout(inner);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(m_gateRows);
    layout->addStretch(1);
    return scrolling(inner, this);
}

void ReviewWindow::setState(State state)
{
    m_state = state;
    m_stack->setCurrentIndex(state == Open ? ReviewIndex
                             : state == Refused ? RefusalIndex
                                                : LoadingIndex);
    m_approveButton->setEnabled(state == Open);
    m_rejectButton->setEnabled(state == Open);
    if (state == Empty)
        m_loadingLabel->setText(tr("Open a review package with File → Open Review Package…"));
    m_loadingProgress->setVisible(state == Loading);
    if (QWidget *cancel = findChild<QWidget *>(QStringLiteral("reviewCancelButton")))
        cancel->setVisible(state == Loading);
    updateTitle();
}

void ReviewWindow::updateTitle()
{
    const QString release = m_package ? m_package->releaseName() : QString();
    if (!release.isEmpty())
        setWindowTitle(tr("Review of “%1” — Steward").arg(release));
    else if (!m_path.isEmpty())
        setWindowTitle(tr("%1 — Steward Review").arg(QFileInfo(m_path).fileName()));
    else
        setWindowTitle(tr("Steward Review"));
}

void ReviewWindow::openPackage(const QString &path)
{
    m_openJob->discard();
    m_signJob->discard();
    m_package.reset();
    m_dataModel->clear();
    m_dictionaryModel->clear();
    m_path = path;
    m_lastDecision.clear();
    m_decisionLabel->setVisible(false);
    m_loadingLabel->setText(tr("Checking every file of %1 against its checksum…")
                                .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
    setState(Loading);
    m_openJob->start(
        [path](const ProgressCallback &, const CancellationToken *) -> Result<std::shared_ptr<Opened>> {
            auto result = std::make_shared<Opened>();
            result->package = std::make_shared<ReviewPackage>();
            // open() checks every checksum first and refuses an altered package.
            if (Status status = result->package->open(path); !status)
                return status.error();
            return result;
        },
        0);
}

void ReviewWindow::opened(const std::shared_ptr<Opened> &result)
{
    if (!result->failures.isEmpty()) {
        QStringList details;
        for (const BagReader::Failure &failure : result->failures)
            details << tr("%1: %2").arg(failure.file, failure.reason);
        refuse(alteredText(), details);
        return;
    }
    m_package = result->package;
    fillSummary();
    fillData();
    fillDocuments();
    m_riskPage->setDatasets(m_package->review().value(QStringLiteral("datasets")).toArray());
    fillGates();
    updateMarks();
    setState(Open);
    showPage(SummaryPage);
    emit packageOpened();
}

void ReviewWindow::refuse(const QString &reason, const QStringList &details)
{
    m_package.reset();
    m_refusalText->setText(reason);
    m_refusalDetails->setText(details.join(QLatin1Char('\n')));
    setState(Refused);
    emit packageRefused(reason);
}

QString ReviewWindow::alteredText()
{
    return tr("This package was changed after it was made, or is damaged. Do not review it: ask "
              "the data steward for a new one.");
}

QString ReviewWindow::refusalText() const
{
    return m_state == Refused ? m_refusalText->text() + QLatin1Char('\n') + m_refusalDetails->text()
                              : QString();
}

void ReviewWindow::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

QString ReviewWindow::summaryText(const QString &key) const
{
    if (QLabel *label = m_summary.value(key))
        return label->text();
    return {};
}

void ReviewWindow::fillSummary()
{
    const QJsonObject review = m_package->review();
    const QJsonObject release = object(review, "release");
    const QJsonObject summary = object(review, "summary");
    const QLocale locale;
    m_summaryTitle->setText(m_package->releaseName());

    m_summary[QStringLiteral("release")]->setText(m_package->releaseName());
    QStringList datasets;
    for (const QJsonValue &value : review.value(QStringLiteral("datasets")).toArray()) {
        const QJsonObject d = value.toObject();
        datasets << tr("%1 (%2 records, %3 fields)")
                        .arg(string(d, "name"), ReviewText::count(d.value(QStringLiteral("records"))),
                             ReviewText::count(d.value(QStringLiteral("fields"))));
    }
    m_summary[QStringLiteral("what")]->setText(
        firstOf({string(summary, "what"), datasets.join(QStringLiteral("; "))}));
    QString recipient = firstOf({string(summary, "to_whom"), string(release, "recipient")});
    const QString users = release.value(QStringLiteral("users")).toVariant().toStringList().join(
        QStringLiteral(", "));
    if (!string(summary, "to_whom").isEmpty() || users.isEmpty()) {
        // The submitter's sentence says it all; without one, the names stand beside the recipient.
    } else {
        recipient += QLatin1Char('\n') + tr("Named users: %1").arg(users);
    }
    if (!string(release, "recipient").isEmpty() && !recipient.contains(string(release, "recipient")))
        recipient = string(release, "recipient") + QLatin1Char('\n') + recipient;
    m_summary[QStringLiteral("recipient")]->setText(recipient);
    m_summary[QStringLiteral("why")]->setText(firstOf({string(summary, "why"), string(release, "purpose")}));
    m_summary[QStringLiteral("mode")]->setText(
        firstOf({string(summary, "mode"), ReviewText::mode(string(release, "mode"))}));

    QStringList risk;
    if (!string(summary, "risk").isEmpty())
        risk << string(summary, "risk");
    for (const QJsonValue &value : review.value(QStringLiteral("datasets")).toArray()) {
        const QJsonObject d = value.toObject();
        risk << tr("%1: %2").arg(string(d, "name"), ReviewText::riskInWords(object(d, "risk")));
    }
    m_summary[QStringLiteral("risk")]->setText(risk.join(QLatin1Char('\n')));

    const QJsonArray gates = review.value(QStringLiteral("gates")).toArray();
    int passing = 0;
    QStringList failing;
    for (const QJsonValue &value : gates) {
        const QJsonObject gate = value.toObject();
        if (gate.value(QStringLiteral("ok")).toBool())
            ++passing;
        else
            failing << ReviewText::gate(string(gate, "name"));
    }
    QString gatesText = tr("%1 of %2 checks pass.").arg(locale.toString(passing), locale.toString(gates.size()));
    if (!failing.isEmpty())
        gatesText += QLatin1Char('\n') + tr("Still to pass: %1").arg(failing.join(QStringLiteral("; ")));
    m_summary[QStringLiteral("gates")]->setText(gatesText);

    const QJsonObject required = object(review, "approvals_required");
    m_summary[QStringLiteral("approvals")]->setText(
        tr("%1 from compliance staff, %2 from the ethics committee.")
            .arg(locale.toString(required.value(QStringLiteral("compliance")).toInt(1)),
                 locale.toString(required.value(QStringLiteral("ethics")).toInt(1))));

    const QDateTime at = QDateTime::fromString(string(review, "submitted_at"), Qt::ISODate);
    const QString when = at.isValid() ? locale.toString(at.toLocalTime(), QLocale::LongFormat)
                                      : string(review, "submitted_at");
    m_summary[QStringLiteral("submitted")]->setText(
        string(review, "submitted_by").isEmpty()
            ? when
            : tr("%1, by %2").arg(when, string(review, "submitted_by")));
    m_summary[QStringLiteral("package")]->setText(
        tr("Intact: every file matches the checksum it was packed with.") + QLatin1Char('\n')
        + tr("Content fingerprint (what your signature covers): %1").arg(m_package->contentHash())
        + QLatin1Char('\n') + QDir::toNativeSeparators(m_path));
}

void ReviewWindow::fillData()
{
    const QSignalBlocker blocker(m_dataset);
    m_dataset->clear();
    const QJsonArray datasets = m_package->review().value(QStringLiteral("datasets")).toArray();
    for (const QJsonValue &value : datasets)
        m_dataset->addItem(value.toObject().value(QStringLiteral("name")).toString());
    m_dataset->setVisible(datasets.size() > 1);
    m_datasetLabel->setVisible(datasets.size() > 1);
    showDataset(datasets.isEmpty() ? -1 : 0);
}

void ReviewWindow::showDataset(int index)
{
    const QJsonArray datasets = m_package ? m_package->review().value(QStringLiteral("datasets")).toArray()
                                          : QJsonArray();
    const bool refreshOnly = index == -2;
    if (refreshOnly)
        index = m_dataset->currentIndex();
    const QJsonObject dataset = index >= 0 && index < datasets.size() ? datasets.at(index).toObject()
                                                                      : QJsonObject();
    if (!refreshOnly) {
        m_dataModel->clear();
        m_dictionaryModel->clear();
        if (dataset.isEmpty()) {
            m_dataInfo->setText(tr("This package holds no data."));
            return;
        }
        const QString file = string(dataset, "file");
        if (Status s = m_dataModel->setDevice(m_package->bag().openFile(file)); !s)
            m_dataInfo->setText(ErrorText::located(s.error()));
        const QString dictionary = string(dataset, "dictionary");
        if (!dictionary.isEmpty())
            (void)m_dictionaryModel->setDevice(m_package->bag().openFile(dictionary));
    }
    if (dataset.isEmpty())
        return;
    const QLocale locale;
    const QString total = ReviewText::count(dataset.value(QStringLiteral("records")));
    m_dataInfo->setText(
        m_dataModel->isComplete()
            ? tr("%1 records, %2 fields, as the recipient will receive them (read-only).")
                  .arg(total, locale.toString(m_dataModel->columnCount()))
            : tr("Showing the first %1 of %2 records; more are read as you scroll (read-only).")
                  .arg(locale.toString(m_dataModel->rowCount()), total));
}

void ReviewWindow::fillDocuments()
{
    const QJsonObject review = m_package->review();
    const QJsonObject documents = object(review, "documents");
    auto show = [this, &documents](const char *key, QTextBrowser *browser) {
        const QJsonObject document = object(documents, key);
        const QString html = string(document, "html");
        const QString json = string(document, "json");
        if (!html.isEmpty()) {
            if (Result<QByteArray> bytes = m_package->bag().read(html)) {
                browser->setHtml(QString::fromUtf8(*bytes));
                return;
            }
        }
        if (!json.isEmpty()) {
            if (Result<QByteArray> bytes = m_package->bag().read(json)) {
                browser->setPlainText(QString::fromUtf8(
                    QJsonDocument::fromJson(*bytes).toJson(QJsonDocument::Indented)));
                return;
            }
        }
        browser->setPlainText(tr("This package does not contain this document."));
    };
    show("dpia", m_dpiaBrowser);
    show("dsa", m_dsaBrowser);
    m_dpiaMarks->setSections(review.value(QStringLiteral("dpia_sections")).toArray());
    m_dsaMarks->setSections(review.value(QStringLiteral("dsa_sections")).toArray());
}

void ReviewWindow::fillGates()
{
    qDeleteAll(m_gateWidgets);
    m_gateWidgets.clear();
    auto *page = m_gateRows->parentWidget();
    for (const QJsonValue &value : m_package->review().value(QStringLiteral("gates")).toArray()) {
        const QJsonObject gate = value.toObject();
        const bool ok = gate.value(QStringLiteral("ok")).toBool();
        auto *row = new QWidget(page);
        row->setObjectName(QStringLiteral("gate_%1").arg(string(gate, "name")));
        auto *symbol = new QLabel(row);
        symbol->setPixmap(icon(ok ? IconId::Confirmed : IconId::Error).pixmap(20, 20));
        auto *name = new QLabel(row);
        name->setWordWrap(true);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setText((ok ? tr("Passes: %1") : tr("Does not pass: %1"))
                          .arg(ReviewText::gate(string(gate, "name"))));
        auto *detail = new QLabel(string(gate, "detail"), row);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *texts = new QVBoxLayout;
        texts->addWidget(name);
        texts->addWidget(detail);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 4, 0, 4);
        layout->addWidget(symbol, 0, Qt::AlignTop);
        layout->addLayout(texts, 1);
        m_gateRows->addWidget(row);
        m_gateWidgets << row;
    }
}

void ReviewWindow::updateMarks()
{
    const QLocale locale;
    m_marksLabel->setText(
        tr("Sections marked: %1 of %2 in the impact assessment, %3 of %4 in the agreement.")
            .arg(locale.toString(m_dpiaMarks->markedCount()),
                 locale.toString(m_dpiaMarks->sectionCount()),
                 locale.toString(m_dsaMarks->markedCount()),
                 locale.toString(m_dsaMarks->sectionCount())));
}

QString ReviewWindow::decisionFileName(const QString &release, const QString &role,
                                       const QString &fingerprint)
{
    return QStringLiteral("%1-%2-%3.decision.zip")
        .arg(PackageLayout::safeName(release), role, fingerprint);
}

void ReviewWindow::requestDecision(bool approve)
{
    if (m_state != Open || !m_package || m_signJob->isRunning())
        return;
    auto *dialog = new DecisionDialog(approve, m_package->releaseName(),
                                      m_dpiaMarks->markedCount() + m_dsaMarks->markedCount(),
                                      m_dpiaMarks->sectionCount() + m_dsaMarks->sectionCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFolder(QFileInfo(m_path).absolutePath());
    if (!m_lastKey.isEmpty())
        dialog->setKeyFile(m_lastKey);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_lastKey = dialog->keyFile();
        askPassphrase(dialog->approves(), dialog->comment(), dialog->keyFile(), dialog->folder());
    });
    dialog->open();
}

void ReviewWindow::askPassphrase(bool approve, const QString &comment, const QString &keyFile,
                                 const QString &folder)
{
    auto *dialog = new PassphraseDialog(PassphraseDialog::Mode::Unlock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("keyPassphraseDialog"));
    dialog->setWindowTitle(tr("Unlock Signing Key"));
    if (auto *intro = dialog->findChild<QLabel *>(QStringLiteral("passphraseIntro")))
        intro->setText(tr("Enter the passphrase of your signing key %1.")
                           .arg(QDir::toNativeSeparators(QFileInfo(keyFile).fileName())));
    connect(dialog, &QDialog::accepted, this, [=, this] {
        sign(approve, comment, keyFile, folder, dialog->passphrase());
    });
    dialog->open();
}

void ReviewWindow::sign(bool approve, const QString &comment, const QString &keyFile,
                        const QString &folder, const QString &passphrase)
{
    if (!m_package)
        return;
    m_approveButton->setEnabled(false);
    m_rejectButton->setEnabled(false);
    ReviewDecision decision;
    decision.release = m_package->releaseName();
    decision.contentHash = m_package->contentHash();
    decision.approve = approve;
    decision.comment = comment;
    decision.sections = m_dpiaMarks->marks() + m_dsaMarks->marks();
    m_signJob->start(
        [decision, keyFile, folder, passphrase](const ProgressCallback &,
                                                const CancellationToken *) -> Result<QString> {
            Result<SigningIdentity> identity = SigningIdentity::load(keyFile, passphrase);
            if (!identity)
                return identity.error();
            if (identity->role() == SignerRole::Steward) {
                return Error{ErrorCode::Policy,
                             ReviewWindow::tr("This key belongs to a data steward. Only compliance "
                                              "staff and ethics committee members decide on "
                                              "releases."),
                             {}, 0, 0};
            }
            const SignedDecision signedDecision = SignedDecision::sign(decision, *identity);
            if (Status verified = signedDecision.verify(); !verified)
                return verified.error();
            const QString path = QDir(folder).filePath(ReviewWindow::decisionFileName(
                decision.release, SignerRoles::name(identity->role()), identity->fingerprint()));
            if (Status written = signedDecision.writeFile(path); !written)
                return written.error();
            return path;
        },
        0);
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    m_openJob->discard();
    m_signJob->discard();
    event->accept();
}

} // namespace steward::ui
