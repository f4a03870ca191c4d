// ProjectStore::space() and compact(): the free pages a deletion leaves are given back, the rest
// of the project is kept, cancelling leaves the file as it was, and the audit trail records it.

#include "core/import/ImportOptions.h"
#include "core/import/Importer.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TempProject.h"

#include <QFileInfo>
#include <QtTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestProjectCompact final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void compactGivesFreePagesBack();
    void cancelledCompactChangesNothing();

private:
    void importSample(const QString &name, int rows);
    std::unique_ptr<testsupport::TempProject> m_project;
};

void TestProjectCompact::init()
{
    m_project = std::make_unique<testsupport::TempProject>();
}

void TestProjectCompact::cleanup()
{
    m_project.reset();
}

void TestProjectCompact::importSample(const QString &name, int rows)
{
    const QString csv = m_project->filePath(name + u".csv"_s);
    SampleOptions sample;
    sample.rows = rows;
    QVERIFY(writeSample(csv, sample));
    ImportOptions options;
    options.datasetName = name;
    QVERIFY(importFile(m_project->store(), csv, options));
}

void TestProjectCompact::compactGivesFreePagesBack()
{
    importSample(u"big"_s, 10000);
    importSample(u"small"_s, 20);
    ProjectStore &store = m_project->store();
    QVERIFY(store.deleteDataset(u"big"_s));
    const Result<ProjectFileSpace> before = store.space();
    QVERIFY(before);
    QVERIFY2(before->freeBytes > before->fileBytes / 2,
             qPrintable(u"%1 of %2"_s.arg(before->freeBytes).arg(before->fileBytes)));
    QCOMPARE(QFileInfo(store.path()).size(), before->fileBytes);

    QVERIFY(store.compact());
    const Result<ProjectFileSpace> after = store.space();
    QVERIFY(after);
    QCOMPARE(after->freeBytes, 0);
    QVERIFY(after->fileBytes < before->fileBytes - before->freeBytes / 2);
    QCOMPARE(QFileInfo(store.path()).size(), after->fileBytes);

    const Result<DatasetInfo> small = store.dataset(u"small"_s);
    QVERIFY(small);
    QCOMPARE(small->rowCount, 20);
    QCOMPARE(m_project->auditActions().last(), u"project.compact"_s);
    const auto verified = store.verifyAudit();
    QVERIFY(verified);
}

void TestProjectCompact::cancelledCompactChangesNothing()
{
    // Enough left for VACUUM to run long enough to look at the token.
    importSample(u"kept"_s, 10000);
    importSample(u"gone"_s, 5000);
    ProjectStore &store = m_project->store();
    QVERIFY(store.deleteDataset(u"gone"_s));
    const Result<ProjectFileSpace> before = store.space();
    QVERIFY(before);
    const qsizetype entries = m_project->auditActions().size();

    // Cancelled from the progress callback, as a Cancel button would while it runs.
    CancellationToken cancel;
    int beats = 0;
    const Status compacted = store.compact(
        [&](const Progress &) {
            ++beats;
            cancel.cancel();
        },
        &cancel);
    QVERIFY(beats > 0);
    QVERIFY(!compacted);
    QCOMPARE(compacted.error().code, ErrorCode::Cancelled);
    const Result<ProjectFileSpace> after = store.space();
    QVERIFY(after);
    QCOMPARE(after->fileBytes, before->fileBytes);
    QCOMPARE(after->freeBytes, before->freeBytes);
    QCOMPARE(m_project->auditActions().size(), entries);
    QCOMPARE(store.dataset(u"kept"_s)->rowCount, 10000);
}

QTEST_GUILESS_MAIN(TestProjectCompact)
#include "test_projectcompact.moc"
