#include "ui/classification/ClassificationView.h"
#include "ui/datasets/DatasetWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/ProjectNavigator.h"
#include "tests/ui/UiTestSupport.h"
#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/mask/MaskRuleStore.h"
#include "core/sample/SampleGenerator.h"
#include "ui/masking/MaskRuleEditor.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/masking/MaskRuleSetActions.h"
#include "ui/masking/MaskingView.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::MaskingView;

// The Masking tab as a new user meets it: the "not classified yet" notice says what the stored
// classification says at every moment (shown before the dataset is classified, gone once it is,
// also after switching tabs, applying suggestions and reopening), and at 1280×800 — a common
// hospital laptop — and 1600×1000, in English and Chinese, the layout leaves eight rules in
// view, the editor with its Apply button whole, three columns in each preview half and a
// toolbar without an overflow menu. Drop-down buttons draw their arrow beside the text.
class TestMaskingLayout final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noticeFollowsClassification();
    void noticeClearedBySwitchingTabs();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void previewMaskedOnlyIsRemembered();
    void dropDownArrowsBesideText();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    DatasetInfo importSample(ProjectStore &store, const QString &name, qint64 rows);
    void openWindow(const QSize &size);
    MaskingView *showMasking();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMaskingLayout::initTestCase()
{
    uitest::isolateSettings();
}

void TestMaskingLayout::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMaskingLayout::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

DatasetInfo TestMaskingLayout::importSample(ProjectStore &store, const QString &name, qint64 rows)
{
    SampleOptions sample;
    sample.rows = rows;
    sample.seed = 7;
    if (!writeSample(path(name + u".csv"_s), sample))
        return {};
    ImportOptions options;
    options.datasetName = name;
    Result<DatasetInfo> imported = importFile(store, path(name + u".csv"_s), options);
    return imported ? *imported : DatasetInfo{};
}

void TestMaskingLayout::openWindow(const QSize &size)
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path(u"p.steward"_s)));
}

MaskingView *TestMaskingLayout::showMasking()
{
    ui::DatasetWorkspace *workspace = m_window->workspace();
    MaskingView *masking = workspace->maskingView();
    if (!QTest::qWaitFor([&] { return workspace->indexOf(masking) >= 0; }))
        return nullptr;
    workspace->setCurrentWidget(masking);
    return masking;
}

void TestMaskingLayout::noticeFollowsClassification()
{
    DatasetInfo dataset;
    {
        auto store = ProjectStore::create(path(u"p.steward"_s));
        QVERIFY(store);
        dataset = importSample(**store, u"inpatients"_s, 300);
        QVERIFY(dataset.id != 0);
    }
    auto store = ProjectStore::open(path(u"p.steward"_s));
    QVERIFY(store);
    MaskingView view;
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setProject(store->get());
    view.showDataset(dataset);
    // Never classified: said, and the suggestions are refused rather than "keep" everything.
    QVERIFY(view.classificationNoticeText().contains(u"not been classified"_s));
    QVERIFY(!view.applySuggested(false));
    QVERIFY(MaskRuleStore(**store).load(dataset)->isEmpty());

    // Classified meanwhile (the Classification tab, the command line): the next reload says so.
    QVERIFY(ClassificationService(**store).analyzeNow(dataset.name));
    view.refresh();
    QCOMPARE(view.classificationNoticeText(), QString());
    // Applying the suggestions keeps it gone, and so does showing the dataset again.
    QVERIFY(view.applySuggested(false));
    QCOMPARE(view.classificationNoticeText(), QString());
    view.clearDataset();
    view.showDataset(dataset);
    QCOMPARE(view.classificationNoticeText(), QString());
    QVERIFY(!view.findChild<QWidget *>(u"maskingClassificationNotice"_s)->isVisible());

    // A fresh view on the reopened project (what the user saw stale) says nothing either.
    view.setProject(nullptr);
    store->reset();
    auto reopened = ProjectStore::open(path(u"p.steward"_s));
    QVERIFY(reopened);
    MaskingView again;
    again.setProject(reopened->get());
    again.showDataset(dataset);
    QCOMPARE(again.classificationNoticeText(), QString());
    again.setProject(nullptr);
}

