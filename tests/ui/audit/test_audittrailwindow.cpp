#include "core/audit/AuditLog.h"
#include "core/import/Importer.h"
#include "core/release/ReleaseService.h"
#include "core/store/AuditTrail.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditFilterModel.h"
#include "ui/audit/AuditTrailModel.h"
#include "ui/audit/AuditTrailWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using steward::ui::AuditTrailModel;
using steward::ui::AuditTrailWindow;
using steward::ui::MainWindow;

// The audit trail window driven from the main window: opened with its shortcut, filtered with
// its combo boxes and search field, showing a tampered chain, following new entries and the
// project, exporting what it shows.
class TestAuditTrailWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutOpensTheTrail();
    void filtersByActionTargetUserAndText();
    void filtersByRelease();
    void brokenChainIsShownAndSelected();
    void newEntriesAppearWhileOpen();
    void exportWritesTheShownEntries();
    void closingTheProjectEmptiesTheView();

private:
    // A project with two datasets, entries by a second user, closed again.
    QString makeProject();
    AuditTrailWindow *openTrail(MainWindow &window);
    static QString text(AuditTrailWindow *w, const char *name);
    static QStringList column(AuditTrailWindow *w, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditTrailWindow::initTestCase()
{
    uitest::isolateSettings();
}

void TestAuditTrailWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAuditTrailWindow::cleanup()
{
    m_dir.reset();
}

QString TestAuditTrailWindow::makeProject()
{
    const QString project = m_dir->filePath(QStringLiteral("audit.steward"));
    auto store = ProjectStore::create(project, QStringLiteral("Audit"));
    if (!store)
        qFatal("create: %s", qPrintable(store.error().toString()));
    for (const QString &name : {QStringLiteral("inpatient"), QStringLiteral("outpatient")}) {
        const QString csv = m_dir->filePath(name + QStringLiteral(".csv"));
        if (!uitest::writeFile(csv, uitest::patientCsv(12).toUtf8()))
            qFatal("cannot write %s", qPrintable(csv));
        ImportOptions options;
        options.datasetName = name;
        if (auto info = importFile(**store, csv, options); !info)
            qFatal("import: %s", qPrintable(info.error().toString()));
    }
    AuditTrail trail(StoreAccess::db(**store));
    if (!trail.append(QStringLiteral("dataset.rename"), QStringLiteral("outpatient"),
                      QStringLiteral("{\"from\":\"clinic\"}"), QStringLiteral("王医生"),
                      AuditTrail::now()))
        qFatal("append failed");
    return project;
}

AuditTrailWindow *TestAuditTrailWindow::openTrail(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("auditTrailAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AuditTrailWindow *trail = nullptr;
    if (!QTest::qWaitFor([&] {
            trail = window.findChild<AuditTrailWindow *>(QStringLiteral("auditTrailWindow"));
            return trail && trail->isVisible();
        }))
        return nullptr;
    uitest::attachModelTesters(trail);
    return trail;
}

QString TestAuditTrailWindow::text(AuditTrailWindow *w, const char *name)
{
    auto *label = w->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

QStringList TestAuditTrailWindow::column(AuditTrailWindow *w, int column)
{
    QStringList values;
    const QAbstractItemModel *model = w->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void TestAuditTrailWindow::shortcutOpensTheTrail()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("auditTrailAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing to show without a project
    QVERIFY(window.openProject(makeProject()));
    AuditTrailWindow *trail = openTrail(window);
    QVERIFY(trail);

    // project.create, two imports, the rename; newest first.
    QCOMPARE(trail->table()->model()->rowCount(), 4);
    QCOMPARE(column(trail, AuditTrailModel::ActionIdColumn),
             (QStringList{QStringLiteral("dataset.rename"), QStringLiteral("dataset.import"),
                          QStringLiteral("dataset.import"), QStringLiteral("project.create")}));
    QCOMPARE(column(trail, AuditTrailModel::ActionColumn).at(1), QStringLiteral("Dataset imported"));
    QCOMPARE(column(trail, AuditTrailModel::UserColumn).at(0), QStringLiteral("王医生"));
    const AuditEntry &first = trail->model()->entries().first();
    QCOMPARE(column(trail, AuditTrailModel::TimeColumn).at(3),
             AuditTrailModel::timeText(first.at));
    QVERIFY(!AuditTrailModel::timeText(first.at).contains(QLatin1Char('T'))); // not the ISO text
    QVERIFY2(text(trail, "auditVerificationText").contains(QStringLiteral("intact")),
             qPrintable(text(trail, "auditVerificationText")));
    QCOMPARE(text(trail, "auditCount"), QStringLiteral("4 entries"));

    // Selecting an entry shows its details, readably.
    QTableView *table = trail->table();
    const QRect second = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
    auto *detail = trail->findChild<QPlainTextEdit *>(QStringLiteral("auditDetail"));
    QVERIFY(detail);
    const QString shown = detail->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Dataset imported (dataset.import)")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Target: outpatient")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("{\"")), qPrintable(shown)); // not raw JSON
    QVERIFY(shown.contains(trail->model()->entries().at(2).hash));
}

void TestAuditTrailWindow::filtersByActionTargetUserAndText()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(makeProject()));
    AuditTrailWindow *trail = openTrail(window);
    QVERIFY(trail);
    auto *actions = trail->findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
    auto *targets = trail->findChild<QComboBox *>(QStringLiteral("auditTargetFilter"));
    auto *users = trail->findChild<QComboBox *>(QStringLiteral("auditUserFilter"));
    auto *search = trail->findChild<QLineEdit *>(QStringLiteral("auditSearch"));
    auto *showAll = trail->findChild<QPushButton *>(QStringLiteral("auditClearFilters"));
    QVERIFY(actions && targets && users && search && showAll);
    QVERIFY(!showAll->isEnabled());
    const QAbstractItemModel *shown = trail->table()->model();

    // Action: the readable name is offered, the id is what is compared.
    const int imported = actions->findText(QStringLiteral("Dataset imported"));
    QVERIFY(imported > 0);
    actions->setFocus();
    actions->setCurrentIndex(imported);
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(text(trail, "auditCount"), QStringLiteral("2 of 4 entries shown"));
    QVERIFY(showAll->isEnabled());

    // Target on top of it.
    targets->setCurrentIndex(targets->findText(QStringLiteral("outpatient")));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(column(trail, AuditTrailModel::TargetColumn), QStringList{QStringLiteral("outpatient")});

    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 4);
    QCOMPARE(actions->currentIndex(), 0);

    users->setCurrentIndex(users->findText(QStringLiteral("王医生")));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(column(trail, AuditTrailModel::ActionIdColumn),
             QStringList{QStringLiteral("dataset.rename")});
    users->setCurrentIndex(0);

    // Ctrl+F goes to the search field, which looks into the details too.
    QTRY_VERIFY((trail->activateWindow(), QApplication::activeWindow() == trail));
    QTest::keyClick(trail, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("clinic"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(column(trail, AuditTrailModel::ActionIdColumn),
             QStringList{QStringLiteral("dataset.rename")});
    search->clear();
    QCOMPARE(shown->rowCount(), 4);
}

void TestAuditTrailWindow::filtersByRelease()
{
    const QString project = makeProject();
    {
        auto store = ProjectStore::open(project);
        QVERIFY(store);
        for (const QString &name : {QStringLiteral("Study A"), QStringLiteral("Study B")}) {
            Release release;
            release.name = name;
            release.datasets = {QStringLiteral("inpatient")};
            QVERIFY(ReleaseService(**store).create(release));
        }
        Release changed = *ReleaseService(**store).load(QStringLiteral("Study A"));
        changed.purpose = QStringLiteral("Readmissions");
        QVERIFY(ReleaseService(**store).update(QStringLiteral("Study A"), changed, {}));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(project));
    AuditTrailWindow *trail = openTrail(window);
    QVERIFY(trail);
    auto *releases = trail->findChild<QComboBox *>(QStringLiteral("auditReleaseFilter"));
    auto *datasets = trail->findChild<QComboBox *>(QStringLiteral("auditTargetFilter"));
    QVERIFY(releases && datasets);
    const QAbstractItemModel *shown = trail->table()->model();
    QCOMPARE(shown->rowCount(), 7);

    // Releases are offered in their own box, not among the datasets.
    QVERIFY(releases->findText(QStringLiteral("Study A")) > 0);
    QVERIFY(releases->findText(QStringLiteral("inpatient")) < 0);
    QVERIFY(datasets->findText(QStringLiteral("Study A")) < 0);
    QVERIFY(datasets->findText(QStringLiteral("inpatient")) > 0);

    releases->setCurrentIndex(releases->findText(QStringLiteral("Study A")));
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(column(trail, AuditTrailModel::ActionIdColumn),
             (QStringList{QStringLiteral("release.update"), QStringLiteral("release.create")}));
    QCOMPARE(text(trail, "auditCount"), QStringLiteral("2 of 7 entries shown"));

    // With the action on top of it: narrower still.
    auto *actions = trail->findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
    actions->setCurrentIndex(actions->findText(QStringLiteral("Release created")));
    QCOMPARE(shown->rowCount(), 1);

    auto *showAll = trail->findChild<QPushButton *>(QStringLiteral("auditClearFilters"));
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(releases->currentIndex(), 0);
    QCOMPARE(shown->rowCount(), 7);
    // The chain's check stays in view over the filters.
    QVERIFY(text(trail, "auditVerificationText").contains(QStringLiteral("intact")));
}

void TestAuditTrailWindow::brokenChainIsShownAndSelected()
{
    const QString project = makeProject();
    {
        auto db = sql::Database::open(project, sql::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("UPDATE audit SET user = 'mallory' WHERE id = 2").ok());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(project));
    AuditTrailWindow *trail = openTrail(window);
    QVERIFY(trail);

    QVERIFY(!trail->verification().ok);
    QCOMPARE(trail->verification().firstBrokenId, 2);
    const QString said = text(trail, "auditVerificationText");
    QVERIFY2(said.contains(QStringLiteral("broken at entry 2")), qPrintable(said));
    QCOMPARE(trail->selectedId(), 2); // the broken entry is selected
    // The trail is still listed whole, the altered value as stored.
    QCOMPARE(trail->table()->model()->rowCount(), 4);
    QVERIFY(column(trail, AuditTrailModel::UserColumn).contains(QStringLiteral("mallory")));
    QVERIFY(!trail->model()
                 ->index(trail->model()->rowOfId(2), AuditTrailModel::IdColumn)
                 .data(Qt::DecorationRole)
                 .isNull());

    // Hidden by a filter, the broken entry is one click away.
    auto *users = trail->findChild<QComboBox *>(QStringLiteral("auditUserFilter"));
    users->setCurrentIndex(users->findText(QStringLiteral("王医生")));
    QCOMPARE(trail->table()->model()->rowCount(), 1);
    auto *show = trail->findChild<QPushButton *>(QStringLiteral("auditShowBrokenButton"));
    QVERIFY(show && show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(trail->table()->model()->rowCount(), 4);
    QCOMPARE(trail->selectedId(), 2);
}

void TestAuditTrailWindow::newEntriesAppearWhileOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(makeProject()));
    AuditTrailWindow *trail = openTrail(window);
    QVERIFY(trail);
    QCOMPARE(trail->table()->model()->rowCount(), 4);

    QVERIFY(window.project()->renameDataset(QStringLiteral("inpatient"), QStringLiteral("wards")));
    QTRY_COMPARE(trail->table()->model()->rowCount(), 5);
    QCOMPARE(column(trail, AuditTrailModel::TargetColumn).first(), QStringLiteral("wards"));
    auto *targets = trail->findChild<QComboBox *>(QStringLiteral("auditTargetFilter"));
    QVERIFY(targets->findText(QStringLiteral("wards")) > 0);
}

