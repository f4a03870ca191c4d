// The screenshot tour: drives the real main window over a demo project and writes every tab (at
// exactly 1280×800 and 1600×1000) and every dialog (at its own size) as PNG files, for one
// language. scripts/screenshots.sh builds the demo project and runs it for English and Chinese.
// Not a test: nothing is asserted, and CI never builds it (EXCLUDE_FROM_ALL).

#include "core/classify/ClassificationService.h"
#include "core/common/Translations.h"
#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"
#include "ui/NewProjectDialog.h"
#include "ui/ProjectNavigator.h"
#include "ui/classification/OverrideDialog.h"
#include "ui/datasets/DatasetWorkspace.h"
#include "ui/hierarchy/HierarchyEditorDialog.h"
#include "ui/release/PolicyReasonDialog.h"
#include "ui/release/ReleaseText.h"
#include "ui/release/ReleaseView.h"
#include "ui/workflow/DecideDialog.h"
#include "ui/workflow/ExportDialog.h"
#include "ui/workflow/WorkflowText.h"
#include "ui/risk/AnonymizeDialog.h"
#include "ui/widgets/PassphraseDialog.h"
#include "core/age/AgeFile.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/packaging/ReviewPackage.h"
#include "core/packaging/ReviewPackageWriter.h"
#include "core/workflow/WorkflowService.h"
#include "tests/ui/review/ReviewTestPackage.h"
#include "ui/review/PackageVerifyWindow.h"
#include "ui/review/ReviewSectionMarks.h"
#include "ui/review/ReviewWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <vector>

using namespace steward;
using steward::ui::MainWindow;

namespace {

struct Tour {
    QDir out;
    QString language; // "en" or "zh_CN": the file name suffix
    QString dataFile; // the extract the project was imported from (for the import dialog)
    int written = 0;

    void save(const QPixmap &pixmap, const QString &name)
    {
        const QString file = out.filePath(QStringLiteral("%1-%2.png").arg(name, language));
        if (!pixmap.save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return;
        }
        ++written;
        std::printf("%s (%dx%d)\n", qPrintable(QDir::toNativeSeparators(file)), pixmap.width(),
                    pixmap.height());
    }
};

// Lets layouts, lazy models and background work (profiling, risk) settle.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

QSet<QWidget *> visibleWindows()
{
    QSet<QWidget *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            windows.insert(widget);
    }
    return windows;
}

// Runs `open` (which may block in exec() or return at once), grabs the first new top-level
// window it shows, then closes that window (Cancel: nothing is changed).
void shootWindow(Tour &tour, const QString &name, const std::function<void()> &open)
{
    const QSet<QWidget *> before = visibleWindows();
    bool shot = false;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (!widget->isVisible() || before.contains(widget) || shot)
                continue;
            shot = true;
            poll.stop();
            QPointer<QWidget> window = widget;
            settle(1200);
            if (!window)
                return;
            tour.save(window->grab(), name);
            if (auto *dialog = qobject_cast<QDialog *>(window.data()))
                dialog->reject();
            else
                window->close();
            return;
        }
    });
    poll.start();
    open();
    QElapsedTimer timer;
    timer.start();
    while (!shot && timer.elapsed() < 15000)
        settle(100);
    poll.stop();
    if (!shot)
        std::fprintf(stderr, "%s: no window appeared\n", qPrintable(name));
    settle(200);
}

// Every dialog of the tour. To add one: a name (the file name) and how the user opens it; a
// dialog opened with exec() works as well as one opened with open().
struct DialogShot {
    const char *name;
    std::function<void(MainWindow &, Tour &)> open;
};

// The dataset the navigator shows (the demo project has one).
Result<DatasetInfo> currentDataset(MainWindow &w)
{
    return w.project()->dataset(w.navigator()->currentDatasetName());
}

// The release the tour shows: the demo project's first, or one made for the tour (the demo
// project is a throwaway the script builds).
QString demoRelease(MainWindow &w)
{
    ReleaseService service(*w.project());
    if (Result<QList<Release>> releases = service.list(); releases && !releases->isEmpty())
        return releases->first().name;
    Release draft;
    draft.name = QStringLiteral("Cardiology registry 2026");
    draft.datasets = {w.navigator()->currentDatasetName()};
    draft.providerOrganisation = QStringLiteral("City Hospital");
    draft.recipientOrganisation = QStringLiteral("University Heart Institute");
    draft.recipientContact = QStringLiteral("data-office@heart.example.org");
    draft.users = {QStringLiteral("Dr. Li Wei"), QStringLiteral("Dr. Anna Berg")};
    draft.purpose = QStringLiteral("Outcomes of heart failure admissions, 2020–2025");
    draft.legalBasis = LegalBasis::PublicInterestResearch;
    draft.mode = SharingMode::Controlled;
    draft.policy = ReleasePolicy::defaultsFor(draft.mode);
    draft.retentionMonths = 36;
    Result<Release> created = service.create(draft);
    return created ? created->name : QString();
}