void TestMaskingLayout::noticeClearedBySwitchingTabs()
{
    {
        auto store = ProjectStore::create(path(u"p.steward"_s));
        QVERIFY(store);
        QVERIFY(importSample(**store, u"inpatients"_s, 300).id != 0);
    }
    openWindow({1280, 800});
    MaskingView *masking = showMasking();
    QVERIFY(masking);
    QTRY_VERIFY(!masking->classificationNoticeText().isEmpty());
    auto *notice = masking->findChild<QWidget *>(u"maskingClassificationNotice"_s);
    QVERIFY(notice->isVisible());

    // The Classification tab profiles the dataset when shown; back in the Masking tab the
    // roles are there and the notice is gone.
    ui::DatasetWorkspace *workspace = m_window->workspace();
    QVERIFY(workspace->showClassification());
    auto *classification = workspace->findChild<ui::ClassificationView *>();
    QVERIFY(classification);
    QTRY_VERIFY_WITH_TIMEOUT(classification->classification().analyzed
                                 && !classification->isProfiling(),
                             20000);
    workspace->setCurrentWidget(masking);
    QCOMPARE(masking->classificationNoticeText(), QString());
    QVERIFY(!notice->isVisible());
    QVERIFY(masking->ruleModel()->unratedFields().isEmpty());
    QVERIFY(masking->suggestAllAction()->isEnabled());
    masking->suggestAllAction()->trigger();
    QCOMPARE(masking->classificationNoticeText(), QString());
}

void TestMaskingLayout::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::newRow("1280x800 en") << QSize(1280, 800) << QString();
    QTest::newRow("1280x800 zh_CN") << QSize(1280, 800) << u"zh_CN"_s;
    QTest::newRow("1600x1000 en") << QSize(1600, 1000) << QString();
    QTest::newRow("1600x1000 zh_CN") << QSize(1600, 1000) << u"zh_CN"_s;
}

void TestMaskingLayout::fitsTheScreen()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QTranslator translator;
    const QLocale defaultLocale;
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        QVERIFY(translator.load(QLocale(), u"steward"_s, u"_"_s, u":/i18n"_s));
        QApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([&] {
        QApplication::removeTranslator(&translator);
        QLocale::setDefault(defaultLocale);
    });
    {
        auto store = ProjectStore::create(path(u"p.steward"_s));
        QVERIFY(store);
        QVERIFY(importSample(**store, u"inpatients"_s, 500).id != 0);
        QVERIFY(ClassificationService(**store).analyzeNow(u"inpatients"_s));
    }
    openWindow(size);
    MaskingView *masking = showMasking();
    QVERIFY(masking);
    QVERIFY(masking->applySuggested(false));
    QVERIFY(masking->selectField(masking->ruleModel()->field(0)->name));
    QVERIFY(masking->ruleModel()->rowCount() >= 8);
    QTest::qWait(100); // the default splitter sizes are set once the tab is laid out

    // At least eight rules in view.
    QTableView *rules = masking->rulesTable();
    const int rowHeight = rules->rowHeight(0);
    QVERIFY(rowHeight > 0);
    QVERIFY2(rules->viewport()->height() >= 8 * rowHeight,
             qPrintable(u"%1 px for rows of %2 px"_s.arg(rules->viewport()->height()).arg(rowHeight)));
    QVERIFY(rules->visibleRegion().boundingRect().height() >= 8 * rowHeight);

    // The editor and its Apply button whole, inside the window.
    QPushButton *apply = masking->editor()->applyButton();
    QVERIFY(apply->isVisible());
    QCOMPARE(apply->visibleRegion().boundingRect(), apply->rect());
    const QRect inWindow(apply->mapTo(m_window.get(), QPoint(0, 0)), apply->size());
    QVERIFY(m_window->rect().contains(inWindow));
    QCOMPARE(masking->editor()->visibleRegion().boundingRect().height(),
             masking->editor()->height());

    // No "»": every toolbar action has its button shown.
    QToolBar *toolBar = masking->toolBar();
    auto *extension = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QVERIFY(!extension || !extension->isVisible());
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *widget = toolBar->widgetForAction(action);
        QVERIFY2(widget && widget->isVisible(), qPrintable(action->text()));
        QVERIFY(toolBar->rect().contains(widget->geometry()));
    }

    // Each preview half shows at least three whole columns.
    masking->showPreview();
    for (QTableView *view : {masking->originalView(), masking->maskedView()}) {
        QVERIFY(view->isVisible());
        int whole = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            if (view->isColumnHidden(c))
                continue;
            const int x = view->columnViewportPosition(c);
            if (x >= 0 && x + view->columnWidth(c) <= view->viewport()->width())
                ++whole;
        }
        QVERIFY2(whole >= 3, qPrintable(u"%1: %2 columns"_s.arg(view->objectName()).arg(whole)));
    }

    // The risk panel has its own tab, as wide as the preview.
    masking->showSidePanel();
    QVERIFY(masking->bottomTabs()->currentWidget()->isVisible());
    QVERIFY(!masking->originalView()->isVisible());
}