void TestAuditTrailWindow::exportWritesTheShownEntries()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(makeProject()));
    AuditTrailWindow *trail = openTrail(window);
    QVERIFY(trail);
    auto *actions = trail->findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
    actions->setCurrentIndex(actions->findText(QStringLiteral("Dataset imported")));
    QCOMPARE(trail->table()->model()->rowCount(), 2);

    auto *exportButton = trail->findChild<QPushButton *>(QStringLiteral("auditExportButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = trail->findChild<QFileDialog *>(QStringLiteral("auditExportDialog")))
                && dialog->isVisible());
    const QString out = m_dir->filePath(QStringLiteral("imports.csv"));
    dialog->selectFile(out);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    QTRY_VERIFY(QFile::exists(out));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).trimmed(), QByteArray("id,at,user,action,target,detail,hash"));
    QVERIFY(lines.at(1).startsWith("2,"));   // oldest first, whatever the table's order
    QVERIFY(lines.at(2).startsWith("3,"));
    QVERIFY(lines.at(1).contains(",dataset.import,inpatient,"));
    // The same bytes the CLI writes for these entries.
    const QList<AuditEntry> all = trail->model()->entries();
    QCOMPARE(bytes, AuditLog::toCsv({all.at(1), all.at(2)}));
    QVERIFY2(text(trail, "auditExportStatus").contains(QStringLiteral("Exported 2 entries")),
             qPrintable(text(trail, "auditExportStatus")));
}

void TestAuditTrailWindow::closingTheProjectEmptiesTheView()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(makeProject()));
    AuditTrailWindow *trail = openTrail(window);
    QVERIFY(trail);
    QVERIFY(window.closeProject());
    QTRY_COMPARE(trail->table()->model()->rowCount(), 0);
    QCOMPARE(text(trail, "auditVerificationText"), QStringLiteral("No project is open."));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("auditTrailAction"))->isEnabled());
    auto *exportButton = trail->findChild<QPushButton *>(QStringLiteral("auditExportButton"));
    QVERIFY(!exportButton->isEnabled());
}

QTEST_MAIN(TestAuditTrailWindow)
#include "test_audittrailwindow.moc"