std::vector<DialogShot> dialogShots()
{
    return {
        {"dialog-new-release", [](MainWindow &w, Tour &) { w.newRelease(); }},
        {"dialog-policy-reason",
         [](MainWindow &w, Tour &) {
             const ReleasePolicy from = ReleasePolicy::defaultsFor(SharingMode::Public);
             ReleasePolicy to = from;
             to.minK = 10;
             auto *d = new ui::PolicyReasonDialog(
                 {ui::ReleaseText::change(QStringLiteral("min_k"), from, to)}, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        {"dialog-import", [](MainWindow &w, Tour &t) { w.showImportDialog(t.dataFile); }},
        {"dialog-new-project", [](MainWindow &w, Tour &) { w.newProject(); }},
        {"window-audit-trail",
         [](MainWindow &w, Tour &) {
             if (auto *action = w.findChild<QAction *>(QStringLiteral("auditTrailAction")))
                 action->trigger();
         }},
        {"dialog-trusted-keys",
         [](MainWindow &w, Tour &) {
             if (auto *action = w.findChild<QAction *>(QStringLiteral("trustedKeysAction")))
                 action->trigger();
         }},
        {"dialog-decide",
         [](MainWindow &w, Tour &) {
             auto *d = new ui::DecideDialog(demoRelease(w), &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        {"dialog-export-refused",
         [](MainWindow &w, Tour &) {
             const QStringList failing = {
                 ui::WorkflowText::gate(QStringLiteral("dsa_complete")),
                 ui::WorkflowText::gate(QStringLiteral("approvals"))};
             auto *d = new ui::ExportDialog(w.project(), demoRelease(w), failing, {}, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        {"dialog-export",
         [](MainWindow &w, Tour &) {
             auto *d = new ui::ExportDialog(w.project(), demoRelease(w), {}, {}, &w);
             d->setEncryptionRecipient(QString());
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        {"dialog-about", [](MainWindow &w, Tour &) { w.about(); }},
        {"dialog-rename-dataset", [](MainWindow &w, Tour &) { w.renameCurrentDataset(); }},
        {"dialog-delete-dataset", [](MainWindow &w, Tour &) { w.deleteCurrentDataset(); }},
        {"dialog-passphrase-unlock",
         [](MainWindow &w, Tour &) {
             auto *d = new ui::PassphraseDialog(ui::PassphraseDialog::Mode::Unlock, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        {"dialog-passphrase-create",
         [](MainWindow &w, Tour &) {
             auto *d = new ui::PassphraseDialog(ui::PassphraseDialog::Mode::Create, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        {"dialog-override",
         [](MainWindow &w, Tour &) {
             const QString dataset = w.navigator()->currentDatasetName();
             Result<DatasetClassification> c = ClassificationService(*w.project()).load(dataset);
             if (!c || c->fields.isEmpty())
                 return;
             auto *d = new ui::OverrideDialog(c->fields.mid(0, 1), &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        {"dialog-k-anonymity",
         [](MainWindow &w, Tour &) {
             Result<DatasetInfo> dataset = currentDataset(w);
             if (!dataset)
                 return;
             auto *d = new ui::AnonymizeDialog(*w.project(), *dataset, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
        // The privacy models beyond k, with the classification's sensitive attributes.
        {"dialog-k-anonymity-models",
         [](MainWindow &w, Tour &) {
             Result<DatasetInfo> dataset = currentDataset(w);
             if (!dataset)
                 return;
             auto *d = new ui::AnonymizeDialog(*w.project(), *dataset, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             if (auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("anonymizeTabs")))
                 tabs->setCurrentIndex(ui::AnonymizeDialog::ModelsTab);
             d->open();
         }},
        // The result of a search with the classification's inputs, before Apply: shown once
        // the search has finished, so that the grab has the Result tab.
        {"dialog-k-anonymity-result",
         [](MainWindow &w, Tour &) {
             Result<DatasetInfo> dataset = currentDataset(w);
             if (!dataset)
                 return;
             auto *d = new ui::AnonymizeDialog(*w.project(), *dataset, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             QObject::connect(d, &ui::AnonymizeDialog::resultReady, d, &QDialog::open);
             QObject::connect(d, &ui::AnonymizeDialog::runEnded, d, &QDialog::open);
             d->run();
         }},
        {"dialog-hierarchy",
         [](MainWindow &w, Tour &) {
             Result<DatasetInfo> dataset = currentDataset(w);
             if (!dataset || dataset->columns.isEmpty())
                 return;
             // A date shows the most levels; the first column when there is none.
             QString field = dataset->columns.front().name;
             for (const ColumnInfo &column : dataset->columns) {
                 if (column.type == ColumnType::Date) {
                     field = column.name;
                     break;
                 }
             }
             auto *d = new ui::HierarchyEditorDialog(*w.project(), *dataset, field, &w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->open();
         }},
    };
}

// The reviewer's side: the demo release submitted and packed for review (a synthetic package when
// the project's release cannot be packed), every page of review mode and its decision dialog at
// 1280×800; then the package check of that bag and of an encrypted copy waiting for its key.
void reviewTour(Tour &tour, MainWindow &w, const QString &release, const QDir &work)
{
    const QString package = work.filePath(QStringLiteral("demo.review.zip"));
    bool made = false;
    if (!release.isEmpty()) {
        // The demo's keyed pseudonyms need the project secret: the tour's throwaway project gets
        // one before the submission, whose content names it.
        const QString passphrase = QStringLiteral("screenshot tour");
        (void)ProjectSecretStore(*w.project()).obtain(passphrase);
        WorkflowService workflow(*w.project());
        if (Result<ReviewState> submitted = workflow.submit(release, {})) {
            const Status written = ReviewPackageWriter::write(
                *w.project(), release, package, std::nullopt,
                [passphrase] { return Result<QString>(passphrase); });
            made = written.ok();
            if (!written)
                std::fprintf(stderr, "review package: %s\n", qPrintable(written.error().message));
        }
    }
    if (!made && !reviewtest::writeReviewPackage(package, 2000)) {
        std::fprintf(stderr, "no review package for the tour\n");
        return;
    }

    ui::ReviewWindow review;
    review.resize(1280, 800);
    review.show();
    review.openPackage(package);
    for (int waited = 0; review.state() == ui::ReviewWindow::Loading && waited < 60000; waited += 200)
        settle(200);
    if (review.state() != ui::ReviewWindow::Open) {
        std::fprintf(stderr, "review package refused: %s\n", qPrintable(review.refusalText()));
        tour.save(review.grab(), QStringLiteral("review-refused-1280x800"));
        return;
    }
    // A few marks, as a reviewer half-way through would have them.
    const QJsonArray sections = review.package()->review().value(QStringLiteral("dpia_sections")).toArray();
    const QStringList marks = {QStringLiteral("acceptable"), QStringLiteral("improvable"),
                               QStringLiteral("to_correct")};
    for (int i = 0; i < sections.size() && i < marks.size(); ++i)
        review.dpiaMarks()->setMark(sections.at(i).toObject().value(QStringLiteral("key")).toString(),
                                    marks.at(i), i == 2 ? QStringLiteral("Name the onward sharing risk") : QString());
    const QStringList pages = {QStringLiteral("summary"), QStringLiteral("data"),
                               QStringLiteral("documents"), QStringLiteral("risk"),
                               QStringLiteral("gates")};
    for (int page = 0; page < pages.size(); ++page) {
        review.showPage(ui::ReviewWindow::Page(page));
        settle(800);
        tour.save(review.grab(), QStringLiteral("review-%1-1280x800").arg(pages.at(page)));
    }
    review.showPage(ui::ReviewWindow::SummaryPage);
    shootWindow(tour, QStringLiteral("dialog-review-decision"), [&] { review.requestDecision(false); });
    review.close();

    ui::PackageVerifyWindow verify;
    verify.resize(1280, 800);
    verify.show();
    verify.openPackage(package);
    for (int waited = 0; verify.isRunning() && waited < 60000; waited += 200)
        settle(200);
    settle(500);
    tour.save(verify.grab(), QStringLiteral("verify-report-1280x800"));

    const QString encrypted = work.filePath(QStringLiteral("demo.zip.age"));
    QFile in(package);
    QFile out(encrypted);
    AgeEncryptionTarget target;
    target.passphrase = QStringLiteral("tour");
    target.scryptWorkFactor = 10;
    if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)
        && AgeFile::encrypt(in, out, target)) {
        out.close();
        verify.openPackage(encrypted);
        settle(500);
        tour.save(verify.grab(), QStringLiteral("verify-encrypted-1280x800"));
    }
    verify.close();
}

QString tabSlug(int index)
{
    static const QStringList slugs = {QStringLiteral("data"), QStringLiteral("classification"),
                                      QStringLiteral("masking")};
    return index < slugs.size() ? slugs.at(index) : QStringLiteral("tab%1").arg(index + 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationName(QStringLiteral("steward"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: screenshot-tour PROJECT DATA_FILE OUT_DIR en|zh_CN\n");
        return 1;
    }
    Tour tour{QDir(args.at(3)), args.at(4), args.at(2)};
    if (!tour.out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(args.at(3)));
        return 1;
    }
    QTranslator translator;
    const QLocale locale(tour.language == QLatin1String("en") ? QStringLiteral("en_US")
                                                              : tour.language);
    QLocale::setDefault(locale);
    if (loadStewardTranslation(translator, locale))
        QApplication::installTranslator(&translator);
    // Qt's own texts (standard buttons such as Cancel and Close), as the application loads them.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    settle(500);
    if (!window.openProject(args.at(1)))
        return 2;

    const QList<QSize> sizes = {QSize(1280, 800), QSize(1600, 1000)};
    for (const QSize &size : sizes) {
        window.resize(size);
        for (int tab = 0; tab < window.workspace()->count(); ++tab) {
            window.workspace()->setCurrentIndex(tab);
            settle(tab == 0 ? 1500 : 3000);
            tour.save(window.grab(), QStringLiteral("main-%1-%2x%3")
                                         .arg(tabSlug(tab))
                                         .arg(size.width())
                                         .arg(size.height()));
            // The Masking tab's lower half is tabbed: the risk panel gets its own picture.
            auto *lower = window.findChild<QTabWidget *>(QStringLiteral("maskingBottomTabs"));
            if (tabSlug(tab) == QLatin1String("masking") && lower && lower->count() > 1) {
                lower->setCurrentIndex(1);
                settle(4000);
                tour.save(window.grab(), QStringLiteral("main-masking-risk-%1x%2")
                                             .arg(size.width())
                                             .arg(size.height()));
                lower->setCurrentIndex(0);
            }
        }
    }

    // A release: its Overview once measured (the documents' tabs are their own pictures).
    const QString dataset = window.navigator()->currentDatasetName();
    const QString release = demoRelease(window);
    if (!release.isEmpty()) {
        if (Result<QList<Release>> releases = ReleaseService(*window.project()).list())
            window.navigator()->setReleases(*releases);
        window.navigator()->selectRelease(release);
        for (const QSize &size : sizes) {
            window.resize(size);
            window.releaseView()->tabs()->setCurrentIndex(0);
            settle(1000);
            for (int waited = 0; window.releaseView()->isMeasuring() && waited < 30000; waited += 200)
                settle(200);
            settle(500);
            tour.save(window.grab(), QStringLiteral("main-release-overview-%1x%2")
                                         .arg(size.width())
                                         .arg(size.height()));
            for (int tab = 1; tab < window.releaseView()->tabs()->count(); ++tab) {
                window.releaseView()->tabs()->setCurrentIndex(tab);
                settle(2000);
                tour.save(window.grab(), QStringLiteral("main-release-%1-%2x%3")
                                             .arg(tab == 1   ? QStringLiteral("agreement")
                                                  : tab == 2 ? QStringLiteral("assessment")
                                                             : QStringLiteral("review-export"))
                                             .arg(size.width())
                                             .arg(size.height()));
            }
            window.releaseView()->tabs()->setCurrentIndex(0);
        }
        window.navigator()->selectDataset(dataset);
    }

    window.resize(1280, 800);
    window.workspace()->setCurrentIndex(0);
    settle(500);
    for (const DialogShot &shot : dialogShots())
        shootWindow(tour, QString::fromLatin1(shot.name), [&] { shot.open(window, tour); });

    QTemporaryDir reviewWork;
    reviewTour(tour, window, release, QDir(reviewWork.path()));

    // The start page with the project in its recent list.
    window.closeProject();
    for (const QSize &size : sizes) {
        window.resize(size);
        settle(800);
        tour.save(window.grab(),
                  QStringLiteral("main-start-%1x%2").arg(size.width()).arg(size.height()));
    }
    std::printf("%d images\n", tour.written);
    return tour.written > 0 ? 0 : 3;
}
