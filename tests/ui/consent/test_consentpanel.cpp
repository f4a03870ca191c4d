#include "ui/consent/ConsentAttachRunner.h"
#include "ui/consent/ConsentPanel.h"
#include "ui/datasets/DatasetBrowser.h"
#include "ui/datasets/DatasetWorkspace.h"
#include "tests/ui/UiTestSupport.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::ConsentAttachRunner;
using steward::ui::ConsentPanel;

// The consent line of the dataset workspace: attaching a register runs off the UI thread and the
// line shows its counts; a malformed register is reported with its line and column and changes
// nothing; detaching clears the line; the actions follow the shown dataset.
class TestConsentPanel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionsFollowTheDataset();
    void attachShowsCountsThenDetach();
    void malformedRegisterIsReported();
    void workspaceHoldsThePanel();

private:
    bool attachAndWait(ConsentPanel &panel, const QString &file, const QString &field);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    DatasetInfo m_dataset;
};

void TestConsentPanel::init()
{
    uitest::isolateSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(u"inpatient.csv"_s);
    QVERIFY(uitest::writeFile(file, "mrn,age\nM1,34\nM2,36\nM3,51\n"));
    auto store = ProjectStore::create(m_dir->filePath(u"p.steward"_s));
    QVERIFY(store.ok());
    m_store = std::move(*store);
    ImportOptions options;
    options.datasetName = u"inpatient"_s;
    auto imported = importFile(*m_store, file, options);
    QVERIFY(imported.ok());
    m_dataset = *imported;
}

void TestConsentPanel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool TestConsentPanel::attachAndWait(ConsentPanel &panel, const QString &file, const QString &field)
{
    QSignalSpy finished(panel.runner(), &ConsentAttachRunner::finished);
    if (!panel.attachFile(file, field))
        return false;
    // Running: the actions wait for it.
    if (panel.attachAction()->isEnabled())
        return false;
    return finished.wait(10000);
}

void TestConsentPanel::actionsFollowTheDataset()
{
    ConsentPanel panel;
    QVERIFY(!panel.attachAction()->isEnabled());
    panel.setProject(m_store.get());
    QVERIFY(!panel.attachAction()->isEnabled());
    panel.showDataset(m_dataset);
    QVERIFY(panel.attachAction()->isEnabled());
    QVERIFY(!panel.detachAction()->isEnabled());
    QCOMPARE(panel.summaryText(), u"No consent register"_s);
    panel.showDataset(std::nullopt);
    QVERIFY(!panel.attachAction()->isEnabled());
    QVERIFY(panel.summaryText().isEmpty());
}

void TestConsentPanel::attachShowsCountsThenDetach()
{
    ConsentPanel panel;
    panel.setProject(m_store.get());
    panel.showDataset(m_dataset);
    QSignalSpy changed(&panel, &ConsentPanel::registerChanged);
    QSignalSpy messages(&panel, &ConsentPanel::message);
    const QString file = m_dir->filePath(u"consent.csv"_s);
    QVERIFY(uitest::writeFile(file, "subject,status,scope\nM1,granted,research\nM2,withdrawn,\n"
                                    "M3,refused,\nM4,granted,*\n"));
    QVERIFY(attachAndWait(panel, file, u"mrn"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), u"inpatient"_s);
    QVERIFY(!messages.isEmpty());
    const QString line = panel.summaryText();
    QVERIFY2(line.contains(u"4 persons"_s), qPrintable(line));
    QVERIFY2(line.contains(u"2 granted"_s), qPrintable(line));
    QVERIFY2(line.contains(u"1 withdrawn"_s), qPrintable(line));
    QVERIFY2(line.contains(u"1 refused"_s), qPrintable(line));
    QVERIFY(panel.attachAction()->isEnabled());
    QVERIFY(panel.detachAction()->isEnabled());
    QVERIFY(panel.attachAction()->text().contains(u"Replace"_s));

    panel.detachAction()->trigger();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(panel.summaryText(), u"No consent register"_s);
    QVERIFY(!panel.detachAction()->isEnabled());
}

void TestConsentPanel::malformedRegisterIsReported()
{
    ConsentPanel panel;
    panel.setProject(m_store.get());
    panel.showDataset(m_dataset);
    QSignalSpy changed(&panel, &ConsentPanel::registerChanged);
    QSignalSpy messages(&panel, &ConsentPanel::message);
    const QString file = m_dir->filePath(u"bad.csv"_s);
    QVERIFY(uitest::writeFile(file, "subject,status,scope\nM1,granted,research\nM2,SECRETVALUE,r\n"));
    uitest::MessageBoxCatcher box;
    QVERIFY(attachAndWait(panel, file, u"mrn"_s));
    QVERIFY(box.seen());
    QCOMPARE(box.objectName(), u"consentErrorBox"_s);
    QVERIFY2(box.informativeText().contains(u"line 3, column 2"_s), qPrintable(box.informativeText()));
    QVERIFY(!box.informativeText().contains(u"SECRETVALUE"_s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(messages.count(), 1);
    const QString text = messages.first().first().toString();
    QVERIFY2(text.contains(u"bad.csv, line 3, column 2"_s), qPrintable(text));
    QVERIFY(!text.contains(u"SECRETVALUE"_s));
    QCOMPARE(panel.summaryText(), u"No consent register"_s);
}

void TestConsentPanel::workspaceHoldsThePanel()
{
    auto *browser = new ui::DatasetBrowser;
    ui::DatasetWorkspace workspace(browser);
    ConsentPanel *panel = workspace.consentPanel();
    QVERIFY(panel);
    QCOMPARE(workspace.cornerWidget(Qt::TopRightCorner), panel);
    workspace.setProject(m_store.get());
    workspace.showDataset({m_dataset}, m_dataset);
    QVERIFY(panel->attachAction()->isEnabled());
    QCOMPARE(panel->summaryText(), u"No consent register"_s);
    workspace.showDataset({m_dataset}, std::nullopt);
    QVERIFY(!panel->attachAction()->isEnabled());
    workspace.setProject(nullptr);
}

QTEST_MAIN(TestConsentPanel)
#include "test_consentpanel.moc"