void TestMaskingLayout::previewMaskedOnlyIsRemembered()
{
    {
        auto store = ProjectStore::create(path(u"p.steward"_s));
        QVERIFY(store);
        QVERIFY(importSample(**store, u"inpatients"_s, 200).id != 0);
        QVERIFY(ClassificationService(**store).analyzeNow(u"inpatients"_s));
    }
    openWindow({1280, 800});
    MaskingView *masking = showMasking();
    QVERIFY(masking);
    QVERIFY(!masking->isPreviewMaskedOnly());
    QVERIFY(masking->originalView()->isVisible());
    const int sideBySide = masking->maskedView()->width();
    auto *button = masking->findChild<QToolButton *>(u"maskPreviewMaskedOnlyButton"_s);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(masking->isPreviewMaskedOnly());
    QTRY_VERIFY(!masking->originalView()->isVisible());
    QTRY_VERIFY(masking->maskedView()->width() > sideBySide * 3 / 2);
    // The rows still scroll (the original half carried no scroll bar of its own).
    QVERIFY(masking->maskedView()->verticalScrollBar()->isVisible());

    // Splitter moved by the user: remembered with the preview mode for the next window.
    auto *splitter = masking->findChild<QSplitter *>(u"maskingSplitter"_s);
    QVERIFY(splitter);
    const QList<int> sizes = splitter->sizes();
    splitter->setSizes({sizes.at(0) + 40, sizes.at(1) - 40});
    emit splitter->splitterMoved(sizes.at(0) + 40, 1);
    const QList<int> moved = splitter->sizes();
    m_window.reset();
    openWindow({1280, 800});
    masking = showMasking();
    QVERIFY(masking);
    QVERIFY(masking->isPreviewMaskedOnly());
    QTRY_VERIFY(masking->maskedView()->isVisible());
    QVERIFY(!masking->originalView()->isVisible());
    splitter = masking->findChild<QSplitter *>(u"maskingSplitter"_s);
    QTest::qWait(50);
    QCOMPARE(splitter->sizes(), moved);

    // Back to side by side.
    QTest::mouseClick(masking->findChild<QToolButton *>(u"maskPreviewSideBySideButton"_s),
                      Qt::LeftButton);
    QVERIFY(!masking->isPreviewMaskedOnly());
    QTRY_VERIFY(masking->originalView()->isVisible());
}

void TestMaskingLayout::dropDownArrowsBesideText()
{
    {
        auto store = ProjectStore::create(path(u"p.steward"_s));
        QVERIFY(store);
        QVERIFY(importSample(**store, u"inpatients"_s, 100).id != 0);
        QVERIFY(ClassificationService(**store).analyzeNow(u"inpatients"_s));
    }
    openWindow({1280, 800});
    MaskingView *masking = showMasking();
    QVERIFY(masking);
    QToolBar *toolBar = masking->toolBar();
    auto *preset = qobject_cast<QToolButton *>(
        toolBar->widgetForAction(masking->ruleSetActions()->presetAction()));
    auto *templates = toolBar->findChild<QToolButton *>(u"maskTemplateButton"_s);
    auto *suggest =
        qobject_cast<QToolButton *>(toolBar->widgetForAction(masking->suggestAllAction()));
    auto *classificationTemplates =
        m_window->findChild<QToolButton *>(u"templateButton"_s);
    for (QToolButton *button : {preset, templates, suggest, classificationTemplates}) {
        QVERIFY(button);
        // The arrow has its own part of the button, beside the text, on the text's line.
        QCOMPARE(button->popupMode(), QToolButton::MenuButtonPopup);
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        QVERIFY(button->menu() || button->defaultAction()->menu());
    }
    QCOMPARE(templates->menu()->actions(),
             (QList<QAction *>{masking->ruleSetActions()->applyTemplateAction(),
                               masking->ruleSetActions()->saveTemplateAction()}));
    QCOMPARE(suggest->menu()->actions(),
             (QList<QAction *>{masking->suggestAllAction(), masking->suggestSelectedAction()}));

    // A click on the text of a menu-only button opens its menu.
    for (QToolButton *button : {preset, templates}) {
        bool shown = false;
        QTimer::singleShot(0, button, [&shown, button] {
            QMenu *menu = button->menu() ? button->menu() : button->defaultAction()->menu();
            shown = menu->isVisible();
            menu->close();
        });
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
        QTRY_VERIFY(shown);
    }
    // The suggestion button's text applies the suggested rules at once.
    QSignalSpy changed(masking, &MaskingView::rulesChanged);
    QTest::mouseClick(suggest, Qt::LeftButton, Qt::NoModifier, QPoint(8, suggest->height() / 2));
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestMaskingLayout)
#include "test_maskinglayout.moc"
