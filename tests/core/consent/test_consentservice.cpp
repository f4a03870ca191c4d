// Tests of attaching, replacing, showing and detaching a dataset's consent register (one
// transaction each, audited with counts and never a subject key; a malformed register changes
// nothing), the choice of the subject field, and the consent filter's counts by reason for a
// release's purpose.
#include "core/classify/ClassificationService.h"
#include "core/consent/ConsentFilter.h"
#include "core/consent/ConsentService.h"
#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include <QTest>

using namespace steward;

namespace {

// Six records of five patients (mrn M5 twice, M6 has no register row).
const QByteArray kDataset = "mrn,age,sex\n"
                            "m1,34,M\n"
                            "M2,36,F\n"
                            "M3,51,F\n"
                            "M4,55,M\n"
                            "M5,59,M\n"
                            "M5,60,M\n"
                            "M6,61,F\n";

// m1 granted for research; M2 granted for teaching only; M3 withdrew (its earlier grant is older,
// and an even older refusal listed after it does not count); M4 refused; M5 granted for any
// purpose; X9 is in no dataset.
const QByteArray kRegister = "subject,status,scope,date\n"
                             "M1,granted,research;teaching,2024-01-01\n"
                             "M2,granted,teaching,2024-01-01\n"
                             "M3,granted,research,2024-01-01\n"
                             "M3,withdrawn,,2024-02-01\n"
                             "M3,refused,,2023-12-01\n"
                             "M4,refused,,2024-01-01\n"
                             "M5,同意,*,2024-01-01\n"
                             "X9,granted,research,2024-01-01\n";

QList<AuditEntry> entriesOf(ProjectStore &store, const QString &action)
{
    QList<AuditEntry> found;
    const auto entries = store.auditEntries();
    if (!entries)
        qFatal("audit: %s", qPrintable(entries.error().toString()));
    for (const AuditEntry &e : *entries) {
        if (e.action == action)
            found.append(e);
    }
    return found;
}

} // namespace

class TestConsentService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_dataset;

    QString registerFile(const QByteArray &content, const QString &name = QStringLiteral("consent.csv"))
    {
        return testsupport::writeFixture(m_project->dir(), name, content);
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_dataset = coretest::importCsv(m_project->store(), m_project->dir(),
                                        QStringLiteral("inpatient"), kDataset);
    }
    void cleanup() { m_project.reset(); }

    void attachCountsLatestDecisionPerSubject()
    {
        ConsentService service(m_project->store());
        QList<Progress> progress;
        const auto info = service.attach(QStringLiteral("inpatient"), registerFile(kRegister),
                                         QStringLiteral("mrn"),
                                         [&progress](const Progress &p) { progress.append(p); });
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->dataset, QStringLiteral("inpatient"));
        QCOMPARE(info->subjectField, QStringLiteral("mrn"));
        QCOMPARE(info->sourceFile, QStringLiteral("consent.csv"));
        QCOMPARE(info->sha256.size(), 64);
        QCOMPARE(info->subjects, 6);
        QCOMPARE(info->granted, 4);
        QCOMPARE(info->withdrawn, 1);
        QCOMPARE(info->refused, 1);
        QVERIFY(!progress.isEmpty());

        const auto shown = service.show(QStringLiteral("inpatient"));
        QVERIFY(shown && *shown);
        QCOMPARE((*shown)->granted, 4);
        QCOMPARE((*shown)->sha256, info->sha256);
        QCOMPARE((*shown)->attachedAt.isValid(), true);
        const QJsonObject json = (*shown)->toJson();
        for (const char *key : {"dataset", "subject_field", "file", "sha256", "attached_at",
                                "subjects", "granted", "withdrawn", "refused"})
            QVERIFY2(json.contains(QLatin1String(key)), key);

        const auto attached = entriesOf(m_project->store(), QStringLiteral("consent.attach"));
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached.first().target, QStringLiteral("inpatient"));
        QVERIFY(attached.first().detail.contains(QStringLiteral("\"granted\":4")));
        for (const char *key : {"M1", "M2", "M3", "X9", "m1"})
            QVERIFY2(!attached.first().detail.contains(QLatin1String(key)), key);
    }

    void filterCountsByReason()
    {
        ConsentService service(m_project->store());
        QVERIFY(service.attach(QStringLiteral("inpatient"), registerFile(kRegister),
                               QStringLiteral("mrn")));
        auto filter = ConsentFilter::load(m_project->store(), m_dataset.id, QStringLiteral(" Research "));
        QVERIFY(filter && *filter);
        QCOMPARE((*filter)->subjectField(), QStringLiteral("mrn"));
        QStringList kept;
        const QStringList values = QString::fromLatin1("m1,M2,M3,M4,M5,M5,M6,").split(QLatin1Char(','));
        for (const QString &mrn : values) {
            if ((*filter)->keep(mrn))
                kept << mrn;
        }
        QCOMPARE(kept, QString::fromLatin1("m1,M5,M5").split(QLatin1Char(',')));
        const ConsentExclusion &c = (*filter)->counts();
        QCOMPARE(c.dataset, QStringLiteral("inpatient"));
        QVERIFY(c.registerAttached);
        QCOMPARE(c.recordsKept, 3);
        QCOMPARE(c.excludedOutOfScope, 1);  // M2: teaching only
        QCOMPARE(c.excludedWithdrawn, 1);   // M3
        QCOMPARE(c.excludedRefused, 1);     // M4
        QCOMPARE(c.excludedNoRecord, 2);    // M6 and the empty value
        QCOMPARE(c.excludedTotal(), 5);
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("kept")).toInteger(), 3);
        QCOMPARE(json.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("total")).toInteger(), 5);
        QCOMPARE(json.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("out_of_scope")).toInteger(), 1);
    }

    void purposeScope()
    {
        ConsentService service(m_project->store());
        QVERIFY(service.attach(QStringLiteral("inpatient"), registerFile(kRegister),
                               QStringLiteral("mrn")));
        // Teaching: M1, M2 and M5 (any purpose) may leave.
        auto teaching = ConsentFilter::load(m_project->store(), m_dataset.id, QStringLiteral("teaching"));
        QVERIFY(teaching && *teaching);
        QVERIFY((*teaching)->keep(QStringLiteral("M1")));
        QVERIFY((*teaching)->keep(QStringLiteral("M2")));
        QVERIFY((*teaching)->keep(QStringLiteral("M5")));
        QVERIFY(!(*teaching)->keep(QStringLiteral("M3")));
        // An empty purpose keeps nobody: every grant is out of its scope.
        auto none = ConsentFilter::load(m_project->store(), m_dataset.id, QString());
        QVERIFY(none && *none);
        QVERIFY(!(*none)->keep(QStringLiteral("M5")));
        QVERIFY(!(*none)->keep(QStringLiteral("M1")));
        QCOMPARE((*none)->counts().excludedOutOfScope, 2);
    }

    void noRegisterNoFilter()
    {
        auto filter = ConsentFilter::load(m_project->store(), m_dataset.id, QStringLiteral("research"));
        QVERIFY(filter);
        QVERIFY(!*filter);
        ConsentService service(m_project->store());
        const auto shown = service.show(QStringLiteral("inpatient"));
        QVERIFY(shown);
        QVERIFY(!*shown);
        QVERIFY(!service.show(QStringLiteral("nosuch")));
    }

    void malformedRegisterChangesNothing()
    {
        ConsentService service(m_project->store());
        const auto first = service.attach(QStringLiteral("inpatient"), registerFile(kRegister),
                                          QStringLiteral("mrn"));
        QVERIFY(first);
        const QString bad = registerFile("subject,status,scope\nM1,refused,\nM2,maybe,r\n",
                                         QStringLiteral("bad.csv"));
        const auto failed = service.attach(QStringLiteral("inpatient"), bad, QStringLiteral("mrn"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::BadInput);
        QCOMPARE(failed.error().line, 3);
        QCOMPARE(failed.error().column, 2);
        const auto shown = service.show(QStringLiteral("inpatient"));
        QVERIFY(shown && *shown);
        QCOMPARE((*shown)->sha256, first->sha256);
        QCOMPARE((*shown)->granted, 4);
        QCOMPARE(entriesOf(m_project->store(), QStringLiteral("consent.attach")).size(), 1);
        // The first register's records are still there.
        auto filter = ConsentFilter::load(m_project->store(), m_dataset.id, QStringLiteral("research"));
        QVERIFY(filter && *filter);
        QVERIFY((*filter)->keep(QStringLiteral("M1")));
    }

    void replaceWithNewerRegister()
    {
        ConsentService service(m_project->store());
        QVERIFY(service.attach(QStringLiteral("inpatient"), registerFile(kRegister),
                               QStringLiteral("mrn")));
        const QString newer = registerFile("subject,status,scope,date\n"
                                           "M1,withdrawn,,2024-05-01\n"
                                           "M6,granted,research,2024-05-01\n",
                                           QStringLiteral("consent-2024-05.csv"));
        const auto replaced = service.attach(QStringLiteral("inpatient"), newer, QStringLiteral("mrn"));
        QVERIFY(replaced);
        QCOMPARE(replaced->subjects, 2);
        QCOMPARE(replaced->granted, 1);
        QCOMPARE(replaced->withdrawn, 1);
        QCOMPARE(replaced->sourceFile, QStringLiteral("consent-2024-05.csv"));
        auto filter = ConsentFilter::load(m_project->store(), m_dataset.id, QStringLiteral("research"));
        QVERIFY(filter && *filter);
        QVERIFY(!(*filter)->keep(QStringLiteral("M1")));
        QVERIFY((*filter)->keep(QStringLiteral("M6")));
        QVERIFY(!(*filter)->keep(QStringLiteral("M5"))); // only in the old register
        const auto attached = entriesOf(m_project->store(), QStringLiteral("consent.attach"));
        QCOMPARE(attached.size(), 2);
        QVERIFY(attached.last().detail.contains(QStringLiteral("replaced_sha256")));
    }

    void detach()
    {
        ConsentService service(m_project->store());
        QVERIFY(service.attach(QStringLiteral("inpatient"), registerFile(kRegister),
                               QStringLiteral("mrn")));
        QVERIFY(service.detach(QStringLiteral("inpatient")));
        const auto shown = service.show(QStringLiteral("inpatient"));
        QVERIFY(shown && !*shown);
        auto filter = ConsentFilter::load(m_project->store(), m_dataset.id, QStringLiteral("research"));
        QVERIFY(filter && !*filter);
        const auto detached = entriesOf(m_project->store(), QStringLiteral("consent.detach"));
        QCOMPARE(detached.size(), 1);
        QCOMPARE(detached.first().target, QStringLiteral("inpatient"));
        const Status again = service.detach(QStringLiteral("inpatient"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::BadInput);
    }

    void subjectFieldChoice()
    {
        ConsentService service(m_project->store());
        const QString file = registerFile(kRegister);
        // Named but absent.
        const auto unknown = service.attach(QStringLiteral("inpatient"), file, QStringLiteral("nope"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::BadInput);
        // Not named and the dataset was never classified: asks for --subject.
        const auto unnamed = service.attach(QStringLiteral("inpatient"), file);
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().code, ErrorCode::BadInput);
        QVERIFY(unnamed.error().message.contains(QStringLiteral("--subject")));
        QVERIFY(entriesOf(m_project->store(), QStringLiteral("consent.attach")).isEmpty());
        // Classified: the medical record number is the patient identifier.
        ClassificationService classifier(m_project->store());
        QVERIFY(classifier.analyzeNow(QStringLiteral("inpatient")));
        const auto chosen = service.attach(QStringLiteral("inpatient"), file);
        QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.error().toString()));
        QCOMPARE(chosen->subjectField, QStringLiteral("mrn"));
    }

    void unknownDatasetAndFile()
    {
        ConsentService service(m_project->store());
        QVERIFY(!service.attach(QStringLiteral("nosuch"), registerFile(kRegister), QStringLiteral("mrn")));
        const auto missing = service.attach(QStringLiteral("inpatient"),
                                            m_project->filePath(QStringLiteral("absent.csv")),
                                            QStringLiteral("mrn"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::BadInput);
    }

    void cancelledAttachChangesNothing()
    {
        ConsentService service(m_project->store());
        QByteArray big = "subject,status,scope\n";
        for (int i = 0; i < 10000; ++i)
            big += "S" + QByteArray::number(i) + ",granted,research\n";
        CancellationToken token;
        token.cancel();
        const auto cancelled = service.attach(QStringLiteral("inpatient"), registerFile(big),
                                              QStringLiteral("mrn"), {}, &token);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        const auto shown = service.show(QStringLiteral("inpatient"));
        QVERIFY(shown && !*shown);
    }
};

QTEST_GUILESS_MAIN(TestConsentService)
#include "test_consentservice.moc"
